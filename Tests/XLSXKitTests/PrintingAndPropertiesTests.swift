import Foundation
import Testing
import XLSXKit
import XLSXReadBack

@Suite struct PrintingAndPropertiesTests {
    @Test func pageSetupReadsBack() throws {
        try TestDirectory.with { directory in
            let output = directory.file("print.xlsx")
            try Workbook.write(to: output, properties: Fixture.properties) { workbook in
                let matrix = try workbook.addWorksheet(named: "Era matrix")
                try matrix.write("Criterion", at: CellReference(row: 0, column: 0))
                try matrix.setPageSetup(
                    PageSetup(
                        orientation: .landscape, paper: .a4, fitToPagesWide: 1, fitToPagesTall: 0, repeatRows: 0...1,
                        margins: PageSetup.Margins(left: 0.5, right: 0.5, top: 0.6, bottom: 0.6),
                        header: "&CLessons matrix", footer: "&LHeart of Asia&RPage &P of &N",
                        centerHorizontally: true))
                let plain = try workbook.addWorksheet(named: "Plain")
                try plain.setPageSetup(PageSetup(paper: .letter))
            }
            let document = try XLSXDocument(url: output)
            let setup = try #require(document.sheet(named: "Era matrix")?.pageSetup)
            #expect(setup.orientation == "landscape")
            #expect(setup.paperSize == 9)
            #expect(setup.fitToPage)
            #expect(setup.fitToWidth == 1)
            #expect(setup.fitToHeight == 0)
            #expect(setup.printTitles == "'Era matrix'!$1:$2")
            #expect(setup.margins["left"] == 0.5)
            #expect(setup.margins["top"] == 0.6)
            #expect(setup.header == "&CLessons matrix")
            #expect(setup.footer == "&LHeart of Asia&RPage &P of &N")
            #expect(setup.centeredHorizontally)
            let plain = try #require(document.sheet(named: "Plain")?.pageSetup)
            #expect(plain.paperSize == 1)
            #expect(!plain.fitToPage)
            #expect(plain.printTitles == nil)
            #expect(plain.orientation == "portrait")
        }
    }

    @Test func pageSetupLimitsAreChecked() throws {
        try TestDirectory.with { directory in
            try Workbook.write(to: directory.file("p.xlsx"), properties: Fixture.properties) { workbook in
                let sheet = try workbook.addWorksheet(named: "P")
                let header = try #require(throws: XLSXError.self) {
                    try sheet.setPageSetup(PageSetup(header: String(repeating: "h", count: 256)))
                }
                #expect(header.code == .textTooLong)
                #expect(header.sheet == "P")
                let margins = try #require(throws: XLSXError.self) {
                    try sheet.setPageSetup(PageSetup(margins: PageSetup.Margins(left: -1)))
                }
                #expect(margins.code == .invalidArgument)
            }
        }
    }

    @Test func documentPropertiesAndDefinedNamesReadBack() throws {
        try TestDirectory.with { directory in
            let output = directory.file("properties.xlsx")
            let properties = DocumentProperties(
                created: Date(timeIntervalSince1970: 1_617_235_200.75), title: "Lessons matrix",
                subject: "Intra-Afghan negotiations", author: "LessonsMatrix", manager: "Research desk",
                company: "Heart of Asia Society", category: "Study", keywords: "Afghanistan, negotiations",
                comments: "Scored from five sources", status: "Draft")
            try Workbook.write(to: output, properties: properties) { workbook in
                _ = try workbook.addWorksheet(named: "Era matrix")
                try workbook.defineName(
                    "Scores", refersTo: "=" + CellRange(a1: "B2:F9")!.formulaReference(sheet: "Era matrix"))
            }
            let document = try XLSXDocument(url: output)
            let facts = document.properties
            #expect(facts.title == "Lessons matrix")
            #expect(facts.subject == "Intra-Afghan negotiations")
            #expect(facts.creator == "LessonsMatrix")
            #expect(facts.keywords == "Afghanistan, negotiations")
            #expect(facts.description == "Scored from five sources")
            #expect(facts.category == "Study")
            #expect(facts.status == "Draft")
            #expect(facts.manager == "Research desk")
            #expect(facts.company == "Heart of Asia Society")
            #expect(facts.created == "2021-04-01T00:00:00Z")
            #expect(facts.modified == "2021-04-01T00:00:00Z")
            #expect(document.definedNames.contains(
                DefinedNameFacts(name: "Scores", localSheetIndex: nil, formula: "'Era matrix'!$B$2:$F$9")))
        }
    }

    @Test func creationTimesLibxlsxwriterWouldReplaceAreRefused() throws {
        try TestDirectory.with { directory in
            let output = directory.file("epoch.xlsx")
            for date in [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -86_400), Date(timeIntervalSince1970: 253_402_300_800)] {
                let error = try #require(throws: XLSXError.self) {
                    _ = try Workbook(url: output, properties: DocumentProperties(created: date))
                }
                #expect(error.code == .invalidArgument)
                #expect(error.message.contains("creation time"))
            }
            #expect(try directory.listing().isEmpty)
        }
    }

    @Test func propertiesRefuseControlCharacters() throws {
        try TestDirectory.with { directory in
            let error = try #require(throws: XLSXError.self) {
                _ = try Workbook(
                    url: directory.file("x.xlsx"),
                    properties: DocumentProperties(created: Fixture.created, title: "a\u{01}b"))
            }
            #expect(error.code == .invalidText)
            #expect(try directory.listing().isEmpty, "no temporary file may remain")
        }
    }
}
