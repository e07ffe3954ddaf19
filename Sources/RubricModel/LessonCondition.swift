/// A lesson's condition, parsed from the rubric by ``ConditionParser``: a small declarative predicate
/// over one case's dimension scores, indicator values and facts. No code from the file is ever evaluated.
///
/// ```
/// inclusivity <= 1 and outcome == "failed"
/// ```
public indirect enum LessonCondition: Sendable, Hashable, Codable {
    /// Both hold.
    case and(LessonCondition, LessonCondition)
    /// Either holds.
    case or(LessonCondition, LessonCondition)
    /// Does not hold.
    case not(LessonCondition)
    /// A comparison of two operands.
    case comparison(ConditionOperand, ComparisonOperator, ConditionOperand)
    /// A bare name whose value must be boolean.
    case truth(ConditionOperand)

    /// Evaluates the condition in three-valued logic: `nil` means unknown, because a name it needs has no value
    /// (an unscored dimension, an uncoded indicator). `false and unknown` is false; `true or unknown` is true.
    ///
    /// - Parameter lookup: the value of a name for the case at hand, or nil when it has none.
    public func evaluate(_ lookup: (String) -> ConditionValue?) -> Bool? {
        switch self {
        case let .and(left, right):
            let l = left.evaluate(lookup), r = right.evaluate(lookup)
            if l == false || r == false { return false }
            if l == nil || r == nil { return nil }
            return true
        case let .or(left, right):
            let l = left.evaluate(lookup), r = right.evaluate(lookup)
            if l == true || r == true { return true }
            if l == nil || r == nil { return nil }
            return false
        case let .not(inner):
            return inner.evaluate(lookup).map { !$0 }
        case let .truth(operand):
            guard case let .boolean(value)? = operand.value(lookup) else { return nil }
            return value
        case let .comparison(left, op, right):
            guard let l = left.value(lookup), let r = right.value(lookup) else { return nil }
            return op.compare(l, r)
        }
    }

    /// Every name the condition refers to, in order of first appearance.
    public var names: [String] {
        var result: [String] = []
        func visit(_ condition: LessonCondition) {
            switch condition {
            case let .and(l, r), let .or(l, r): visit(l); visit(r)
            case let .not(inner): visit(inner)
            case let .truth(operand): add(operand)
            case let .comparison(l, _, r): add(l); add(r)
            }
        }
        func add(_ operand: ConditionOperand) {
            if case let .name(name) = operand, !result.contains(name) { result.append(name) }
        }
        visit(self)
        return result
    }
}

/// One side of a comparison.
public enum ConditionOperand: Sendable, Hashable, Codable {
    /// A dimension id (its score), an indicator id (its coded value) or a case fact (`outcome`, `kind`, `era`, `year`).
    case name(String)
    /// A number literal.
    case number(Double)
    /// A double-quoted string literal.
    case text(String)
    /// `true` or `false`.
    case boolean(Bool)

    func value(_ lookup: (String) -> ConditionValue?) -> ConditionValue? {
        switch self {
        case let .name(name): return lookup(name)
        case let .number(value): return .number(value)
        case let .text(value): return .text(value)
        case let .boolean(value): return .boolean(value)
        }
    }
}

/// A comparison operator.
public enum ComparisonOperator: String, Sendable, Hashable, Codable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    /// Compares two values; values of different kinds are unequal and not ordered (nil for an ordering).
    func compare(_ l: ConditionValue, _ r: ConditionValue) -> Bool? {
        switch self {
        case .equal: return l == r
        case .notEqual: return l != r
        default:
            guard case let .number(a) = l, case let .number(b) = r else { return nil }
            switch self {
            case .less: return a < b
            case .lessOrEqual: return a <= b
            case .greater: return a > b
            default: return a >= b
            }
        }
    }
}

/// The value a name takes for one case.
public enum ConditionValue: Sendable, Hashable, Codable {
    /// A dimension score, a count, a share, a year.
    case number(Double)
    /// A category, an outcome, a kind, an era id.
    case text(String)
    /// A boolean indicator.
    case boolean(Bool)
}
