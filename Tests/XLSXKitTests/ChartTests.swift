import Foundation
import Testing
import XLSXKit
import XLSXReadBack

@Suite struct ChartTests {
    private let sheetName = "Era matrix"

    /// Criteria in A2:A6, two eras' scores in B2:C6, era names in B1:C1.
    private func writeData(_ sheet: Worksheet) throws {
        try sheet.write("1980s", at: CellReference(row: 0, column: 1))
        try sheet.write("1990s", at: CellReference(row: 0, column: 2))
        for (row, criterion) in ["Inclusion", "Mediation", "Ceasefire", "Guarantees", "Sequencing"].enumerated() {
            try sheet.write(criterion, at: CellReference(row: row + 1, column: 0))
            try sheet.write(Double(row % 5), at: CellReference(row: row + 1, column: 1))
            try sheet.write(Double((row + 2) % 5), at: CellReference(row: row + 1, column: 2))
        }
    }

    private func range(_ a1: String) -> SheetRange { SheetRange(sheet: sheetName, range: CellRange(a1: a1)!) }

    @Test func barColumnAndRadarChartsReadBack() throws {
        try TestDirectory.with { directory in
            let output = directory.file("charts.xlsx")
            try Workbook.write(to: output, properties: Fixture.properties) { workbook in
                let sheet = try workbook.addWorksheet(named: sheetName)
                try writeData(sheet)

                let bar = try workbook.addChart(.bar)
                try bar.addSeries(name: "1980s", categories: range("A2:A6"), values: range("B2:B6"))
                try bar.addSeries(name: .cell(sheet: sheetName, CellReference(row: 0, column: 2)), values: range("C2:C6"))
                try bar.setTitle("Scores by criterion")
                try bar.setAxisTitles(category: "Criterion", value: "Score")
                try bar.setValueAxisBounds(minimum: 0, maximum: 4)
                try bar.setLegendPosition(.bottom)
                try sheet.insertChart(bar, at: CellReference(row: 1, column: 4))

                let column = try workbook.addChart(.column)
                try column.addSeries(categories: range("A2:A6"), values: range("B2:B6"))
                try column.setLegendPosition(.none)
                try column.setStyle(10)
                try sheet.insertChart(
                    column, at: CellReference(row: 20, column: 4),
                    placement: ChartPlacement(width: 720, height: 432, xOffset: 10, yOffset: 5, altText: "Columns"))

                let radar = try workbook.addChart(.radarWithMarkers)
                try radar.addSeries(name: "1980s", categories: range("A2:A6"), values: range("B2:B6"))
                try radar.addSeries(name: "1990s", categories: range("A2:A6"), values: range("C2:C6"))
                try radar.setTitle("Profile")
                try sheet.insertChart(radar, at: CellReference(row: 40, column: 4))
            }
            let document = try XLSXDocument(url: output)
            let charts = try #require(document.sheet(named: sheetName)?.charts)
            #expect(charts.count == 3)
            #expect(document.charts.count == 3)

            let bar = charts[0]
            #expect(bar.type == "barChart")
            #expect(bar.barDirection == "bar")
            #expect(bar.grouping == "clustered")
            #expect(bar.title == "Scores by criterion")
            #expect(bar.series.count == 2)
            #expect(bar.series[0].name == "1980s")
            #expect(bar.series[0].categories == "'Era matrix'!$A$2:$A$6")
            #expect(bar.series[0].values == "'Era matrix'!$B$2:$B$6")
            #expect(bar.series[1].nameReference == "'Era matrix'!$C$1")
            #expect(bar.series[1].values == "'Era matrix'!$C$2:$C$6")
            #expect(bar.categoryAxisTitle == "Criterion")
            #expect(bar.valueAxisTitle == "Score")
            #expect(bar.valueAxisMinimum == 0)
            #expect(bar.valueAxisMaximum == 4)
            #expect(bar.legendPosition == "b")
            #expect(bar.anchorCell == "E2")

            let column = charts[1]
            #expect(column.type == "barChart")
            #expect(column.barDirection == "col")
            #expect(column.series.count == 1)
            #expect(column.legendPosition == nil)
            #expect(column.anchorCell == "E21")

            let radar = charts[2]
            #expect(radar.type == "radarChart")
            #expect(radar.radarStyle == "marker")
            #expect(radar.series.map(\.name) == ["1980s", "1990s"])
            #expect(radar.title == "Profile")
            #expect(radar.anchorCell == "E41")
        }
    }

    @Test func chartMisuseGivesClearErrors() throws {
        try TestDirectory.with { directory in
            try Workbook.write(to: directory.file("c.xlsx"), properties: Fixture.properties) { workbook in
                let sheet = try workbook.addWorksheet(named: sheetName)
                try writeData(sheet)
                let chart = try workbook.addChart(.column)
                let empty = try #require(throws: XLSXError.self) {
                    try sheet.insertChart(chart, at: CellReference(row: 0, column: 5))
                }
                #expect(empty.message.contains("no series"))
                let formulaTitle = try #require(throws: XLSXError.self) { try chart.setTitle("=Sheet1!A1") }
                #expect(formulaTitle.code == .invalidText)
                let badRange = try #require(throws: XLSXError.self) {
                    try chart.addSeries(values: SheetRange(sheet: "bad:name", range: CellRange(a1: "A1:A2")!))
                }
                #expect(badRange.code == .invalidSheetName)
                try chart.addSeries(values: range("B2:B6"))
                try sheet.insertChart(chart, at: CellReference(row: 0, column: 5))
                let twice = try #require(throws: XLSXError.self) {
                    try sheet.insertChart(chart, at: CellReference(row: 30, column: 5))
                }
                #expect(twice.message.contains("already placed"))
                let style = try #require(throws: XLSXError.self) { try chart.setStyle(49) }
                #expect(style.code == .invalidArgument)
            }
        }
    }
}
