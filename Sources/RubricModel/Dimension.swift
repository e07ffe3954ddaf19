/// One comparison dimension, such as inclusivity or guarantors.
public struct Dimension: Sendable, Hashable, Codable {
    /// Stable identifier, also the name lesson conditions use for its score.
    public var id: String
    /// Human name, used as a column header.
    public var name: String
    /// The question the dimension answers.
    public var question: String
    /// Non-negative weight in the overall index, before normalisation.
    public var weight: Double
    /// Whether a higher score is better.
    public var direction: Direction
    /// Evidence items needed before a score is given; below it the cell is "insufficient evidence".
    public var minimumEvidence: Int
    /// How indicator levels combine into the dimension score.
    public var rule: DimensionRule
    /// Dimension-specific descriptions of some or all scale levels, written from the documents.
    public var anchors: [LevelAnchor]
    /// The indicators coded for this dimension.
    public var indicators: [Indicator]
    /// The words and phrases by which the evidence scan finds passages about this dimension; nil when the file gives none.
    /// Optional so that a rubric without cues keeps the canonical form (and content hash) it had before cues existed.
    public var cues: DimensionCues?

    /// Creates a dimension.
    public init(id: String, name: String, question: String, weight: Double, direction: Direction, minimumEvidence: Int,
                rule: DimensionRule, anchors: [LevelAnchor], indicators: [Indicator], cues: DimensionCues? = nil) {
        self.id = id
        self.name = name
        self.question = question
        self.weight = weight
        self.direction = direction
        self.minimumEvidence = minimumEvidence
        self.rule = rule
        self.anchors = anchors
        self.indicators = indicators
        self.cues = cues
    }
}

/// Whether a higher dimension score is better.
public enum Direction: String, Sendable, Hashable, Codable, CaseIterable {
    /// More is better: the index uses the score as is.
    case higherIsBetter = "higher_is_better"
    /// Less is better: the index uses `minimum + maximum - score`.
    case lowerIsBetter = "lower_is_better"
}

/// A dimension's description of one scale level.
public struct LevelAnchor: Sendable, Hashable, Codable {
    /// The level described.
    public var level: Int
    /// What that level looks like for this dimension.
    public var description: String

    /// Creates an anchor.
    public init(level: Int, description: String) {
        self.level = level
        self.description = description
    }
}

/// How a dimension combines its indicators' levels into its score.
public enum DimensionRule: Sendable, Hashable, Codable {
    /// Σ weightᵢ·levelᵢ / Σ weightᵢ over the observed indicators.
    case weightedMean
    /// The lowest observed indicator level.
    case minimum
    /// The highest observed indicator level.
    case maximum
    /// The weighted mean, then mapped to the level of the first row (highest `atLeast` first) it reaches.
    case thresholdTable([Threshold])

    /// The rule's name as written in rubric files.
    public var name: String {
        switch self {
        case .weightedMean: return "weighted_mean"
        case .minimum: return "minimum"
        case .maximum: return "maximum"
        case .thresholdTable: return "threshold_table"
        }
    }
}

/// One row of a threshold table: values at or above `atLeast` map to `level`.
public struct Threshold: Sendable, Hashable, Codable {
    /// The inclusive lower bound.
    public var atLeast: Double
    /// The level assigned.
    public var level: Int

    /// Creates a row.
    public init(atLeast: Double, level: Int) {
        self.atLeast = atLeast
        self.level = level
    }
}
