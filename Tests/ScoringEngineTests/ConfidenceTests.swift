import CasebookModel
import ScoringEngine
import Testing

/// The documented formula: amount × independence × agreement × coder.
@Suite struct ConfidenceTests {
    @Test func oneSupportingItemFromOneSource() {
        let factors = CellConfidence(observations: [Fixtures.observation("c", "a", .boolean(true))])
        #expect(factors.evidenceItems == 1)
        #expect(factors.amount == 0.5)
        #expect(factors.independence == 0.75)
        #expect(factors.agreement == 1)
        #expect(factors.coder == 1)
        #expect(factors.value == 0.375)
    }

    @Test func twoSourcesOneContradictingMediumCoder() {
        let factors = CellConfidence(observations: [
            Fixtures.observation("c", "a", .boolean(true), confidence: .medium, evidence: [("s1", .supports), ("s2", .contradicts)]),
        ])
        #expect(factors.supportingItems == 1)
        #expect(factors.distinctSources == 2)
        // (1 − 0.25) × 1 × 0.5 × 0.8
        #expect(abs(factors.value - 0.3) < 1e-15)
        #expect(factors.formula == "amount 0.750 × independence 1.000 × agreement 0.500 × coder 0.800 = 0.300")
    }

    @Test func coderFactorIsTheMeanOverObservations() {
        let factors = CellConfidence(observations: [
            Fixtures.observation("c", "a", .boolean(true), confidence: .high, evidence: [("s1", .supports), ("s1", .supports)]),
            Fixtures.observation("c", "b", .boolean(true), confidence: .low),
        ])
        // (1 − 0.125) × 0.75 × 1 × (1 + 0.6) / 2
        #expect(factors.coder == 0.8)
        #expect(abs(factors.value - 0.525) < 1e-15)
    }

    @Test func noEvidenceGivesZero() {
        let factors = CellConfidence(observations: [Fixtures.observation("c", "a", .boolean(true), evidence: [])])
        #expect(factors.value == 0)
        #expect(factors.independence == 0)
        #expect(factors.agreement == 0)
    }

    @Test func theCellCarriesTheFormulaValue() {
        let rubric = Fixtures.rubric([Fixtures.simpleDimension("d")])
        let casebook = Fixtures.casebook(cases: [Fixtures.kase("c", observations: [
            Fixtures.observation("c", "d_level", .category("some"), confidence: .medium, evidence: [("s1", .supports), ("s2", .supports)]),
        ])])
        let cell = MatrixScorer.score(rubric: rubric, casebook: casebook).caseScore("c")?["d"]
        // 0.75 × 1 × 1 × 0.8
        #expect(cell?.confidence == 0.75 * 0.8)
    }
}
