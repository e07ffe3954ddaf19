import Foundation

/// The scan report as Markdown: the same sections as ``ScanTextRenderer``, as tables.
///
/// ```swift
/// try ScanMarkdownRenderer.render(report).write(toFile: "scan.md", atomically: true, encoding: .utf8)
/// ```
public enum ScanMarkdownRenderer {
    /// The whole report.
    public static func render(_ report: ScanReport) -> String {
        var lines: [String] = []
        let unmatched = report.unmatched
        lines.append("# Evidence scan")
        lines.append("")
        lines.append("Rubric `\(report.rubricID)` \(report.rubricVersion); \(report.documents.count) documents, \(report.passages.count) passages, "
            + "\(unmatched.count) matched by no cue. A passage's score on a dimension is the sum of the weights of the distinct cue terms it contains.")
        lines.append("")
        lines.append("## Documents")
        lines.append("")
        lines.append(row(["file", "passages", "title"]))
        lines.append("| --- | ---: | --- |")
        for document in report.documents { lines.append(row(["`\(document.file)`", String(document.passageCount), cell(document.title)])) }
        lines.append("")
        lines.append("## Coverage by era and dimension")
        lines.append("")
        lines.append("*Candidates*: passages of the era with a cue of the dimension. *Cited*: passages the era's cases cite for the dimension. "
            + "*Found*: cited passages that are candidates.")
        lines.append("")
        lines.append(row(["era", "dimension", "candidates", "cited", "found", "strongest uncited"]))
        lines.append("| --- | --- | ---: | ---: | ---: | --- |")
        for entry in report.coverage {
            let uncited = entry.strongestUncited.map { "`\($0.reference)` (\(ScanFormat.score($0.score)))" }.joined(separator: "<br>")
            lines.append(row([entry.eraID, entry.dimensionID, String(entry.candidateCount), String(entry.cited.count),
                              String(entry.citedFound), uncited.isEmpty ? "–" : uncited]))
        }
        lines.append("")
        lines.append("## Strongest uncited passages")
        for entry in report.coverage where !entry.strongestUncited.isEmpty {
            lines.append("")
            lines.append("### \(entry.eraID) × \(entry.dimensionID)")
            lines.append("")
            lines.append(row(["rank", "passage", "score", "terms", "section", "eras", "text"]))
            lines.append("| ---: | --- | ---: | --- | --- | --- | --- |")
            for ranked in entry.strongestUncited {
                guard let passage = report.passage(ranked.reference) else { continue }
                lines.append(row([String(ranked.rank), "`\(ranked.reference)`", ScanFormat.score(ranked.score),
                                  cell(ScanFormat.mentions(passage.scores[entry.dimensionID] ?? .none)), cell(passage.passage.section),
                                  cell(ScanFormat.eras(passage)), cell(ScanFormat.excerpt(passage.passage.text))]))
            }
        }
        lines.append("")
        lines.append("## Recall of cited passages")
        lines.append("")
        lines.append("Every passage ranked by its score on the dimension; *cited*: passages the casebook cites for the dimension in any era; "
            + "recall@k = |cited ∩ top k| / |cited|.")
        lines.append("")
        lines.append(row(["dimension", "cited", "found", "ranked"] + report.recallCutoffs.map { "recall@\($0)" }))
        lines.append("| --- |" + String(repeating: " ---: |", count: 3 + report.recallCutoffs.count))
        for record in report.recall {
            lines.append(row([record.dimensionID, String(record.cited), String(record.found), String(record.ranked)]
                + report.recallCutoffs.map { ScanFormat.recall(record, at: $0) }))
        }
        lines.append("")
        lines.append("## Passages no cue matched")
        lines.append("")
        lines.append(row(["passage", "script", "section", "text"]))
        lines.append("| --- | --- | --- | --- |")
        for passage in unmatched {
            lines.append(row(["`\(passage.reference)`", passage.passage.script.label, cell(passage.passage.section),
                              cell(ScanFormat.excerpt(passage.passage.text, length: 100))]))
        }
        lines.append("")
        lines.append("Evidence whose cited line lies in no passage: "
            + (report.unplacedEvidence.isEmpty ? "none" : report.unplacedEvidence.map { "`\($0)`" }.joined(separator: ", ")) + ".")
        lines.append("Casebook documents missing from the corpus: "
            + (report.missingFiles.isEmpty ? "none" : report.missingFiles.map { "`\($0)`" }.joined(separator: ", ")) + ".")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// Text safe inside a table cell: `|` escaped, line breaks as spaces.
    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
