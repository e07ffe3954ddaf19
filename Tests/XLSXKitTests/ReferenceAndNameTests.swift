import Foundation
import Testing
import XLSXKit
import XLSXReadBack

@Suite struct ReferenceAndNameTests {
    @Test(arguments: [
        (0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA"), (16_383, "XFD"),
    ])
    func columnNamesRoundTrip(column: Int, name: String) {
        #expect(CellReference.columnName(column) == name)
        #expect(CellReference.columnIndex(name) == column)
        #expect(CellReference.columnIndex(name.lowercased()) == column)
    }

    @Test func cellReferencesConvertBothWays() {
        let cell = CellReference(row: 1, column: 1)
        #expect(cell.a1 == "B2")
        #expect(cell.absoluteA1 == "$B$2")
        #expect(CellReference(a1: "B2") == cell)
        #expect(CellReference(a1: "$B$2") == cell)
        #expect(CellReference(a1: "b$2") == cell)
        #expect(CellReference(a1: "XFD1048576") == CellReference(row: 1_048_575, column: 16_383))
        for bad in ["", "B", "2", "B0", "XFE1", "A1048577", "A1:B2", "B2x", "$$B2", "Б2"] {
            #expect(CellReference(a1: bad) == nil, "\(bad)")
        }
        #expect(CellReference(row: 0, column: 0) < CellReference(row: 0, column: 1))
        #expect(CellReference(row: 0, column: 5) < CellReference(row: 1, column: 0))
    }

    @Test func rangesNormaliseAndFormat() throws {
        let range = CellRange(CellReference(row: 9, column: 3), CellReference(row: 1, column: 1))
        #expect(range.a1 == "B2:D10")
        #expect(range.absoluteA1 == "$B$2:$D$10")
        #expect(range.rowCount == 9)
        #expect(range.columnCount == 3)
        #expect(CellRange(a1: "$B$2:D10") == range)
        #expect(CellRange(a1: "C3")?.a1 == "C3")
        #expect(CellRange(a1: "A1:B2:C3") == nil)
        #expect(range.contains(CellReference(row: 5, column: 2)))
        #expect(!range.contains(CellReference(row: 0, column: 2)))
        #expect(range.intersects(CellRange(a1: "D10:E11")!))
        #expect(!range.intersects(CellRange(a1: "E2:E10")!))
    }

    @Test func sheetNamesAreQuotedWhenExcelNeedsIt() {
        #expect(SheetName.formulaPrefix("Evidence") == "Evidence!")
        #expect(SheetName.formulaPrefix("Era matrix") == "'Era matrix'!")
        #expect(SheetName.formulaPrefix("O'Brien notes") == "'O''Brien notes'!")
        #expect(SheetName.formulaPrefix("متن") == "'متن'!")
        for name in ["2021", "A1", "XFD10", "R", "C", "R1C1", "r2c", "C7", "Sheet-1", ".hidden", ""] {
            #expect(SheetName.needsQuoting(name), "\(name)")
        }
        for name in ["Sheet1x", "Evidence", "Scores_2021", "RC1x", "Sheet.1"] {
            #expect(!SheetName.needsQuoting(name), "\(name)")
        }
        #expect(CellRange(a1: "B2:C5")!.formulaReference(sheet: "Era matrix") == "'Era matrix'!$B$2:$C$5")
        #expect(CellReference(row: 0, column: 0).formulaReference(sheet: "Evidence", absolute: false) == "Evidence!A1")
    }

    @Test func sheetNameValidationFollowsExcel() throws {
        for valid in ["Era matrix", "متن", String(repeating: "x", count: 31), "it's", "Sheet (2)", "Historyx"] {
            #expect(SheetName.isValid(valid), "\(valid)")
        }
        // 16 emoji are 32 UTF-16 units, one more than Excel allows.
        let invalid = [
            "", String(repeating: "x", count: 32), String(repeating: "😀", count: 16), "a[b", "a]b", "a:b", "a*b",
            "a?b", "a/b", "a\\b", "'start", "end'", "History", "HISTORY", "tab\there",
        ]
        for name in invalid {
            let error = try #require(throws: XLSXError.self, "\(name)") { try SheetName.validate(name) }
            #expect(error.code == .invalidSheetName)
        }
        let long = try #require(throws: XLSXError.self) { try SheetName.validate(String(repeating: "x", count: 32)) }
        #expect(long.message.contains("31"))
    }

    @Test func wishedNamesBecomeValidAndUnique() {
        #expect(SheetName.makeValid("Q1/Q2: results?", avoiding: []) == "Q1_Q2_ results_")
        #expect(SheetName.makeValid("'quoted'", avoiding: []) == "quoted")
        #expect(SheetName.makeValid("", avoiding: []) == "Sheet")
        #expect(SheetName.makeValid("'''", avoiding: []) == "Sheet")
        #expect(SheetName.makeValid("History", avoiding: []) == "History_")
        #expect(SheetName.makeValid("Evidence", avoiding: ["evidence"]) == "Evidence (2)")
        #expect(SheetName.makeValid("Evidence", avoiding: ["EVIDENCE", "Evidence (2)"]) == "Evidence (3)")
        let long = String(repeating: "L", count: 40)
        #expect(SheetName.makeValid(long, avoiding: []) == String(repeating: "L", count: 31))
        #expect(SheetName.makeValid(long, avoiding: [String(repeating: "L", count: 31)])
            == String(repeating: "L", count: 27) + " (2)")
        // Emoji are two UTF-16 units each and are never split.
        let emoji = SheetName.makeValid(String(repeating: "😀", count: 20), avoiding: [])
        #expect(emoji == String(repeating: "😀", count: 15))
        #expect(SheetName.isValid(emoji))
        for wish in ["a", "[]", "'x'", String(repeating: "é", count: 50), "History", "x:y"] {
            #expect(SheetName.isValid(SheetName.makeValid(wish, avoiding: [wish])), "\(wish)")
        }
    }

    @Test func preferredNamesBecomeTheSheetsActualNames() throws {
        try TestDirectory.with { directory in
            let output = directory.file("names.xlsx")
            try Workbook.write(to: output, properties: Fixture.properties) { workbook in
                let first = try workbook.addWorksheet(preferredName: "Evidence")
                let second = try workbook.addWorksheet(preferredName: "EVIDENCE")
                let third = try workbook.addWorksheet(preferredName: "Sources: 1978/2021")
                #expect([first.name, second.name, third.name] == ["Evidence", "EVIDENCE (2)", "Sources_ 1978_2021"])
                #expect(workbook.sheetNames == ["Evidence", "EVIDENCE (2)", "Sources_ 1978_2021"])
            }
            #expect(try XLSXDocument(url: output).sheetNames == ["Evidence", "EVIDENCE (2)", "Sources_ 1978_2021"])
        }
    }

    @Test func colorsParseAndPrint() {
        #expect(XLSXColor(hex: "#63BE7B") == .scaleGreen)
        #expect(XLSXColor(hex: "f8696b") == .scaleRed)
        #expect(XLSXColor(hex: "12345") == nil)
        #expect(XLSXColor(hex: "GGGGGG") == nil)
        #expect(XLSXColor(rgb: 0x0000FF).hex == "0000FF")
        #expect(XLSXColor.black.description == "#000000")
    }

    @Test func errorsReadAsOneSentence() {
        let error = XLSXError(
            .textTooLong, "too long", operation: "write a string", sheet: "Era matrix", cell: "B2")
        #expect(error.description == "Cannot write a string at 'Era matrix'!B2: too long")
        let file = XLSXError(.fileSystem(errno: 2), "No such file or directory", operation: "create the workbook",
                             path: "/x/y.xlsx")
        #expect(file.description == "Cannot create the workbook (/x/y.xlsx): No such file or directory")
    }
}
