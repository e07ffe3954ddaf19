import Foundation
import Testing
import XLSXKit
import XLSXReadBack

@Suite struct CellWritingTests {
    private func cell(_ row: Int, _ column: Int) -> CellReference { CellReference(row: row, column: column) }

    @Test func valuesOfEveryKindReadBackUnchanged() throws {
        try TestDirectory.with { directory in
            let output = directory.file("values.xlsx")
            try Workbook.write(to: output, properties: Fixture.properties) { workbook in
                let sheet = try workbook.addWorksheet(named: "Values")
                try sheet.write("plain text", at: cell(0, 0))
                try sheet.write(3.25, at: cell(0, 1))
                try sheet.write(-7, at: cell(0, 2))
                try sheet.write(true, at: cell(0, 3))
                try sheet.write(false, at: cell(0, 4))
                try sheet.writeBlank(at: cell(0, 5), style: CellStyle(backgroundColor: .scaleYellow))
                try sheet.write("  spaces kept  ", at: cell(1, 0))
                try sheet.write("line one\nline two", at: cell(1, 1))
                try sheet.write(1e-300, at: cell(1, 2))
            }
            let sheet = try #require(try XLSXDocument(url: output).sheet(named: "Values"))
            #expect(sheet.cell("A1")?.string == "plain text")
            #expect(sheet.cell("B1")?.number == 3.25)
            #expect(sheet.cell("C1")?.number == -7)
            #expect(sheet.cell("D1")?.bool == true)
            #expect(sheet.cell("E1")?.bool == false)
            #expect(sheet.cell("F1")?.value == .empty)
            #expect(sheet.cell("F1")?.format.fillColor == "FFEB84")
            #expect(sheet.cell("A2")?.string == "  spaces kept  ")
            #expect(sheet.cell("B2")?.string == "line one\nline two")
            #expect(sheet.cell("C2")?.number == 1e-300)
        }
    }

    @Test func textThatLooksLikeAFormulaStaysText() throws {
        try TestDirectory.with { directory in
            let output = directory.file("formula-like.xlsx")
            let risky = ["=1+1", "+SUM(A1:A2)", "-2+3", "@cmd", "=HYPERLINK(\"http://x\")"]
            try Workbook.write(to: output, properties: Fixture.properties) { workbook in
                let sheet = try workbook.addWorksheet(named: "Risky")
                for (row, text) in risky.enumerated() { try sheet.write(text, at: cell(row, 0)) }
            }
            let sheet = try #require(try XLSXDocument(url: output).sheet(named: "Risky"))
            for (row, text) in risky.enumerated() {
                let stored = try #require(sheet.cell(row: row, column: 0))
                #expect(stored.string == text)
                #expect(stored.formula == nil)
            }
        }
    }

    @Test func formulasKeepTheirTextAndCachedResults() throws {
        try TestDirectory.with { directory in
            let output = directory.file("formulas.xlsx")
            try Workbook.write(to: output, properties: Fixture.properties) { workbook in
                let sheet = try workbook.addWorksheet(named: "Era matrix")
                try sheet.write(2, at: cell(0, 0))
                try sheet.write(4, at: cell(1, 0))
                try sheet.writeFormula("=AVERAGE(A1:A2)", cachedValue: 3, at: cell(2, 0))
                try sheet.writeFormula("SUM(A1:A2)", cachedValue: 6, at: cell(3, 0))
                try sheet.writeFormula(
                    "=\"Era \"&" + cell(0, 0).formulaReference(sheet: "Era matrix"), cachedText: "Era 2",
                    at: cell(4, 0))
            }
            let sheet = try #require(try XLSXDocument(url: output).sheet(named: "Era matrix"))
            #expect(sheet.cell("A3")?.formula == "AVERAGE(A1:A2)")
            #expect(sheet.cell("A3")?.number == 3)
            #expect(sheet.cell("A4")?.formula == "SUM(A1:A2)")
            #expect(sheet.cell("A4")?.number == 6)
            #expect(sheet.cell("A5")?.formula == "\"Era \"&'Era matrix'!$A$1")
            #expect(sheet.cell("A5")?.string == "Era 2")
        }
    }

    @Test func stylesResolveToTheirFormatFacts() throws {
        try TestDirectory.with { directory in
            let output = directory.file("styles.xlsx")
            let header = CellStyle(
                bold: true, fontSize: 14, fontColor: .white, backgroundColor: XLSXColor(rgb: 0x1F4E78),
                wrapsText: true, horizontalAlignment: .center, verticalAlignment: .top, border: .thin,
                borderColor: XLSXColor(rgb: 0x808080))
            try Workbook.write(to: output, properties: Fixture.properties) { workbook in
                let sheet = try workbook.addWorksheet(named: "Styles")
                try sheet.write("Header", at: cell(0, 0), style: header)
                try sheet.write(0.5, at: cell(1, 0), style: CellStyle(numberFormat: "0.0%"))
                try sheet.write(2.5, at: cell(1, 1), style: CellStyle(numberFormat: "0.00"))
                try sheet.write("quiet", at: cell(1, 2), style: CellStyle(italic: true, fontColor: .black))
                try sheet.write("again", at: cell(2, 0), style: header)
                try sheet.write("plain", at: cell(2, 1))
            }
            let document = try XLSXDocument(url: output)
            let sheet = try #require(document.sheet(named: "Styles"))
            let headerFacts = try #require(sheet.cell("A1")?.format)
            #expect(headerFacts.bold)
            #expect(!headerFacts.italic)
            #expect(headerFacts.fontSize == 14)
            #expect(headerFacts.fontColor == "FFFFFF")
            #expect(headerFacts.fillPattern == "solid")
            #expect(headerFacts.fillColor == "1F4E78")
            #expect(headerFacts.wrapText)
            #expect(headerFacts.horizontalAlignment == "center")
            #expect(headerFacts.verticalAlignment == "top")
            #expect(headerFacts.borders == ["left": "thin", "right": "thin", "top": "thin", "bottom": "thin"])
            #expect(headerFacts.borderColors["top"] == "808080")
            #expect(sheet.cell("A2")?.format.numberFormat == "0.0%")
            #expect(sheet.cell("B2")?.format.numberFormat == "0.00")
            #expect(sheet.cell("C2")?.format.italic == true)
            #expect(sheet.cell("C2")?.format.fontColor == "000000")
            // One format per distinct style: the second header cell shares the first one's index.
            #expect(sheet.cell("A3")?.styleIndex == sheet.cell("A1")?.styleIndex)
            #expect(sheet.cell("B3")?.styleIndex == 0)
            #expect(sheet.cell("B3")?.format.bold == false)
        }
    }

    @Test(.enabled(if: Fixture.dariSourceExists, "the seed article ../shared/seeds/004_8632c3304b663d18.txt is absent"))
    func persianAndPashtoTextSurvivesUnchanged() throws {
        let dari = try Fixture.dariParagraph()
        #expect(dari.hasPrefix("پس از امضای توافقنامه"))
        #expect(dari.unicodeScalars.contains("\u{06CC}"), "Persian yeh, which Arabic text would not use")
        try TestDirectory.with { directory in
            let output = directory.file("rtl.xlsx")
            for constantMemory in [false, true] {
                try Workbook.write(
                    to: output, properties: DocumentProperties(created: Fixture.created, title: Fixture.pashto),
                    options: WorkbookOptions(constantMemory: constantMemory)
                ) { workbook in
                    let sheet = try workbook.addWorksheet(named: "متن")
                    try sheet.write(dari, at: cell(0, 0), style: CellStyle(wrapsText: true))
                    try sheet.write(Fixture.pashto, at: cell(1, 0))
                    try sheet.writeNote(Fixture.pashto, at: cell(1, 0))
                }
                let document = try XLSXDocument(url: output)
                #expect(document.sheetNames == ["متن"])
                let sheet = try #require(document.sheet(named: "متن"))
                #expect(sheet.cell("A1")?.string == dari)
                #expect(sheet.cell("A1")?.string?.unicodeScalars.elementsEqual(dari.unicodeScalars) == true)
                #expect(sheet.cell("A2")?.string == Fixture.pashto)
                #expect(sheet.notes["A2"]?.text == Fixture.pashto)
                #expect(document.properties.title == Fixture.pashto)
            }
        }
    }

    @Test func controlCharactersAndEscapeLookalikesRoundTrip() throws {
        try TestDirectory.with { directory in
            let output = directory.file("escapes.xlsx")
            let texts = ["bell\u{07}tab\tend", "_x0041_ stays literal", "a_x00e9_b", "_x005F_"]
            for constantMemory in [false, true] {
                try Workbook.write(
                    to: output, properties: Fixture.properties, options: WorkbookOptions(constantMemory: constantMemory)
                ) { workbook in
                    let sheet = try workbook.addWorksheet(named: "Escapes")
                    for (row, text) in texts.enumerated() { try sheet.write(text, at: cell(row, 0)) }
                }
                let sheet = try #require(try XLSXDocument(url: output).sheet(named: "Escapes"))
                for (row, text) in texts.enumerated() {
                    #expect(sheet.cell(row: row, column: 0)?.string == text, "constant memory: \(constantMemory)")
                }
            }
        }
    }

    @Test func longestAllowedStringIsWrittenWhole() throws {
        try TestDirectory.with { directory in
            let output = directory.file("long.xlsx")
            let longest = String(repeating: "x", count: 32_766) + "!"
            try Workbook.write(to: output, properties: Fixture.properties) { workbook in
                try workbook.addWorksheet(named: "Long").write(longest, at: cell(0, 0))
            }
            let stored = try #require(try XLSXDocument(url: output).sheet(named: "Long")?.cell("A1")?.string)
            #expect(stored.utf16.count == 32_767)
            #expect(stored == longest)
        }
    }

    @Test func constantMemoryModeWritesInlineStringsAndRejectsGoingBack() throws {
        try TestDirectory.with { directory in
            let output = directory.file("streamed.xlsx")
            try Workbook.write(
                to: output, properties: Fixture.properties, options: WorkbookOptions(constantMemory: true)
            ) { workbook in
                let sheet = try workbook.addWorksheet(named: "Rows")
                for row in 0..<100 {
                    try sheet.write("row \(row)", at: cell(row, 0))
                    try sheet.write(Double(row), at: cell(row, 1))
                }
                let error = try #require(throws: XLSXError.self) { try sheet.write("late", at: cell(0, 2)) }
                #expect(error.message.contains("top to bottom"))
                #expect(error.cell == "C1")
            }
            let sheet = try #require(try XLSXDocument(url: output).sheet(named: "Rows"))
            #expect(sheet.cells.count == 200)
            #expect(sheet.cell("A100")?.string == "row 99")
            #expect(sheet.cell("B100")?.number == 99)
            #expect(sheet.cell("C1") == nil)
        }
    }
}
