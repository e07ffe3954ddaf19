/// Shows a ``DatasetMapping`` to its users: every rule with the codebook meaning of each column it
/// reads and its gap, and every column left unmapped with the reason, so an analyst can judge the
/// imported values before trusting them.
///
/// ```swift
/// print(MappingRenderer.text(mapping))
/// ```
public enum MappingRenderer {
    /// The mapping as indented plain text.
    public static func text(_ mapping: DatasetMapping) -> String {
        var out = "\(mapping.name), version \(mapping.version) (source \(mapping.sourceID)), \(mapping.publisher)\n"
        out += "rows: id \(mapping.idColumn), name \(mapping.nameColumn), date \(mapping.dateColumn) (\(mapping.dateFormat.rawValue))"
        if let country = mapping.countryColumn { out += ", country \(country)" }
        out += "\n"
        if let hint = mapping.countryHint { out += "  country: \(hint)\n" }
        if let outcome = mapping.outcome {
            let values = outcome.values.map { "\($0.raw.isEmpty ? "(blank)" : $0.raw) → \($0.value.rawValue)" }.joined(separator: ", ")
            out += "outcome: \(outcome.column): \(values)\n  \(outcome.column): \(outcome.meaning)\n  gap: \(outcome.gap)\n"
        } else {
            out += "outcome: unknown for every row\n"
        }
        for rule in mapping.indicators {
            out += "\(rule.indicatorID) (confidence \(rule.confidence.rawValue)): \(rule.summary)\n"
            for column in rule.columns {
                let range = column.range.map { " [\($0.lowerBound)...\($0.upperBound)]" } ?? ""
                out += "  \(column.name)\(range): \(column.meaning)\n"
            }
            out += "  gap: \(rule.gap)\n"
        }
        if !mapping.unmapped.isEmpty {
            out += "unmapped:\n"
            for column in mapping.unmapped {
                out += "  \(column.column): \(column.meaning)\n    why not: \(column.reason)\n"
            }
        }
        return out
    }
}
