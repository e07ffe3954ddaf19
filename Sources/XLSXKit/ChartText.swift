/// Text on a chart (title, axis title, series name): literal, or taken from a cell.
///
/// Literal text may not begin with "=", because libxlsxwriter would read it as a reference; use
/// ``cell(sheet:_:)`` for text that should follow a cell.
///
/// ```swift
/// try chart.setTitle("Scores by era")                                            // literal
/// try chart.addSeries(name: .cell(sheet: "Era matrix", CellReference(row: 0, column: 2)), values: values)
/// ```
public enum ChartText: Hashable, Sendable, ExpressibleByStringLiteral {
    /// Literal text.
    case text(String)
    /// The text of a cell, kept in step with it.
    case cell(sheet: String, CellReference)

    /// Literal text from a string literal.
    public init(stringLiteral value: String) {
        self = .text(value)
    }
}
