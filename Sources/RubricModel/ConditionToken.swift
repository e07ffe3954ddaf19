/// One token of a lesson condition, with where it starts in the condition text.
struct ConditionToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case name(String)
        case number(Double)
        case text(String)
        case boolean(Bool)
        case and, or, not
        case comparison(ComparisonOperator)
        case leftParenthesis, rightParenthesis
        case end
    }

    var kind: Kind
    /// 0-based offset of the first character, in Unicode scalars.
    var offset: Int
    /// The token as written, for messages.
    var spelling: String

    /// How the token is named in a message: `'and'`, `'<='`, `"held"`, or "the end of the condition".
    var quoted: String {
        switch kind {
        case .end: return "the end of the condition"
        case .text: return spelling.unicodeScalars.count > 40 ? String(spelling.prefix(40)) + "…\"" : spelling
        default: return "'\(spelling)'"
        }
    }
}
