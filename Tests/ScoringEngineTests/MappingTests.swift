import CasebookModel
import RubricModel
import ScoringEngine
import Testing

/// Each mapping type, scored through a one-indicator dimension so the score is the mapped level.
@Suite struct MappingTests {
    private func score(_ mapping: IndicatorMapping, _ value: ObservedValue) -> DimensionScore? {
        let rubric = Fixtures.rubric([Fixtures.dimension("d", indicators: [Fixtures.indicator("x", mapping)])])
        let casebook = Fixtures.casebook(cases: [Fixtures.kase("c", observations: [Fixtures.observation("c", "x", value)])])
        return MatrixScorer.score(rubric: rubric, casebook: casebook).caseScore("c")?["d"]
    }

    @Test func booleanLevels() {
        let mapping = IndicatorMapping.boolean(whenTrue: 0, whenFalse: 4)
        #expect(score(mapping, .boolean(true))?.value == .score(0))
        #expect(score(mapping, .boolean(false))?.value == .score(4))
    }

    @Test func categoryLevels() {
        #expect(score(Fixtures.fiveCategories, .category("most"))?.value == .score(3))
        #expect(score(Fixtures.fiveCategories, .category("none"))?.value == .score(0))
    }

    @Test func unknownCategoryIsIgnoredNotZero() {
        let cell = score(Fixtures.fiveCategories, .category("several"))
        #expect(cell?.value == .insufficientEvidence)
        #expect(cell?.provenance.steps == [
            "x = several: not a value its mapping knows, ignored",
            "insufficient evidence: 0 of 1 required items",
        ])
    }

    @Test func ordinalRescalesLinearlyOntoTheScale() {
        #expect(score(.ordinal(from: 1, to: 5), .number(3))?.value == .score(2))
        #expect(score(.ordinal(from: 1, to: 4), .number(2))?.value == .score(4.0 / 3.0))
        #expect(score(.ordinal(from: 1, to: 4), .number(2))?.provenance.steps.first
            == "x = 2 → level 1.333 (ordinal 1…4 onto 0…4, weight 1)")
        // A reversed range reverses the scale.
        #expect(score(.ordinal(from: 3, to: 1), .number(1))?.value == .score(4))
    }

    @Test func thresholdsPickTheHighestRowReached() {
        let mapping = IndicatorMapping.thresholds([
            Threshold(atLeast: 1, level: 2), Threshold(atLeast: 3, level: 4), Threshold(atLeast: 0.5, level: 1),
        ])
        #expect(score(mapping, .number(2))?.value == .score(2))
        #expect(score(mapping, .number(3))?.value == .score(4))
        #expect(score(mapping, .number(0.5))?.value == .score(1))
        #expect(score(mapping, .number(0.25))?.value == .score(0))
        #expect(score(mapping, .number(0.25))?.provenance.steps.first
            == "x = 0.25 → level 0 (below every threshold: scale minimum, weight 1)")
        #expect(score(mapping, .number(7))?.provenance.steps.first == "x = 7 → level 4 (at least 3, weight 1)")
    }

    @Test func levelsOutsideTheScaleAreClamped() {
        let mapping = IndicatorMapping.categories([CategoryLevel(name: "huge", level: 9)])
        #expect(score(mapping, .category("huge"))?.value == .score(4))
        #expect(score(mapping, .category("huge"))?.provenance.steps.first == "x = huge → level 4 (9 clamped to 0…4, weight 1)")
    }

    @Test func valueOfTheWrongKindIsIgnored() {
        #expect(score(Fixtures.fiveCategories, .number(3))?.value == .insufficientEvidence)
    }

    @Test func contextIndicatorsAndUnknownIndicatorsAreNotScored() {
        let rubric = Fixtures.rubric([Fixtures.dimension("d", indicators: [
            Fixtures.indicator("x", Fixtures.fiveCategories), Fixtures.indicator("context", nil),
        ])])
        let casebook = Fixtures.casebook(cases: [Fixtures.kase("c", observations: [
            Fixtures.observation("c", "x", .category("some")),
            Fixtures.observation("c", "context", .boolean(true)),
            Fixtures.observation("c", "not_in_rubric", .category("all")),
        ])])
        let cell = MatrixScorer.score(rubric: rubric, casebook: casebook).caseScore("c")?["d"]
        #expect(cell?.value == .score(2))
        #expect(cell?.provenance.inputs.map(\.id) == ["x"])
        #expect(cell?.evidenceIDs == ["c/x/1"])
    }
}
