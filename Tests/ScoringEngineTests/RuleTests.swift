import CasebookModel
import RubricModel
import ScoringEngine
import Testing

/// The four dimension rules and the evidence minimum, with hand-computed values.
@Suite struct RuleTests {
    private let boolean = IndicatorMapping.boolean(whenTrue: 4, whenFalse: 0)

    private func cell(_ dimension: Dimension, _ observations: [Observation]) -> DimensionScore? {
        let matrix = MatrixScorer.score(rubric: Fixtures.rubric([dimension]), casebook: Fixtures.casebook(cases: [Fixtures.kase("c", observations: observations)]))
        return matrix.caseScore("c")?[dimension.id]
    }

    @Test func weightedMeanUsesIndicatorWeights() {
        let dimension = Fixtures.dimension("inclusivity", indicators: [
            Fixtures.indicator("armed_actors_at_table", weight: 2, Fixtures.fiveCategories),
            Fixtures.indicator("society_represented", weight: 1, boolean),
        ])
        let result = cell(dimension, [
            Fixtures.observation("c", "armed_actors_at_table", .category("none")),
            Fixtures.observation("c", "society_represented", .boolean(true)),
        ])
        // (2×0 + 1×4) / 3
        #expect(result?.value == .score(4.0 / 3.0))
        #expect(result?.level == 1)
        #expect(result?.provenance.rule == "weighted_mean")
        #expect(result?.provenance.steps == [
            "armed_actors_at_table = none → level 0 (weight 2)",
            "society_represented = true → level 4 (weight 1)",
            "evidence: 2 items, 1 required (2 supporting, 1 source)",
            "weighted mean = (2×0 + 1×4) / 3 = 1.333",
            "score 1.333 → level 1 (Weak)",
            "confidence = amount 0.750 × independence 0.750 × agreement 1.000 × coder 1.000 = 0.563",
        ])
        #expect(result?.provenance.inputs == [
            ProvenanceInput(id: "armed_actors_at_table", value: "none", level: 0, weight: 2, evidenceIDs: ["c/armed_actors_at_table/1"]),
            ProvenanceInput(id: "society_represented", value: "true", level: 4, weight: 1, evidenceIDs: ["c/society_represented/1"]),
        ])
    }

    @Test func weightedMeanOnlyOverObservedIndicators() {
        let dimension = Fixtures.dimension("d", indicators: [
            Fixtures.indicator("a", weight: 3, Fixtures.fiveCategories), Fixtures.indicator("b", weight: 1, Fixtures.fiveCategories),
        ])
        #expect(cell(dimension, [Fixtures.observation("c", "b", .category("few"))])?.value == .score(1))
    }

    @Test func minimumAndMaximum() {
        let indicators = [Fixtures.indicator("a", Fixtures.fiveCategories), Fixtures.indicator("b", boolean)]
        let observations = [Fixtures.observation("c", "a", .category("most")), Fixtures.observation("c", "b", .boolean(false))]
        let minimum = cell(Fixtures.dimension("d", rule: .minimum, indicators: indicators), observations)
        #expect(minimum?.value == .score(0))
        #expect(minimum?.provenance.steps[3] == "minimum of (3, 0) = 0.000")
        let maximum = cell(Fixtures.dimension("d", rule: .maximum, indicators: indicators), observations)
        #expect(maximum?.value == .score(3))
        #expect(maximum?.provenance.steps[3] == "maximum of (3, 0) = 3.000")
    }

    @Test func thresholdTableMapsTheWeightedMeanToTheFirstRowReached() {
        let table = DimensionRule.thresholdTable([
            Threshold(atLeast: 3.5, level: 4), Threshold(atLeast: 2.5, level: 3), Threshold(atLeast: 1.5, level: 2),
            Threshold(atLeast: 0.5, level: 1), Threshold(atLeast: 0, level: 0),
        ])
        let dimension = Fixtures.dimension("power_sharing", rule: table, indicators: [
            Fixtures.indicator("agreed", boolean),
            Fixtures.indicator("honoured", .categories([CategoryLevel(name: "honoured", level: 4), CategoryLevel(name: "partly", level: 2),
                                                        CategoryLevel(name: "denied", level: 0)])),
            Fixtures.indicator("withdrawal_first", .boolean(whenTrue: 0, whenFalse: 4)),
        ])
        // (4 + 2 + 0) / 3 = 2 → at least 1.5 → 2
        let partly = cell(dimension, [
            Fixtures.observation("c", "agreed", .boolean(true)), Fixtures.observation("c", "honoured", .category("partly")),
            Fixtures.observation("c", "withdrawal_first", .boolean(true)),
        ])
        #expect(partly?.value == .score(2))
        #expect(Array(partly?.provenance.steps[4...5] ?? []) == [
            "weighted mean = (1×4 + 1×2 + 1×0) / 3 = 2.000", "threshold table: 2.000 ≥ 1.500 → level 2",
        ])
        // (4 + 4 + 0) / 3 = 2.667 → at least 2.5 → 3
        let honoured = cell(dimension, [
            Fixtures.observation("c", "agreed", .boolean(true)), Fixtures.observation("c", "honoured", .category("honoured")),
            Fixtures.observation("c", "withdrawal_first", .boolean(true)),
        ])
        #expect(honoured?.value == .score(3))
        #expect(honoured?.level == 3)
    }

    @Test func thresholdTableBelowEveryRowGivesTheScaleMinimum() {
        let dimension = Fixtures.dimension("d", rule: .thresholdTable([Threshold(atLeast: 1, level: 3)]),
                                           indicators: [Fixtures.indicator("a", Fixtures.fiveCategories)])
        let result = cell(dimension, [Fixtures.observation("c", "a", .category("none"))])
        #expect(result?.value == .score(0))
        #expect(result?.provenance.steps.contains("threshold table: 0.000 below every row → level 0 (scale minimum)") == true)
    }

    @Test func thresholdTableLevelOutsideTheScaleIsClamped() {
        let dimension = Fixtures.dimension("d", rule: .thresholdTable([Threshold(atLeast: 0, level: 7)]),
                                           indicators: [Fixtures.indicator("a", Fixtures.fiveCategories)])
        let result = cell(dimension, [Fixtures.observation("c", "a", .category("few"))])
        #expect(result?.value == .score(4))
        #expect(result?.provenance.steps.contains("clamped to the scale 0…4: 4.000") == true)
    }

    @Test func fewerItemsThanTheMinimumIsInsufficientEvidenceNeverZero() {
        let dimension = Fixtures.dimension("d", minimumEvidence: 2, indicators: [Fixtures.indicator("a", Fixtures.fiveCategories)])
        let result = cell(dimension, [Fixtures.observation("c", "a", .category("all"))])
        #expect(result?.value == .insufficientEvidence)
        #expect(result?.value.score == nil)
        #expect(result?.level == nil)
        #expect(result?.confidence == 0)
        #expect(result?.evidenceIDs == ["c/a/1"])
        #expect(result?.provenance.steps == ["a = all → level 4 (weight 1)", "insufficient evidence: 1 of 2 required items"])
    }

    @Test func contradictingItemsCountTowardsTheMinimum() {
        let dimension = Fixtures.dimension("d", minimumEvidence: 2, indicators: [Fixtures.indicator("a", Fixtures.fiveCategories)])
        let result = cell(dimension, [Fixtures.observation("c", "a", .category("all"), evidence: [("s1", .supports), ("s2", .contradicts)])])
        #expect(result?.value == .score(4))
    }

    @Test func noObservationIsInsufficientEvidence() {
        let result = cell(Fixtures.simpleDimension("d"), [])
        #expect(result?.value == .insufficientEvidence)
        #expect(result?.provenance.steps == ["insufficient evidence: 0 of 1 required items"])
    }

    @Test func noObservationWithAZeroMinimumIsStillInsufficient() {
        let dimension = Fixtures.dimension("d", minimumEvidence: 0, indicators: [Fixtures.indicator("a", Fixtures.fiveCategories)])
        let result = cell(dimension, [])
        #expect(result?.value == .insufficientEvidence)
        #expect(result?.provenance.steps == ["insufficient evidence: no scored observation"])
    }

    @Test func weightsSummingToZeroLeaveTheMeanUndefined() {
        let dimension = Fixtures.dimension("d", indicators: [Fixtures.indicator("a", weight: 0, Fixtures.fiveCategories)])
        let result = cell(dimension, [Fixtures.observation("c", "a", .category("all"))])
        #expect(result?.value == .insufficientEvidence)
        #expect(result?.provenance.steps.last == "insufficient evidence: the observed indicators' weights sum to 0")
    }
}
