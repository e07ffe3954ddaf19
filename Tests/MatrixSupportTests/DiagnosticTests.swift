import Testing
import MatrixSupport

struct DiagnosticTests {
    @Test func descriptionIsPathLineColumnAndMessage() {
        #expect(Diagnostic(path: "Rubrics/default.yaml", line: 12, column: 5, message: "unknown key 'wieght'").description
            == "Rubrics/default.yaml:12:5: unknown key 'wieght'")
        #expect(Diagnostic(path: "t.yaml", line: 0, column: 0, message: "file is empty").description == "t.yaml:1:1: file is empty")
    }

    @Test func quotedInputCannotBreakTheLineOrDriveTheTerminal() {
        let message = "format 'cs\n\r\tv\u{1B}[2J\u{7F}\u{85}' is not one of xlsx, csv, txt, md"
        #expect(Diagnostic(path: "m.yaml", line: 6, column: 15, message: message).description
            == "m.yaml:6:15: format 'cs\\n\\r\\tv<U+001B>[2J<U+007F><U+0085>' is not one of xlsx, csv, txt, md")
    }

    @Test func bidiAndZeroWidthCharactersAreSpelledOutButDariJoinersStay() {
        let message = "unknown era 'a\u{202E}b\u{2066}c\u{200B}d\u{FEFF}e\u{2028}' near 'درس\u{200C}های'"
        #expect(Diagnostic(path: "t.yaml", line: 1, column: 1, message: message).description
            == "t.yaml:1:1: unknown era 'a<U+202E>b<U+2066>c<U+200B>d<U+FEFF>e<U+2028>' near 'درس\u{200C}های'")
    }

    @Test func aPathWithALineBreakStaysOnOneLine() {
        #expect(Diagnostic(path: "cases/a\nb.yaml", line: 1, column: 1, message: "x").description == "cases/a\\nb.yaml:1:1: x")
    }
}
