import Foundation
import MatrixWriters
import ScoringEngine
import Testing
import XLSXReadBack

/// The Era matrix and Case matrix sheets of the fixture, cell by cell.
@Suite struct WorkbookMatrixSheetTests {
    private let eraIndex = "IFERROR((SUMPRODUCT($D$3:$F$3,{1,1,-1},D5:F5)+(4)*SUMPRODUCT($D$3:$F$3,{0,0,1},--ISNUMBER(D5:F5)))"
        + "/SUMPRODUCT($D$3:$F$3,--ISNUMBER(D5:F5)),\"n/e\")"

    @Test func sheetsComeInTheDocumentedOrderWithoutCoverageWithoutAScan() throws {
        #expect(try WorkbookReading.document().sheetNames == [
            "Era matrix", "Case matrix", "Lessons", "Evidence", "Rubric", "Sensitivity", "About",
        ])
    }

    @Test func eraMatrixHoldsTheEngineScoresWithGreyNotEvaluated() throws {
        let sheet = try WorkbookReading.sheet("Era matrix")
        #expect(sheet.values(row: 3, through: 7) == [
            .text("Era id"), .text("Era"), .text("Period"), .text("Inclusivity"), .text("Guarantors"),
            .text("Violence during talks"), .text("Index"), .text("Rank"),
        ])
        #expect(sheet.values(row: 4, through: 7) == [
            .text("pdpa-mujahedin"), .text("PDPA governments and the Mujahedin factions"), .text("1980–1992"),
            .number(2.4444444444444446), .number(2.5), .number(1.1666666666666667), .number(2.5555555555555554), .number(1),
        ])
        #expect(sheet.values(row: 5, through: 7) == [
            .text("post-2021"), .text(MatrixFixture.quotedEraName), .text("2021–"), .number(1), .number(0), .text("n/e"),
            .number(0.6666666666666666), .number(2),
        ])
        let missing = try #require(sheet.cell("F6"))
        #expect(missing.format.fontColor == "808080")
        #expect(missing.formula == nil)
        #expect(sheet.cell("D5")?.format.numberFormat == "0.000")
        #expect(sheet.cell("D4")?.format.bold == true)
        #expect(sheet.cell("D4")?.format.fillColor == "DDEBF7")
        #expect(sheet.cell("D4")?.format.borders["bottom"] == "thin")
    }

    @Test func eraIndexAndRankAreLiveFormulasCachedWithTheEngineValues() throws {
        let sheet = try WorkbookReading.sheet("Era matrix")
        for (column, reference) in ["D3", "E3", "F3"].enumerated() {
            #expect(sheet.cell(reference)?.formula == "Rubric!$C$\(5 + column)")
        }
        #expect(sheet.values(row: 2, through: 5).suffix(3) == [.number(2), .number(1), .number(1)])
        #expect(sheet.cell("G5")?.formula == eraIndex)
        #expect(sheet.cell("G6")?.formula == eraIndex.replacingOccurrences(of: "5:F5", with: "6:F6"))
        for (row, era) in MatrixFixture.matrix.eras.enumerated() {
            let index = try #require(sheet.cell(row: 4 + row, column: 6)?.number)
            #expect(abs(index - (era.index ?? .nan)) <= 1e-12)
            #expect(sheet.cell(row: 4 + row, column: 7)?.number == era.rank.map(Double.init))
        }
        #expect(sheet.cell("H5")?.formula == "IF(ISNUMBER(G5),1+SUMPRODUCT(ISNUMBER($G$5:$G$6)*($G$5:$G$6>G5+1E-12)),\"n/e\")")
    }

    @Test func eraScoresAreShadedOnTheFixedScaleReversedForLowerIsBetter() throws {
        let sheet = try WorkbookReading.sheet("Era matrix")
        let rules = sheet.conditionalFormats
        #expect(rules.map(\.range) == ["D5:E6", "F5:F6"])
        #expect(rules.allSatisfy { $0.type == "colorScale" })
        #expect(rules.first?.scalePoints.map(\.type) == ["num", "num", "num"])
        #expect(rules.first?.scalePoints.compactMap(\.value).compactMap(Double.init) == [0, 2, 4])
        #expect(rules.first?.scalePoints.map(\.color) == ["F8696B", "FFEB84", "63BE7B"])
        #expect(rules.last?.scalePoints.map(\.color) == ["63BE7B", "FFEB84", "F8696B"])
    }

    @Test func eraChartPlotsEveryEraByDimensionFromCellsWithoutText() throws {
        let sheet = try WorkbookReading.sheet("Era matrix")
        let chart = try #require(sheet.charts.first)
        #expect(sheet.charts.count == 1)
        #expect(chart.type == "barChart")
        #expect(chart.barDirection == "col")
        #expect(chart.grouping == "clustered")
        #expect(chart.title == "Era scores by dimension")
        #expect(chart.valueAxisMinimum == 0 && chart.valueAxisMaximum == 4)
        #expect(chart.series.map(\.categories) == Array(repeating: "'Era matrix'!$D$4:$F$4", count: 2))
        #expect(chart.series.map(\.values) == ["'Era matrix'!$D$9:$F$9", "'Era matrix'!$D$10:$F$10"])
        #expect(chart.series.map(\.nameReference) == ["'Era matrix'!$B$9", "'Era matrix'!$B$10"])
        #expect(chart.anchorCell == "A12")
        #expect(sheet.values(row: 8, through: 5) == [
            .empty, .text("PDPA governments and the Mujahedin factions"), .empty, .number(2.4444444444444446), .number(2.5),
            .number(1.1666666666666667),
        ])
        #expect(sheet.values(row: 9, through: 5) == [.empty, .text(MatrixFixture.quotedEraName), .empty, .number(1), .number(0), .empty])
    }

    @Test func eraMatrixFreezesItsHeaderAndPrintsLandscapeOnePageWide() throws {
        let sheet = try WorkbookReading.sheet("Era matrix")
        #expect(sheet.frozenTopLeftCell == "B5")
        #expect(sheet.autofilter == nil)
        #expect(sheet.pageSetup.orientation == "landscape")
        #expect(sheet.pageSetup.fitToPage)
        #expect(sheet.pageSetup.fitToWidth == 1)
        #expect(sheet.pageSetup.fitToHeight == 0)
        #expect(sheet.pageSetup.printTitles == "'Era matrix'!$3:$4")
        #expect(sheet.mergedRanges == ["A2:H2"])
    }

    @Test func caseMatrixHoldsCasesWithEraDateOutcomeScoresIndexAndRank() throws {
        let sheet = try WorkbookReading.sheet("Case matrix")
        #expect(sheet.values(row: 3, through: 9) == [
            .text("Case id"), .text("Case"), .text("Era"), .text("Date"), .text("Outcome"), .text("Inclusivity"),
            .text("Guarantors"), .text("Violence during talks"), .text("Index"), .text("Rank"),
        ])
        #expect(sheet.values(row: 4, through: 9) == [
            .text("geneva-1988"), .text("Accord de Gene\u{300}ve"), .text("pdpa-mujahedin"), .text("1988-04-14"), .text("failed"),
            .number(0.6666666666666666), .number(3), .number(2), .number(1.5833333333333333), .number(3),
        ])
        #expect(sheet.values(row: 6, through: 9) == [
            .text("heart-of-asia-1991"), .text("جامعه قلب آسیا"), .text("pdpa-mujahedin"), .text("1991"), .text("partial"),
            .number(2.6666666666666665), .text("n/e"), .number(1), .number(2.7777777777777777), .number(2),
        ])
        #expect(sheet.values(row: 7, through: 9) == [
            .text("murree-2023"), .text(MatrixFixture.hostileCaseName), .text("post-2021"), .text("2023/2024"), .text("failed"),
            .number(1), .number(0), .text("n/e"), .number(0.6666666666666666), .number(4),
        ])
        #expect(sheet.cell("G7")?.format.fontColor == "808080")
        #expect(sheet.cell("I8")?.formula == "IFERROR((SUMPRODUCT($F$3:$H$3,{1,1,-1},F8:H8)+(4)*SUMPRODUCT($F$3:$H$3,{0,0,1},"
            + "--ISNUMBER(F8:H8)))/SUMPRODUCT($F$3:$H$3,--ISNUMBER(F8:H8)),\"n/e\")")
        #expect(sheet.cell("J5")?.formula == "IF(ISNUMBER(I5),1+SUMPRODUCT(ISNUMBER($I$5:$I$8)*($I$5:$I$8>I5+1E-12)),\"n/e\")")
    }

    @Test func caseMatrixFiltersAndFreezesTheHeaderAndIdColumn() throws {
        let sheet = try WorkbookReading.sheet("Case matrix")
        #expect(sheet.autofilter == "A4:J8")
        #expect(sheet.frozenTopLeftCell == "B5")
        #expect(sheet.conditionalFormats.map(\.range) == ["F5:G8", "H5:H8"])
        #expect(sheet.pageSetup.printTitles == "'Case matrix'!$3:$4")
    }
}
