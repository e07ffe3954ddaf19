import MatrixSupport
import RubricModel

/// Reads an observation's `value` as the indicator's type demands: `true`/`false` for boolean indicators,
/// one of the indicator's categories, a whole number within an ordinal's range, a non-negative count,
/// or a share from 0 to 1.
struct ObservedValueReader {
    let reader: YAMLReader

    func read(_ node: YAMLValue, for indicator: Indicator) -> ObservedValue? {
        let id = indicator.id
        let what = "value of \(indicator.type.rawValue) indicator '\(id)'"
        switch indicator.type {
        case .boolean:
            return reader.boolean(node, what: what).map(ObservedValue.boolean)
        case .category:
            guard let text = reader.string(node, what: what) else { return nil }
            let names = indicator.categoryNames
            if !names.isEmpty {
                if !names.contains(text) {
                    var message = "value '\(text)' is not a category of indicator '\(id)' (\(names.joined(separator: ", ")))"
                    if let suggestion = YAMLReader.closest(to: text, among: names) { message += "; did you mean '\(suggestion)'?" }
                    reader.report(message, at: node)
                    return nil
                }
            }
            return .category(text)
        case .ordinal:
            guard let value = reader.integer(node, what: what) else { return nil }
            if case let .ordinal(from, to)? = indicator.mapping, !(min(from, to)...max(from, to)).contains(value) {
                reader.report("value \(value) of ordinal indicator '\(id)' is out of range \(min(from, to))...\(max(from, to))", at: node)
                return nil
            }
            return .number(Double(value))
        case .count:
            guard let value = reader.integer(node, what: what) else { return nil }
            if value < 0 {
                reader.report("value \(value) of count indicator '\(id)' must not be negative", at: node)
                return nil
            }
            return .number(Double(value))
        case .share:
            guard let value = reader.number(node, what: what) else { return nil }
            if !(0...1).contains(value) {
                reader.report("value \(ObservedValue.number(value)) of share indicator '\(id)' is out of range 0...1", at: node)
                return nil
            }
            return .number(value)
        }
    }
}
