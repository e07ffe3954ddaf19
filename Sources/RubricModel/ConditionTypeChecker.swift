import MatrixSupport

/// Checks a parsed condition against a vocabulary: every name exists, comparisons compare values of one kind,
/// ordering operators compare numbers, and text literals are valid values of the name they are compared with.
struct ConditionTypeChecker {
    let vocabulary: ConditionVocabulary

    /// Every problem, in the order met.
    func check(_ syntax: ConditionSyntax) -> [ConditionError] {
        switch syntax {
        case let .and(left, right), let .or(left, right):
            return check(left) + check(right)
        case let .not(inner):
            return check(inner)
        case let .truth(operand):
            return checkTruth(operand)
        case let .comparison(left, op, right):
            return checkComparison(left, op, right)
        }
    }

    private func checkTruth(_ operand: OperandSyntax) -> [ConditionError] {
        guard let name = operand.name else {
            return [ConditionError(offset: operand.offset,
                                   message: "\(operand.spelling) alone is a constant; a condition must name a dimension, an indicator or a case fact")]
        }
        guard let entry = vocabulary.names[name] else { return [unknownName(operand)] }
        switch entry.type {
        case .boolean, .unresolved:
            return []
        case .number:
            return [ConditionError(offset: operand.offset,
                                   message: "\(describe(operand)) is a number, not true or false; compare it, as in '\(name) >= 2'")]
        case let .text(values):
            let example = values?.first ?? "value"
            return [ConditionError(offset: operand.offset,
                                   message: "\(describe(operand)) is text, not true or false; compare it, as in '\(name) == \"\(example)\"'")]
        }
    }

    private func checkComparison(_ left: OperandSyntax, _ op: ComparisonOperator, _ right: OperandSyntax) -> [ConditionError] {
        if left.name == nil, right.name == nil {
            return [ConditionError(offset: left.offset,
                                   message: "the comparison has no name; compare a dimension, an indicator or a case fact with a value")]
        }
        var errors: [ConditionError] = []
        let leftType = type(of: left, errors: &errors)
        let rightType = type(of: right, errors: &errors)
        guard let leftType, let rightType else { return errors }
        if op != .equal, op != .notEqual {
            for (operand, type) in [(left, leftType), (right, rightType)] where type != .number && type != .unresolved {
                errors.append(ConditionError(offset: operand.offset,
                                             message: "'\(op.rawValue)' compares numbers, but \(describe(operand)) is \(type.phrase)"))
            }
            return errors
        }
        guard leftType.isComparable(with: rightType) else {
            errors.append(ConditionError(offset: right.offset,
                                         message: "cannot compare \(describe(left)) (\(leftType.phrase)) with \(describe(right)) (\(rightType.phrase))"))
            return errors
        }
        for (literal, other, otherType) in [(right, left, leftType), (left, right, rightType)] {
            guard case let .text(value) = literal.operand, other.name != nil,
                  case let .text(values?) = otherType, !values.contains(value) else { continue }
            errors.append(invalidValue(literal, value: value, of: other, values: values))
        }
        return errors
    }

    /// The operand's type, or nil after recording an unknown name.
    private func type(of operand: OperandSyntax, errors: inout [ConditionError]) -> ConditionValueType? {
        switch operand.operand {
        case let .name(name):
            guard let entry = vocabulary.names[name] else {
                errors.append(unknownName(operand))
                return nil
            }
            return entry.type
        case .number: return .number
        case .text: return .text(values: nil)
        case .boolean: return .boolean
        }
    }

    private func unknownName(_ operand: OperandSyntax) -> ConditionError {
        let name = operand.spelling
        if let suggestion = YAMLReader.closest(to: name, among: vocabulary.names.keys.sorted()) {
            return ConditionError(offset: operand.offset, message: "unknown name '\(name)' (did you mean '\(suggestion)'?)")
        }
        return ConditionError(offset: operand.offset,
                              message: "unknown name '\(name)': not a dimension, an indicator or a case fact of this rubric")
    }

    private func invalidValue(_ literal: OperandSyntax, value: String, of other: OperandSyntax, values: [String]) -> ConditionError {
        let role = other.name.flatMap { vocabulary.names[$0]?.role }
        let (singular, plural) = role == .indicator ? ("category", "categories") : ("value", "values")
        var message = "\(literal.spelling) is not a \(singular) of \(describe(other))"
        if let suggestion = YAMLReader.closest(to: value, among: values) {
            message += " (did you mean \"\(suggestion)\"?)"
        }
        message += "; its \(plural) are \(values.joined(separator: ", "))"
        return ConditionError(offset: literal.offset, message: message)
    }

    /// "indicator 'side_unity'" for a name, the literal as written otherwise.
    private func describe(_ operand: OperandSyntax) -> String {
        guard let name = operand.name, let entry = vocabulary.names[name] else { return operand.spelling }
        return "\(entry.role.rawValue) '\(name)'"
    }
}
