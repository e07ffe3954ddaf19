import CasebookModel
import MatrixSupport
import RubricModel

/// A value written in a mapping file: an indicator value, or `~` for "no observation".
struct MappedValue: Hashable {
    /// Nil for `~`.
    var value: ObservedValue?
}

/// Reads the values a transform produces, typed by the indicator when the rubric is known, and
/// inferred from the YAML (true/false, a number, a word) when it is not.
struct MappedValueReader {
    let reader: YAMLReader
    /// The rubric's indicator, nil when no rubric was given or the id is unknown.
    let indicator: Indicator?
    let indicatorID: String?

    func read(_ node: YAMLValue) -> MappedValue? {
        if node.isNull { return MappedValue(value: nil) }
        guard case let .scalar(text, isPlain) = node.content else {
            reader.report("a mapped value must be a single value or ~, found \(node.kindDescription)", at: node)
            return nil
        }
        guard let indicator else {
            if isPlain, text == "true" || text == "false" { return MappedValue(value: .boolean(text == "true")) }
            if isPlain, let number = Double(text), number.isFinite { return MappedValue(value: .number(number)) }
            return reader.string(node, what: "mapped value").map { MappedValue(value: .category($0)) }
        }
        let what = "value for \(indicator.type.rawValue) indicator '\(indicator.id)'"
        switch indicator.type {
        case .boolean:
            guard isPlain, text == "true" || text == "false" else {
                reader.report("\(what) must be true, false or ~, found '\(text)'", at: node)
                return nil
            }
            return MappedValue(value: .boolean(text == "true"))
        case .category:
            guard let word = reader.string(node, what: what) else { return nil }
            if case let .categories(levels)? = indicator.mapping {
                let names = levels.map(\.name)
                guard names.contains(word) else {
                    var message = "value '\(word)' is not a category of indicator '\(indicator.id)' (\(names.joined(separator: ", ")))"
                    if let suggestion = YAMLReader.closest(to: word, among: names) { message += "; did you mean '\(suggestion)'?" }
                    reader.report(message, at: node)
                    return nil
                }
            }
            return MappedValue(value: .category(word))
        case .ordinal, .count, .share:
            guard let number = reader.number(node, what: what) else { return nil }
            if let problem = problem(with: number) {
                reader.report("\(what): \(problem)", at: node)
                return nil
            }
            return MappedValue(value: .number(number))
        }
    }

    /// Checks that a linear rescale of every codebook value fits the indicator; reports and returns false otherwise.
    func checkRescale(from range: ClosedRange<Int>, to target: ClosedRange<Double>, at node: YAMLValue) -> Bool {
        guard let indicator else { return true }
        guard [.ordinal, .count, .share].contains(indicator.type) else {
            reader.report("rescale produces numbers, but indicator '\(indicator.id)' is \(indicator.type.rawValue)", at: node)
            return false
        }
        for raw in range {
            let fraction = Double(raw - range.lowerBound) / Double(range.upperBound - range.lowerBound)
            let value = target.lowerBound + fraction * (target.upperBound - target.lowerBound)
            if let problem = problem(with: value) {
                reader.report("rescale turns \(raw) into \(ObservedValue.number(value)), but for \(indicator.type.rawValue) "
                              + "indicator '\(indicator.id)' \(problem)", at: node)
                return false
            }
        }
        return true
    }

    /// Why a number does not fit the indicator, or nil when it does.
    private func problem(with value: Double) -> String? {
        guard let indicator else { return nil }
        let shown = ObservedValue.number(value).description
        switch indicator.type {
        case .ordinal:
            if value != value.rounded() { return "\(shown) is not a whole number" }
            if case let .ordinal(from, to)? = indicator.mapping, !(Double(min(from, to))...Double(max(from, to))).contains(value) {
                return "\(shown) is outside \(min(from, to))...\(max(from, to))"
            }
        case .count:
            if value != value.rounded() || value < 0 { return "\(shown) is not a whole number of at least 0" }
        case .share:
            if !(0...1).contains(value) { return "\(shown) is outside 0...1" }
        case .boolean, .category:
            return nil
        }
        return nil
    }
}
