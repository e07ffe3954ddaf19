/// Splits a condition into tokens, refusing any character the grammar does not know.
struct ConditionLexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Every token, ending with `.end`.
    static func tokens(of text: String) throws(ConditionError) -> [ConditionToken] {
        var lexer = ConditionLexer(text)
        var tokens: [ConditionToken] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private mutating func next() throws(ConditionError) -> ConditionToken {
        while index < scalars.count, Self.isSpace(scalars[index]) { index += 1 }
        let start = index
        guard index < scalars.count else { return ConditionToken(kind: .end, offset: start, spelling: "") }
        let scalar = scalars[index]
        switch scalar {
        case "a"..."z":
            return word(from: start)
        case "0"..."9":
            return try number(from: start)
        case "-":
            if index + 1 < scalars.count, ("0"..."9").contains(scalars[index + 1]) { return try number(from: start) }
            let afterName = start > 0 && Self.isNameCharacter(scalars[start - 1])
            throw ConditionError(offset: start, message: afterName
                ? "unexpected character '-' (names use '_', not '-')"
                : "unexpected character '-'")
        case "\"":
            return try text(from: start)
        case "(":
            index += 1
            return ConditionToken(kind: .leftParenthesis, offset: start, spelling: "(")
        case ")":
            index += 1
            return ConditionToken(kind: .rightParenthesis, offset: start, spelling: ")")
        case "=", "!", "<", ">":
            return try comparison(from: start)
        case "&":
            throw ConditionError(offset: start, message: "unexpected character '&' (write 'and')")
        case "|":
            throw ConditionError(offset: start, message: "unexpected character '|' (write 'or')")
        case "'":
            throw ConditionError(offset: start, message: "unexpected character ''' (strings use double quotes)")
        case "A"..."Z":
            throw ConditionError(offset: start, message: "unexpected character '\(scalar)' (names and keywords are lowercase)")
        default:
            throw ConditionError(offset: start, message: "unexpected character '\(Self.printable(scalar))'")
        }
    }

    private mutating func word(from start: Int) -> ConditionToken {
        while index < scalars.count, Self.isNameCharacter(scalars[index]) { index += 1 }
        let spelling = spelling(from: start)
        let kind: ConditionToken.Kind
        switch spelling {
        case "and": kind = .and
        case "or": kind = .or
        case "not": kind = .not
        case "true": kind = .boolean(true)
        case "false": kind = .boolean(false)
        default: kind = .name(spelling)
        }
        return ConditionToken(kind: kind, offset: start, spelling: spelling)
    }

    private mutating func number(from start: Int) throws(ConditionError) -> ConditionToken {
        if scalars[index] == "-" { index += 1 }
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        if index < scalars.count, scalars[index] == "." {
            index += 1
            let fractionStart = index
            while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
            if index == fractionStart {
                throw ConditionError(offset: start, message: "number '\(spelling(from: start))' needs digits after the decimal point")
            }
        }
        let spelling = spelling(from: start)
        guard let value = Double(spelling), value.isFinite else {
            throw ConditionError(offset: start, message: "number '\(spelling)' is too large")
        }
        // "-0" is written by people who mean 0; keeping it would make equal conditions encode differently.
        return ConditionToken(kind: .number(value + 0), offset: start, spelling: spelling)
    }

    private mutating func text(from start: Int) throws(ConditionError) -> ConditionToken {
        index += 1
        var value = String.UnicodeScalarView()
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\"" {
                index += 1
                return ConditionToken(kind: .text(String(value)), offset: start, spelling: spelling(from: start))
            }
            if scalar == "\\" {
                guard index + 1 < scalars.count else { break }
                let escaped = scalars[index + 1]
                guard escaped == "\"" || escaped == "\\" else {
                    throw ConditionError(offset: index, message: "unknown escape '\\\(Self.printable(escaped))' in a string (only \\\" and \\\\ are allowed)")
                }
                value.append(escaped)
                index += 2
                continue
            }
            value.append(scalar)
            index += 1
        }
        throw ConditionError(offset: start, message: "string is not closed with '\"'")
    }

    private mutating func comparison(from start: Int) throws(ConditionError) -> ConditionToken {
        let second: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
        let op: ComparisonOperator
        switch (scalars[index], second) {
        case ("=", "="): op = .equal
        case ("!", "="): op = .notEqual
        case ("<", "="): op = .lessOrEqual
        case (">", "="): op = .greaterOrEqual
        case ("<", _): op = .less
        case (">", _): op = .greater
        case ("=", _): throw ConditionError(offset: start, message: "unknown operator '=' (write '==' to compare)")
        default: throw ConditionError(offset: start, message: "unknown operator '!' (write '!=' or 'not')")
        }
        index += op.rawValue.unicodeScalars.count
        return ConditionToken(kind: .comparison(op), offset: start, spelling: op.rawValue)
    }

    private func spelling(from start: Int) -> String {
        String(String.UnicodeScalarView(scalars[start..<index]))
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
    }

    /// Control characters are shown by code so that a message never carries an invisible or line-breaking character.
    private static func printable(_ scalar: Unicode.Scalar) -> String {
        scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
            || scalar == "\u{2028}" || scalar == "\u{2029}"
            ? "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            : String(scalar)
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
