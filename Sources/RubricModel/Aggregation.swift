/// How case scores become era scores, and dimension scores become the overall index.
public struct Aggregation: Sendable, Hashable, Codable {
    /// The statistic over an era's scored cases.
    public var era: EraAggregation
    /// How dimension scores combine into the index.
    public var index: IndexAggregation

    /// Creates an aggregation.
    public init(era: EraAggregation, index: IndexAggregation) {
        self.era = era
        self.index = index
    }
}

/// The statistic that turns an era's case scores for one dimension into the era's score.
public enum EraAggregation: String, Sendable, Hashable, Codable, CaseIterable {
    /// Arithmetic mean.
    case mean
    /// Median (mean of the middle two for an even count).
    case median
    /// Lowest case score.
    case minimum
    /// Highest case score.
    case maximum
}

/// How dimension scores combine into the overall index.
public enum IndexAggregation: String, Sendable, Hashable, Codable, CaseIterable {
    /// Σ wᵢ·sᵢ / Σ wᵢ over the dimensions that have a score, with `sᵢ` oriented so higher is better.
    case weightedMean = "weighted_mean"
}
