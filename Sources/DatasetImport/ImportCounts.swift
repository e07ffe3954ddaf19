/// The tally of an import: every row read is either excluded by a filter, skipped as bad, or imported.
public struct ImportCounts: Sendable, Hashable {
    /// Data rows in the table.
    public var rowsRead: Int
    /// Rows the id, country or year filters left out.
    public var rowsExcluded: Int
    /// Bad rows left out.
    public var rowsSkipped: Int
    /// Cases created, one per imported row.
    public var casesImported: Int
    /// Observations created over all cases.
    public var observations: Int
    /// Rule applications whose valid cells the mapping maps to "no observation" (`~`).
    public var valuesLeftUnobserved: Int
    /// Observations per indicator id.
    public var observationsByIndicator: [String: Int]

    /// Creates counts.
    public init(rowsRead: Int, rowsExcluded: Int, rowsSkipped: Int, casesImported: Int, observations: Int,
                valuesLeftUnobserved: Int, observationsByIndicator: [String: Int]) {
        self.rowsRead = rowsRead
        self.rowsExcluded = rowsExcluded
        self.rowsSkipped = rowsSkipped
        self.casesImported = casesImported
        self.observations = observations
        self.valuesLeftUnobserved = valuesLeftUnobserved
        self.observationsByIndicator = observationsByIndicator
    }
}
