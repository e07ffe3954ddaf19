import Testing
import RubricModel

/// Three-valued evaluation: a name without a value makes its comparison unknown (nil).
struct LessonConditionEvaluationTests {
    private func evaluate(_ text: String, _ values: [String: ConditionValue]) throws -> Bool? {
        try ConditionParser.parse(text, vocabulary: testVocabulary).evaluate { values[$0] }
    }

    private let failedAndExcluded: [String: ConditionValue] = ["inclusivity": .number(1), "outcome": .text("failed")]

    @Test func comparisonsOfKnownValues() throws {
        #expect(try evaluate("inclusivity <= 1 and outcome == \"failed\"", failedAndExcluded) == true)
        #expect(try evaluate("inclusivity < 1", failedAndExcluded) == false)
        #expect(try evaluate("inclusivity >= 1 and inclusivity > 0.5 and inclusivity != 2", failedAndExcluded) == true)
        #expect(try evaluate("outcome != \"held\"", failedAndExcluded) == true)
        #expect(try evaluate("2 > inclusivity", failedAndExcluded) == true)
    }

    @Test func aMissingValueMakesTheComparisonUnknown() throws {
        #expect(try evaluate("guarantors <= 1", failedAndExcluded) == nil)
        #expect(try evaluate("not guarantors <= 1", failedAndExcluded) == nil)
    }

    @Test func falseAndUnknownIsFalseInEitherOrder() throws {
        #expect(try evaluate("inclusivity > 3 and guarantors <= 1", failedAndExcluded) == false)
        #expect(try evaluate("guarantors <= 1 and inclusivity > 3", failedAndExcluded) == false)
    }

    @Test func trueAndUnknownIsUnknown() throws {
        #expect(try evaluate("inclusivity <= 1 and guarantors <= 1", failedAndExcluded) == nil)
    }

    @Test func trueOrUnknownIsTrueInEitherOrder() throws {
        #expect(try evaluate("inclusivity <= 1 or guarantors <= 1", failedAndExcluded) == true)
        #expect(try evaluate("guarantors <= 1 or inclusivity <= 1", failedAndExcluded) == true)
    }

    @Test func falseOrUnknownIsUnknown() throws {
        #expect(try evaluate("inclusivity > 3 or guarantors <= 1", failedAndExcluded) == nil)
    }

    @Test func notInvertsKnownValues() throws {
        #expect(try evaluate("not inclusivity > 3", failedAndExcluded) == true)
        #expect(try evaluate("not (inclusivity <= 1 and outcome == \"failed\")", failedAndExcluded) == false)
    }

    @Test func truthOfABooleanIndicator() throws {
        #expect(try evaluate("power_sharing_agreed", ["power_sharing_agreed": .boolean(true)]) == true)
        #expect(try evaluate("not power_sharing_agreed", ["power_sharing_agreed": .boolean(true)]) == false)
        #expect(try evaluate("power_sharing_agreed", [:]) == nil)
        #expect(try evaluate("power_sharing_agreed == false", ["power_sharing_agreed": .boolean(false)]) == true)
    }

    @Test func categoryComparisons() throws {
        let divided: [String: ConditionValue] = ["side_unity": .text("divided")]
        #expect(try evaluate("side_unity == \"divided\" or side_unity == \"fragmented\"", divided) == true)
        #expect(try evaluate("side_unity == \"united\" or side_unity == \"mostly_united\"", divided) == false)
    }

    /// The engine could hand a value of another kind than the rubric declares; equality is then false and
    /// ordering unknown, never a crash.
    @Test func valuesOfAnotherKindThanDeclared() throws {
        #expect(try evaluate("inclusivity == 2", ["inclusivity": .text("2")]) == false)
        #expect(try evaluate("inclusivity != 2", ["inclusivity": .text("2")]) == true)
        #expect(try evaluate("inclusivity < 2", ["inclusivity": .text("2")]) == nil)
        #expect(try evaluate("power_sharing_agreed", ["power_sharing_agreed": .number(1)]) == nil)
    }

    @Test func theShippedLessonsEvaluateOnCodedValues() throws {
        let rubric = try shippedRubric("default")
        func lesson(_ id: String) -> LessonCondition? { rubric.lessons.first { $0.id == id }?.condition }
        let exclusion = try #require(lesson("exclusion-of-armed-actors"))
        #expect(exclusion.evaluate { ["armed_actors_at_table": .text("few"), "outcome": .text("failed")][$0] } == true)
        #expect(exclusion.evaluate { ["armed_actors_at_table": .text("most"), "outcome": .text("failed")][$0] } == false)
        // An unknown outcome is a value, and "unknown" is neither failed nor partial.
        #expect(exclusion.evaluate { ["armed_actors_at_table": .text("none"), "outcome": .text("unknown")][$0] } == false)
        #expect(exclusion.evaluate { ["outcome": .text("failed")][$0] } == nil)
        let notHonoured = try #require(lesson("power-sharing-not-honoured"))
        #expect(notHonoured.evaluate { ["power_sharing_agreed": .boolean(false)][$0] } == false)
        #expect(notHonoured.evaluate { ["power_sharing_agreed": .boolean(true)][$0] } == nil)
        #expect(notHonoured.evaluate { ["power_sharing_agreed": .boolean(true), "power_sharing_honoured": .text("denied")][$0] } == true)
    }
}
