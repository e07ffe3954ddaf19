/// Parses and checks a lesson condition. Conditions are data: a small predicate language, never code.
///
/// The grammar (Rubrics/README.md gives it in full):
///
/// ```
/// or         := and ("or" and)*
/// and        := unary ("and" unary)*
/// unary      := "not" unary | comparison
/// comparison := operand [op operand]
/// operand    := NAME | NUMBER | STRING | "true" | "false" | "(" or ")"
/// op         := "==" | "!=" | "<" | "<=" | ">" | ">="
/// ```
///
/// Names are dimension ids (the case's score), indicator ids (the coded value) and the case facts
/// `outcome`, `kind`, `era` and `year`.
///
/// ```swift
/// let condition = try ConditionParser.parse("inclusivity <= 1 and outcome == \"failed\"",
///                                           vocabulary: ConditionVocabulary(rubric: rubric))
/// condition.evaluate { name in values[name] }  // true, false, or nil when a value is missing
/// ```
public enum ConditionParser {
    /// Deepest nesting of `not` and parentheses.
    public static let maximumNesting = 32
    /// Most `and` and `or` operators in one condition.
    public static let maximumOperators = 100

    /// Parses `text` and checks its names and types against `vocabulary`.
    ///
    /// - Throws: ``ConditionErrorList`` with the syntax error that stopped the parse, or with every name and
    ///   type error of a condition that parsed; each carries its offset in `text`.
    public static func parse(_ text: String, vocabulary: ConditionVocabulary) throws(ConditionErrorList) -> LessonCondition {
        let syntax: ConditionSyntax
        do {
            syntax = try ConditionSyntaxParser.parse(text)
        } catch {
            throw ConditionErrorList([error])
        }
        let errors = ConditionTypeChecker(vocabulary: vocabulary).check(syntax)
        if !errors.isEmpty { throw ConditionErrorList(errors) }
        return syntax.condition
    }
}
