/// How our casebook and a dataset's imported casebook code the same agreements, lined up through
/// `same_as` links. Disagreements are listed, never resolved. Built by ``CasebookComparison``.
public struct ComparisonReport: Sendable, Hashable {
    /// One entry per link between one of our cases and one of theirs, ordered by our case id, then link.
    public var pairs: [CasePairing]
    /// Our links into the compared dataset that name a row their casebook does not hold.
    public var unmatchedLinks: [UnmatchedLink]

    /// Creates a report.
    public init(pairs: [CasePairing], unmatchedLinks: [UnmatchedLink]) {
        self.pairs = pairs
        self.unmatchedLinks = unmatchedLinks
    }

    /// How many indicator comparisons have a status, over all pairs.
    public func count(_ status: ComparisonStatus) -> Int {
        pairs.reduce(0) { $0 + $1.indicators.filter { $0.status == status }.count }
    }

    /// How many pairs disagree on the year.
    public var dateConflictCount: Int {
        pairs.filter { $0.dateConflict != nil }.count
    }
}
