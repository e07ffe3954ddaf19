import CasebookModel
import RubricModel
import ScoringEngine
import Testing

/// Direction, the weighted index over scored dimensions, competition ranks and row order.
@Suite struct IndexAndRankTests {
    @Test func lowerIsBetterEntersTheIndexInverted() {
        let rubric = Fixtures.rubric([
            Fixtures.simpleDimension("violence", weight: 1, direction: .lowerIsBetter), Fixtures.simpleDimension("trust", weight: 2),
        ])
        let m = MatrixScorer.score(rubric: rubric, casebook: Fixtures.casebook(cases: [
            Fixtures.simpleCase("a", levels: [("violence", "few"), ("trust", "all")]),
        ]))
        // The cell keeps the score as coded; the index uses 0 + 4 − 1 = 3: (1×3 + 2×4) / 3.
        #expect(m.caseScore("a")?["violence"]?.value == .score(1))
        #expect(m.caseScore("a")?.index == 11.0 / 3.0)
        #expect(m.eraScore("e1")?.index == 11.0 / 3.0)
    }

    @Test func indexSkipsInsufficientDimensionsAndRenormalises() {
        let rubric = Fixtures.rubric([
            Fixtures.simpleDimension("a", weight: 1), Fixtures.simpleDimension("b", weight: 3), Fixtures.simpleDimension("c", weight: 2),
        ])
        let m = MatrixScorer.score(rubric: rubric, casebook: Fixtures.casebook(cases: [
            Fixtures.simpleCase("x", levels: [("a", "some"), ("c", "all")]),
            Fixtures.kase("none", observations: []),
        ]))
        // (1×2 + 2×4) / (1 + 2)
        #expect(m.caseScore("x")?.index == 10.0 / 3.0)
        #expect(m.caseScore("x")?.rank == 1)
        #expect(m.caseScore("none")?.index == nil)
        #expect(m.caseScore("none")?.rank == nil)
        #expect(m.weights.raw == ["a": 1, "b": 3, "c": 2])
        #expect(m.weights.total == 6)
        #expect(m.weights.normalized == ["a": 1.0 / 6.0, "b": 0.5, "c": 2.0 / 6.0])
    }

    @Test func tiesShareTheBestRankAndTheNextRankSkips() {
        let rubric = Fixtures.rubric([Fixtures.simpleDimension("d")])
        let m = MatrixScorer.score(rubric: rubric, casebook: Fixtures.casebook(cases: [
            Fixtures.simpleCase("a", levels: [("d", "all")]),
            Fixtures.simpleCase("b", levels: [("d", "some")]),
            Fixtures.simpleCase("c", levels: [("d", "some")]),
            Fixtures.simpleCase("d", levels: [("d", "few")]),
        ]))
        #expect(m.cases.map(\.rank) == [1, 2, 2, 4])
    }

    @Test func floatingNoiseNeverSplitsATie() {
        // With weights 0.1, 0.2, 0.3 both rows are 0.3 / 0.6 = 0.5 on paper; in floating point one is 0.4999999999999999.
        let rubric = Fixtures.rubric([
            Fixtures.simpleDimension("p", weight: 0.1), Fixtures.simpleDimension("q", weight: 0.2), Fixtures.simpleDimension("r", weight: 0.3),
        ])
        let m = MatrixScorer.score(rubric: rubric, casebook: Fixtures.casebook(cases: [
            Fixtures.simpleCase("a", levels: [("p", "none"), ("q", "none"), ("r", "few")]),
            Fixtures.simpleCase("b", levels: [("p", "few"), ("q", "few"), ("r", "none")]),
            Fixtures.simpleCase("c", levels: [("p", "none"), ("q", "none"), ("r", "none")]),
        ]))
        let a = m.caseScore("a")?.index ?? 0, b = m.caseScore("b")?.index ?? 0
        #expect(a != b)
        #expect(abs(a - b) < 1e-12)
        #expect(m.cases.map(\.rank) == [1, 1, 3])
    }

    @Test func erasAreRankedByTheirIndex() {
        let rubric = Fixtures.rubric([Fixtures.simpleDimension("d")])
        let m = MatrixScorer.score(rubric: rubric, casebook: Fixtures.casebook(eras: ["e1", "e2", "e3"], cases: [
            Fixtures.simpleCase("a", era: "e1", levels: [("d", "few")]),
            Fixtures.simpleCase("b", era: "e2", levels: [("d", "most")]),
        ]))
        #expect(m.eras.map(\.eraID) == ["e1", "e2", "e3"])
        #expect(m.eras.map(\.rank) == [2, 1, nil])
    }

    @Test func rowsFollowEraOrderThenDateThenID() {
        let rubric = Fixtures.rubric([Fixtures.simpleDimension("d")])
        let m = MatrixScorer.score(rubric: rubric, casebook: Fixtures.casebook(eras: ["late", "early"], cases: [
            Fixtures.simpleCase("z-early", era: "early", year: 1980, levels: []),
            Fixtures.simpleCase("b-late", era: "late", year: 2001, levels: []),
            Fixtures.simpleCase("a-late", era: "late", year: 2001, levels: []),
            Fixtures.simpleCase("c-late", era: "late", year: nil, levels: []),
            Fixtures.simpleCase("d-late", era: "late", year: 1999, levels: []),
            Fixtures.simpleCase("orphan", era: "gone", year: 1970, levels: []),
        ]))
        #expect(m.cases.map(\.caseID) == ["d-late", "a-late", "b-late", "c-late", "z-early", "orphan"])
        #expect(m.eraScore("late")?.caseIDs == ["d-late", "a-late", "b-late", "c-late"])
    }

    @Test func hashesIdentifyTheInputs() {
        let rubric = Fixtures.rubric([Fixtures.simpleDimension("d")])
        let casebook = Fixtures.casebook(cases: [Fixtures.simpleCase("a", levels: [("d", "few")])])
        let m = MatrixScorer.score(rubric: rubric, casebook: casebook)
        #expect(m.casebookHash == casebook.contentHash)
        #expect(m.rubricHash.count == 64)
        var heavier = rubric
        heavier.dimensions[0].weight = 2
        #expect(MatrixScorer.score(rubric: heavier, casebook: casebook).rubricHash != m.rubricHash)
        #expect(MatrixScorer.score(rubric: rubric, casebook: casebook).rubricHash == m.rubricHash)
    }
}
