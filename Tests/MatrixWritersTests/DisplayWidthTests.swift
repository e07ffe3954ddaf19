import MatrixWriters
import Testing

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("", 0), ("abc", 3), ("Gene\u{300}ve", 6), ("\u{301}", 0), ("北京会谈", 8), ("한국", 4), ("ｶﾀ", 2), ("ＡＢ", 4),
        ("😀", 2), ("👍🏽", 2), ("🇦🇫", 2), ("❤️", 2), ("❤", 1), ("جامعه قلب آسیا", 14), ("\u{2068}ab\u{2069}", 2),
        ("a\u{200B}b", 2), ("\u{FEFF}", 0), ("●◐○?", 4), ("1980–1992", 9), ("\u{1100}\u{1161}\u{11A8}", 2),
    ])
    func countsTerminalColumns(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }
}
