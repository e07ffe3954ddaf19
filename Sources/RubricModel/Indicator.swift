/// Something a coder observes in the documents, and how its value maps onto the scale.
public struct Indicator: Sendable, Hashable, Codable {
    /// Stable identifier, used by casebook observations and lesson conditions.
    public var id: String
    /// The question the coder answers.
    public var question: String
    /// The kind of value coded.
    public var type: IndicatorType
    /// Weight within the dimension's rule (ignored for context indicators).
    public var weight: Double
    /// How a value becomes a scale level; `nil` for context indicators, which are not scored.
    public var mapping: IndicatorMapping?
    /// The categories of a context indicator of type category, in file order. A context indicator has no mapping
    /// to carry its categories, yet the casebook and lesson conditions still need to know which values are valid.
    /// Empty for scored indicators (their categories are in ``mapping``) and for other types.
    public var contextCategories: [String]

    /// Creates an indicator.
    public init(id: String, question: String, type: IndicatorType, weight: Double, mapping: IndicatorMapping?,
                contextCategories: [String] = []) {
        self.id = id
        self.question = question
        self.type = type
        self.weight = weight
        self.mapping = mapping
        self.contextCategories = contextCategories
    }

    /// True for an indicator that is coded but not part of any dimension score.
    public var isContext: Bool {
        mapping == nil
    }

    /// The values a category indicator accepts, scored or context, in file order; empty for other types.
    ///
    /// ```swift
    /// rubric.indicator("side_unity")?.categoryNames  // ["united", "mostly_united", "divided", "fragmented"]
    /// ```
    public var categoryNames: [String] {
        if case let .categories(categories)? = mapping { return categories.map(\.name) }
        return contextCategories
    }
}

/// The kind of value an indicator takes.
public enum IndicatorType: String, Sendable, Hashable, Codable, CaseIterable {
    /// `true` or `false`.
    case boolean
    /// A whole number on the indicator's own ordered range.
    case ordinal
    /// A non-negative whole number.
    case count
    /// A fraction from 0 to 1.
    case share
    /// One word from a fixed list.
    case category
}

/// How an indicator value maps to a level of the rubric's scale.
public enum IndicatorMapping: Sendable, Hashable, Codable {
    /// `true` and `false` each map to a level.
    case boolean(whenTrue: Double, whenFalse: Double)
    /// A whole number in `from...to` rescaled linearly onto the scale.
    case ordinal(from: Int, to: Int)
    /// Counts and shares: the level of the highest threshold the value reaches.
    case thresholds([Threshold])
    /// Each category name maps to a level, listed in file order.
    case categories([CategoryLevel])
}

/// One category of a category indicator and its level.
public struct CategoryLevel: Sendable, Hashable, Codable {
    /// The category's name, as coded in the casebook.
    public var name: String
    /// Its level on the scale.
    public var level: Double

    /// Creates a category.
    public init(name: String, level: Double) {
        self.name = name
        self.level = level
    }
}
