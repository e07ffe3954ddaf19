/// A strict reader of the CSV files the tool writes (RFC 4180: comma-separated, fields with a comma, quote or
/// line break quoted, quotes doubled), so tests can look at fields rather than lines.
enum CSVRecords {
    /// The records of `text`, each a list of fields; nil when the text is not well-formed CSV.
    static func parse(_ text: String) -> [[String]]? {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = scalars.next()
                    } else {
                        quoted = false
                        guard pending == nil || pending == "," || pending == "\r" || pending == "\n" else { return nil }
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard field.isEmpty else { return nil }
                quoted = true
            case ",":
                record.append(field)
                field = ""
            case "\r":
                guard pending == "\n" else { return nil }
            case "\n":
                record.append(field)
                records.append(record)
                record = []
                field = ""
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        if quoted { return nil }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }
}
