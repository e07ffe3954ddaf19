import CasebookModel
import RubricModel
import ScoringEngine
import Testing

/// Lesson statuses per era and the values and evidence their conditions see.
@Suite struct LessonTests {
    private static let weakness = Lesson(id: "weak", statement: "d is weak.", dimensions: ["d"], conditionText: "d <= 1",
                                         condition: .comparison(.name("d"), .lessOrEqual, .number(1)))

    private func matrix(lessons: [Lesson], cases: [Case], eras: [String] = ["e1", "e2", "e3", "e4"]) -> ScoredMatrix {
        let rubric = Fixtures.rubric([Fixtures.simpleDimension("d")],
                                     context: [Fixtures.indicator("spoiler", nil)], lessons: lessons)
        return MatrixScorer.score(rubric: rubric, casebook: Fixtures.casebook(eras: eras, cases: cases))
    }

    @Test func allFourStatuses() {
        let m = matrix(lessons: [Self.weakness], cases: [
            // e1: 0, 1, 3 → 2 of 3 hold → observed
            Fixtures.simpleCase("a1", era: "e1", levels: [("d", "none")]),
            Fixtures.simpleCase("a2", era: "e1", levels: [("d", "few")]),
            Fixtures.simpleCase("a3", era: "e1", levels: [("d", "most")]),
            // e2: 0, 3, 4 and one undecidable → 1 of 3 → partly
            Fixtures.simpleCase("b1", era: "e2", levels: [("d", "none")]),
            Fixtures.simpleCase("b2", era: "e2", levels: [("d", "most")]),
            Fixtures.simpleCase("b3", era: "e2", levels: [("d", "all")]),
            Fixtures.kase("b4", era: "e2", observations: []),
            // e3: 3, 4 → not observed
            Fixtures.simpleCase("c1", era: "e3", levels: [("d", "most")]),
            Fixtures.simpleCase("c2", era: "e3", levels: [("d", "all")]),
            // e4: nothing decidable → insufficient evidence
            Fixtures.kase("d1", era: "e4", observations: []),
        ])
        #expect(m.lessons.map(\.status) == [.observed, .partly, .notObserved, .insufficientEvidence])
        let partly = m.lessonCell("weak", era: "e2")
        #expect(partly?.supportingCaseIDs == ["b1"])
        #expect(partly?.contraryCaseIDs == ["b2", "b3"])
        #expect(partly?.undecidedCaseIDs == ["b4"])
        #expect(partly?.evidenceIDs == ["b1/d_level/1"])
        #expect(m.lessonCell("weak", era: "e1")?.evidenceIDs == ["a1/d_level/1", "a2/d_level/1"])
    }

    @Test func exactlyHalfIsObserved() {
        let m = matrix(lessons: [Self.weakness], cases: [
            Fixtures.simpleCase("a", levels: [("d", "none")]), Fixtures.simpleCase("b", levels: [("d", "all")]),
        ], eras: ["e1"])
        #expect(m.lessonCell("weak", era: "e1")?.status == .observed)
    }

    @Test func conditionsSeeIndicatorValuesAndCaseFacts() {
        let spoilerInFailedAccord = Lesson(
            id: "spoiler", statement: "A spoiler wrecks a failed accord.", dimensions: ["d"],
            conditionText: #"spoiler == true and outcome == "failed" and kind == "accord" and year >= 1990 and d_level == "none""#,
            condition: .and(.and(.and(.and(.comparison(.name("spoiler"), .equal, .boolean(true)),
                                           .comparison(.name("outcome"), .equal, .text("failed"))),
                                      .comparison(.name("kind"), .equal, .text("accord"))),
                                 .comparison(.name("year"), .greaterOrEqual, .number(1990))),
                            .comparison(.name("d_level"), .equal, .text("none"))))
        let m = matrix(lessons: [spoilerInFailedAccord], cases: [
            Fixtures.kase("hit", observations: [Fixtures.observation("hit", "spoiler", .boolean(true)),
                                                Fixtures.observation("hit", "d_level", .category("none"))]),
            Fixtures.kase("held", outcome: .held, observations: [Fixtures.observation("held", "spoiler", .boolean(true)),
                                                                 Fixtures.observation("held", "d_level", .category("none"))]),
            Fixtures.kase("undated", year: nil, observations: [Fixtures.observation("undated", "spoiler", .boolean(true)),
                                                               Fixtures.observation("undated", "d_level", .category("none"))]),
            Fixtures.kase("uncoded", observations: [Fixtures.observation("uncoded", "d_level", .category("none"))]),
        ], eras: ["e1"])
        let cell = m.lessonCell("spoiler", era: "e1")
        #expect(cell?.supportingCaseIDs == ["hit"])
        #expect(cell?.contraryCaseIDs == ["held"])
        #expect(cell?.undecidedCaseIDs == ["uncoded", "undated"])
        #expect(cell?.evidenceIDs == ["hit/spoiler/1", "hit/d_level/1"])
    }

    @Test func falseAndUnknownIsFalse() {
        let lesson = Lesson(id: "l", statement: "s", dimensions: ["d"], conditionText: #"d <= 1 and outcome == "held""#,
                            condition: .and(.comparison(.name("d"), .lessOrEqual, .number(1)),
                                            .comparison(.name("outcome"), .equal, .text("held"))))
        let m = matrix(lessons: [lesson], cases: [Fixtures.kase("a", observations: [])], eras: ["e1"])
        #expect(m.lessonCell("l", era: "e1")?.contraryCaseIDs == ["a"])
        #expect(m.lessonCell("l", era: "e1")?.status == .notObserved)
    }

    @Test func indicatorsOutsideTheRubricHaveNoValue() {
        let lesson = Lesson(id: "l", statement: "s", dimensions: ["d"], conditionText: "foreign == true",
                            condition: .comparison(.name("foreign"), .equal, .boolean(true)))
        let m = matrix(lessons: [lesson], cases: [
            Fixtures.kase("a", observations: [Fixtures.observation("a", "foreign", .boolean(true))]),
        ], eras: ["e1"])
        #expect(m.lessonCell("l", era: "e1")?.status == .insufficientEvidence)
    }

    @Test func cellsAreLessonMajorInEraOrder() {
        let other = Lesson(id: "other", statement: "s", dimensions: ["d"], conditionText: "d >= 3",
                           condition: .comparison(.name("d"), .greaterOrEqual, .number(3)))
        let m = matrix(lessons: [Self.weakness, other], cases: [], eras: ["e2", "e1"])
        #expect(m.lessons.map { "\($0.lessonID)@\($0.eraID)" } == ["weak@e2", "weak@e1", "other@e2", "other@e1"])
    }
}
