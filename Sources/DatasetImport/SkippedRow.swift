import MatrixSupport

/// A row the import left out, with every problem found in it.
public struct SkippedRow: Sendable, Hashable {
    /// The row's id cell, possibly blank.
    public var rowID: String
    /// The 1-based line the row starts on.
    public var line: Int
    /// The problems, each positioned at its cell.
    public var diagnostics: [Diagnostic]

    /// Creates a skipped row.
    public init(rowID: String, line: Int, diagnostics: [Diagnostic]) {
        self.rowID = rowID
        self.line = line
        self.diagnostics = diagnostics
    }
}
