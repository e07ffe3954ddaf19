import Foundation

/// The text of an input file after the checks every loader needs: not empty, within the size limit,
/// valid UTF-8 without a byte-order mark or NUL bytes, and lines that end only at LF or CRLF.
///
/// YAML also ends lines at a lone CR, NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029),
/// which most editors do not; such a file is refused, so that every `line:column` the tool reports is the one an
/// editor shows, and quoted text is never folded at a break the analyst cannot see.
public struct SourceText: Sendable, Hashable {
    /// The path used in diagnostics.
    public let path: String
    /// The decoded text.
    public let text: String

    /// Checks and decodes raw bytes.
    ///
    /// ```swift
    /// let source = try SourceText(bytes: data, path: "Rubrics/default.yaml")
    /// ```
    /// - Throws: a ``Diagnostic`` naming the first byte that is wrong.
    public init(bytes: Data, path: String, limits: InputLimits = .standard) throws(Diagnostic) {
        func fail(_ message: String, line: Int = 1, column: Int = 1) -> Diagnostic {
            Diagnostic(path: path, line: line, column: column, message: message)
        }
        if bytes.count > limits.maximumFileBytes {
            throw fail("file is \(bytes.count) bytes; the limit is \(limits.maximumFileBytes) bytes")
        }
        if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw fail("file is empty")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw fail("file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw fail("file is UTF-16; save it as UTF-8")
        }
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = Self.position(ofByte: nul, in: bytes)
            throw fail("file contains a NUL byte", line: line, column: column)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = Self.firstInvalidUTF8Offset(in: bytes)
            let (line, column) = Self.position(ofByte: bytes.startIndex + offset, in: bytes)
            throw fail("file is not valid UTF-8 (byte \(offset))", line: line, column: column)
        }
        if let (line, column, message) = Self.unusualLineBreak(in: text) {
            throw fail(message, line: line, column: column)
        }
        self.path = path
        self.text = text
    }

    /// Wraps text that is already known to be valid, such as an embedded default.
    public init(text: String, path: String) {
        self.path = path
        self.text = text
    }

    /// The line breaks of YAML that editors do not show as such, with the names the message gives them.
    private static let yamlOnlyLineBreaks: [Unicode.Scalar: String] = [
        "\u{85}": "U+0085 NEXT LINE", "\u{2028}": "U+2028 LINE SEPARATOR", "\u{2029}": "U+2029 PARAGRAPH SEPARATOR",
    ]

    private static func unusualLineBreak(in text: String) -> (line: Int, column: Int, message: String)? {
        var line = 1
        var column = 1
        var scalars = text.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let scalar = next {
            next = scalars.next()
            if scalar == "\n" {
                line += 1
                column = 1
                continue
            }
            if scalar == "\r", next != "\n" {
                return (line, column, "file contains a carriage return that does not end a line (an old Mac line ending); "
                    + "save it with LF or CRLF line endings")
            }
            if let name = yamlOnlyLineBreaks[scalar] {
                return (line, column, "file contains \(name), which YAML reads as a line break; replace it with a space or a new line")
            }
            column += 1
        }
        return nil
    }

    private static func position(ofByte index: Data.Index, in bytes: Data) -> (Int, Int) {
        var line = 1
        var lineStart = bytes.startIndex
        for i in bytes.startIndex..<index where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        let column = (String(decoding: bytes[lineStart..<index], as: UTF8.self)).unicodeScalars.count + 1
        return (line, column)
    }

    private static func firstInvalidUTF8Offset(in bytes: Data) -> Int {
        let array = [UInt8](bytes)
        var i = 0
        while i < array.count {
            let b = array[i]
            let width: Int
            switch b {
            case 0x00...0x7F: width = 1
            case 0xC2...0xDF: width = 2
            case 0xE0...0xEF: width = 3
            case 0xF0...0xF4: width = 4
            default: return i
            }
            if i + width > array.count { return i }
            if String(validating: array[i..<(i + width)], as: UTF8.self) == nil { return i }
            i += width
        }
        return array.count
    }
}
