import CasebookModel
import Foundation
import RubricModel

/// Why one cell of a scored matrix has its value: the value and level with the dimension's anchor, the confidence
/// and its factors, the rule, every input with its evidence quoted, and the arithmetic. The model of `lessons-matrix explain`.
///
/// ```swift
/// let explanation = MatrixScorer.explain(matrix, subject: "geneva-accords-1988", dimension: "inclusivity")
/// print(explanation?.text ?? "no such cell")
/// ```
public struct Explanation: Sendable, Hashable, Codable {
    /// Whether the subject is a case or an era.
    public enum SubjectKind: String, Sendable, Hashable, Codable {
        case `case`, era
    }

    /// One input of the cell with its evidence resolved.
    public struct Input: Sendable, Hashable, Codable {
        /// The indicator id (case cells) or the case id (era cells).
        public let id: String
        /// The coded value, or the case score ("insufficient evidence" for an excluded case).
        public let value: String
        /// The level it maps to; nil for an excluded case.
        public let level: Double?
        /// Its weight in the rule.
        public let weight: Double
        /// The evidence behind it, in order.
        public let evidence: [Evidence]

        /// Creates a value.
        public init(id: String, value: String, level: Double?, weight: Double, evidence: [Evidence]) {
            self.id = id
            self.value = value
            self.level = level
            self.weight = weight
            self.evidence = evidence
        }
    }

    /// One evidence item with its source, as `explain` shows it.
    public struct Evidence: Sendable, Hashable, Codable {
        /// `<case-id>/<indicator-id>/<n>`.
        public let id: String
        /// The source id.
        public let sourceID: String
        /// The source's title.
        public let sourceTitle: String
        /// The source's file name.
        public let file: String
        /// "§ Divergence, line 152" or "row 482, column Ce".
        public let locator: String
        /// The verbatim quote.
        public let quote: String
        /// "supports" or "contradicts".
        public let stance: String

        /// Creates a value.
        public init(id: String, sourceID: String, sourceTitle: String, file: String, locator: String, quote: String, stance: String) {
            self.id = id
            self.sourceID = sourceID
            self.sourceTitle = sourceTitle
            self.file = file
            self.locator = locator
            self.quote = quote
            self.stance = stance
        }
    }

    /// The case or era id.
    public let subject: String
    /// Case or era.
    public let subjectKind: SubjectKind
    /// The case's or era's name.
    public let subjectName: String
    /// The dimension id.
    public let dimensionID: String
    /// The dimension's name.
    public let dimensionName: String
    /// The score; nil when evidence is insufficient.
    public let score: Double?
    /// The scale level the score rounds to; nil when evidence is insufficient.
    public let level: Int?
    /// The scale's label for that level.
    public let levelLabel: String?
    /// The dimension's own anchor for that level, when the rubric gives one.
    public let anchor: String?
    /// The scale's general anchor for that level.
    public let scaleAnchor: String?
    /// 0…1.
    public let confidence: Double
    /// The factors of a case cell's confidence; nil for an era cell, whose confidence is the mean of its cases'.
    public let confidenceFactors: CellConfidence?
    /// The rule or era statistic applied.
    public let rule: String
    /// The inputs, with evidence.
    public let inputs: [Input]
    /// The arithmetic, step by step.
    public let steps: [String]

    /// The explanation of a cell, or nil when the subject (a case id, else an era id) or the dimension is unknown.
    public init?(matrix: ScoredMatrix, subject: String, dimension dimensionID: String) {
        guard let dimension = matrix.rubric.dimension(dimensionID) else { return nil }
        let evidenceByID = Dictionary(matrix.casebook.evidence.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let provenance: CellProvenance
        if let row = matrix.caseScore(subject), let cell = row[dimensionID], let kase = matrix.casebook.case(subject) {
            subjectKind = .case
            subjectName = kase.name
            score = cell.value.score
            confidence = cell.confidence
            provenance = cell.provenance
            confidenceFactors = CellConfidence(observations: cell.provenance.inputs.compactMap { kase.observation($0.id) })
        } else if let row = matrix.eraScore(subject), let cell = row[dimensionID], let era = matrix.casebook.era(subject) {
            subjectKind = .era
            subjectName = era.name
            score = cell.value.score
            confidence = cell.confidence
            provenance = cell.provenance
            confidenceFactors = nil
        } else {
            return nil
        }
        let scale = matrix.rubric.scale
        let level = score.map(scale.level(for:))
        self.subject = subject
        self.dimensionID = dimensionID
        self.dimensionName = dimension.name
        self.level = level
        levelLabel = level.flatMap(scale.label(of:))
        anchor = level.flatMap { level in dimension.anchors.first { $0.level == level }?.description }
        scaleAnchor = level.flatMap { level in scale.levels.first { $0.level == level }?.anchor }
        rule = provenance.rule
        steps = provenance.steps
        inputs = provenance.inputs.map { input in
            Input(id: input.id, value: input.value, level: input.level, weight: input.weight,
                  evidence: input.evidenceIDs.compactMap { evidenceByID[$0] }.map { item in
                      let source = matrix.casebook.source(item.sourceID)
                      return Evidence(id: item.id, sourceID: item.sourceID, sourceTitle: source?.title ?? item.sourceID,
                                      file: source?.file ?? "", locator: item.locator.description, quote: item.quote,
                                      stance: item.stance.rawValue)
                  })
        }
    }

    /// A readable multi-line rendering, ending with a newline.
    public var text: String {
        var lines = ["\(subjectKind.rawValue) \(subject) (\(subjectName)) × \(dimensionID) (\(dimensionName))"]
        if let score, let level {
            lines.append("score: \(NumberText.fixed(score)), level \(level)\(levelLabel.map { " (\($0))" } ?? "")")
            if let anchor {
                lines.append("anchor: \(anchor)")
            } else if let scaleAnchor {
                lines.append("anchor (scale): \(scaleAnchor)")
            }
        } else {
            lines.append("score: insufficient evidence")
        }
        if score == nil {
            lines.append("confidence: \(NumberText.fixed(confidence)) (insufficient evidence)")
        } else if let confidenceFactors {
            lines.append("confidence: \(NumberText.fixed(confidence)) (\(confidenceFactors.formula))")
        } else {
            lines.append("confidence: \(NumberText.fixed(confidence)) (mean of the scored cases' confidences)")
        }
        lines.append("rule: \(rule)")
        lines.append("inputs:")
        for input in inputs {
            switch subjectKind {
            case .case:
                let level = input.level.map { " → level \(NumberText.compact($0))" } ?? ""
                lines.append("  \(input.id) = \(input.value)\(level) (weight \(NumberText.compact(input.weight)))")
            case .era:
                lines.append("  \(input.id): \(input.value)")
            }
            for item in input.evidence {
                lines.append("    [\(item.id)] \(item.stance): \(item.sourceTitle) (\(item.file)), \(item.locator)")
                lines.append("      \"\(item.quote)\"")
            }
        }
        lines.append("steps:")
        lines += steps.map { "  \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Pretty-printed JSON with sorted keys, so the same explanation always gives the same bytes.
    public func jsonString() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
