import Foundation
import MatrixSupport

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
            var endsLine = true
            if index < count && bytes[index] == Self.carriageReturn {
                if index + 1 < count && bytes[index + 1] == Self.lineFeed {
                    index += 1
                } else {
                    report("carriage return without a line feed", (line, CSVPosition.column(of: index, lineStart: lineStart, in: bytes)))
                    // It ends the record, so reading goes on, but not the line: later problems keep the lines an editor shows.
                    endsLine = false
                }
            }
            records.append(CSVRecord(line: recordLine, offset: recordOffset, fields: fields))
            fields.removeAll(keepingCapacity: true)
            index += 1
            if endsLine {
                line += 1
                lineStart = index
            }
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
