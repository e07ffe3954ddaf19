/// The scan report as plain text for a terminal: documents, the era × dimension coverage table, each cell's
/// strongest uncited passages, the recall figures, and the passages no cue matched.
///
/// ```swift
/// print(ScanTextRenderer.render(report))
/// ```
public enum ScanTextRenderer {
    /// The whole report.
    public static func render(_ report: ScanReport) -> String {
        var lines: [String] = []
        let unmatched = report.unmatched
        lines.append("Evidence scan: rubric \(report.rubricID) \(report.rubricVersion), \(report.documents.count) documents, "
            + "\(report.passages.count) passages, \(unmatched.count) matched by no cue")
        lines.append("A passage's score on a dimension is the sum of the weights of the distinct cue terms it contains (docs/scan.md).")
        lines.append("")
        lines.append("Documents")
        lines += ScanFormat.table(["file", "passages", "title"],
                                  report.documents.map { [$0.file, String($0.passageCount), $0.title] }, right: [1]).map { "  " + $0 }
        lines.append("")
        lines.append("Coverage by era and dimension (candidates: passages of the era with a cue of the dimension;")
        lines.append("cited: passages the era's cases cite for the dimension; found: cited passages that are candidates)")
        lines += ScanFormat.table(["era", "dimension", "candidates", "cited", "found", "strongest uncited"], report.coverage.map { row in
            [row.eraID, row.dimensionID, String(row.candidateCount), String(row.cited.count), String(row.citedFound),
             row.strongestUncited.first.map { "\($0.reference) (\(ScanFormat.score($0.score)))" } ?? "–"]
        }, right: [2, 3, 4]).map { "  " + $0 }
        lines.append("")
        lines.append("Strongest uncited passages by era and dimension")
        for row in report.coverage where !row.strongestUncited.isEmpty || !row.cited.isEmpty {
            lines.append("")
            lines.append("  \(row.eraID) × \(row.dimensionID): \(row.candidateCount) candidates, \(row.cited.count) cited, \(row.citedFound) of them found")
            for ranked in row.strongestUncited {
                guard let passage = report.passage(ranked.reference) else { continue }
                lines.append("    #\(ranked.rank)  \(ranked.reference)  score \(ScanFormat.score(ranked.score))"
                    + (ranked.negatedMentions > 0 ? ", \(ranked.negatedMentions) negated" : "") + "  § \(passage.passage.section)")
                lines.append("        terms: \(ScanFormat.mentions(passage.scores[row.dimensionID] ?? .none))")
                lines.append("        eras: \(ScanFormat.eras(passage))")
                lines.append("        \"\(ScanFormat.excerpt(passage.passage.text))\"")
            }
            if !row.cited.isEmpty {
                lines.append("    cited: " + row.cited.map { cited in
                    "\(cited.reference) (\(cited.rank.map { "#\($0)" } ?? "not found"); \(cited.evidenceIDs.joined(separator: ", ")))"
                }.joined(separator: "; "))
            }
        }
        lines.append("")
        lines.append("Recall of cited passages: every passage ranked by its score on the dimension; cited = passages the")
        lines.append("casebook cites for the dimension in any era; recall@k = |cited ∩ top k| / |cited|")
        lines += ScanFormat.table(["dimension", "cited", "found", "ranked"] + report.recallCutoffs.map { "recall@\($0)" },
                                  report.recall.map { record in
                                      [record.dimensionID, String(record.cited), String(record.found), String(record.ranked)]
                                          + report.recallCutoffs.map { ScanFormat.recall(record, at: $0) }
                                  }, right: Set(1..<(4 + report.recallCutoffs.count))).map { "  " + $0 }
        lines.append("")
        lines.append("Passages no cue matched (\(unmatched.count))")
        for passage in unmatched {
            lines.append("  \(passage.reference)  \(passage.passage.script.label)  § \(passage.passage.section)")
            lines.append("      \"\(ScanFormat.excerpt(passage.passage.text, length: 100))\"")
        }
        lines.append("")
        lines.append("Evidence whose cited line lies in no passage: "
            + (report.unplacedEvidence.isEmpty ? "none" : report.unplacedEvidence.joined(separator: ", ")))
        lines.append("Casebook documents missing from the corpus: "
            + (report.missingFiles.isEmpty ? "none" : report.missingFiles.joined(separator: ", ")))
        let withoutCues = report.dimensions.filter { $0.termCount == 0 }.map(\.id)
        if !withoutCues.isEmpty { lines.append("Dimensions without cues (they match nothing): " + withoutCues.joined(separator: ", ")) }
        return lines.joined(separator: "\n") + "\n"
    }
}
