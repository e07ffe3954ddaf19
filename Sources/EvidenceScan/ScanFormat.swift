/// Number and text formatting shared by the scan's renderers.
enum ScanFormat {
    /// `12`, `4.5`, `0.25`: a score without trailing zeros, at most two decimals.
    static func score(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
    }

    /// `0.29 (5/17)`, or `–` when nothing is cited.
    static func recall(_ record: DimensionRecall, at k: Int) -> String {
        guard let value = record.recall(at: k) else { return "–" }
        let hits = record.citedRanks.filter { ($0 ?? Int.max) <= k }.count
        return "\(fraction(value)) (\(hits)/\(record.cited))"
    }

    /// A fraction with two decimals: `0.29`.
    static func fraction(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    /// The first `length` characters of a text, cut at a word and ended with `…` when shortened.
    static func excerpt(_ text: String, length: Int = 160) -> String {
        guard text.count > length else { return text }
        let cut = text.prefix(length)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord + "…"
    }

    /// `pdpa-mujahedin (mentions 1988; names 'Geneva')` for each era, joined by ` · `; `no era` when none.
    static func eras(_ passage: ScannedPassage) -> String {
        passage.eras.isEmpty ? "no era" : passage.eras.map { "\($0.eraID) (\($0.reasons.joined(separator: "; ")))" }.joined(separator: " · ")
    }

    /// `excluded, not included (negated 1 of 1)`.
    static func mentions(_ score: CueScore) -> String {
        score.mentions.map { mention in
            mention.negated > 0 ? "\(mention.term) (negated \(mention.negated) of \(mention.count))" : mention.term
        }.joined(separator: ", ")
    }

    /// Rows aligned in columns of the widest cell, two spaces apart; numbers right-aligned when `right` says so.
    static func table(_ header: [String], _ rows: [[String]], right: Set<Int> = []) -> [String] {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return right.contains(column) ? pad + cell : (column == row.count - 1 ? cell : cell + pad)
            }.joined(separator: "  ")
        }
    }
}
