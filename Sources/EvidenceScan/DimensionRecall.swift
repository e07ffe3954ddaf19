/// How well a dimension's cues retrieve the passages the casebook cites for it, taking the casebook's citations
/// as labels.
///
/// The cited set is every passage that holds the cited line of an evidence item for an indicator of the dimension,
/// from any case. Every passage of the corpus is ranked by the dimension's cue score (ties in file and line order);
/// passages scoring 0 are not ranked. Recall at k is |cited ∩ top k| / |cited|.
public struct DimensionRecall: Sendable, Hashable, Codable {
    /// The dimension id.
    public var dimensionID: String
    /// The corpus-wide rank of each cited passage, in file order; nil for one that scores 0.
    public var citedRanks: [Int?]
    /// Passages with a score above 0.
    public var ranked: Int

    /// Creates a recall record.
    public init(dimensionID: String, citedRanks: [Int?], ranked: Int) {
        self.dimensionID = dimensionID
        self.citedRanks = citedRanks
        self.ranked = ranked
    }

    /// Cited passages.
    public var cited: Int { citedRanks.count }

    /// Cited passages with a score above 0.
    public var found: Int { citedRanks.compactMap { $0 }.count }

    /// |cited ∩ top k| / |cited|, nil when nothing is cited.
    ///
    /// ```swift
    /// DimensionRecall(dimensionID: "guarantors", citedRanks: [1, 12, nil], ranked: 40).recall(at: 10)  // 1/3
    /// ```
    public func recall(at k: Int) -> Double? {
        guard cited > 0 else { return nil }
        return Double(citedRanks.filter { ($0 ?? Int.max) <= k }.count) / Double(cited)
    }
}
