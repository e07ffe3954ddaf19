/// A dataset column an indicator mapping reads, with its codebook meaning.
public struct MappedColumn: Sendable, Hashable {
    /// The column name, exactly as in the export's header.
    public var name: String
    /// What the codebook says the column records, and how that differs from the indicator it feeds.
    public var meaning: String
    /// The codebook's whole-number range for numeric transforms; nil for a `table`, whose keys are the valid values.
    public var range: ClosedRange<Int>?

    /// Creates a column.
    public init(name: String, meaning: String, range: ClosedRange<Int>?) {
        self.name = name
        self.meaning = meaning
        self.range = range
    }
}
