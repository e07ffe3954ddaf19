import CasebookModel
import Foundation
import RubricModel
import ScoringEngine
import Testing

/// Differences between two scored matrices.
@Suite struct DiffTests {
    private let casebook = Fixtures.casebook(eras: ["e1", "e2"], cases: [
        Fixtures.simpleCase("a", era: "e1", levels: [("inclusivity", "all"), ("guarantors", "none")]),
        Fixtures.simpleCase("b", era: "e1", levels: [("inclusivity", "few"), ("guarantors", "most")]),
        Fixtures.simpleCase("c", era: "e2", levels: [("inclusivity", "some"), ("guarantors", "all")]),
    ])
    private let weakGuarantees = Lesson(id: "weak-guarantees", statement: "s", dimensions: ["guarantors"], conditionText: "guarantors <= 1",
                                        condition: .comparison(.name("guarantors"), .lessOrEqual, .number(1)))

    private func rubric(guarantorsWeight: Double) -> Rubric {
        Fixtures.rubric([Fixtures.simpleDimension("inclusivity"), Fixtures.simpleDimension("guarantors", weight: guarantorsWeight)],
                        lessons: [weakGuarantees])
    }

    @Test func identicalInputsGiveAnEmptyDiff() {
        let matrix = MatrixScorer.score(rubric: rubric(guarantorsWeight: 1), casebook: casebook)
        let diff = MatrixDiff.between(old: matrix, new: MatrixScorer.score(rubric: rubric(guarantorsWeight: 1), casebook: casebook))
        #expect(diff.isEmpty)
        #expect(diff.text == "no changes\n")
    }

    @Test func aWeightChangeMovesIndexesAndRanksButNoCell() {
        // Indexes before: a (4+0)/2 = 2, b (1+3)/2 = 2, c (2+4)/2 = 3; eras e1 (2.5+1.5)/2 = 2, e2 3.
        // After, guarantors weight 2: a 4/3 = 1.333, b 7/3 = 2.333, c 10/3 = 3.333; e1 5.5/3 = 1.833, e2 3.333.
        let old = MatrixScorer.score(rubric: rubric(guarantorsWeight: 1), casebook: casebook)
        let new = MatrixScorer.score(rubric: rubric(guarantorsWeight: 2), casebook: casebook)
        let diff = MatrixDiff.between(old: old, new: new)
        #expect(diff.weightChanges == [MatrixDiff.WeightChange(dimensionID: "guarantors", old: 1, new: 2)])
        #expect(diff.cellChanges.isEmpty)
        #expect(diff.lessonChanges.isEmpty)
        #expect(diff.rankChanges == [MatrixDiff.RankChange(level: .case, subject: "a", old: 2, new: 3)])
        #expect(diff.text == """
            guarantors weight 1 → 2
            case a index 2.000 → 1.333
            case b index 2.000 → 2.333
            case c index 3.000 → 3.333
            era e1 index 2.000 → 1.833
            era e2 index 3.000 → 3.333
            rank a 2 → 3

            """)
    }

    @Test func aCasebookChangeMovesCellsRanksAndLessons() {
        let old = MatrixScorer.score(rubric: rubric(guarantorsWeight: 1), casebook: casebook)
        var cases = casebook.cases
        cases[0].observations.removeAll { $0.indicatorID == "guarantors_level" }
        let new = MatrixScorer.score(rubric: rubric(guarantorsWeight: 1),
                                     casebook: Casebook(sources: casebook.sources, eras: casebook.eras, cases: cases, conflicts: []))
        // a's guarantors cell becomes insufficient: a's index 2 → 4, e1's guarantors 1.5 → 3, e1's index 2 → 2.75 (still below e2's 3).
        let diff = MatrixDiff.between(old: old, new: new)
        #expect(diff.text == """
            case a guarantors 0.000 → insufficient evidence
            era e1 guarantors 1.500 → 3.000
            case a index 2.000 → 4.000
            era e1 index 2.000 → 2.750
            rank a 2 → 1
            rank b 2 → 3
            rank c 1 → 2
            lesson weak-guarantees in e1: observed → not-observed

            """)
        #expect(diff.cellChanges.first == MatrixDiff.CellChange(level: .case, subject: "a", dimensionID: "guarantors", old: 0, new: nil))
    }

    @Test func addedAndRemovedDimensionsLessonsCasesAndEras() {
        let old = MatrixScorer.score(rubric: rubric(guarantorsWeight: 1), casebook: casebook)
        let narrower = Fixtures.rubric([Fixtures.simpleDimension("inclusivity"), Fixtures.simpleDimension("cohesion")])
        let fewer = Fixtures.casebook(eras: ["e1", "e3"], cases: [casebook.cases[0], Fixtures.simpleCase("d", era: "e3", levels: [])])
        let diff = MatrixDiff.between(old: old, new: MatrixScorer.score(rubric: narrower, casebook: fewer))
        #expect(diff.dimensionsAdded == ["cohesion"])
        #expect(diff.dimensionsRemoved == ["guarantors"])
        #expect(diff.lessonsRemoved == ["weak-guarantees"])
        #expect(diff.casesAdded == ["d"])
        #expect(diff.casesRemoved == ["b", "c"])
        #expect(diff.erasAdded == ["e3"])
        #expect(diff.erasRemoved == ["e2"])
        #expect(diff.text.hasPrefix("dimension added: cohesion\ndimension removed: guarantors\nlesson removed: weak-guarantees\n"))
    }

    @Test func jsonRoundTrips() throws {
        let diff = MatrixDiff.between(old: MatrixScorer.score(rubric: rubric(guarantorsWeight: 1), casebook: casebook),
                                      new: MatrixScorer.score(rubric: rubric(guarantorsWeight: 2), casebook: casebook))
        let decoded = try JSONDecoder().decode(MatrixDiff.self, from: Data(diff.jsonString().utf8))
        #expect(decoded == diff)
        #expect(diff.jsonString().contains(#""dimensionID" : "guarantors""#))
    }
}
