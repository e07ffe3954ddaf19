import CasebookModel
import RubricModel

/// Restricts a rubric and a casebook to some eras, cases and dimensions before scoring.
///
/// ```swift
/// let filter = MatrixFilter(eraIDs: ["pdpa-mujahedin"], dimensionIDs: ["inclusivity", "guarantors"])
/// let (rubric, casebook) = try filter.apply(rubric: rubric, casebook: casebook)
/// let matrix = MatrixScorer.score(rubric: rubric, casebook: casebook)
/// ```
///
/// A nil or empty list leaves that axis unrestricted. With eras selected, only their cases remain; with cases
/// selected, only the eras holding them remain. Lessons remain when every dimension they are about remains and every
/// name their condition uses still has a meaning; casebook-wide conflicts remain when their subject does.
public struct MatrixFilter: Sendable, Hashable {
    /// Era ids to keep.
    public var eraIDs: [String]?
    /// Case ids to keep.
    public var caseIDs: [String]?
    /// Dimension ids to keep, in the rubric's order whatever the order given.
    public var dimensionIDs: [String]?

    /// Creates a filter.
    public init(eraIDs: [String]? = nil, caseIDs: [String]? = nil, dimensionIDs: [String]? = nil) {
        self.eraIDs = eraIDs
        self.caseIDs = caseIDs
        self.dimensionIDs = dimensionIDs
    }

    /// The restricted rubric and casebook, or every unknown id (and every case outside the selected eras) at once.
    public func apply(rubric: Rubric, casebook: Casebook) throws(MatrixFilterError) -> (rubric: Rubric, casebook: Casebook) {
        let eras = selection(eraIDs), cases = selection(caseIDs), dimensions = selection(dimensionIDs)
        var problems: [MatrixFilterError.Problem] = []
        let validEras = casebook.eras.map(\.id), validCases = casebook.cases.map(\.id), validDimensions = rubric.dimensions.map(\.id)
        problems += (eras ?? []).filter { !validEras.contains($0) }.map { .unknownEra($0, valid: validEras) }
        problems += (cases ?? []).filter { !validCases.contains($0) }.map { .unknownCase($0, valid: validCases) }
        problems += (dimensions ?? []).filter { !validDimensions.contains($0) }.map { .unknownDimension($0, valid: validDimensions) }
        if let eras, let cases {
            problems += casebook.cases.filter { cases.contains($0.id) && !eras.contains($0.era) }.map { .caseOutsideEras($0.id, era: $0.era) }
        }
        guard problems.isEmpty else { throw MatrixFilterError(problems: problems) }

        let keptCases = casebook.cases.filter { kase in
            (eras?.contains(kase.era) ?? true) && (cases?.contains(kase.id) ?? true)
        }
        let keptEras = casebook.eras.filter { era in
            (eras?.contains(era.id) ?? true) && (cases == nil || keptCases.contains { $0.era == era.id })
        }
        let subjects = Set(keptCases.map(\.id) + keptEras.map(\.id))
        let filteredCasebook = Casebook(sources: casebook.sources, eras: keptEras, cases: keptCases,
                                        conflicts: casebook.conflicts.filter { subjects.contains($0.subject) })

        var filteredRubric = rubric
        if let dimensions {
            filteredRubric.dimensions = rubric.dimensions.filter { dimensions.contains($0.id) }
            filteredRubric.lessons = rubric.lessons.filter { lesson in
                lesson.dimensions.allSatisfy(dimensions.contains)
                    && lesson.condition.names.allSatisfy { name in
                        filteredRubric.dimension(name) != nil || filteredRubric.indicator(name) != nil || Self.facts.contains(name)
                    }
            }
        }
        return (filteredRubric, filteredCasebook)
    }

    /// Case facts a lesson condition can name besides dimensions and indicators.
    private static let facts: Set<String> = ["outcome", "kind", "era", "year"]

    private func selection(_ ids: [String]?) -> [String]? {
        guard let ids, !ids.isEmpty else { return nil }
        return ids
    }
}
