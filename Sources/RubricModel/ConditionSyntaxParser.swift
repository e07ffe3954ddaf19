/// Recursive-descent parser for the condition grammar (see ``ConditionParser``), producing positioned syntax.
struct ConditionSyntaxParser {
    private let tokens: [ConditionToken]
    private var position = 0
    private var operatorCount = 0

    private init(tokens: [ConditionToken]) {
        self.tokens = tokens
    }

    /// Parses a whole condition; the first syntax error stops the parse.
    static func parse(_ text: String) throws(ConditionError) -> ConditionSyntax {
        var parser = ConditionSyntaxParser(tokens: try ConditionLexer.tokens(of: text))
        if parser.current.kind == .end {
            throw ConditionError(offset: parser.current.offset, message: "the condition is empty")
        }
        let syntax = try parser.parseOr(depth: 0)
        switch parser.current.kind {
        case .end:
            return syntax
        case .rightParenthesis:
            throw ConditionError(offset: parser.current.offset, message: "')' has no matching '('")
        default:
            throw ConditionError(offset: parser.current.offset,
                                 message: "expected 'and', 'or' or the end of the condition, found \(parser.current.quoted)")
        }
    }

    /// The token at hand; the lexer always ends the list with `.end`, which is never consumed.
    private var current: ConditionToken {
        tokens[position]
    }

    private mutating func advance() {
        if position < tokens.count - 1 { position += 1 }
    }

    private mutating func parseOr(depth: Int) throws(ConditionError) -> ConditionSyntax {
        var left = try parseAnd(depth: depth)
        while current.kind == .or {
            try countOperator()
            advance()
            left = .or(left, try parseAnd(depth: depth))
        }
        return left
    }

    private mutating func parseAnd(depth: Int) throws(ConditionError) -> ConditionSyntax {
        var left = try parseUnary(depth: depth)
        while current.kind == .and {
            try countOperator()
            advance()
            left = .and(left, try parseUnary(depth: depth))
        }
        return left
    }

    private mutating func parseUnary(depth: Int) throws(ConditionError) -> ConditionSyntax {
        guard current.kind == .not else { return try parseComparison(depth: depth) }
        try enter(depth + 1)
        advance()
        return .not(try parseUnary(depth: depth + 1))
    }

    private mutating func parseComparison(depth: Int) throws(ConditionError) -> ConditionSyntax {
        let left = try parseOperand(depth: depth)
        guard case let .comparison(op) = current.kind else {
            switch left {
            case let .group(inner, _): return inner
            case let .operand(operand): return .truth(operand)
            }
        }
        guard case let .operand(leftOperand) = left else {
            throw ConditionError(offset: current.offset, message: "a condition in parentheses cannot be compared with '\(op.rawValue)'")
        }
        advance()
        let right = try parseOperand(depth: depth)
        guard case let .operand(rightOperand) = right else {
            throw ConditionError(offset: right.offset, message: "a condition in parentheses cannot be compared with '\(op.rawValue)'")
        }
        if case .comparison = current.kind {
            throw ConditionError(offset: current.offset, message: "comparisons cannot be chained; join them with 'and'")
        }
        return .comparison(leftOperand, op, rightOperand)
    }

    private enum Operand {
        case operand(OperandSyntax)
        case group(ConditionSyntax, offset: Int)

        var offset: Int {
            switch self {
            case let .operand(operand): return operand.offset
            case let .group(_, offset): return offset
            }
        }
    }

    private mutating func parseOperand(depth: Int) throws(ConditionError) -> Operand {
        let token = current
        let operand: ConditionOperand
        switch token.kind {
        case let .name(name): operand = .name(name)
        case let .number(value): operand = .number(value)
        case let .text(value): operand = .text(value)
        case let .boolean(value): operand = .boolean(value)
        case .leftParenthesis:
            try enter(depth + 1)
            advance()
            let inner = try parseOr(depth: depth + 1)
            guard current.kind == .rightParenthesis else {
                throw ConditionError(offset: current.offset, message: "expected ')' to close the '(', found \(current.quoted)")
            }
            advance()
            return .group(inner, offset: token.offset)
        default:
            throw ConditionError(offset: token.offset,
                                 message: "expected a name, a number, a string, true, false or '(', found \(token.quoted)")
        }
        advance()
        return .operand(OperandSyntax(operand: operand, offset: token.offset, spelling: token.spelling))
    }

    /// Nesting is bounded so that a hostile condition cannot exhaust the stack.
    private func enter(_ depth: Int) throws(ConditionError) {
        if depth > ConditionParser.maximumNesting {
            throw ConditionError(offset: current.offset,
                                 message: "the condition nests 'not' and parentheses more than \(ConditionParser.maximumNesting) levels deep")
        }
    }

    /// The number of 'and' and 'or' is bounded so that the parsed condition stays shallow enough to evaluate and encode.
    private mutating func countOperator() throws(ConditionError) {
        operatorCount += 1
        if operatorCount > ConditionParser.maximumOperators {
            throw ConditionError(offset: current.offset,
                                 message: "the condition uses 'and' and 'or' more than \(ConditionParser.maximumOperators) times")
        }
    }
}
