/// A strict RFC 4180 reader for the tests, written independently of the writer: a small state machine over
/// Unicode scalars. Records end with `\n` only (a CR outside quotes is an error), the last record must be
/// terminated, quotes may only open a field and must be doubled inside one.
enum RFC4180Parser {
    struct ParseError: Error, Equatable {
        let message: String
    }

    private enum State {
        case fieldStart, unquoted, quoted, quoteInQuoted
    }

    /// The records of `text`, each a list of fields.
    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var state = State.fieldStart
        func endField() {
            record.append(String(field))
            field = String.UnicodeScalarView()
        }
        func endRecord() {
            endField()
            records.append(record)
            record = []
        }
        for scalar in text.unicodeScalars {
            switch (state, scalar) {
            case (.fieldStart, "\""):
                state = .quoted
            case (.fieldStart, ","), (.unquoted, ","), (.quoteInQuoted, ","):
                endField()
                state = .fieldStart
            case (.fieldStart, "\n"), (.unquoted, "\n"), (.quoteInQuoted, "\n"):
                endRecord()
                state = .fieldStart
            case (.fieldStart, "\r"), (.unquoted, "\r"), (.quoteInQuoted, "\r"):
                throw ParseError(message: "carriage return outside quotes")
            case (.unquoted, "\""):
                throw ParseError(message: "quote inside an unquoted field")
            case (.fieldStart, _), (.unquoted, _):
                field.append(scalar)
                state = .unquoted
            case (.quoted, "\""):
                state = .quoteInQuoted
            case (.quoted, _):
                field.append(scalar)
            case (.quoteInQuoted, "\""):
                field.append("\"")
                state = .quoted
            case (.quoteInQuoted, _):
                throw ParseError(message: "text after a closing quote")
            }
        }
        guard state == .fieldStart, record.isEmpty, field.isEmpty else {
            throw ParseError(message: state == .quoted ? "unterminated quoted field" : "last record not terminated by \\n")
        }
        return records
    }
}
