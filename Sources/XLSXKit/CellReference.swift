/// One cell of a worksheet, by zero-based row and column (libxlsxwriter's convention).
///
/// Converts to and from Excel's A1 notation, relative (`B2`) or absolute (`$B$2`), and to a reference that
/// names its sheet, for formulas:
///
/// ```swift
/// let cell = CellReference(row: 1, column: 1)
/// cell.a1                                   // "B2"
/// cell.absoluteA1                           // "$B$2"
/// cell.formulaReference(sheet: "Era matrix") // "'Era matrix'!$B$2"
/// CellReference(a1: "$AA$10")               // row 9, column 26
/// ```
public struct CellReference: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Excel's number of rows in a sheet.
    public static let rowCount = 1_048_576
    /// Excel's number of columns in a sheet.
    public static let columnCount = 16_384

    /// Zero-based row: 0 is Excel's row 1.
    public let row: Int
    /// Zero-based column: 0 is Excel's column A.
    public let column: Int

    /// A cell by zero-based row and column. Both must be non-negative; the upper bounds are checked when the
    /// cell is written, so that the error can name the sheet.
    public init(row: Int, column: Int) {
        precondition(row >= 0 && column >= 0, "CellReference needs a non-negative row and column")
        self.row = row
        self.column = column
    }

    /// Parses A1 notation with or without `$` markers ("B2", "$B$2", "b2"); nil if it is not a cell inside
    /// Excel's grid.
    public init?(a1: String) {
        var letters = ""
        var digits = ""
        var rest = Substring(a1)
        if rest.first == "$" { rest = rest.dropFirst() }
        while let character = rest.first, character.isASCII, character.isLetter {
            letters.append(character)
            rest = rest.dropFirst()
        }
        if rest.first == "$" { rest = rest.dropFirst() }
        while let character = rest.first, character.isASCII, character.isNumber {
            digits.append(character)
            rest = rest.dropFirst()
        }
        guard rest.isEmpty, let column = Self.columnIndex(letters), let rowNumber = Int(digits),
            rowNumber >= 1, rowNumber <= Self.rowCount
        else { return nil }
        self.init(row: rowNumber - 1, column: column)
    }

    /// Relative A1 notation: "B2".
    public var a1: String { Self.columnName(column) + String(row + 1) }

    /// Absolute A1 notation, for formulas and chart ranges that must not shift: "$B$2".
    public var absoluteA1: String { "$" + Self.columnName(column) + "$" + String(row + 1) }

    /// The cell named with its sheet, quoted when Excel needs it: "'Era matrix'!$B$2".
    public func formulaReference(sheet: String, absolute: Bool = true) -> String {
        SheetName.formulaPrefix(sheet) + (absolute ? absoluteA1 : a1)
    }

    /// Whether Excel's grid has this cell.
    public var isInsideGrid: Bool { row < Self.rowCount && column < Self.columnCount }

    /// A1 notation, so that cells print readably in messages and test failures.
    public var description: String { a1 }

    /// Row-major order, the order libxlsxwriter's constant-memory mode needs cells in.
    public static func < (lhs: CellReference, rhs: CellReference) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }

    /// Excel's letters for a zero-based column: 0 → "A", 25 → "Z", 26 → "AA".
    public static func columnName(_ column: Int) -> String {
        precondition(column >= 0, "column must be non-negative")
        var remaining = column + 1
        var scalars: [Unicode.Scalar] = []
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(65 + digit)))
            remaining = (remaining - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    /// The zero-based column for Excel's letters ("A" → 0, "aa" → 26); nil for anything else or a column
    /// beyond XFD.
    public static func columnIndex(_ letters: String) -> Int? {
        guard !letters.isEmpty, letters.count <= 3 else { return nil }
        var value = 0
        for scalar in letters.unicodeScalars {
            switch scalar.value {
            case 65...90: value = value * 26 + Int(scalar.value - 64)
            case 97...122: value = value * 26 + Int(scalar.value - 96)
            default: return nil
            }
        }
        return value <= columnCount ? value - 1 : nil
    }
}
