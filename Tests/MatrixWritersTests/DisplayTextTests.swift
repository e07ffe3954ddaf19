import MatrixWriters
import Testing

@Suite struct DisplayTextTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("two\nlines", "two\\nlines"),
        ("crlf\r\nend", "crlf\\r\\nend"),
        ("tab\there", "tab\\there"),
        ("bell\u{07}", "bell<U+0007>"),
        ("nel\u{85}", "nel<U+0085>"),
        ("del\u{7F}", "del<U+007F>"),
        ("over\u{202E}ride", "over<U+202E>ride"),
        ("\u{202A}\u{202B}\u{202C}\u{202D}", "<U+202A><U+202B><U+202C><U+202D>"),
        ("\u{2066}\u{2067}\u{2068}\u{2069}", "<U+2066><U+2067><U+2068><U+2069>"),
        ("zero\u{200B}\u{200C}\u{200D}\u{200E}\u{200F}width", "zero<U+200B><U+200C><U+200D><U+200E><U+200F>width"),
        ("درس\u{200C}های", "درس\u{200C}های"),
        ("درس\u{200C}", "درس<U+200C>"),
        ("a\u{200D}ب", "a<U+200D>ب"),
        ("\u{FEFF}bom", "<U+FEFF>bom"),
        ("line\u{2028}sep", "line<U+2028>sep"),
        ("Gene\u{300}ve 北京", "Gene\u{300}ve 北京"),
    ])
    func spellsOutBreaksAndInvisibleCharacters(input: String, shown: String) {
        #expect(DisplayText.visible(input) == shown)
    }

    @Test func isolatesOnlyTextWithRightToLeftLetters() {
        #expect(DisplayText.isolated("جامعه قلب آسیا") == "\u{2068}جامعه قلب آسیا\u{2069}")
        #expect(DisplayText.isolated("Kabul کابل") == "\u{2068}Kabul کابل\u{2069}")
        #expect(DisplayText.isolated("שלום") == "\u{2068}שלום\u{2069}")
        #expect(DisplayText.isolated("北京 Genève") == "北京 Genève")
    }
}
