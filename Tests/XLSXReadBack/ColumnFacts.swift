/// Width settings of a span of columns (one `<col>` element).
public struct ColumnFacts: Sendable, Equatable {
    /// The zero-based columns covered.
    public let columns: ClosedRange<Int>
    /// The width in Excel's character units, as stored.
    public let width: Double?
    /// Whether the columns are hidden.
    public let hidden: Bool
    /// The default style index for the columns' cells.
    public let styleIndex: Int?

    /// Column facts; the reader builds these.
    public init(columns: ClosedRange<Int>, width: Double?, hidden: Bool, styleIndex: Int?) {
        self.columns = columns
        self.width = width
        self.hidden = hidden
        self.styleIndex = styleIndex
    }
}
