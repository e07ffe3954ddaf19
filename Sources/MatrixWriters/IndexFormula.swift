import RubricModel
import XLSXKit

/// The live formulas of the matrix sheets: the weighted index of a row and its competition rank, written so that
/// Excel and LibreOffice give the scoring engine's values and recompute them when an analyst edits a weight.
///
/// The index is Σ wᵢ·sᵢ / Σ wᵢ over the dimensions that have a score, with a lower-is-better score entering as
/// `minimum + maximum − s`, as ``MatrixScorer`` computes it. `SUMPRODUCT` counts the text `n/e` as 0 and
/// `--ISNUMBER(…)` counts only the scored dimensions' weights; a row without any weighted score divides by zero
/// and shows `n/e`.
///
/// ```swift
/// IndexFormula.index(scores: CellRange(a1: "D5:G5")!, weights: CellRange(a1: "D3:G3")!,
///                    directions: [.higherIsBetter, .higherIsBetter, .higherIsBetter, .higherIsBetter],
///                    scale: rubric.scale)
/// // =IFERROR(SUMPRODUCT($D$3:$G$3,D5:G5)/SUMPRODUCT($D$3:$G$3,--ISNUMBER(D5:G5)),"n/e")
/// IndexFormula.rank(of: CellReference(a1: "H5")!, among: CellRange(a1: "H5:H9")!)
/// // =IF(ISNUMBER(H5),1+SUMPRODUCT(ISNUMBER($H$5:$H$9)*($H$5:$H$9>H5+1E-12)),"n/e")
/// ```
enum IndexFormula {
    /// What a cell without a value shows, and what the formulas return for it.
    static let notEvaluated = "n/e"
    /// The legend's explanation of ``notEvaluated``.
    static func notEvaluatedMeaning(_ scale: Scale) -> String {
        "insufficient evidence: fewer evidence items than the dimension's minimum, so no score (never counted as "
            + "\(scale.minimum)); an index or rank without any weighted score"
    }

    /// Index differences at or below this are ties, as in the scoring engine's competition ranking.
    static let rankTolerance = "1E-12"

    /// The index of the scores in `scores` (one row) under the weights in `weights` (a row of the same width).
    /// With a lower-is-better dimension the numerator reverses its scores with array constants:
    /// Σ wᵢ·σᵢ·sᵢ + (minimum + maximum)·Σ wᵢ·λᵢ·[sᵢ scored], where σᵢ is −1 and λᵢ is 1 for such a dimension.
    static func index(scores: CellRange, weights: CellRange, directions: [Direction], scale: Scale) -> String {
        let s = scores.a1, w = weights.absoluteA1
        let denominator = "SUMPRODUCT(\(w),--ISNUMBER(\(s)))"
        let numerator: String
        if directions.allSatisfy({ $0 == .higherIsBetter }) {
            numerator = "SUMPRODUCT(\(w),\(s))"
        } else {
            let signs = directions.map { $0 == .lowerIsBetter ? "-1" : "1" }.joined(separator: ",")
            let reversed = directions.map { $0 == .lowerIsBetter ? "1" : "0" }.joined(separator: ",")
            numerator = "(SUMPRODUCT(\(w),{\(signs)},\(s))"
                + "+(\(scale.minimum + scale.maximum))*SUMPRODUCT(\(w),{\(reversed)},--ISNUMBER(\(s))))"
        }
        return "=IFERROR(\(numerator)/\(denominator),\"\(notEvaluated)\")"
    }

    /// The competition rank ("1224") of the index in `cell` among the indexes in `column`, highest first,
    /// counting only numbers, so `n/e` rows neither rank nor push others down.
    static func rank(of cell: CellReference, among column: CellRange) -> String {
        let all = column.absoluteA1
        return "=IF(ISNUMBER(\(cell.a1)),1+SUMPRODUCT(ISNUMBER(\(all))*(\(all)>\(cell.a1)+\(rankTolerance))),\"\(notEvaluated)\")"
    }
}
