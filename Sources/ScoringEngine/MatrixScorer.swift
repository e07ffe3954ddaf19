import CasebookModel
import RubricModel

/// Applies a rubric to a casebook: the pure, deterministic core of LessonsMatrix.
///
/// ```swift
/// let matrix = MatrixScorer.score(rubric: rubric, casebook: casebook)
/// matrix.caseScore("geneva-accords-1988")?["inclusivity"]?.value   // .score(1.333…)
/// matrix.eraScore("pdpa-mujahedin")?.rank                           // 2
/// ```
///
/// The arithmetic (mappings, rules, evidence minimum, confidence, index, ranks, lessons) is described in
/// `docs/scoring.md`; every cell records its own inputs and steps in ``CellProvenance``.
public enum MatrixScorer {
    /// Scores every case × dimension and era × dimension cell, the indexes and ranks, and the lessons matrix.
    ///
    /// Observations of indicators the rubric lacks are ignored, so one casebook coded against the extended rubric
    /// serves every rubric. The result depends on the inputs only: not on the order of cases or observations,
    /// nor on the locale.
    public static func score(rubric: Rubric, casebook: Casebook) -> ScoredMatrix {
        score(rubric: rubric, casebook: casebook, casebookHash: casebook.contentHash)
    }

    /// Scores as ``score(rubric:casebook:)`` with the casebook's ``Casebook/contentHash`` already worked out, for
    /// callers that score one casebook with many rubrics: the hash encodes the whole casebook, which costs more
    /// than scoring it.
    /// - Parameter casebookHash: must be `casebook.contentHash`.
    public static func score(rubric: Rubric, casebook: Casebook, casebookHash: String) -> ScoredMatrix {
        let dimensions = rubric.dimensions
        let weights = dimensions.map(\.weight)
        let orderedCases = order(casebook.cases, eras: casebook.eras)

        let caseCells = orderedCases.map { kase in
            dimensions.map { CaseCellScorer.score(kase, dimension: $0, scale: rubric.scale) }
        }
        let caseIndexes = caseCells.map { index(of: $0.map(\.value), dimensions: dimensions, weights: weights, scale: rubric.scale) }
        let caseRanks = CompetitionRanking.ranks(caseIndexes)
        let caseRows = orderedCases.indices.map { i in
            CaseScore(caseID: orderedCases[i].id, eraID: orderedCases[i].era, dimensions: caseCells[i], index: caseIndexes[i],
                      rank: caseRanks[i])
        }

        let eraMembers = casebook.eras.map { era in caseRows.filter { $0.eraID == era.id } }
        let eraCells = eraMembers.map { rows in
            dimensions.map { EraCellAggregator.aggregate(rows, dimensionID: $0.id, statistic: rubric.aggregation.era, scale: rubric.scale) }
        }
        let eraIndexes = eraCells.map { index(of: $0.map(\.value), dimensions: dimensions, weights: weights, scale: rubric.scale) }
        let eraRanks = CompetitionRanking.ranks(eraIndexes)
        let eraRows = casebook.eras.indices.map { i in
            EraScore(eraID: casebook.eras[i].id, caseIDs: eraMembers[i].map(\.caseID), dimensions: eraCells[i], index: eraIndexes[i],
                     rank: eraRanks[i])
        }

        let scoredCases = zip(orderedCases, caseRows).map { (kase: $0, row: $1) }
        let lessons = rubric.lessons.flatMap { lesson in
            casebook.eras.map { era in
                LessonEvaluator.evaluate(lesson, eraID: era.id, cases: scoredCases.filter { $0.kase.era == era.id }, rubric: rubric)
            }
        }

        let raw = Dictionary(dimensions.map { ($0.id, $0.weight) }, uniquingKeysWith: { first, _ in first })
        let total = weights.reduce(0, +)
        let normalization = WeightNormalization(raw: raw, total: total, normalized: raw.mapValues { total > 0 ? $0 / total : 0 })
        return ScoredMatrix(rubric: rubric, casebook: casebook, rubricHash: rubric.contentHash, casebookHash: casebookHash,
                            weights: normalization, cases: caseRows, eras: eraRows, lessons: lessons)
    }

    /// Case rows: by the casebook's era order (cases of an unknown era last), then date (unknown last), then id.
    static func order(_ cases: [Case], eras: [Era]) -> [Case] {
        let eraPosition = Dictionary(eras.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        return cases.sorted { l, r in
            let le = eraPosition[l.era] ?? eras.count, re = eraPosition[r.era] ?? eras.count
            if le != re { return le < re }
            switch (l.date.from, r.date.from) {
            case let (ld?, rd?) where ld < rd || rd < ld: return ld < rd
            case (.some, nil): return true
            case (nil, .some): return false
            default: return l.id < r.id
            }
        }
    }

    private static func index(of values: [CellValue], dimensions: [Dimension], weights: [Double], scale: Scale) -> Double? {
        let oriented = zip(values, dimensions).map { value, dimension in
            value.score.map { WeightedIndex.oriented($0, direction: dimension.direction, scale: scale) }
        }
        return WeightedIndex.index(oriented, weights: weights)
    }
}

extension MatrixScorer {
    /// Explains one cell of `matrix`: `subject` is a case id or an era id, `dimension` a dimension id.
    /// Nil when either is unknown.
    ///
    /// ```swift
    /// MatrixScorer.explain(matrix, subject: "pdpa-mujahedin", dimension: "guarantors")?.text
    /// ```
    public static func explain(_ matrix: ScoredMatrix, subject: String, dimension: String) -> Explanation? {
        Explanation(matrix: matrix, subject: subject, dimension: dimension)
    }
}
