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
