import CasebookModel
import RubricModel
import ScoringEngine
import Testing

/// Each era statistic over the era's scored cases; insufficient cases are counted but excluded.
@Suite struct EraAggregationTests {
    /// Era e1 with cases scoring 1, 4, 2 and one insufficient case; era e2 with cases 3 and 0 (one at medium confidence).
    private func matrix(_ statistic: EraAggregation) -> ScoredMatrix {
        let rubric = Fixtures.rubric([Fixtures.simpleDimension("d")], era: statistic)
        return MatrixScorer.score(rubric: rubric, casebook: Fixtures.casebook(eras: ["e1", "e2"], cases: [
            Fixtures.simpleCase("a", levels: [("d", "few")]),
            Fixtures.simpleCase("b", levels: [("d", "all")]),
            Fixtures.simpleCase("c", levels: [("d", "some")]),
            Fixtures.kase("empty", observations: []),
            Fixtures.simpleCase("f", era: "e2", levels: [("d", "most")]),
            Fixtures.kase("g", era: "e2", observations: [Fixtures.observation("g", "d_level", .category("none"), confidence: .medium)]),
        ]))
    }

    @Test func mean() {
        let m = matrix(.mean)
        let cell = m.eraScore("e1")?["d"]
        #expect(cell?.value == .score(7.0 / 3.0))
        #expect(cell?.casesScored == 3)
        #expect(cell?.casesInsufficient == 1)
        #expect(cell?.minimumCaseScore == 1)
        #expect(cell?.maximumCaseScore == 4)
        #expect(cell?.confidence == 0.375)
        #expect(cell?.provenance.rule == "mean")
        #expect(cell?.provenance.steps == [
            "excluded as insufficient evidence: empty",
            "mean = (1.000 + 4.000 + 2.000) / 3 = 2.333",
            "confidence = mean of case confidences (0.375 + 0.375 + 0.375) / 3 = 0.375",
        ])
        #expect(cell?.provenance.inputs.map(\.value) == ["1.000", "4.000", "2.000", "insufficient evidence"])
        #expect(cell?.provenance.inputs.last?.level == nil)
        #expect(m.eraScore("e2")?["d"]?.value == .score(1.5))
        // (0.375 + 0.375 × 0.8) / 2
        #expect(abs((m.eraScore("e2")?["d"]?.confidence ?? 0) - 0.3375) < 1e-15)
    }

    @Test func medianOfAnOddCount() {
        let cell = matrix(.median).eraScore("e1")?["d"]
        #expect(cell?.value == .score(2))
        #expect(cell?.provenance.steps[1] == "median of sorted (1.000, 2.000, 4.000) = 2.000")
    }

    @Test func medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        let cell = matrix(.median).eraScore("e2")?["d"]
        #expect(cell?.value == .score(1.5))
        #expect(cell?.provenance.steps[0] == "median of sorted (0.000, 3.000) = (0.000 + 3.000) / 2 = 1.500")
    }

    @Test func minimumAndMaximum() {
        #expect(matrix(.minimum).eraScore("e1")?["d"]?.value == .score(1))
        #expect(matrix(.maximum).eraScore("e1")?["d"]?.value == .score(4))
        #expect(matrix(.maximum).eraScore("e1")?["d"]?.provenance.steps[1] == "maximum of (1.000, 4.000, 2.000) = 4.000")
    }

    @Test func anEraWithoutAScoredCaseIsInsufficient() {
        let rubric = Fixtures.rubric([Fixtures.simpleDimension("d")])
        let m = MatrixScorer.score(rubric: rubric, casebook: Fixtures.casebook(eras: ["e1", "e2"], cases: [Fixtures.kase("a", observations: [])]))
        let e1 = m.eraScore("e1")
        #expect(e1?["d"]?.value == .insufficientEvidence)
        #expect(e1?["d"]?.casesInsufficient == 1)
        #expect(e1?["d"]?.confidence == 0)
        #expect(e1?["d"]?.minimumCaseScore == nil)
        #expect(e1?.index == nil)
        #expect(e1?.rank == nil)
        #expect(m.eraScore("e2")?["d"]?.provenance.steps == ["insufficient evidence: no case of the era has a score"])
        #expect(m.eraScore("e2")?.caseIDs == [])
    }
}
