/// One era × dimension cell of the coverage matrix: what the scan finds, and what the casebook already cites.
public struct CoverageRow: Sendable, Hashable, Codable {
    /// The era id.
    public var eraID: String
    /// The dimension id.
    public var dimensionID: String
    /// Passages placed in the era with a cue score above 0 on the dimension.
    public var candidateCount: Int
    /// Passages cited by evidence of the era's cases for indicators of the dimension, the found ones first by rank,
    /// then the others in file order.
    public var cited: [CitedPassage]
    /// The highest-ranked candidates the cell does not cite, best first.
    public var strongestUncited: [RankedPassage]

    /// Creates a row.
    public init(eraID: String, dimensionID: String, candidateCount: Int, cited: [CitedPassage], strongestUncited: [RankedPassage]) {
        self.eraID = eraID
        self.dimensionID = dimensionID
        self.candidateCount = candidateCount
        self.cited = cited
        self.strongestUncited = strongestUncited
    }

    /// Cited passages that are also candidates.
    public var citedFound: Int {
        cited.filter { $0.rank != nil }.count
    }
}
