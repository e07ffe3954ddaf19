/// Where a hyperlink cell leads: a web or mail address, or a place in the same workbook.
///
/// ```swift
/// // Links to Evidence!A5; sheet names that need quotes ('Era matrix'!A5) get them.
/// try sheet.writeLink(.cell(sheet: "Evidence", CellReference(row: 4, column: 0)),
///                     at: CellReference(row: 1, column: 3), text: "Q7")
/// try sheet.writeLink(.url("https://kabulnow.com/"), at: CellReference(row: 2, column: 3), text: "KabulNow")
/// ```
public enum Hyperlink: Hashable, Sendable {
    /// An external address with a scheme: `https://…`, `http://…`, `ftp://…`, `mailto:…`, `file:///…`.
    case url(String)
    /// A cell of a sheet in this workbook.
    case cell(sheet: String, CellReference)
    /// A range of a sheet in this workbook.
    case range(sheet: String, CellRange)

    /// The target in libxlsxwriter's notation: internal links get the `internal:` prefix.
    var libraryTarget: String {
        switch self {
        case .url(let address): address
        case .cell(let sheet, let cell): "internal:" + cell.formulaReference(sheet: sheet, absolute: false)
        case .range(let sheet, let range): "internal:" + range.formulaReference(sheet: sheet, absolute: false)
        }
    }

    /// The part Excel limits to 2,079 characters: the address, or the location without `internal:`.
    var limitedPart: String {
        switch self {
        case .url(let address): address
        case .cell(let sheet, let cell): cell.formulaReference(sheet: sheet, absolute: false)
        case .range(let sheet, let range): range.formulaReference(sheet: sheet, absolute: false)
        }
    }
}
