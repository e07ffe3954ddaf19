import CasebookModel
import RubricModel
import ScoringEngine
import Testing

/// Restricting a rubric and a casebook before scoring.
@Suite struct FilterTests {
    private let rubric = Fixtures.rubric(
        [Fixtures.simpleDimension("inclusivity"), Fixtures.simpleDimension("guarantors"), Fixtures.simpleDimension("cohesion")],
        context: [Fixtures.indicator("spoiler", nil)],
        lessons: [
            Lesson(id: "excluded", statement: "s", dimensions: ["inclusivity"], conditionText: "inclusivity <= 1",
                   condition: .comparison(.name("inclusivity"), .lessOrEqual, .number(1))),
            Lesson(id: "unguaranteed", statement: "s", dimensions: ["inclusivity"], conditionText: "guarantors <= 1",
                   condition: .comparison(.name("guarantors"), .lessOrEqual, .number(1))),
            Lesson(id: "spoilers", statement: "s", dimensions: [], conditionText: "spoiler == true and year > 1990",
                   condition: .and(.comparison(.name("spoiler"), .equal, .boolean(true)), .comparison(.name("year"), .greater, .number(1990)))),
        ])
    private let casebook: Casebook = {
        var book = Fixtures.casebook(eras: ["e1", "e2", "e3"], cases: [
            Fixtures.simpleCase("a", era: "e1", levels: [("inclusivity", "few")]),
            Fixtures.simpleCase("b", era: "e2", levels: [("inclusivity", "all")]),
            Fixtures.simpleCase("c", era: "e2", levels: [("guarantors", "all")]),
        ])
        book.conflicts = [
            Conflict(id: "x", subject: "e1", fact: "year", claims: [], note: nil),
            Conflict(id: "y", subject: "b", fact: "venue", claims: [], note: nil),
        ]
        return book
    }()

    @Test func noSelectionKeepsEverything() throws {
        let (r, c) = try MatrixFilter(eraIDs: [], caseIDs: nil, dimensionIDs: []).apply(rubric: rubric, casebook: casebook)
        #expect(r == rubric)
        #expect(c == casebook)
    }

    @Test func erasKeepTheirCasesAndConflicts() throws {
        let (_, c) = try MatrixFilter(eraIDs: ["e2"]).apply(rubric: rubric, casebook: casebook)
        #expect(c.eras.map(\.id) == ["e2"])
        #expect(c.cases.map(\.id) == ["b", "c"])
        #expect(c.conflicts.map(\.id) == ["y"])
        #expect(c.sources == casebook.sources)
    }

    @Test func casesKeepOnlyTheErasHoldingThem() throws {
        let (_, c) = try MatrixFilter(caseIDs: ["c", "a"]).apply(rubric: rubric, casebook: casebook)
        #expect(c.cases.map(\.id) == ["a", "c"])
        #expect(c.eras.map(\.id) == ["e1", "e2"])
        #expect(c.conflicts.map(\.id) == ["x"])
    }

    @Test func dimensionsKeepRubricOrderAndTheLessonsStillMeaningful() throws {
        let (r, _) = try MatrixFilter(dimensionIDs: ["cohesion", "inclusivity"]).apply(rubric: rubric, casebook: casebook)
        #expect(r.dimensions.map(\.id) == ["inclusivity", "cohesion"])
        #expect(r.lessons.map(\.id) == ["excluded", "spoilers"])
        #expect(r.contextIndicators == rubric.contextIndicators)
        let matrix = MatrixScorer.score(rubric: r, casebook: casebook)
        #expect(matrix.caseScore("a")?.dimensions.map(\.dimensionID) == ["inclusivity", "cohesion"])
    }

    @Test func everyUnknownIDIsReportedWithTheValidOnes() {
        #expect(throws: MatrixFilterError(problems: [
            .unknownEra("e9", valid: ["e1", "e2", "e3"]),
            .unknownCase("z", valid: ["a", "b", "c"]),
            .unknownDimension("guarantor", valid: ["inclusivity", "guarantors", "cohesion"]),
        ])) {
            try MatrixFilter(eraIDs: ["e1", "e9"], caseIDs: ["z"], dimensionIDs: ["guarantor"]).apply(rubric: rubric, casebook: casebook)
        }
        do {
            _ = try MatrixFilter(dimensionIDs: ["guarantor"]).apply(rubric: rubric, casebook: casebook)
            Issue.record("expected an error")
        } catch {
            #expect(error.description
                == "unknown dimension 'guarantor' (did you mean 'guarantors'?); valid dimensions: inclusivity, guarantors, cohesion")
        }
    }

    @Test func aSelectedCaseOutsideTheSelectedErasIsAnError() {
        #expect(throws: MatrixFilterError(problems: [.caseOutsideEras("a", era: "e1")])) {
            try MatrixFilter(eraIDs: ["e2"], caseIDs: ["a", "b"]).apply(rubric: rubric, casebook: casebook)
        }
    }
}
