/// A dataset export read by ``DatasetCSV``: its column names and its rows of text fields, each row
/// remembering where it sits in the file so that problems found later still point at the cell.
///
/// ```swift
/// let table = try DatasetCSV.parse(data, path: "../shared/external/pax_v3.csv")
/// let ce = table.columnIndex("Ce")!
/// table.rows[0].fields[ce]   // "0"
/// ```
public struct DatasetTable: Sendable {
    /// The file the table came from, as the user named it.
    public let path: String
    /// The column names in file order; a blank header becomes `_blank_<n>`, n being its 1-based column number.
    public let columns: [String]
    /// How many header cells were blank.
    public let blankColumnCount: Int
    /// The data rows, header excluded.
    public let rows: [DatasetRow]
    /// The raw file, kept so a cell's line and column can be recovered without storing them for every cell.
    let bytes: [UInt8]
    private let indexByName: [String: Int]

    init(path: String, columns: [String], blankColumnCount: Int, rows: [DatasetRow], bytes: [UInt8]) {
        self.path = path
        self.columns = columns
        self.blankColumnCount = blankColumnCount
        self.rows = rows
        self.bytes = bytes
        self.indexByName = Dictionary(columns.enumerated().map { ($1, $0) }) { first, _ in first }
    }

    /// The 0-based index of a column, by its exact name.
    public func columnIndex(_ name: String) -> Int? {
        indexByName[name]
    }

    /// The 1-based line and column where a row's field starts, for diagnostics.
    ///
    /// Re-reads the row's bytes: quoted fields may span lines, so the position does not follow from the row's line alone.
    public func position(of row: DatasetRow, field: Int) -> (line: Int, column: Int) {
        CSVPosition.fieldStart(field, ofRecordAt: row.offset, line: row.line, in: bytes)
    }
}

/// One data row of a ``DatasetTable``.
public struct DatasetRow: Sendable, Hashable {
    /// The 1-based line the row starts on.
    public let line: Int
    /// The fields, one per column, decoded as UTF-8.
    public let fields: [String]
    /// The byte offset of the row's first field.
    let offset: Int
}
