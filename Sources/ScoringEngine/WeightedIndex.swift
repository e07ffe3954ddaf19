import RubricModel

/// The overall index of a row: Σ wᵢ·sᵢ / Σ wᵢ over the dimensions with a score, with `sᵢ` oriented so higher is better.
///
/// The sums run left to right in rubric order, the arithmetic of the spreadsheet formula
/// `SUMPRODUCT(weights, scores) / SUMPRODUCT(weights, ISNUMBER(scores))`.
enum WeightedIndex {
    /// The score as it enters the index: as is when higher is better, `minimum + maximum − score` when lower is.
    static func oriented(_ score: Double, direction: Direction, scale: Scale) -> Double {
        switch direction {
        case .higherIsBetter: return score
        case .lowerIsBetter: return Double(scale.minimum) + Double(scale.maximum) - score
        }
    }

    /// The index of oriented scores (nil where insufficient) under `weights`; nil when no scored dimension has weight.
    static func index(_ scores: [Double?], weights: [Double]) -> Double? {
        var numerator = 0.0, denominator = 0.0
        for (score, weight) in zip(scores, weights) {
            guard let score else { continue }
            numerator += weight * score
            denominator += weight
        }
        return denominator > 0 ? numerator / denominator : nil
    }
}
