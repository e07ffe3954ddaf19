import CasebookModel

/// What a rule makes of one row.
enum RuleResult: Equatable {
    /// The indicator value.
    case value(ObservedValue)
    /// The cells are valid, and the mapping says they support no value of the indicator.
    case unobserved
    /// Cells outside the codebook's values.
    case invalid([CellProblem])
}

/// A cell a rule cannot read, by its position in the rule's columns.
struct CellProblem: Equatable {
    var column: Int
    var message: String
}
