import Foundation

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

/// Column arithmetic shared by the reader and ``DatasetTable``: a column counts characters
/// (Unicode scalars), not bytes, so it matches what an editor shows.
enum CSVPosition {
    /// Walks a record from its first byte to the start of one of its fields.
    static func fieldStart(_ field: Int, ofRecordAt offset: Int, line firstLine: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = firstLine
        var lineStart = offset
        var index = offset
        var fieldNumber = 0
        var inQuotes = false
        while index < bytes.count, fieldNumber < field {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if byte == UInt8(ascii: ",") && !inQuotes {
                fieldNumber += 1
            } else if byte == UInt8(ascii: "\n") {
                if !inQuotes { break }
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        return (line, column(of: index, lineStart: lineStart, in: bytes))
    }

    static func column(of index: Int, lineStart: Int, in bytes: [UInt8]) -> Int {
        var column = 1
        var i = lineStart
        while i < index {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return column
    }
}
