import RubricModel
import Testing
import XLSXKit
@testable import MatrixWriters

@Suite struct IndexFormulaTests {
    private let scale = Scale(minimum: 0, maximum: 4, levels: [])

    @Test func higherIsBetterRubricsGetThePlainWeightedMean() throws {
        let formula = IndexFormula.index(scores: try #require(CellRange(a1: "D5:G5")), weights: try #require(CellRange(a1: "D3:G3")),
                                         directions: Array(repeating: .higherIsBetter, count: 4), scale: scale)
        #expect(formula == "=IFERROR(SUMPRODUCT($D$3:$G$3,D5:G5)/SUMPRODUCT($D$3:$G$3,--ISNUMBER(D5:G5)),\"n/e\")")
    }

    @Test func lowerIsBetterScoresAreReversedInsideTheFormula() throws {
        let formula = IndexFormula.index(scores: try #require(CellRange(a1: "B2:D2")), weights: try #require(CellRange(a1: "B1:D1")),
                                         directions: [.lowerIsBetter, .higherIsBetter, .lowerIsBetter],
                                         scale: Scale(minimum: -1, maximum: 3, levels: []))
        #expect(formula == "=IFERROR((SUMPRODUCT($B$1:$D$1,{-1,1,-1},B2:D2)+(2)*SUMPRODUCT($B$1:$D$1,{1,0,1},--ISNUMBER(B2:D2)))"
            + "/SUMPRODUCT($B$1:$D$1,--ISNUMBER(B2:D2)),\"n/e\")")
    }

    @Test func aSingleDimensionNeedsNoRange() throws {
        let formula = IndexFormula.index(scores: CellRange(CellReference(row: 4, column: 3)),
                                         weights: CellRange(CellReference(row: 2, column: 3)), directions: [.higherIsBetter],
                                         scale: scale)
        #expect(formula == "=IFERROR(SUMPRODUCT($D$3,D5)/SUMPRODUCT($D$3,--ISNUMBER(D5)),\"n/e\")")
    }

    @Test func rankCountsOnlyNumericIndexesHigherBeyondTheTolerance() throws {
        #expect(IndexFormula.rank(of: try #require(CellReference(a1: "H7")), among: try #require(CellRange(a1: "H5:H9")))
            == "=IF(ISNUMBER(H7),1+SUMPRODUCT(ISNUMBER($H$5:$H$9)*($H$5:$H$9>H7+1E-12)),\"n/e\")")
    }
}
