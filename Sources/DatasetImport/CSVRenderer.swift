/// Writes rows as RFC 4180 CSV that ``DatasetCSV`` reads back unchanged: CRLF line ends, and a field
/// quoted (its quotes doubled) when it holds a comma, quote, CR or LF.
///
/// ```swift
/// CSVRenderer.render([["id", "note"], ["1", "a, \"b\""]])   // "id,note\r\n1,\"a, \"\"b\"\"\"\r\n"
/// ```
public enum CSVRenderer {
    /// The CSV text, each row ended by CRLF.
    public static func render(_ rows: [[String]]) -> String {
        rows.map { row in
            // A lone empty field would otherwise be a blank line, which the reader refuses.
            (row == [""] ? "\"\"" : row.map(field).joined(separator: ",")) + "\r\n"
        }.joined()
    }

    private static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
