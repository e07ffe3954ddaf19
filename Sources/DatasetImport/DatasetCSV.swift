import Foundation
import MatrixSupport

/// A strict RFC 4180 reader for dataset exports: comma-separated, fields optionally double-quoted
/// (a quoted field may hold commas, line breaks and doubled quotes), records ending in CRLF or LF.
///
/// It works on bytes, so the 2.8 MB PA-X export parses in a few tens of milliseconds in release builds.
/// Every problem is reported with `path:line:column`, all of them in one pass:
///
/// ```swift
/// let table = try DatasetCSV.parse(Data("a,b\n1,\"x, y\"\n".utf8), path: "t.csv")
/// table.rows[0].fields   // ["1", "x, y"]
/// // "a,b\n1\n" throws: t.csv:2:1: row has 1 field; the header has 2
/// ```
public enum DatasetCSV {
    /// The largest file accepted, in bytes.
    public static let maximumFileBytes = 256 * 1024 * 1024

    /// Parses a whole file.
    ///
    /// - Throws: every problem found: an empty file, a byte-order mark, NUL bytes, invalid UTF-8 (at the first
    ///   bad byte), a quote never closed (where it opened), a quote inside an unquoted field, text after a
    ///   closing quote, a carriage return without line feed, rows whose field count differs from the header's,
    ///   and duplicate non-blank column names. Blank column names are allowed.
    public static func parse(_ data: Data, path: String) throws(DiagnosticList) -> DatasetTable {
        let bytes = [UInt8](data)
        func fail(_ message: String) -> DiagnosticList {
            DiagnosticList([Diagnostic(path: path, line: 1, column: 1, message: message)])
        }
        if bytes.count > maximumFileBytes {
            throw fail("file is \(bytes.count) bytes; the limit is \(maximumFileBytes) bytes")
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw fail("file is empty")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw fail("file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM")
        }
        var scanner = CSVScanner(bytes: bytes, path: path)
        scanner.checkEncoding()
        let records = scanner.records()
        guard let header = records.first else { throw DiagnosticList(scanner.diagnostics) }

        var columns: [String] = []
        var firstColumn: [String: Int] = [:]
        var blankCount = 0
        for (index, name) in header.fields.enumerated() {
            let columnName = name.isEmpty ? "_blank_\(index + 1)" : name
            if name.isEmpty { blankCount += 1 }
            if let first = firstColumn[columnName] {
                let position = scanner.position(ofField: index, in: header)
                scanner.report("duplicate column name '\(columnName)' (first in column \(first + 1))", position)
            } else {
                firstColumn[columnName] = index
            }
            columns.append(columnName)
        }
        var rows: [DatasetRow] = []
        rows.reserveCapacity(records.count - 1)
        for record in records.dropFirst() {
            if record.fields.count != columns.count {
                let count = record.fields.count
                let message = record.fields == [""]
                    ? "blank line; every row needs \(columns.count) fields"
                    : "row has \(count) field\(count == 1 ? "" : "s"); the header has \(columns.count)"
                scanner.report(message, (record.line, 1))
                continue
            }
            rows.append(DatasetRow(line: record.line, fields: record.fields, offset: record.offset))
        }
        if !scanner.diagnostics.isEmpty { throw DiagnosticList(scanner.diagnostics) }
        return DatasetTable(path: path, columns: columns, blankColumnCount: blankCount, rows: rows, bytes: bytes)
    }
}
