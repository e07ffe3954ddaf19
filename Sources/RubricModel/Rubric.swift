/// A validated, immutable rubric: the comparison dimensions as data.
///
/// Built by ``RubricLoader`` from a `Rubrics/*.yaml` file; every reference inside it has been checked,
/// so the scoring engine can look dimensions and indicators up without failing.
public struct Rubric: Sendable, Hashable, Codable {
    /// Stable identifier, used as the output folder name (`Output/<id>/`).
    public var id: String
    /// Human title.
    public var title: String
    /// The rubric author's version string.
    public var version: String
    /// What the rubric is for.
    public var description: String
    /// Who maintains it.
    public var owner: String
    /// The ordinal scale every dimension is scored on.
    public var scale: Scale
    /// How case scores become era scores and the overall index.
    public var aggregation: Aggregation
    /// The dimensions, in file order (which is the column order of every matrix).
    public var dimensions: [Dimension]
    /// Indicators coded for lesson conditions but not part of any dimension score.
    public var contextIndicators: [Indicator]
    /// Statements that hold or not in an era.
    public var lessons: [Lesson]

    /// Creates a rubric. Prefer ``RubricLoader``, which validates.
    public init(id: String, title: String, version: String, description: String, owner: String, scale: Scale,
                aggregation: Aggregation, dimensions: [Dimension], contextIndicators: [Indicator], lessons: [Lesson]) {
        self.id = id
        self.title = title
        self.version = version
        self.description = description
        self.owner = owner
        self.scale = scale
        self.aggregation = aggregation
        self.dimensions = dimensions
        self.contextIndicators = contextIndicators
        self.lessons = lessons
    }

    /// The dimension with this id.
    public func dimension(_ id: String) -> Dimension? {
        dimensions.first { $0.id == id }
    }

    /// The dimension that scores this indicator, or nil for a context indicator or an unknown id.
    public func dimension(scoring indicatorID: String) -> Dimension? {
        dimensions.first { $0.indicators.contains { $0.id == indicatorID } }
    }

    /// The indicator with this id, scored or context.
    public func indicator(_ id: String) -> Indicator? {
        for dimension in dimensions {
            if let indicator = dimension.indicators.first(where: { $0.id == id }) { return indicator }
        }
        return contextIndicators.first { $0.id == id }
    }

    /// Every indicator, scored ones in dimension order, then context ones.
    public var allIndicators: [Indicator] {
        dimensions.flatMap(\.indicators) + contextIndicators
    }

    /// Dimension weights divided by their sum, so they add up to 1. Validation guarantees a positive sum.
    public var normalizedWeights: [String: Double] {
        let total = dimensions.reduce(0) { $0 + $1.weight }
        return Dictionary(uniqueKeysWithValues: dimensions.map { ($0.id, total > 0 ? $0.weight / total : 0) })
    }
}
