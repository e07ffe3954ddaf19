import Testing
import MatrixSupport

struct YAMLDocumentTests {
    private func parse(_ text: String, limits: InputLimits = .standard) throws(DiagnosticList) -> YAMLValue {
        try YAMLDocument.parse(SourceText(text: text, path: "t.yaml"), limits: limits)
    }

    private func failure(_ text: String, limits: InputLimits = .standard) -> [String] {
        do {
            _ = try parse(text, limits: limits)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func keepsPositionsKeysInOrderAndPlainness() throws {
        let root = try parse("b: 1\na:\n  - 'x'\n")
        guard case let .mapping(entries) = root.content else {
            Issue.record("root is not a mapping")
            return
        }
        #expect(entries.map(\.key) == ["b", "a"])
        #expect(entries[0].value == YAMLValue(content: .scalar("1", isPlain: true), path: "t.yaml", line: 1, column: 4))
        guard case let .sequence(items) = entries[1].value.content else {
            Issue.record("a is not a list")
            return
        }
        #expect(items == [YAMLValue(content: .scalar("x", isPlain: false), path: "t.yaml", line: 3, column: 5)])
    }

    @Test func reportsASyntaxErrorAtItsPosition() {
        #expect(failure("a: [1, 2\nb: 3\n") == [
            "t.yaml:2:2: YAML syntax error: did not find expected ',' or ']' while parsing a flow sequence",
        ])
    }

    @Test func placesAnErrorAtTheEndOfAFileWithoutFinalLineBreakOnItsLastLine() {
        // libyaml reports the end of the stream on a line 3 that does not exist; "b" is line 2, and its end column 2.
        #expect(failure("a: 1\nb") == [
            "t.yaml:2:2: YAML syntax error: could not find expected ':' while scanning a simple key",
        ])
        // With CRLF line endings too: "R" is on line 3, and the end of the file just after it.
        #expect(failure("a: b\r\n\r\nR") == [
            "t.yaml:3:2: YAML syntax error: could not find expected ':' while scanning a simple key",
        ])
    }

    @Test func refusesDuplicateKeys() {
        #expect(failure("a: 1\nb: 2\na: 3\n") == ["t.yaml:1:1: duplicate key 'a'"])
    }

    @Test func refusesSeveralDocuments() {
        #expect(failure("a: 1\n---\nb: 2\n") == ["t.yaml:1:1: file holds more than one YAML document; keep one"])
    }

    @Test func refusesAFileWithOnlyComments() {
        #expect(failure("# nothing here\n") == ["t.yaml:1:1: file holds no YAML document"])
    }

    @Test func refusesNonScalarKeys() {
        #expect(failure("? [a, b]\n: 1\n") == ["t.yaml:1:3: mapping keys must be plain text, not a list"])
    }

    /// The classic "billion laughs": nine levels of nine aliases would expand to 9⁹ nodes.
    @Test func refusesAnAliasBombAtTheNodeLimit() {
        let lol = "a: &a [" + Array(repeating: "\"lol\"", count: 9).joined(separator: ",") + "]\n"
        let levels = zip("bcdefghi", "abcdefgh").map { name, previous in
            "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        // Counting nodes in file order, the 200,001st is the third "lol" on line 1 (reached through f's second *e).
        #expect(failure(lol + levels.joined()) == ["t.yaml:1:20: YAML expands to more than 200000 nodes (are aliases nested?)"])
    }

    @Test func acceptsAliasesWithinTheNodeLimit() throws {
        let limits = InputLimits(maximumFileBytes: 1000, maximumNodes: 7, maximumDepth: 8, maximumScalarCharacters: 100)
        // root, key a, list a, 1, 2, key b, alias of list a, 1, 2: nine nodes after expansion; the eighth is the first 1.
        #expect(failure("a: &x [1, 2]\nb: *x\n", limits: limits) == ["t.yaml:1:8: YAML expands to more than 7 nodes (are aliases nested?)"])
        let wider = InputLimits(maximumFileBytes: 1000, maximumNodes: 9, maximumDepth: 8, maximumScalarCharacters: 100)
        #expect(failure("a: &x [1, 2]\nb: *x\n", limits: wider) == [])
    }

    @Test func refusesDeepFlowNesting() {
        let depth33 = String(repeating: "[", count: 33) + String(repeating: "]", count: 33)
        #expect(failure(depth33) == ["t.yaml:1:33: YAML nesting is deeper than 32 levels"])
        let depth32 = String(repeating: "[", count: 32) + String(repeating: "]", count: 32)
        #expect(failure(depth32) == [])
    }

    @Test func placesDeepFlowNestingAfterCRLFLinesAndCombiningMarksWhereEditorsShowIt() {
        // CRLF is one character but ends a line; "é" written as e and a combining accent is one character but two
        // columns, as libyaml counts them. The 33rd "[" follows "c: [" and `"é", ` (6 scalars) and 31 more "[".
        let text = "a: 1\r\nb: 2\r\nc: [\"e\u{301}\", " + String(repeating: "[", count: 32)
        #expect(failure(text) == ["t.yaml:3:42: YAML nesting is deeper than 32 levels"])
    }

    @Test func refusesDeepBlockNesting() {
        // Each "- " opens a list one level deeper; the 33rd list starts at column 65.
        #expect(failure(String(repeating: "- ", count: 33) + "x\n") == ["t.yaml:1:65: YAML nesting is deeper than 32 levels"])
        #expect(failure(String(repeating: "- ", count: 40) + "x\n") == ["t.yaml:1:65: YAML nesting is deeper than 32 levels"])
        #expect(failure(String(repeating: "- ", count: 32) + "x\n") == [])
    }

    @Test func countsMappingsAsLevelsToo() {
        let depth33 = (0..<33).map { String(repeating: "  ", count: $0) + "k:\n" }.joined() + String(repeating: "  ", count: 33) + "v\n"
        // The 33rd mapping is the value of the 32nd key, starting on line 33 at column 65.
        #expect(failure(depth33) == ["t.yaml:33:65: YAML nesting is deeper than 32 levels"])
    }

    @Test func refusesVeryDeepBlockNestingWithoutCrashing() {
        let diagnostics = failure(String(repeating: "- ", count: 100_000) + "x\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("t.yaml:1:") == true)
    }

    @Test func refusesALongScalar() {
        let limits = InputLimits(maximumFileBytes: 1000, maximumNodes: 100, maximumDepth: 8, maximumScalarCharacters: 5)
        #expect(failure("a: abcde\nb: abcdef\n", limits: limits) == ["t.yaml:2:4: text is 6 characters; the limit is 5"])
    }

    @Test func countsScalarLengthsAsExcelDoes() {
        // Two emoji and "a" are three characters but five UTF-16 code units, Excel's measure of a cell's text.
        let limits = InputLimits(maximumFileBytes: 1000, maximumNodes: 100, maximumDepth: 8, maximumScalarCharacters: 5)
        #expect(failure("a: 😀😀a\n", limits: limits) == [])
        #expect(failure("a: 😀😀ab\n", limits: limits)
            == ["t.yaml:1:4: text is 6 characters as Excel counts them (UTF-16 code units); the limit is 5"])
    }
}
