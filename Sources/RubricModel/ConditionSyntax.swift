/// A parsed condition that still knows where each operand was written, so type errors can point at it.
indirect enum ConditionSyntax: Sendable, Hashable {
    case and(ConditionSyntax, ConditionSyntax)
    case or(ConditionSyntax, ConditionSyntax)
    case not(ConditionSyntax)
    case comparison(OperandSyntax, ComparisonOperator, OperandSyntax)
    case truth(OperandSyntax)

    /// The condition without positions.
    var condition: LessonCondition {
        switch self {
        case let .and(left, right): return .and(left.condition, right.condition)
        case let .or(left, right): return .or(left.condition, right.condition)
        case let .not(inner): return .not(inner.condition)
        case let .comparison(left, op, right): return .comparison(left.operand, op, right.operand)
        case let .truth(operand): return .truth(operand.operand)
        }
    }
}

/// An operand with its offset and spelling in the condition text.
struct OperandSyntax: Sendable, Hashable {
    var operand: ConditionOperand
    var offset: Int
    var spelling: String

    /// The name, when the operand is one.
    var name: String? {
        if case let .name(name) = operand { return name }
        return nil
    }
}
