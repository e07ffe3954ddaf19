import Testing

/// The test parser must itself be right before it can judge the writer.
@Suite struct RFC4180ParserTests {
    @Test func readsPlainQuotedAndEmptyFields() throws {
        #expect(try RFC4180Parser.parse("a,b\n\"x, \"\"y\"\"\nz\",\n,\n") == [["a", "b"], ["x, \"y\"\nz", ""], ["", ""]])
    }

    @Test func keepsCarriageReturnsInsideQuotes() throws {
        #expect(try RFC4180Parser.parse("\"a\r\nb\"\n") == [["a\r\nb"]])
    }

    @Test(arguments: [
        ("a,b", "last record not terminated by \\n"),
        ("a\r\n", "carriage return outside quotes"),
        ("a\"b\n", "quote inside an unquoted field"),
        ("\"a\"b\n", "text after a closing quote"),
        ("\"a\n", "unterminated quoted field"),
    ])
    func rejectsMalformedInput(text: String, message: String) {
        #expect(throws: RFC4180Parser.ParseError(message: message)) { try RFC4180Parser.parse(text) }
    }
}
