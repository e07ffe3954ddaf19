/// A range on a named sheet, as chart series take their data.
///
/// ```swift
/// let values = SheetRange(sheet: "Era matrix", range: CellRange(rows: 1...8, columns: 2...2))
/// values.formulaReference   // "'Era matrix'!$C$2:$C$9"
/// ```
public struct SheetRange: Hashable, Sendable, CustomStringConvertible {
    /// The sheet's name.
    public var sheet: String
    /// The cells.
    public var range: CellRange

    /// A range on `sheet`.
    public init(sheet: String, range: CellRange) {
        self.sheet = sheet
        self.range = range
    }

    /// The absolute reference with a quoted sheet name when needed: "'Era matrix'!$C$2:$C$9".
    public var formulaReference: String { range.formulaReference(sheet: sheet) }

    /// The same as ``formulaReference``.
    public var description: String { formulaReference }
}
