import CasebookModel

/// What an import produced: the casebook, the rows left out with why, and the counts.
public struct ImportResult: Sendable, Hashable {
    /// The imported cases, with the dataset as their one source.
    public var casebook: Casebook
    /// The bad rows, in file order (empty when the policy is ``BadRowPolicy/fail``, which throws instead).
    public var skipped: [SkippedRow]
    /// How many rows went where.
    public var counts: ImportCounts

    /// Creates a result.
    public init(casebook: Casebook, skipped: [SkippedRow], counts: ImportCounts) {
        self.casebook = casebook
        self.skipped = skipped
        self.counts = counts
    }
}
