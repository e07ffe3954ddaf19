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

/// One record as scanned, before it is checked against the header.
struct CSVRecord {
    var line: Int
    var offset: Int
    var fields: [String]
}

/// The byte-level state machine behind ``DatasetCSV``.
struct CSVScanner {
    let bytes: [UInt8]
    let path: String
    private(set) var diagnostics: [Diagnostic] = []

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
    }

    mutating func report(_ message: String, _ position: (line: Int, column: Int)) {
        diagnostics.append(Diagnostic(path: path, line: position.line, column: position.column, message: message))
    }

    /// Reports the first invalid UTF-8 sequence and the first NUL byte; later ones are counted, not listed,
    /// because a file in the wrong encoding has them on every other line.
    mutating func checkEncoding() {
        let invalid = UTF8Validation.invalidOffsets(in: bytes)
        if let first = invalid.first {
            var message = String(format: "invalid UTF-8 byte 0x%02X; save the file as UTF-8", bytes[first])
            if invalid.count == 2 { message += " (1 more invalid sequence follows)" }
            if invalid.count > 2 { message += " (\(invalid.count - 1) more invalid sequences follow)" }
            report(message, position(ofByte: first))
        }
        if let nul = bytes.firstIndex(of: 0) {
            report("file contains a NUL byte", position(ofByte: nul))
        }
    }

    /// Scans every record. Stops early only at a quote that is never closed, since everything after it is inside the field.
    mutating func records() -> [CSVRecord] {
        var records: [CSVRecord] = []
        var index = 0
        var line = 1
        var lineStart = 0
        let count = bytes.count
        var fieldBytes: [UInt8] = []
        var fields: [String] = []
        var recordLine = 1
        var recordOffset = 0

        while index <= count {
            // At the start of a field.
            if index < count && bytes[index] == Self.quote {
                let open = (line, CSVPosition.column(of: index, lineStart: lineStart, in: bytes))
                index += 1
                fieldBytes.removeAll(keepingCapacity: true)
                var closed = false
                while index < count {
                    let byte = bytes[index]
                    if byte == Self.quote {
                        if index + 1 < count && bytes[index + 1] == Self.quote {
                            fieldBytes.append(Self.quote)
                            index += 2
                            continue
                        }
                        index += 1
                        closed = true
                        break
                    }
                    if byte == Self.lineFeed {
                        line += 1
                        lineStart = index + 1
                    }
                    fieldBytes.append(byte)
                    index += 1
                }
                if !closed {
                    report("quoted field opened here is never closed", open)
                    return records
                }
                fields.append(String(decoding: fieldBytes, as: UTF8.self))
                if index < count, !isFieldEnd(index) {
                    report("text after the closing quote; a quoted field must end at a comma or line break",
                           (line, CSVPosition.column(of: index, lineStart: lineStart, in: bytes)))
                    while index < count, !isFieldEnd(index) { index += 1 }
                }
            } else {
                let start = index
                while index < count {
                    let byte = bytes[index]
                    if byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn { break }
                    if byte == Self.quote {
                        report("quote inside an unquoted field; quote the whole field and double the quote (\"\")",
                               (line, CSVPosition.column(of: index, lineStart: lineStart, in: bytes)))
                    }
                    index += 1
                }
                fields.append(String(decoding: bytes[start..<index], as: UTF8.self))
            }

            // After a field: a comma, a line break, or the end of the file.
            if index < count && bytes[index] == Self.comma {
                index += 1
                continue
            }
            if index < count && bytes[index] == Self.carriageReturn {
                if index + 1 < count && bytes[index + 1] == Self.lineFeed {
                    index += 1
                } else {
                    report("carriage return without a line feed", (line, CSVPosition.column(of: index, lineStart: lineStart, in: bytes)))
                }
            }
            records.append(CSVRecord(line: recordLine, offset: recordOffset, fields: fields))
            fields.removeAll(keepingCapacity: true)
            index += 1
            line += 1
            lineStart = index
            recordLine = line
            recordOffset = index
            // A final line break ends the last record; it does not start an empty one.
            if index >= count { break }
        }
        return records
    }

    /// The position of a header or record field, for duplicate-name messages.
    func position(ofField field: Int, in record: CSVRecord) -> (line: Int, column: Int) {
        CSVPosition.fieldStart(field, ofRecordAt: record.offset, line: record.line, in: bytes)
    }

    private func isFieldEnd(_ index: Int) -> Bool {
        let byte = bytes[index]
        return byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn
    }

    private func position(ofByte index: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for i in 0..<index where bytes[i] == Self.lineFeed {
            line += 1
            lineStart = i + 1
        }
        return (line, CSVPosition.column(of: index, lineStart: lineStart, in: bytes))
    }
}
