import CasebookModel
import RubricModel

/// Builds small rubrics and casebooks directly in Swift, so the engine's tests do not depend on the loaders.
enum Fixtures {
    /// The 0…4 scale of the extended rubric.
    static let scale = Scale(minimum: 0, maximum: 4, levels: [
        ScaleLevel(level: 0, label: "Absent", anchor: "The condition is absent."),
        ScaleLevel(level: 1, label: "Weak", anchor: "The condition is present in name only."),
        ScaleLevel(level: 2, label: "Partial", anchor: "The condition holds for some parties."),
        ScaleLevel(level: 3, label: "Substantial", anchor: "The condition holds with gaps."),
        ScaleLevel(level: 4, label: "Strong", anchor: "The condition holds fully."),
    ])

    /// Categories `none`…`all` at levels 0…4.
    static let fiveCategories = IndicatorMapping.categories([
        CategoryLevel(name: "none", level: 0), CategoryLevel(name: "few", level: 1), CategoryLevel(name: "some", level: 2),
        CategoryLevel(name: "most", level: 3), CategoryLevel(name: "all", level: 4),
    ])

    static func indicator(_ id: String, weight: Double = 1, _ mapping: IndicatorMapping?) -> Indicator {
        let type: IndicatorType
        switch mapping {
        case .boolean?, nil: type = .boolean
        case .categories?: type = .category
        case .ordinal?: type = .ordinal
        case .thresholds?: type = .count
        }
        return Indicator(id: id, question: "\(id)?", type: type, weight: weight, mapping: mapping)
    }

    static func dimension(_ id: String, weight: Double = 1, direction: Direction = .higherIsBetter, minimumEvidence: Int = 1,
                          rule: DimensionRule = .weightedMean, anchors: [LevelAnchor] = [], indicators: [Indicator]) -> Dimension {
        Dimension(id: id, name: id.capitalized, question: "\(id)?", weight: weight, direction: direction,
                  minimumEvidence: minimumEvidence, rule: rule, anchors: anchors, indicators: indicators)
    }

    /// A dimension scored by one category indicator `<id>_level` with categories none…all.
    static func simpleDimension(_ id: String, weight: Double = 1, direction: Direction = .higherIsBetter) -> Dimension {
        dimension(id, weight: weight, direction: direction, indicators: [indicator("\(id)_level", fiveCategories)])
    }

    static func rubric(_ dimensions: [Dimension], context: [Indicator] = [], lessons: [Lesson] = [],
                       era: EraAggregation = .mean) -> Rubric {
        Rubric(id: "test", title: "Test rubric", version: "1", description: "For tests.", owner: "tests", scale: scale,
               aggregation: Aggregation(era: era, index: .weightedMean), dimensions: dimensions, contextIndicators: context,
               lessons: lessons)
    }

    static let sources = [
        Source(id: "s1", title: "Study One", author: "A", publisher: "P", date: "2021", file: "s1.txt", kind: .study),
        Source(id: "s2", title: "Brief Two", author: "B", publisher: "P", date: "2022", file: "s2.txt", kind: .issueBrief),
    ]

    /// An observation whose evidence items come from `evidence` (source id, stance), numbered from 1.
    static func observation(_ caseID: String, _ indicatorID: String, _ value: ObservedValue, confidence: CoderConfidence = .high,
                            evidence: [(String, Stance)] = [("s1", .supports)]) -> Observation {
        let items = evidence.enumerated().map { offset, item in
            EvidenceItem(id: "\(caseID)/\(indicatorID)/\(offset + 1)", caseID: caseID, indicatorID: indicatorID, sourceID: item.0,
                         locator: .document(section: "Section", line: 10 + offset), quote: "Quote \(offset + 1) on \(indicatorID).",
                         stance: item.1)
        }
        return Observation(indicatorID: indicatorID, value: value, rationale: "Coded.", confidence: confidence, evidence: items)
    }

    static func kase(_ id: String, era: String = "e1", year: Int? = 1990, kind: CaseKind = .accord, outcome: Outcome = .failed,
                     observations: [Observation]) -> Case {
        Case(id: id, name: "Case \(id)", era: era, date: CaseDate(from: year.map { PartialDate(year: $0) }), venue: nil, kind: kind,
             outcome: outcome, sameAs: [], parties: [], mediators: [], guarantors: [], observations: observations, notInSources: [],
             conflicts: [])
    }

    /// A case whose `<dimension>_level` indicators take the given category names, one evidence item each.
    static func simpleCase(_ id: String, era: String = "e1", year: Int? = 1990, outcome: Outcome = .failed,
                           levels: [(String, String)]) -> Case {
        kase(id, era: era, year: year, outcome: outcome,
             observations: levels.map { observation(id, "\($0.0)_level", .category($0.1)) })
    }

    static func casebook(eras: [String] = ["e1"], cases: [Case]) -> Casebook {
        Casebook(sources: sources, eras: eras.enumerated().map { Era(id: $0.element, name: "Era \($0.element)", start: 1980 + 10 * $0.offset, end: nil) },
                 cases: cases, conflicts: [])
    }

    /// The category name of a level 0…4.
    static func category(_ level: Int) -> String { ["none", "few", "some", "most", "all"][level] }
}
