import CasebookModel

/// How one column maps to a case's outcome; a raw value missing from `values` makes the row bad.
public struct OutcomeRule: Sendable, Hashable {
    /// The column name.
    public var column: String
    /// What the codebook says the column records.
    public var meaning: String
    /// How the column differs from the casebook's notion of outcome.
    public var gap: String
    /// Raw cell value → outcome, in file order.
    public var values: [TableEntry<Outcome>]

    /// Creates a rule.
    public init(column: String, meaning: String, gap: String, values: [TableEntry<Outcome>]) {
        self.column = column
        self.meaning = meaning
        self.gap = gap
        self.values = values
    }

    /// The outcome of a raw cell, or nil when the cell holds a value the table does not list.
    public func outcome(for raw: String) -> Outcome? {
        values.first { $0.raw == raw }?.value
    }
}
