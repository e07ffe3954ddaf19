import CasebookModel
import Foundation
import RubricModel
import ScoringEngine
import Testing

/// `explain`: exact text for a small case, era cells, JSON and unknown subjects.
@Suite struct ExplanationTests {
    private let matrix: ScoredMatrix = {
        let dimension = Fixtures.dimension("inclusivity", anchors: [
            LevelAnchor(level: 0, description: "Armed actors are excluded."),
            LevelAnchor(level: 4, description: "Everyone with power is represented."),
        ], indicators: [
            Fixtures.indicator("armed_actors_at_table", weight: 2, Fixtures.fiveCategories),
            Fixtures.indicator("society_represented", weight: 1, .boolean(whenTrue: 4, whenFalse: 0)),
        ])
        return MatrixScorer.score(rubric: Fixtures.rubric([dimension]), casebook: Fixtures.casebook(cases: [
            Fixtures.kase("geneva", observations: [
                Fixtures.observation("geneva", "armed_actors_at_table", .category("none")),
                Fixtures.observation("geneva", "society_represented", .boolean(true), confidence: .medium,
                                     evidence: [("s1", .supports), ("s2", .contradicts)]),
            ]),
            Fixtures.kase("kabul", observations: [Fixtures.observation("kabul", "armed_actors_at_table", .category("all"))]),
            Fixtures.kase("silent", observations: []),
        ]))
    }()

    @Test func caseCellText() throws {
        let explanation = try #require(MatrixScorer.explain(matrix, subject: "geneva", dimension: "inclusivity"))
        #expect(explanation.text == """
            case geneva (Case geneva) × inclusivity (Inclusivity)
            score: 1.333, level 1 (Weak)
            anchor (scale): The condition is present in name only.
            confidence: 0.525 (amount 0.875 × independence 1.000 × agreement 0.667 × coder 0.900 = 0.525)
            rule: weighted_mean
            inputs:
              armed_actors_at_table = none → level 0 (weight 2)
                [geneva/armed_actors_at_table/1] supports: Study One (s1.txt), § Section, line 10
                  "Quote 1 on armed_actors_at_table."
              society_represented = true → level 4 (weight 1)
                [geneva/society_represented/1] supports: Study One (s1.txt), § Section, line 10
                  "Quote 1 on society_represented."
                [geneva/society_represented/2] contradicts: Brief Two (s2.txt), § Section, line 11
                  "Quote 2 on society_represented."
            steps:
              armed_actors_at_table = none → level 0 (weight 2)
              society_represented = true → level 4 (weight 1)
              evidence: 3 items, 1 required (2 supporting, 2 sources)
              weighted mean = (2×0 + 1×4) / 3 = 1.333
              score 1.333 → level 1 (Weak)
              confidence = amount 0.875 × independence 1.000 × agreement 0.667 × coder 0.900 = 0.525

            """)
        #expect(explanation.confidenceFactors?.evidenceItems == 3)
        let contradicting = explanation.inputs[1].evidence[1]
        #expect([contradicting.id, contradicting.sourceID, contradicting.sourceTitle, contradicting.file, contradicting.locator,
                 contradicting.quote, contradicting.stance]
            == ["geneva/society_represented/2", "s2", "Brief Two", "s2.txt", "§ Section, line 11", "Quote 2 on society_represented.",
                "contradicts"])
    }

    @Test func theDimensionAnchorWinsOverTheScaleAnchor() throws {
        let explanation = try #require(MatrixScorer.explain(matrix, subject: "kabul", dimension: "inclusivity"))
        #expect(explanation.level == 4)
        #expect(explanation.anchor == "Everyone with power is represented.")
        #expect(explanation.text.split(separator: "\n")[2] == "anchor: Everyone with power is represented.")
    }

    @Test func insufficientCellText() throws {
        let explanation = try #require(MatrixScorer.explain(matrix, subject: "silent", dimension: "inclusivity"))
        #expect(explanation.text == """
            case silent (Case silent) × inclusivity (Inclusivity)
            score: insufficient evidence
            confidence: 0.000 (insufficient evidence)
            rule: weighted_mean
            inputs:
            steps:
              insufficient evidence: 0 of 1 required items

            """)
    }

    @Test func eraCellText() throws {
        let explanation = try #require(MatrixScorer.explain(matrix, subject: "e1", dimension: "inclusivity"))
        #expect(explanation.subjectKind == .era)
        #expect(explanation.confidenceFactors == nil)
        // (1.333 + 4) / 2 = 2.667; confidences 0.525 and 0.375
        #expect(explanation.text.hasPrefix("""
            era e1 (Era e1) × inclusivity (Inclusivity)
            score: 2.667, level 3 (Substantial)
            anchor (scale): The condition holds with gaps.
            confidence: 0.450 (mean of the scored cases' confidences)
            rule: mean
            inputs:
              geneva: 1.333
                [geneva/armed_actors_at_table/1] supports: Study One (s1.txt), § Section, line 10
            """))
        #expect(explanation.text.hasSuffix("""
              silent: insufficient evidence
            steps:
              excluded as insufficient evidence: silent
              mean = (1.333 + 4.000) / 2 = 2.667
              confidence = mean of case confidences (0.525 + 0.375) / 2 = 0.450

            """))
    }

    @Test func jsonHasSortedKeysAndRoundTrips() throws {
        let explanation = try #require(MatrixScorer.explain(matrix, subject: "geneva", dimension: "inclusivity"))
        let json = explanation.jsonString()
        let topLevelKeys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topLevelKeys == ["confidence", "confidenceFactors", "dimensionID", "dimensionName", "inputs", "level", "levelLabel",
                                 "rule", "scaleAnchor", "score", "steps", "subject", "subjectKind", "subjectName"])
        let decoded = try JSONDecoder().decode(Explanation.self, from: Data(json.utf8))
        #expect(decoded == explanation)
    }

    @Test func unknownSubjectOrDimensionGivesNil() {
        #expect(MatrixScorer.explain(matrix, subject: "nowhere", dimension: "inclusivity") == nil)
        #expect(MatrixScorer.explain(matrix, subject: "geneva", dimension: "guarantors") == nil)
    }
}
