import CasebookModel
import RubricModel

/// Everything the writers need: a rubric applied to a casebook, with a score, confidence and provenance
/// for every case × dimension and era × dimension cell, the indexes and ranks, and the lessons matrix.
///
/// Produced by ``MatrixScorer/score(rubric:casebook:)``; a pure value, deterministic for the same inputs.
public struct ScoredMatrix: Sendable, Hashable {
    /// The rubric applied.
    public let rubric: Rubric
    /// The casebook scored.
    public let casebook: Casebook
    /// `Rubric.contentHash` at scoring time.
    public let rubricHash: String
    /// `Casebook.contentHash` at scoring time.
    public let casebookHash: String
    /// The weights as written, their sum, and the normalised weights the index uses.
    public let weights: WeightNormalization
    /// One row per case, in era order, then date, then id.
    public let cases: [CaseScore]
    /// One row per era, in the casebook's era order.
    public let eras: [EraScore]
    /// One cell per lesson × era, lessons in rubric order, eras in casebook order.
    public let lessons: [LessonCell]

    /// Creates a matrix. Prefer ``MatrixScorer``.
    public init(rubric: Rubric, casebook: Casebook, rubricHash: String, casebookHash: String, weights: WeightNormalization,
                cases: [CaseScore], eras: [EraScore], lessons: [LessonCell]) {
        self.rubric = rubric
        self.casebook = casebook
        self.rubricHash = rubricHash
        self.casebookHash = casebookHash
        self.weights = weights
        self.cases = cases
        self.eras = eras
        self.lessons = lessons
    }

    /// The row of a case.
    public func caseScore(_ caseID: String) -> CaseScore? { cases.first { $0.caseID == caseID } }

    /// The row of an era.
    public func eraScore(_ eraID: String) -> EraScore? { eras.first { $0.eraID == eraID } }

    /// The lessons-matrix cell of a lesson in an era.
    public func lessonCell(_ lessonID: String, era eraID: String) -> LessonCell? {
        lessons.first { $0.lessonID == lessonID && $0.eraID == eraID }
    }
}

/// The rubric's weights and how they were normalised, reported in every output.
public struct WeightNormalization: Sendable, Hashable {
    /// Dimension id → weight as written in the rubric.
    public let raw: [String: Double]
    /// Σ raw weights.
    public let total: Double
    /// Dimension id → raw / total.
    public let normalized: [String: Double]

    /// Creates a normalisation.
    public init(raw: [String: Double], total: Double, normalized: [String: Double]) {
        self.raw = raw
        self.total = total
        self.normalized = normalized
    }
}

/// A cell's value: a score on the rubric's scale, or the explicit state "insufficient evidence" — never a silent 0.
public enum CellValue: Sendable, Hashable {
    /// A score within the scale.
    case score(Double)
    /// Fewer evidence items than the dimension's minimum.
    case insufficientEvidence

    /// The score, or nil when evidence is insufficient.
    public var score: Double? {
        if case let .score(value) = self { return value }
        return nil
    }
}

/// One case × dimension cell.
public struct DimensionScore: Sendable, Hashable {
    /// The dimension id.
    public let dimensionID: String
    /// The score or the insufficient-evidence state.
    public let value: CellValue
    /// The scale level the score rounds to, nil when insufficient.
    public let level: Int?
    /// 0…1, from the evidence count, independent sources and agreement (formula in the README).
    public let confidence: Double
    /// The evidence items used, in order.
    public let evidenceIDs: [String]
    /// How the cell was computed.
    public let provenance: CellProvenance

    /// Creates a cell.
    public init(dimensionID: String, value: CellValue, level: Int?, confidence: Double, evidenceIDs: [String], provenance: CellProvenance) {
        self.dimensionID = dimensionID
        self.value = value
        self.level = level
        self.confidence = confidence
        self.evidenceIDs = evidenceIDs
        self.provenance = provenance
    }
}

/// One case's row.
public struct CaseScore: Sendable, Hashable {
    /// The case id.
    public let caseID: String
    /// The case's era id.
    public let eraID: String
    /// One cell per rubric dimension, in rubric order.
    public let dimensions: [DimensionScore]
    /// Weighted index over the scored dimensions (oriented so higher is better), nil when none is scored.
    public let index: Double?
    /// 1-based competition rank by index ("1224"): ties share the best rank; nil without an index.
    public let rank: Int?

    /// Creates a row.
    public init(caseID: String, eraID: String, dimensions: [DimensionScore], index: Double?, rank: Int?) {
        self.caseID = caseID
        self.eraID = eraID
        self.dimensions = dimensions
        self.index = index
        self.rank = rank
    }

    /// The cell of a dimension.
    public subscript(dimensionID: String) -> DimensionScore? { dimensions.first { $0.dimensionID == dimensionID } }
}

/// One era × dimension cell.
public struct EraDimensionScore: Sendable, Hashable {
    /// The dimension id.
    public let dimensionID: String
    /// The aggregate of the era's scored cases, or insufficient evidence when none is scored.
    public let value: CellValue
    /// Cases with a score for this dimension.
    public let casesScored: Int
    /// Cases whose cell is insufficient evidence (excluded from the aggregate, counted here).
    public let casesInsufficient: Int
    /// Lowest case score, nil when none.
    public let minimumCaseScore: Double?
    /// Highest case score, nil when none.
    public let maximumCaseScore: Double?
    /// Mean confidence of the scored cases, 0 when none.
    public let confidence: Double
    /// How the cell was computed.
    public let provenance: CellProvenance

    /// Creates a cell.
    public init(dimensionID: String, value: CellValue, casesScored: Int, casesInsufficient: Int, minimumCaseScore: Double?,
                maximumCaseScore: Double?, confidence: Double, provenance: CellProvenance) {
        self.dimensionID = dimensionID
        self.value = value
        self.casesScored = casesScored
        self.casesInsufficient = casesInsufficient
        self.minimumCaseScore = minimumCaseScore
        self.maximumCaseScore = maximumCaseScore
        self.confidence = confidence
        self.provenance = provenance
    }
}

/// One era's row.
public struct EraScore: Sendable, Hashable {
    /// The era id.
    public let eraID: String
    /// The era's case ids, in case-row order.
    public let caseIDs: [String]
    /// One cell per rubric dimension, in rubric order.
    public let dimensions: [EraDimensionScore]
    /// Weighted index over the scored dimensions, nil when none is scored.
    public let index: Double?
    /// Competition rank among eras, nil without an index.
    public let rank: Int?

    /// Creates a row.
    public init(eraID: String, caseIDs: [String], dimensions: [EraDimensionScore], index: Double?, rank: Int?) {
        self.eraID = eraID
        self.caseIDs = caseIDs
        self.dimensions = dimensions
        self.index = index
        self.rank = rank
    }

    /// The cell of a dimension.
    public subscript(dimensionID: String) -> EraDimensionScore? { dimensions.first { $0.dimensionID == dimensionID } }
}

/// Whether a lesson holds in an era.
public enum LessonStatus: String, Sendable, Hashable, CaseIterable {
    /// The condition holds for at least half of the era's decidable cases.
    case observed
    /// It holds for some, but fewer than half.
    case partly
    /// It holds for none of the decidable cases.
    case notObserved = "not-observed"
    /// No case of the era could be decided.
    case insufficientEvidence = "insufficient-evidence"
}

/// One lesson × era cell.
public struct LessonCell: Sendable, Hashable {
    /// The lesson id.
    public let lessonID: String
    /// The era id.
    public let eraID: String
    /// The status.
    public let status: LessonStatus
    /// Cases for which the condition holds (the supporting cases).
    public let supportingCaseIDs: [String]
    /// Cases for which it does not hold.
    public let contraryCaseIDs: [String]
    /// Cases that could not be decided (a name in the condition has no value).
    public let undecidedCaseIDs: [String]
    /// Evidence items behind the supporting cases' values of the names in the condition.
    public let evidenceIDs: [String]

    /// Creates a cell.
    public init(lessonID: String, eraID: String, status: LessonStatus, supportingCaseIDs: [String], contraryCaseIDs: [String],
                undecidedCaseIDs: [String], evidenceIDs: [String]) {
        self.lessonID = lessonID
        self.eraID = eraID
        self.status = status
        self.supportingCaseIDs = supportingCaseIDs
        self.contraryCaseIDs = contraryCaseIDs
        self.undecidedCaseIDs = undecidedCaseIDs
        self.evidenceIDs = evidenceIDs
    }
}

/// How a cell was computed: its inputs and the arithmetic, step by step. The model behind `lessons-matrix explain`.
public struct CellProvenance: Sendable, Hashable {
    /// The rule or aggregation applied, as written in the rubric ("weighted_mean", "mean", …).
    public let rule: String
    /// The inputs, one per indicator observation (case cells) or per case (era cells).
    public let inputs: [ProvenanceInput]
    /// The arithmetic in order, one line per step, e.g. "(2×3 + 1×4) / 3 = 3.333".
    public let steps: [String]

    /// Creates a provenance.
    public init(rule: String, inputs: [ProvenanceInput], steps: [String]) {
        self.rule = rule
        self.inputs = inputs
        self.steps = steps
    }
}

/// One input of a cell: an indicator observation, or a case score for an era cell.
public struct ProvenanceInput: Sendable, Hashable {
    /// The indicator id, or the case id for era cells.
    public let id: String
    /// The coded value as text, or the case score.
    public let value: String
    /// The level it maps to, nil for an insufficient case.
    public let level: Double?
    /// Its weight in the rule.
    public let weight: Double
    /// The evidence items behind it.
    public let evidenceIDs: [String]

    /// Creates an input.
    public init(id: String, value: String, level: Double?, weight: Double, evidenceIDs: [String]) {
        self.id = id
        self.value = value
        self.level = level
        self.weight = weight
        self.evidenceIDs = evidenceIDs
    }
}
