/// Renders a ``ComparisonReport`` as plain text for the terminal, as rows for CSV or a spreadsheet
/// sheet, and as Markdown. Each lists every pairing's date conflict, outcome and indicator comparisons.
///
/// ```swift
/// print(ComparisonRenderer.text(report))
/// let csv = CSVRenderer.render(ComparisonRenderer.rows(report))
/// ```
public enum ComparisonRenderer {
    /// The column names of ``rows(_:)``.
    public static let header = ["our_case", "their_case", "link", "item", "status", "ours", "theirs", "our_evidence", "their_evidence"]

    /// One row per compared item, header first. `item` is an indicator id, `date` or `outcome`;
    /// `status` is agree, disagree, only_ours, only_theirs, conflict (date) or unmatched (a link to no row).
    public static func rows(_ report: ComparisonReport) -> [[String]] {
        var rows = [header]
        for pair in report.pairs {
            let lead = [pair.oursID, pair.theirsID, pair.link]
            if let conflict = pair.dateConflict {
                rows.append(lead + ["date", "conflict", conflict.ours.description, conflict.theirs.description, "", ""])
            }
            if let outcome = pair.outcome {
                rows.append(lead + ["outcome", outcome.agrees ? "agree" : "disagree", outcome.ours.rawValue, outcome.theirs.rawValue, "", ""])
            }
            for item in pair.indicators {
                rows.append(lead + [item.indicatorID, item.status.rawValue, item.ours?.description ?? "", item.theirs?.description ?? "",
                                    item.oursEvidence.joined(separator: "; "), item.theirsEvidence.joined(separator: "; ")])
            }
        }
        for link in report.unmatchedLinks {
            rows.append([link.oursID, "", link.link, "link", "unmatched", "", "", "", ""])
        }
        return rows
    }

    /// A summary line, then each pairing with its differences first.
    public static func text(_ report: ComparisonReport) -> String {
        var out = summary(report) + "\n"
        for pair in report.pairs {
            out += "\n\(pair.oursID) ↔ \(pair.theirsID) (\(pair.link), \(pair.theirsName))\n"
            if let conflict = pair.dateConflict {
                out += "  date conflict: ours \(conflict.ours), theirs \(conflict.theirs)\n"
            }
            if let outcome = pair.outcome {
                out += outcome.agrees ? "  outcome: agree (\(outcome.ours.rawValue))\n"
                    : "  outcome: disagree (ours \(outcome.ours.rawValue), theirs \(outcome.theirs.rawValue))\n"
            }
            for item in ordered(pair.indicators) {
                out += "  " + line(item) + "\n"
            }
        }
        for link in report.unmatchedLinks {
            out += "\nunmatched: \(link.oursID) links \(link.link), which their casebook does not hold\n"
        }
        return out
    }

    /// A summary, a date-conflict list, and one table of every indicator comparison.
    public static func markdown(_ report: ComparisonReport) -> String {
        var out = "# Cross-reference\n\n\(summary(report))\n"
        let conflicts = report.pairs.filter { $0.dateConflict != nil }
        if !conflicts.isEmpty {
            out += "\n## Date conflicts\n\n| Our case | Their case | Ours | Theirs |\n| --- | --- | --- | --- |\n"
            for pair in conflicts {
                guard let conflict = pair.dateConflict else { continue }
                out += "| \(cell(pair.oursID)) | \(cell(pair.theirsID)) | \(conflict.ours) | \(conflict.theirs) |\n"
            }
        }
        out += "\n## Indicators\n\n| Our case | Their case | Indicator | Status | Ours | Theirs | Their evidence |\n"
        out += "| --- | --- | --- | --- | --- | --- | --- |\n"
        for pair in report.pairs {
            for item in ordered(pair.indicators) {
                out += "| \(cell(pair.oursID)) | \(cell(pair.theirsID)) | \(cell(item.indicatorID)) | \(item.status.rawValue) | "
                    + "\(cell(item.ours?.description ?? "")) | \(cell(item.theirs?.description ?? "")) | "
                    + "\(cell(item.theirsEvidence.joined(separator: "; "))) |\n"
            }
        }
        if !report.unmatchedLinks.isEmpty {
            out += "\n## Unmatched links\n\n" + report.unmatchedLinks.map { "- \(cell($0.oursID)) → \(cell($0.link))\n" }.joined()
        }
        return out
    }

    private static func summary(_ report: ComparisonReport) -> String {
        "\(report.pairs.count) linked case\(report.pairs.count == 1 ? "" : "s"): \(report.count(.agree)) agree, "
            + "\(report.count(.disagree)) disagree, \(report.count(.onlyOurs)) only ours, \(report.count(.onlyTheirs)) only theirs; "
            + "\(report.dateConflictCount) date conflict\(report.dateConflictCount == 1 ? "" : "s"), "
            + "\(report.unmatchedLinks.count) unmatched link\(report.unmatchedLinks.count == 1 ? "" : "s")."
    }

    /// Disagreements first, then agreements, then one-sided codings, each by indicator id.
    private static func ordered(_ items: [IndicatorComparison]) -> [IndicatorComparison] {
        let rank: [ComparisonStatus: Int] = [.disagree: 0, .agree: 1, .onlyOurs: 2, .onlyTheirs: 3]
        return items.sorted { (rank[$0.status] ?? 0, $0.indicatorID) < (rank[$1.status] ?? 0, $1.indicatorID) }
    }

    private static func line(_ item: IndicatorComparison) -> String {
        let evidence = item.theirsEvidence.isEmpty ? "" : " [\(item.theirsEvidence.joined(separator: "; "))]"
        switch item.status {
        case .agree: return "agree        \(item.indicatorID): \(item.ours?.description ?? "")\(evidence)"
        case .disagree:
            return "disagree     \(item.indicatorID): ours \(item.ours?.description ?? ""), theirs \(item.theirs?.description ?? "")\(evidence)"
        case .onlyOurs: return "only ours    \(item.indicatorID): \(item.ours?.description ?? "")"
        case .onlyTheirs: return "only theirs  \(item.indicatorID): \(item.theirs?.description ?? "")\(evidence)"
        }
    }

    /// Markdown table cells cannot hold a pipe or a line break.
    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
