import CasebookModel
import RubricModel

/// An observed value placed on the scale by its indicator's mapping, with a note on how when it is not a plain lookup.
struct MappedLevel: Equatable {
    /// The level, within the scale.
    let level: Double
    /// How the level was reached when that needs saying ("ordinal 1…5 onto 0…4", "at least 2"), for provenance.
    let detail: String?

    /// The level of `value` under `mapping`, or nil when the value does not fit the mapping
    /// (a category the mapping lacks, a value of the wrong kind, an empty ordinal range).
    init?(_ value: ObservedValue, mapping: IndicatorMapping, scale: Scale) {
        let minimum = Double(scale.minimum), maximum = Double(scale.maximum)
        var notes: [String] = []
        let raw: Double
        switch (mapping, value) {
        case let (.boolean(whenTrue, whenFalse), .boolean(flag)):
            raw = flag ? whenTrue : whenFalse
        case let (.categories(categories), .category(name)):
            guard let category = categories.first(where: { $0.name == name }) else { return nil }
            raw = category.level
        case let (.ordinal(from, to), .number(number)):
            guard from != to else { return nil }
            raw = minimum + (number - Double(from)) * (maximum - minimum) / Double(to - from)
            notes.append("ordinal \(from)…\(to) onto \(scale.minimum)…\(scale.maximum)")
        case let (.thresholds(rows), .number(number)):
            if let row = Threshold.firstReached(by: number, in: rows) {
                raw = Double(row.level)
                notes.append("at least \(NumberText.compact(row.atLeast))")
            } else {
                raw = minimum
                notes.append("below every threshold: scale minimum")
            }
        default:
            return nil
        }
        level = min(maximum, max(minimum, raw))
        if level != raw { notes.append("\(NumberText.compact(raw)) clamped to \(scale.minimum)…\(scale.maximum)") }
        detail = notes.isEmpty ? nil : notes.joined(separator: ", ")
    }
}

extension Threshold {
    /// The row with the highest `atLeast` that `value` reaches (the first such row in file order on equal bounds).
    static func firstReached(by value: Double, in rows: [Threshold]) -> Threshold? {
        rows.enumerated()
            .sorted { $0.element.atLeast != $1.element.atLeast ? $0.element.atLeast > $1.element.atLeast : $0.offset < $1.offset }
            .first { value >= $0.element.atLeast }?
            .element
    }
}
