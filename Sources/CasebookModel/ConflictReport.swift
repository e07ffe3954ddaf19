/// Every fact on which the documents disagree, casebook-wide and per case, with each claim and its source,
/// as text lines for `validate` to print.
///
/// ```
/// fall-of-kabul-year (era post-2021): year of the fall of Kabul
///   - "2021": encyclopedia-afghan-conflict, 003_2a48c6d4b4044b13.txt § History, line 70: "…"
///   - "2023": kabulnow-exiled-leaders, 004_8632c3304b663d18.txt § Intro, line 12: "…"
///   note: Both claims are kept.
/// ```
public struct ConflictReport: Sendable, Hashable {
    /// The report, one line per element; conflicts are separated by an empty line.
    public let lines: [String]

    /// Lists the conflicts of a casebook: casebook-wide ones first, then each case's, in case order.
    public init(casebook: Casebook) {
        let conflicts = casebook.allConflicts
        var lines = ["Conflicts: \(conflicts.isEmpty ? "none" : String(conflicts.count))"]
        for conflict in conflicts {
            let subject = casebook.case(conflict.subject) != nil ? "case \(conflict.subject)"
                : casebook.era(conflict.subject) != nil ? "era \(conflict.subject)" : conflict.subject
            lines += ["", "\(conflict.id) (\(subject)): \(conflict.fact)"]
            lines += conflict.claims.map { claim in
                let file = casebook.source(claim.sourceID).map { "\($0.file) " } ?? ""
                return "  - \"\(claim.value)\": \(claim.sourceID), \(file)\(claim.locator): \"\(claim.quote)\""
            }
            if let note = conflict.note { lines.append("  note: \(note)") }
        }
        self.lines = lines
    }

    /// The lines joined, with a final newline.
    public var text: String { lines.joined(separator: "\n") + "\n" }
}
