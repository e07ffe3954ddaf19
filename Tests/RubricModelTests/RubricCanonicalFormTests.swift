import Foundation
import Testing
import MatrixSupport
import RubricModel

private func load(_ text: String) throws -> Rubric {
    try RubricLoader.load(SourceText(text: text, path: "t.yaml"))
}

struct RubricCanonicalFormTests {
    @Test func canonicalYAMLOfTheFixture() {
        #expect(RubricCanonicalForm.yaml(RubricFixture.rubric) == """
            id: "mini"
            title: "Mini rubric"
            version: "1"
            description: "A rubric for tests."
            owner: "Tests"
            scale:
              minimum: 0
              maximum: 2
              levels:
                - level: 0
                  label: "Low"
                  anchor: "Absent."
                - level: 1
                  label: "Mid"
                  anchor: "Partial."
                - level: 2
                  label: "High"
                  anchor: "Full."
            aggregation:
              era: mean
              index: weighted_mean
            dimensions:
              - id: "unity"
                name: "Unity"
                question: "Did the sides negotiate as one?"
                weight: 1
                direction: higher_is_better
                minimum_evidence: 1
                rule:
                  kind: weighted_mean
                anchors:
                  - level: 0
                    description: "Fragmented."
                indicators:
                  - id: "side_unity"
                    question: "How united were the sides?"
                    type: category
                    weight: 1
                    categories:
                      "united": 2
                      "divided": 0
            context_indicators: []
            lessons:
              - id: "divided"
                statement: "A divided side negotiates."
                dimensions: ["unity"]
                condition: "side_unity == \\"divided\\""

            """)
    }

    @Test func canonicalJSONHasSortedKeysAndShortestNumbers() throws {
        let json = String(decoding: RubricCanonicalForm.json(RubricFixture.rubric), as: UTF8.self)
        #expect(json.hasPrefix(#"{"aggregation":{"era":"mean","index":"weighted_mean"},"contextIndicators":[],"description":"A rubric for tests.","dimensions":[{"anchors":[{"description":"Fragmented.","level":0}],"direction":"higher_is_better","id":"unity","indicators":[{"contextCategories":[],"id":"side_unity","mapping":{"categories":{"_0":[{"level":2,"name":"united"},{"level":0,"name":"divided"}]}},"question":"How united were the sides?","type":"category","weight":1}]"#))
        #expect(RubricFixture.rubric.contentHash == SHA256.hex(of: RubricCanonicalForm.json(RubricFixture.rubric)))
        #expect(RubricFixture.rubric.contentHash.count == 64)
    }

    @Test(arguments: ["default", "extended"])
    func shippedRubricsRoundTrip(name: String) throws {
        let rubric = try shippedRubric(name)
        let again = try RubricLoader.load(SourceText(text: RubricCanonicalForm.yaml(rubric), path: "canonical.yaml"))
        #expect(again == rubric)
        #expect(again.contentHash == rubric.contentHash)
        #expect(RubricCanonicalForm.yaml(again) == RubricCanonicalForm.yaml(rubric))
    }

    @Test func everyMappingKindRoundTrips() throws {
        var rubric = RubricFixture.rubric
        rubric.dimensions[0].rule = .thresholdTable([Threshold(atLeast: 1.25, level: 2), Threshold(atLeast: 0, level: 0)])
        rubric.dimensions[0].indicators += [
            Indicator(id: "flag", question: "Flag?", type: .boolean, weight: 0.1, mapping: .boolean(whenTrue: 0, whenFalse: 1.5)),
            Indicator(id: "stage", question: "Stage?", type: .ordinal, weight: 1, mapping: .ordinal(from: -2, to: 7)),
            Indicator(id: "share", question: "Share?", type: .share, weight: 1,
                      mapping: .thresholds([Threshold(atLeast: 0.333, level: 1), Threshold(atLeast: 0, level: 0)])),
        ]
        rubric.contextIndicators = [
            Indicator(id: "note", question: "Noted?", type: .boolean, weight: 0, mapping: nil),
            Indicator(id: "region", question: "Region?", type: .category, weight: 0, mapping: nil, contextCategories: ["north", "south-east"]),
        ]
        rubric.dimensions[0].anchors = []
        let again = try load(RubricCanonicalForm.yaml(rubric))
        #expect(again == rubric)
        #expect(again.contentHash == rubric.contentHash)
    }

    @Test func textNeedingEscapesRoundTrips() throws {
        var rubric = RubricFixture.rubric
        rubric.description = "Quotes \" and backslashes \\, a line\nbreak, a\ttab, a bell \u{7}, a separator \u{2028}, é and 🕊️."
        rubric.title = "  leading and trailing spaces  "
        rubric.lessons[0].statement = "# not a comment: [not, a, list] {nor: a map} & *alias"
        let again = try load(RubricCanonicalForm.yaml(rubric))
        #expect(again.description == rubric.description)
        #expect(again == rubric)
    }
}

struct RubricContentHashTests {
    @Test func commentsKeyOrderQuotingAndLayoutDoNotChangeTheHash() throws {
        let reordered = """
            # The same rubric, written differently.
            owner: "Tests"
            version: '1'
            id: mini
            description: >-
              A rubric
              for tests.
            title: Mini rubric   # a trailing comment
            aggregation:
              index: weighted_mean
              era: mean
            scale:
              levels:
                - {label: High, level: 2, anchor: Full.}
                - {anchor: Absent., level: 0, label: Low}
                - level: 1.0
                  label: Mid
                  anchor: "Partial."
              maximum: 2
              minimum: 0
            lessons:
              - condition: "side_unity == \\"divided\\""
                id: divided
                dimensions:
                  - unity
                statement: A divided side negotiates.
            dimensions:
              - indicators:
                  - categories:
                      united: 2.0
                      divided: -0
                    weight: 1.0
                    id: side_unity
                    type: category
                    question: How united were the sides?
                rule:
                  kind: weighted_mean
                anchors: [{description: Fragmented., level: 0}]
                minimum_evidence: 1
                direction: higher_is_better
                weight: 1e0
                question: Did the sides negotiate as one?
                name: Unity
                id: unity
            """
        let rubric = try load(reordered)
        #expect(rubric == RubricFixture.rubric)
        #expect(rubric.contentHash == RubricFixture.rubric.contentHash)
    }

    @Test func changingAWeightChangesTheHash() throws {
        let heavier = try load(RubricFixture.replacing(["    weight: 1": "    weight: 2"]))
        #expect(heavier.contentHash != RubricFixture.rubric.contentHash)
    }

    @Test func changingALabelOrAConditionsTextChangesTheHash() throws {
        let relabelled = try load(RubricFixture.replacing(["    - {level: 1, label: Mid, anchor: Partial.}": "    - {level: 1, label: Middle, anchor: Partial.}"]))
        #expect(relabelled.contentHash != RubricFixture.rubric.contentHash)
        let respaced = try load(RubricFixture.replacing(["    condition: 'side_unity == \"divided\"'": "    condition: 'side_unity==\"divided\"'"]))
        #expect(respaced.lessons[0].condition == RubricFixture.rubric.lessons[0].condition)
        #expect(respaced.contentHash != RubricFixture.rubric.contentHash)
    }

    @Test func theShippedRubricsDiffer() throws {
        #expect(try shippedRubric("default").contentHash != shippedRubric("extended").contentHash)
    }
}
