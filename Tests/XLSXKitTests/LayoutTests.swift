import Foundation
import Testing
import XLSXKit
import XLSXReadBack

@Suite struct LayoutTests {
    @Test func widthsHeightsPanesFilterAndMergesReadBack() throws {
        try TestDirectory.with { directory in
            let output = directory.file("layout.xlsx")
            try Workbook.write(to: output, properties: Fixture.properties) { workbook in
                let sheet = try workbook.addWorksheet(named: "Era matrix")
                try sheet.setColumnWidth(40, column: 0)
                try sheet.setColumnWidth(12.5, columns: 1...5, style: CellStyle(horizontalAlignment: .center))
                try sheet.setColumnWidth(0, column: 6, hidden: true)
                try sheet.setRowHeight(30, row: 0)
                try sheet.freezePanes(at: CellReference(row: 1, column: 1))
                for column in 0..<6 { try sheet.write("H\(column)", at: CellReference(row: 0, column: column)) }
                try sheet.setAutofilter(CellRange(rows: 0...9, columns: 0...5))
                try sheet.merge(
                    CellRange(rows: 11...11, columns: 0...5), text: "Merged note",
                    style: CellStyle(bold: true, horizontalAlignment: .center))
                try sheet.setTabColor(XLSXColor(rgb: 0x00B050))
                try sheet.setGridlines(onScreen: false, inPrint: true)
            }
            let sheet = try #require(try XLSXDocument(url: output).sheet(named: "Era matrix"))
            #expect(sheet.columnWidth(0) == 40.7109375)  // Excel stores the width plus cell padding
            #expect(sheet.columnWidth(3).map { ($0 * 100).rounded() / 100 } == 13.29)
            #expect(sheet.columns.first { $0.columns == 1...5 }?.styleIndex != nil)
            #expect(sheet.columns.first { $0.columns == 6...6 }?.hidden == true)
            #expect(sheet.rowHeights[0] == 30)
            #expect(sheet.frozenTopLeftCell == "B2")
            #expect(sheet.autofilter == "A1:F10")
            #expect(sheet.mergedRanges == ["A12:F12"])
            #expect(sheet.cell("A12")?.string == "Merged note")
            #expect(sheet.cell("A12")?.format.bold == true)
            #expect(sheet.tabColor == "00B050")
            #expect(!sheet.showsGridlines)
            #expect(sheet.pageSetup.printGridlines)
        }
    }

    @Test func colorScalesKeepTheirPointsAndRanges() throws {
        try TestDirectory.with { directory in
            let output = directory.file("scales.xlsx")
            try Workbook.write(to: output, properties: Fixture.properties) { workbook in
                let sheet = try workbook.addWorksheet(named: "Scores")
                for row in 0..<5 { try sheet.write(Double(row), at: CellReference(row: row, column: 1)) }
                try sheet.addColorScale(.redYellowGreen, to: CellRange(a1: "B1:B5")!)
                try sheet.addColorScale(
                    ColorScale(
                        minimum: .init(.number(0), .scaleRed), midpoint: .init(.number(2), .white),
                        maximum: .init(.number(4), .scaleGreen)),
                    to: CellRange(a1: "C1:F9")!)
                try sheet.addColorScale(
                    ColorScale(minimum: .init(.lowest, .white), maximum: .init(.percent(90), .scaleGreen)),
                    to: CellRange(a1: "G1:G9")!)
            }
            let formats = try #require(try XLSXDocument(url: output).sheet(named: "Scores")?.conditionalFormats)
            #expect(formats.map(\.range) == ["B1:B5", "C1:F9", "G1:G9"])
            #expect(formats.allSatisfy { $0.type == "colorScale" })
            #expect(formats[0].scalePoints.map(\.type) == ["min", "percentile", "max"])
            #expect(formats[0].scalePoints.map(\.color) == ["F8696B", "FFEB84", "63BE7B"])
            #expect(formats[1].scalePoints.map(\.type) == ["num", "num", "num"])
            #expect(formats[1].scalePoints.map(\.value) == ["0", "2", "4"])
            #expect(formats[1].scalePoints.map(\.color) == ["F8696B", "FFFFFF", "63BE7B"])
            #expect(formats[2].scalePoints.map(\.type) == ["min", "percent"])
            #expect(formats[2].scalePoints.map(\.value) == ["0", "90"])
        }
    }

    @Test func listValidationAcceptsASCIIAndRefusesOtherText() throws {
        try TestDirectory.with { directory in
            let output = directory.file("validation.xlsx")
            try Workbook.write(to: output, properties: Fixture.properties) { workbook in
                let sheet = try workbook.addWorksheet(named: "Review")
                let range = CellRange(a1: "C2:C20")!
                try sheet.addListValidation(["agree", "disagree", "unclear"], to: range)
                let persian = try #require(throws: XLSXError.self) {
                    try sheet.addListValidation(["موافق", "agree"], to: range)
                }
                #expect(persian.code == .invalidText)
                #expect(persian.message.contains("ASCII"))
                #expect(persian.cell == "C2:C20")
                let comma = try #require(throws: XLSXError.self) { try sheet.addListValidation(["a,b"], to: range) }
                #expect(comma.code == .invalidText)
                let long = try #require(throws: XLSXError.self) {
                    try sheet.addListValidation(Array(repeating: String(repeating: "v", count: 50), count: 6), to: range)
                }
                #expect(long.code == .textTooLong)
            }
            let validations = try #require(try XLSXDocument(url: output).sheet(named: "Review")?.dataValidations)
            #expect(validations == [DataValidationFacts(range: "C2:C20", type: "list", formula1: "\"agree,disagree,unclear\"")])
        }
    }

    @Test func layoutArgumentsOutsideExcelsRangesAreRefused() throws {
        try TestDirectory.with { directory in
            try Workbook.write(to: directory.file("ranges.xlsx"), properties: Fixture.properties) { workbook in
                let sheet = try workbook.addWorksheet(named: "Edges")
                let wide = try #require(throws: XLSXError.self) { try sheet.setColumnWidth(256, columns: 1...3) }
                #expect(wide.code == .invalidArgument)
                #expect(wide.cell == "B:D")
                let tall = try #require(throws: XLSXError.self) { try sheet.setRowHeight(410, row: 2) }
                #expect(tall.description.hasPrefix("Cannot set a row height at Edges!3:3: "))
                let farColumn = try #require(throws: XLSXError.self) {
                    try sheet.write("x", at: CellReference(row: 0, column: 16_384))
                }
                #expect(farColumn.code == .cellOutOfRange)
                #expect(farColumn.cell == "XFE1")
                let farRow = try #require(throws: XLSXError.self) {
                    try sheet.write(1, at: CellReference(row: 1_048_576, column: 0))
                }
                #expect(farRow.code == .cellOutOfRange)
                try sheet.write("corner", at: CellReference(row: 1_048_575, column: 16_383))
                let single = try #require(throws: XLSXError.self) {
                    try sheet.merge(CellRange(CellReference(row: 0, column: 0)), text: "one")
                }
                #expect(single.code == .invalidArgument)
                let overlapping = try #require(throws: XLSXError.self) {
                    try sheet.merge(CellRange(a1: "A1:B1")!)
                    try sheet.merge(CellRange(a1: "B1:C1")!)
                }
                #expect(overlapping.code == .invalidArgument)
                #expect(overlapping.message.contains("A1:B1"))
                #expect(overlapping.cell == "B1:C1")
            }
        }
    }
}
