/// A rectangle of cells, from its top-left to its bottom-right corner (both included).
///
/// ```swift
/// let header = CellRange(rows: 0...0, columns: 0...5)
/// header.a1                                        // "A1:F1"
/// header.formulaReference(sheet: "Era matrix")     // "'Era matrix'!$A$1:$F$1"
/// CellRange(a1: "B2:D10")?.rowCount                // 9
/// ```
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    /// The top-left cell.
    public let first: CellReference
    /// The bottom-right cell.
    public let last: CellReference

    /// The rectangle spanned by two corners, given in any order.
    public init(_ corner: CellReference, _ otherCorner: CellReference) {
        first = CellReference(
            row: min(corner.row, otherCorner.row), column: min(corner.column, otherCorner.column))
        last = CellReference(
            row: max(corner.row, otherCorner.row), column: max(corner.column, otherCorner.column))
    }

    /// The rectangle of these zero-based rows and columns.
    public init(rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
        self.init(
            CellReference(row: rows.lowerBound, column: columns.lowerBound),
            CellReference(row: rows.upperBound, column: columns.upperBound))
    }

    /// A range of a single cell.
    public init(_ cell: CellReference) {
        self.init(cell, cell)
    }

    /// Parses "B2:D10" or a single cell "B2", with or without `$` markers; nil if malformed.
    public init?(a1: String) {
        let parts = a1.split(separator: ":", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard let cell = CellReference(a1: String(parts[0])) else { return nil }
            self.init(cell)
        case 2:
            guard let from = CellReference(a1: String(parts[0])), let to = CellReference(a1: String(parts[1]))
            else { return nil }
            self.init(from, to)
        default:
            return nil
        }
    }

    /// The zero-based rows covered.
    public var rows: ClosedRange<Int> { first.row...last.row }
    /// The zero-based columns covered.
    public var columns: ClosedRange<Int> { first.column...last.column }
    /// How many rows the range spans.
    public var rowCount: Int { last.row - first.row + 1 }
    /// How many columns the range spans.
    public var columnCount: Int { last.column - first.column + 1 }

    /// Relative A1 notation, "B2:D10"; a single cell is written alone, "B2", as Excel writes it.
    public var a1: String { first == last ? first.a1 : "\(first.a1):\(last.a1)" }

    /// Absolute A1 notation, "$B$2:$D$10".
    public var absoluteA1: String {
        first == last ? first.absoluteA1 : "\(first.absoluteA1):\(last.absoluteA1)"
    }

    /// The range named with its sheet, quoted when Excel needs it: "'Era matrix'!$B$2:$D$10".
    public func formulaReference(sheet: String, absolute: Bool = true) -> String {
        SheetName.formulaPrefix(sheet) + (absolute ? absoluteA1 : a1)
    }

    /// Whether `cell` lies inside the range.
    public func contains(_ cell: CellReference) -> Bool {
        rows.contains(cell.row) && columns.contains(cell.column)
    }

    /// Whether the two ranges share at least one cell.
    public func intersects(_ other: CellRange) -> Bool {
        rows.overlaps(other.rows) && columns.overlaps(other.columns)
    }

    /// Whether both corners lie inside Excel's grid.
    public var isInsideGrid: Bool { last.isInsideGrid }

    /// A1 notation, for messages and test failures.
    public var description: String { a1 }
}
