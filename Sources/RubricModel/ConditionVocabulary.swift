/// The names a lesson condition may use, each with the kind of value it takes, so that ``ConditionParser`` can
/// refuse unknown names, impossible comparisons and category values that do not exist.
///
/// ```swift
/// let vocabulary = ConditionVocabulary(rubric: rubric)
/// vocabulary.names["outcome"]?.type  // .text(values: ["held", "failed", "partial", "unknown"])
/// ```
public struct ConditionVocabulary: Sendable, Hashable {
    /// Name → what it is and the value it takes.
    public var names: [String: ConditionName]

    /// A vocabulary of exactly these names.
    public init(names: [String: ConditionName]) {
        self.names = names
    }

    /// The rubric's dimensions (numbers: the case's score), its indicators scored and context (their coded value),
    /// and the case facts.
    public init(rubric: Rubric) {
        var names = Self.caseFacts
        for dimension in rubric.dimensions {
            names[dimension.id] = ConditionName(role: .dimension, type: .number)
        }
        for indicator in rubric.allIndicators {
            names[indicator.id] = ConditionName(role: .indicator, type: ConditionValueType(indicator.type, categories: indicator.categoryNames))
        }
        self.names = names
    }

    /// The facts every case has. The value lists mirror the casebook's `Outcome` and `CaseKind`, which this
    /// module cannot import (the casebook depends on the rubric, not the other way round).
    public static let caseFacts: [String: ConditionName] = [
        "outcome": ConditionName(role: .caseFact, type: .text(values: ["held", "failed", "partial", "unknown"])),
        "kind": ConditionName(role: .caseFact, type: .text(values: [
            "accord", "ceasefire", "proposal", "talks", "mediation", "programme", "charter",
        ])),
        "era": ConditionName(role: .caseFact, type: .text(values: nil)),
        "year": ConditionName(role: .caseFact, type: .number),
    ]

    /// The words of the condition language itself, which no dimension or indicator may use as its id.
    public static let keywords: Set<String> = ["and", "or", "not", "true", "false"]
}

/// One name of a ``ConditionVocabulary``.
public struct ConditionName: Sendable, Hashable {
    /// What the name refers to, for messages.
    public var role: ConditionNameRole
    /// The kind of value it takes.
    public var type: ConditionValueType

    /// Creates a name.
    public init(role: ConditionNameRole, type: ConditionValueType) {
        self.role = role
        self.type = type
    }
}

/// What a condition name refers to.
public enum ConditionNameRole: String, Sendable, Hashable, CaseIterable {
    /// A dimension id: the case's score on it.
    case dimension
    /// An indicator id: the case's coded value.
    case indicator
    /// `outcome`, `kind`, `era` or `year`.
    case caseFact = "case fact"
}

/// The kind of value a condition name or literal takes.
public enum ConditionValueType: Sendable, Hashable {
    /// Scores, counts, shares, ordinal values, years.
    case number
    /// Boolean indicators.
    case boolean
    /// Categories and case facts; `values` lists the valid ones, or is nil when any text may occur (`era`).
    case text(values: [String]?)
    /// A name whose own definition has errors (an indicator with an invalid type), so its kind is unknown.
    /// Conditions may use it without type checks, so that one mistake in a rubric is reported once.
    case unresolved

    /// The type of an indicator's coded value.
    public init(_ type: IndicatorType, categories: [String]) {
        switch type {
        case .boolean: self = .boolean
        case .ordinal, .count, .share: self = .number
        case .category: self = .text(values: categories)
        }
    }

    /// "a number", "true or false", "text".
    var phrase: String {
        switch self {
        case .number: return "a number"
        case .boolean: return "true or false"
        case .text: return "text"
        case .unresolved: return "of unknown kind"
        }
    }

    /// Whether values of the two types can be compared with `==` and `!=`.
    func isComparable(with other: ConditionValueType) -> Bool {
        switch (self, other) {
        case (.number, .number), (.boolean, .boolean), (.text, .text), (.unresolved, _), (_, .unresolved): return true
        default: return false
        }
    }
}
