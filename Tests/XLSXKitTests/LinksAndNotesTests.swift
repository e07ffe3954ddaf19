import Foundation
import Testing
import XLSXKit
import XLSXReadBack

@Suite struct LinksAndNotesTests {
    @Test func internalAndExternalLinksKeepTargetsAndText() throws {
        try TestDirectory.with { directory in
            let output = directory.file("links.xlsx")
            try Workbook.write(to: output, properties: Fixture.properties) { workbook in
                let matrix = try workbook.addWorksheet(named: "Era matrix")
                _ = try workbook.addWorksheet(named: "Evidence")
                try matrix.writeLink(
                    .cell(sheet: "Evidence", CellReference(row: 4, column: 0)), at: CellReference(row: 1, column: 3),
                    text: "Q7")
                try matrix.writeLink(
                    .range(sheet: "Era matrix", CellRange(a1: "A1:B2")!), at: CellReference(row: 2, column: 3),
                    text: "top left", tooltip: "Back to the start")
                try matrix.writeLink(
                    .url("https://kabulnow.com/2023/02/fighting-the-taliban"), at: CellReference(row: 3, column: 3),
                    text: "KabulNow")
                try matrix.writeLink(.url("mailto:editor@example.org"), at: CellReference(row: 4, column: 3))
                try matrix.writeLink(
                    .url("https://example.org/a"), at: CellReference(row: 5, column: 3), text: "styled",
                    style: CellStyle(bold: true))
            }
            let sheet = try #require(try XLSXDocument(url: output).sheet(named: "Era matrix"))
            #expect(sheet.hyperlinks["D2"]?.location == "Evidence!A5")
            #expect(sheet.hyperlinks["D2"]?.target == nil)
            #expect(sheet.cell("D2")?.string == "Q7")
            #expect(sheet.hyperlinks["D3"]?.location == "'Era matrix'!A1:B2")
            #expect(sheet.hyperlinks["D3"]?.tooltip == "Back to the start")
            #expect(sheet.hyperlinks["D4"]?.target == "https://kabulnow.com/2023/02/fighting-the-taliban")
            #expect(sheet.hyperlinks["D4"]?.location == nil)
            #expect(sheet.cell("D4")?.string == "KabulNow")
            #expect(sheet.cell("D4")?.format.underline == true)
            #expect(sheet.hyperlinks["D5"]?.target == "mailto:editor@example.org")
            #expect(sheet.cell("D5")?.string == "editor@example.org")
            #expect(sheet.cell("D6")?.format.bold == true)
        }
    }

    @Test func linksOutsideExcelsLimitsAreRefused() throws {
        try TestDirectory.with { directory in
            let output = directory.file("bad-links.xlsx")
            try Workbook.write(to: output, properties: Fixture.properties) { workbook in
                let sheet = try workbook.addWorksheet(named: "Links")
                let place = CellReference(row: 0, column: 0)
                let longest = "https://e.org/" + String(repeating: "a", count: 2_079 - 14)
                try sheet.writeLink(.url(longest), at: place)
                let tooLong = try #require(throws: XLSXError.self) {
                    try sheet.writeLink(.url(longest + "a"), at: CellReference(row: 1, column: 0))
                }
                #expect(tooLong.code == .textTooLong)
                #expect(tooLong.cell == "A2")
                #expect(tooLong.description.contains("2079"))
                let noScheme = try #require(throws: XLSXError.self) {
                    try sheet.writeLink(.url("www.example.org"), at: place)
                }
                #expect(noScheme.code == .invalidArgument)
                let badSheet = try #require(throws: XLSXError.self) {
                    try sheet.writeLink(.cell(sheet: "a/b", place), at: place)
                }
                #expect(badSheet.code == .invalidSheetName)
            }
            #expect(try XLSXDocument(url: output).sheet(named: "Links")?.hyperlinks.count == 1)
        }
    }

    @Test func notesKeepTextAuthorAndSize() throws {
        try TestDirectory.with { directory in
            let output = directory.file("notes.xlsx")
            try Workbook.write(to: output, properties: Fixture.properties) { workbook in
                let sheet = try workbook.addWorksheet(named: "Era matrix")
                try sheet.write(3, at: CellReference(row: 1, column: 1))
                try sheet.writeNote(
                    "Sources disagree:\n004 says 2023, 003 says 2021.", at: CellReference(row: 1, column: 1),
                    options: NoteOptions(author: "LessonsMatrix", width: 320, height: 120, visible: true))
                try sheet.writeNote("plain", at: CellReference(row: 2, column: 1))
            }
            let document = try XLSXDocument(url: output)
            let sheet = try #require(document.sheet(named: "Era matrix"))
            #expect(sheet.notes["B2"]?.text == "Sources disagree:\n004 says 2023, 003 says 2021.")
            #expect(sheet.notes["B2"]?.author == "LessonsMatrix")
            #expect(sheet.notes["B3"]?.text == "plain")
            #expect(sheet.notes.count == 2)
            // 320 × 120 pixels are 240 × 90 points in the VML drawing.
            #expect(sheet.notes["B2"]?.width == 240)
            #expect(sheet.notes["B2"]?.height == 90)
            #expect(sheet.notes["B2"]?.visible == true)
            #expect(sheet.notes["B3"]?.visible == false)
            #expect(sheet.notes["B3"]?.width == 96)
        }
    }

    @Test func notesRefuseWhatXMLCannotStore() throws {
        try TestDirectory.with { directory in
            try Workbook.write(to: directory.file("n.xlsx"), properties: Fixture.properties) { workbook in
                let sheet = try workbook.addWorksheet(named: "Notes")
                let control = try #require(throws: XLSXError.self) {
                    try sheet.writeNote("bell\u{07}", at: CellReference(row: 0, column: 0))
                }
                #expect(control.code == .invalidText)
                #expect(control.message.contains("U+0007"))
                let long = try #require(throws: XLSXError.self) {
                    try sheet.writeNote(String(repeating: "n", count: 32_768), at: CellReference(row: 0, column: 0))
                }
                #expect(long.code == .textTooLong)
            }
        }
    }
}
