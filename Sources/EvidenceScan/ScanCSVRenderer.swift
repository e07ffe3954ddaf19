import Foundation

/// The scan report as two CSV tables (RFC 4180, comma-separated, CRLF line ends; a text cell starting with
/// `=`, `+`, `-` or `@` gets a leading `'` so spreadsheets do not run it as a formula).
///
/// - `scan_coverage.csv`: one row per era × dimension, with the cited passages (and the evidence ids citing
///   each) and the strongest uncited ones.
/// - `scan_passages.csv`: one row per passage, unmatched ones included: lines, section, script, eras with their
///   reasons, the score on every dimension and the evidence ids that cite it.
///
/// ```swift
/// for (path, contents) in ScanCSVRenderer.files(report) { try folder.write(path, contents: Data(contents.utf8)) }
/// ```
public enum ScanCSVRenderer {
    /// Both tables, named.
    public static func files(_ report: ScanReport) -> [(path: String, contents: String)] {
        [("scan_coverage.csv", coverage(report)), ("scan_passages.csv", passages(report))]
    }

    /// The coverage table.
    public static func coverage(_ report: ScanReport) -> String {
        var rows = [["era", "dimension", "candidates", "cited", "cited_found", "cited_passages", "strongest_uncited"]]
        for row in report.coverage {
            rows.append([
                row.eraID, row.dimensionID, String(row.candidateCount), String(row.cited.count), String(row.citedFound),
                row.cited.map { "\($0.reference) [\($0.rank.map { "#\($0)" } ?? "not found")] \($0.evidenceIDs.joined(separator: " "))" }
                    .joined(separator: "; "),
                row.strongestUncited.map { "\($0.reference) [#\($0.rank), \(ScanFormat.score($0.score))]" }.joined(separator: "; "),
            ])
        }
        return table(rows)
    }

    /// The passage table.
    public static func passages(_ report: ScanReport) -> String {
        var rows = [["file", "first_line", "last_line", "section", "script", "eras", "era_reasons"]
            + report.dimensions.map(\.id) + ["negated_mentions", "cited_by", "text"]]
        for passage in report.passages {
            let place = [passage.reference.file, String(passage.reference.firstLine), String(passage.reference.lastLine),
                         passage.passage.section, passage.passage.script.rawValue]
            let eras = [passage.eras.map(\.eraID).joined(separator: ";"),
                        passage.eras.map { "\($0.eraID): \($0.reasons.joined(separator: "; "))" }.joined(separator: " | ")]
            let scores = report.dimensions.map { ScanFormat.score(passage.score($0.id)) }
            let negated = passage.scores.values.reduce(0) { $0 + $1.negatedMentions }
            let rest = [String(negated), passage.citations.map(\.evidenceID).joined(separator: ";"), passage.passage.text]
            rows.append(place + eras + scores + rest)
        }
        return table(rows)
    }

    private static func table(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    private static func field(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) { value = "'" + value }
        guard value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
