import Testing
import EvidenceScan

struct PassageSplitterTests {
    @Test func markdownParagraphsHeadingsAndFootnotes() {
        let text = """
            # Title Here

            ## PDPA GOVERNMENTS

            The talks began in 1988.<sup>1</sup> They *failed*.

            ---

            <sup>1</sup> A footnote.

            ## Parallels

            A long paragraph cut by a page break in the
            PDF that goes on here,

            <sup>2</sup> Another footnote.

            continues after the footnote.[3] [4]
            """
        let document = PassageSplitter.split(text, file: "m.txt", title: nil)
        #expect(document.title == "Title Here")
        #expect(document.passages.map(\.reference) == [
            PassageReference(file: "m.txt", firstLine: 5, lastLine: 5),
            PassageReference(file: "m.txt", firstLine: 13, lastLine: 18),
        ])
        #expect(document.passages.map(\.text) == [
            "The talks began in 1988. They failed.",
            "A long paragraph cut by a page break in the PDF that goes on here, continues after the footnote.",
        ])
        #expect(document.passages.map(\.section) == ["PDPA GOVERNMENTS", "Parallels"])
        #expect(document.passages.map(\.headings) == [
            ["PDPA GOVERNMENTS", "Title Here"],
            ["Parallels", "PDPA GOVERNMENTS", "Title Here"],
        ])
    }

    @Test func hardWrappedPDFTextWithBareFootnoteNumbersAndHyphenation() {
        let text = """
            Report Title

            It appears that the stalled peace process
            may finally be on the verge of revival on
            February 28, 2018.
            In an unprecedented move, the president offered a cease-
            fire and negoti-
            ations.1 More importantly, the offer was new,2 and
            unlike any offer made in the past. 3
             In return, the Taliban are expected to recognise the government.4A document followed.
            """
        let document = PassageSplitter.split(text, file: "p.txt", title: "REPORT TITLE")
        #expect(document.passages.map(\.reference.firstLine) == [3, 6, 10])
        #expect(document.passages.map(\.reference.lastLine) == [5, 9, 10])
        #expect(document.passages.map(\.text) == [
            "It appears that the stalled peace process may finally be on the verge of revival on February 28, 2018.",
            "In an unprecedented move, the president offered a ceasefire and negotiations. More importantly, the offer was new, and unlike any offer made in the past.",
            "In return, the Taliban are expected to recognise the government. A document followed.",
        ])
        #expect(document.passages.allSatisfy { $0.section == "REPORT TITLE" && $0.headings.isEmpty })
    }

    @Test func oneParagraphPerLineAndATableApart() {
        let text = """
            Conflict: | Afghan conflict |
            Date: | 27 April 1978 – present |
            The Afghan conflict refers to the series of events.[10] [11] Early instability followed.
            Although the Soviets withdrew from Afghanistan in 1989, the factions fought on.[12]
            """
        let document = PassageSplitter.split(text, file: "e.txt", title: "Afghan conflict")
        #expect(document.passages.map(\.reference.description) == ["e.txt:1-2", "e.txt:3", "e.txt:4"])
        #expect(document.passages[1].text == "The Afghan conflict refers to the series of events. Early instability followed.")
        #expect(document.passages[2].text == "Although the Soviets withdrew from Afghanistan in 1989, the factions fought on.")
    }

    @Test func plainHeadingsInADocumentWithoutMarkdown() {
        let text = """
            Fighting the Taliban: Can Exiled Leaders Unite?

            By A Writer | Translated by Another

            The first paragraph ends here.

            Armed Resistance

            The second paragraph ends here.
            """
        let document = PassageSplitter.split(text, file: "k.txt", title: "Fighting the Taliban: Can Exiled Leaders Unite?")
        #expect(document.passages.map(\.reference.firstLine) == [3, 5, 9])
        #expect(document.passages.map(\.section) == [
            "Fighting the Taliban: Can Exiled Leaders Unite?", "Fighting the Taliban: Can Exiled Leaders Unite?", "Armed Resistance",
        ])
    }

    @Test func aDariParagraphIsOnePassageInArabicScript() {
        let dari = "پس از امضای توافقنامه\u{200C}ی صلح میان ایالات متحده امریکا و طالبان، رهبران سیاسی افغانستان در داخل کشور بودند."
        let text = "An English paragraph.\n\n\(dari)\nTaliban flag flying over the palace.\n"
        let document = PassageSplitter.split(text, file: "d.txt", title: "D")
        #expect(document.passages.map(\.reference.description) == ["d.txt:1", "d.txt:3", "d.txt:4"])
        #expect(document.passages[1].text == dari)
        #expect(document.passages.map(\.script) == [.latin, .arabic, .latin])
    }

    @Test func crlfLineEndsAndTablesOfContents() {
        let text = "# Doc\r\n\r\nINTRODUCTION\t4\r\nParallels\t6\r\n\r\nBody text here.\r\n"
        let document = PassageSplitter.split(text, file: "c.txt", title: nil)
        #expect(document.passages.map(\.reference.description) == ["c.txt:6"])
        #expect(document.passages[0].text == "Body text here.")
    }
}
