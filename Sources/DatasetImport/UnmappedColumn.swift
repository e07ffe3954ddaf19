/// A column a mapping deliberately leaves unmapped, with why, so the gap is visible rather than silent.
public struct UnmappedColumn: Sendable, Hashable {
    /// The column name.
    public var column: String
    /// What the codebook says the column records.
    public var meaning: String
    /// Why no indicator can defensibly be derived from it.
    public var reason: String

    /// Creates an entry.
    public init(column: String, meaning: String, reason: String) {
        self.column = column
        self.meaning = meaning
        self.reason = reason
    }
}
