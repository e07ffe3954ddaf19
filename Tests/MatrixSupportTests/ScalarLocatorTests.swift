import Testing
import MatrixSupport

struct ScalarLocatorTests {
    /// The position of the character at `offset` of the value under key `v`.
    private func position(_ text: String, offset: Int) throws -> String {
        let source = SourceText(text: text, path: "t.yaml")
        let node = try YAMLDocument.parse(source).mappingValue("v")
        let (line, column) = ScalarLocator(source).position(ofOffset: offset, in: node)
        return "\(line):\(column)"
    }

    @Test func plainScalarStartsAtTheNode() throws {
        #expect(try position("a: 1\nv: abc def\n", offset: 0) == "2:4")
        #expect(try position("a: 1\nv: abc def\n", offset: 4) == "2:8")
    }

    @Test func theOffsetAfterTheLastCharacterIsJustPastIt() throws {
        #expect(try position("v: abc\n", offset: 3) == "1:7")
        #expect(try position("v: 'abc'\n", offset: 3) == "1:8")
    }

    @Test func singleQuotedScalarStartsAfterTheQuoteAndDecodesDoubledQuotes() throws {
        // it''s x  →  it's x: the "x" (offset 5) sits one column further right than its offset suggests.
        #expect(try position("v: 'it''s x'\n", offset: 0) == "1:5")
        #expect(try position("v: 'it''s x'\n", offset: 2) == "1:7")
        #expect(try position("v: 'it''s x'\n", offset: 5) == "1:11")
    }

    @Test func doubleQuotedScalarDecodesEscapes() throws {
        // a \"b\" \\ \u00e9 \x41 z  →  a "b" \ é A z
        let text = #"v: "a \"b\" \\ \u00e9 \x41 z""# + "\n"
        #expect(try position(text, offset: 2) == "1:7")   // the first " is the \ of \"
        #expect(try position(text, offset: 3) == "1:9")   // b
        #expect(try position(text, offset: 6) == "1:13")  // the first \ of \\
        #expect(try position(text, offset: 8) == "1:16")  // é, written \u00e9
        #expect(try position(text, offset: 10) == "1:23") // A, written \x41
        #expect(try position(text, offset: 12) == "1:28") // z
    }

    @Test func countsColumnsInUnicodeScalars() throws {
        #expect(try position("v: 'é x'\n", offset: 2) == "1:7")
    }

    @Test func multiLinePlainScalarFoldsLineBreaksIntoSpaces() throws {
        // "first part second" — "second" begins the next line, after its indentation.
        let text = "v: first part\n  second\nw: 1\n"
        #expect(try position(text, offset: 10) == "1:14")  // the folded space stands where the line ends
        #expect(try position(text, offset: 11) == "2:3")
    }

    @Test func multiLineQuotedScalarKeepsEmptyLinesAsNewlines() throws {
        // 'one\n\n  two' folds to "one\ntwo".
        let text = "v: 'one\n\n  two'\n"
        #expect(try position(text, offset: 4) == "3:3")
    }

    @Test func literalBlockScalarMapsEachLine() throws {
        let text = "v: |\n  one\n  two three\nw: 1\n"
        #expect(try position(text, offset: 0) == "2:3")
        #expect(try position(text, offset: 8) == "3:7")
    }

    @Test func foldedBlockScalarMapsEachLine() throws {
        let text = "v: >-\n  one\n  two three\nw: 1\n"
        #expect(try position(text, offset: 3) == "2:6")
        #expect(try position(text, offset: 8) == "3:7")
    }

    @Test func fallsBackToTheNodeWhenTheReplayDisagrees() throws {
        // More-indented lines of a folded scalar keep their breaks, which the replay does not model.
        let text = "v: >\n  a\n    b\n  c\n"
        #expect(try position(text, offset: 4) == "1:4")
    }

    @Test func handlesCRLFLineEndings() throws {
        #expect(try position("a: 1\r\nv: 'abc'\r\n", offset: 1) == "2:6")
    }

    @Test func aNonScalarNodeGivesItsOwnPosition() throws {
        #expect(try position("v:\n  - a\n", offset: 3) == "2:3")
    }
}
