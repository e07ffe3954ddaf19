import Foundation

/// One CSV file before encoding: a header row and data rows.
struct CSVTable: Sendable, Hashable {
    /// The file name, relative to the rubric's output folder.
    let path: String
    /// Column names, in order.
    let header: [String]
    /// Data rows, each as long as the header.
    let rows: [[CSVField]]

    /// Characters that start a formula in Excel, LibreOffice or Google Sheets (OWASP).
    private static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
    /// Characters that force a field into quotes (RFC 4180).
    private static let quotingTriggers: Set<Unicode.Scalar> = [",", "\"", "\r", "\n"]

    /// The file: RFC 4180 fields, `\n` after every record including the last, UTF-8, optionally after a BOM.
    func encoded(options: CSVOptions) -> OutputFile {
        var text = options.byteOrderMark ? "\u{FEFF}" : ""
        for record in [header.map(CSVField.text)] + rows {
            text += record.map { Self.field($0, options: options) }.joined(separator: ",")
            text += "\n"
        }
        return OutputFile(path: path, contents: Data(text.utf8))
    }

    private static func field(_ field: CSVField, options: CSVOptions) -> String {
        var value: String
        switch field {
        case let .number(number):
            value = number
        case let .text(text):
            value = text
            if options.neutraliseFormulas, let first = text.unicodeScalars.first, formulaTriggers.contains(first) {
                value = "'" + text
            }
        }
        guard value.unicodeScalars.contains(where: quotingTriggers.contains) else { return value }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in value.unicodeScalars {
            if scalar == "\"" { quoted.append("\"") }
            quoted.append(scalar)
        }
        quoted.append("\"")
        return String(quoted)
    }
}
