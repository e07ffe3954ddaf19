import Foundation
import Testing
import MatrixSupport
import RubricModel

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Loads `Rubrics/<name>.yaml` from the package.
func shippedRubric(_ name: String) throws -> Rubric {
    let path = "Rubrics/\(name).yaml"
    return try RubricLoader.load(bytes: try Data(contentsOf: packageRoot.appendingPathComponent(path)), path: path)
}

struct ShippedRubricTests {
    static let requiredLessons = [
        "exclusion-of-armed-actors", "no-external-guarantees", "mediator-bias", "ceasefire-as-leverage",
        "withdrawal-before-settlement", "spoilers-not-isolated", "power-sharing-not-honoured", "divided-delegation",
    ]
    static let coreDimensions = ["inclusivity", "guarantors", "mediator_neutrality", "ceasefire_compliance"]

    @Test func defaultLoadsWithTheFourCoreDimensions() throws {
        let rubric = try shippedRubric("default")
        #expect(rubric.id == "default")
        #expect(rubric.version == "1.0.0")
        #expect(rubric.dimensions.map(\.id) == Self.coreDimensions)
        #expect(rubric.contextIndicators.map(\.id) == [
            "power_sharing_agreed", "power_sharing_honoured", "withdrawal_before_settlement", "side_unity",
            "regional_support", "spoiler_unchecked",
        ])
    }

    @Test func extendedLoadsWithItsNineDimensions() throws {
        let rubric = try shippedRubric("extended")
        #expect(rubric.id == "extended")
        #expect(rubric.dimensions.map(\.id) == Self.coreDimensions + [
            "monitoring", "regional_consensus", "party_autonomy", "power_sharing", "cohesion",
        ])
        #expect(rubric.contextIndicators.map(\.id) == ["spoiler_unchecked"])
        #expect(rubric.scale == Scale(minimum: 0, maximum: 4, levels: rubric.scale.levels))
        #expect(rubric.scale.levels.map(\.label) == ["Absent", "Weak", "Partial", "Substantial", "Strong"])
    }

    @Test(arguments: ["default", "extended"])
    func containsTheRequiredLessons(name: String) throws {
        let ids = try shippedRubric(name).lessons.map(\.id)
        for lesson in Self.requiredLessons {
            #expect(ids.contains(lesson), "\(name) lacks lesson \(lesson)")
        }
    }

    @Test func defaultDimensionsAreExactlyTheExtendedOnes() throws {
        let standard = try shippedRubric("default")
        let extended = try shippedRubric("extended")
        for dimension in standard.dimensions {
            #expect(extended.dimension(dimension.id) == dimension)
        }
        #expect(standard.scale == extended.scale)
        #expect(standard.aggregation == extended.aggregation)
    }

    @Test func defaultContextIndicatorsMatchTheExtendedIndicators() throws {
        let standard = try shippedRubric("default")
        let extended = try shippedRubric("extended")
        for context in standard.contextIndicators {
            let original = try #require(extended.indicator(context.id))
            #expect(context.question == original.question)
            #expect(context.type == original.type)
            #expect(context.categoryNames == original.categoryNames)
            #expect(context.isContext)
            #expect(context.weight == 0)
        }
    }

    @Test func bothRubricsShareTheirLessonConditions() throws {
        let standard = try shippedRubric("default")
        let extended = try shippedRubric("extended")
        #expect(standard.lessons.map(\.id) == extended.lessons.map(\.id))
        #expect(standard.lessons.map(\.conditionText) == extended.lessons.map(\.conditionText))
        #expect(standard.lessons.map(\.condition) == extended.lessons.map(\.condition))
    }

    @Test func lessonsNameOnlyTheirRubricsDimensions() throws {
        for name in ["default", "extended"] {
            let rubric = try shippedRubric(name)
            for lesson in rubric.lessons {
                #expect(lesson.dimensions.allSatisfy { rubric.dimension($0) != nil }, "\(name): \(lesson.id)")
            }
        }
    }

    @Test func extendedIndicatorsAreTheContract() throws {
        // Casebook coders depend on these ids and categories.
        let extended = try shippedRubric("extended")
        #expect(extended.allIndicators.map(\.id) == [
            "armed_actors_at_table", "society_represented", "external_guarantee", "enforcement_mechanism",
            "mediator_perceived_neutral", "mediator_has_stake", "ceasefire_outcome", "ceasefire_violations_reported",
            "monitoring_mechanism", "regional_support", "decision_authority", "power_sharing_agreed",
            "power_sharing_honoured", "withdrawal_before_settlement", "side_unity", "spoiler_unchecked",
        ])
        #expect(extended.indicator("external_guarantee")?.categoryNames
            == ["binding_with_leverage", "great_powers", "regional_states", "religious_or_moral", "none"])
        #expect(extended.indicator("ceasefire_outcome")?.categoryNames
            == ["held", "mostly_held", "partly_held", "broken_quickly", "rejected"])
        #expect(extended.dimension("power_sharing")?.rule == .thresholdTable([
            Threshold(atLeast: 3.5, level: 4), Threshold(atLeast: 2.5, level: 3), Threshold(atLeast: 1.5, level: 2),
            Threshold(atLeast: 0.5, level: 1), Threshold(atLeast: 0, level: 0),
        ]))
        #expect(extended.indicator("mediator_has_stake")?.mapping == .boolean(whenTrue: 0, whenFalse: 4))
    }

    @Test func defaultLessonConditionsAsParsed() throws {
        let rubric = try shippedRubric("default")
        let condition = try #require(rubric.lessons.first { $0.id == "divided-delegation" }?.condition)
        #expect(condition == .or(.comparison(.name("side_unity"), .equal, .text("divided")),
                                 .comparison(.name("side_unity"), .equal, .text("fragmented"))))
        let exclusion = try #require(rubric.lessons.first { $0.id == "exclusion-of-armed-actors" })
        #expect(exclusion.conditionText
            == "(armed_actors_at_table == \"some\" or armed_actors_at_table == \"few\" or armed_actors_at_table == \"none\") and (outcome == \"failed\" or outcome == \"partial\")")
    }

    @Test func theReadmeExampleLoads() throws {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("Rubrics/README.md"), encoding: .utf8)
        let marker = try #require(readme.range(of: "<!-- example-rubric: the tests load this block -->\n```yaml\n"))
        let end = try #require(readme.range(of: "\n```", range: marker.upperBound..<readme.endIndex))
        let rubric = try RubricLoader.load(SourceText(text: String(readme[marker.upperBound..<end.lowerBound]), path: "README.md"))
        #expect(rubric.dimensions.map(\.id) == ["inclusivity", "violence"])
        #expect(rubric.dimensions.flatMap(\.indicators).map(\.type) == [.category, .boolean, .count, .ordinal, .share])
        #expect(rubric.lessons.map(\.id) == ["exclusion-fails", "divided-and-violent"])
        #expect(rubric.aggregation == Aggregation(era: .median, index: .weightedMean))
    }
}

struct ShippedRubricCueTests {
    @Test(arguments: ["default", "extended"])
    func everyDimensionHasCuesWithNegations(name: String) throws {
        for dimension in try shippedRubric(name).dimensions {
            let cues = try #require(dimension.cues, "\(name): \(dimension.id) has no cues")
            #expect(cues.terms.count >= 5, "\(name): \(dimension.id)")
            #expect(cues.negations.contains("not"), "\(name): \(dimension.id)")
        }
    }

    @Test func theSharedDimensionsHaveTheSameCuesInBothRubrics() throws {
        let extended = try shippedRubric("extended")
        for dimension in try shippedRubric("default").dimensions {
            #expect(dimension.cues != nil)
            #expect(extended.dimension(dimension.id)?.cues == dimension.cues, "\(dimension.id)")
        }
    }
}
