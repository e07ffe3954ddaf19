import Foundation
import Testing
import MatrixSupport
import RubricModel

private let fixture = RubricFixture.self

private func errors(_ replacements: KeyValuePairs<String, String>, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
    fixture.errors(fixture.replacing(replacements, sourceLocation: sourceLocation))
}

/// A second dimension, 16 lines, for the lines after the fixture's first one.
private func dimension(id: String, indicator: String) -> String {
    """
      - id: \(id)
        name: Second
        question: Another question?
        weight: 1
        direction: lower_is_better
        minimum_evidence: 0
        rule: {kind: maximum}
        anchors: []
        indicators:
          - id: \(indicator)
            question: Another indicator?
            type: boolean
            weight: 1
            levels: {"true": 2, "false": 0}

    """
}

struct RubricLoaderTests {
    @Test func loadsTheFixtureExactly() throws {
        #expect(try RubricLoader.load(SourceText(text: fixture.text, path: "t.yaml")) == fixture.rubric)
    }

    @Test func loadsEveryIndicatorMapping() throws {
        let text = fixture.preamble + """
            dimensions:
              - id: mixed
                name: Mixed
                question: Everything?
                weight: 2.5
                direction: lower_is_better
                minimum_evidence: 0
                rule:
                  kind: threshold_table
                  thresholds:
                    - {at_least: 1.5, level: 2}
                    - {at_least: 0, level: 0}
                indicators:
                  - {id: flag, question: Flag?, type: boolean, weight: 1, levels: {"true": 0, "false": 1.5}}
                  - {id: stage, question: Stage?, type: ordinal, weight: 0, range: [1, 5]}
                  - {id: incidents, question: How many?, type: count, weight: 1, thresholds: [{at_least: 3, level: 0}, {at_least: 0, level: 2}]}
                  - {id: portion, question: How much?, type: share, weight: 1, thresholds: [{at_least: 0.5, level: 2}, {at_least: 0, level: 1}]}
            context_indicators:
              - {id: note, question: Noted?, type: boolean}
              - {id: region, question: Region?, type: category, categories: [north, south]}
            """
        let rubric = try RubricLoader.load(SourceText(text: text, path: "t.yaml"))
        let dimension = try #require(rubric.dimension("mixed"))
        #expect(dimension.weight == 2.5)
        #expect(dimension.direction == .lowerIsBetter)
        #expect(dimension.minimumEvidence == 0)
        #expect(dimension.anchors == [])
        #expect(dimension.rule == .thresholdTable([Threshold(atLeast: 1.5, level: 2), Threshold(atLeast: 0, level: 0)]))
        #expect(dimension.indicators.map(\.mapping) == [
            .boolean(whenTrue: 0, whenFalse: 1.5),
            .ordinal(from: 1, to: 5),
            .thresholds([Threshold(atLeast: 3, level: 0), Threshold(atLeast: 0, level: 2)]),
            .thresholds([Threshold(atLeast: 0.5, level: 2), Threshold(atLeast: 0, level: 1)]),
        ])
        #expect(rubric.contextIndicators == [
            Indicator(id: "note", question: "Noted?", type: .boolean, weight: 0, mapping: nil),
            Indicator(id: "region", question: "Region?", type: .category, weight: 0, mapping: nil, contextCategories: ["north", "south"]),
        ])
        #expect(rubric.lessons == [])
    }

    @Test func scaleLevelsAreSortedWhateverTheirOrderInTheFile() throws {
        let text = fixture.replacing([
            "    - {level: 0, label: Low, anchor: Absent.}": "    - {level: 2, label: High, anchor: Full.}  # moved up",
            "    - {level: 2, label: High, anchor: Full.}": "    - {level: 0, label: Low, anchor: Absent.}",
        ])
        #expect(try RubricLoader.load(SourceText(text: text, path: "t.yaml")).scale == fixture.rubric.scale)
    }

    @Test func rulesWithoutWeightsAcceptZeroIndicatorWeights() throws {
        let text = fixture.replacing(["    rule: {kind: weighted_mean}": "    rule: {kind: minimum}", "        weight: 1": "        weight: 0"])
        #expect(try RubricLoader.load(SourceText(text: text, path: "t.yaml")).dimensions[0].rule == .minimum)
    }
}

struct RubricKeyErrorTests {
    @Test func unknownKeyWithASuggestion() {
        #expect(errors(["    weight: 1": "    wieght: 1"]) == [
            "t.yaml:15:5: missing required key 'weight' in dimension 'unity'",
            "t.yaml:18:5: unknown key 'wieght' in dimension 'unity' (did you mean 'weight'?)",
        ])
    }

    @Test func unknownTopLevelKey() {
        #expect(errors(["title: Mini rubric": "titel: Mini rubric"]) == [
            "t.yaml:1:1: missing required key 'title' in rubric",
            "t.yaml:2:1: unknown key 'titel' in rubric (did you mean 'title'?)",
        ])
    }

    @Test func missingKey() {
        #expect(errors(["    question: Did the sides negotiate as one?": "    # no question"]) == [
            "t.yaml:15:5: missing required key 'question' in dimension 'unity'",
        ])
    }

    @Test func rootMustBeAMapping() {
        #expect(fixture.errors("- a\n- b\n") == ["t.yaml:1:1: rubric must be a mapping, found a list"])
    }
}

struct RubricValueTypeErrorTests {
    @Test func textWhereANumberIsRequired() {
        #expect(errors(["    weight: 1": "    weight: heavy"]) == ["t.yaml:18:13: weight of dimension 'unity' must be a number, found 'heavy'"])
        #expect(errors(["    weight: 1": "    weight: \"1\""]) == ["t.yaml:18:13: weight of dimension 'unity' must be a number, found text"])
        #expect(errors(["  minimum: 0": "  minimum: zero"]) == ["t.yaml:7:12: scale minimum must be a number, found 'zero'"])
    }

    @Test func fractionWhereAWholeNumberIsRequired() {
        #expect(errors(["    minimum_evidence: 1": "    minimum_evidence: 1.5"])
            == ["t.yaml:20:23: minimum_evidence of dimension 'unity' must be a whole number, found 1.5"])
    }

    @Test func listWhereTextIsRequired() {
        #expect(errors(["    name: Unity": "    name: [Unity]"]) == ["t.yaml:16:11: name of dimension 'unity' must be text, found a list"])
    }

    @Test func wordOutsideItsChoices() {
        #expect(errors(["    direction: higher_is_better": "    direction: higher_is_beter"])
            == ["t.yaml:19:16: direction of dimension 'unity' 'higher_is_beter' is not one of higher_is_better, lower_is_better (did you mean 'higher_is_better'?)"])
        #expect(errors(["aggregation: {era: mean, index: weighted_mean}": "aggregation: {era: avg, index: weighted_mean}"])
            == ["t.yaml:13:20: era aggregation 'avg' is not one of mean, median, minimum, maximum"])
        #expect(errors(["        type: category": "        type: text"])
            == ["t.yaml:27:15: type of indicator 'side_unity' 'text' is not one of boolean, ordinal, count, share, category"])
    }

    @Test func scalarWhereAListIsRequired() {
        #expect(errors(["    dimensions: [unity]": "    dimensions: unity"])
            == ["t.yaml:33:17: dimensions of lesson 'divided' must be a list, found a scalar"])
    }
}

struct RubricDuplicateErrorTests {
    @Test func duplicateDimensionAndIndicatorIds() {
        let text = fixture.preamble + fixture.dimensions + dimension(id: "unity", indicator: "side_unity") + fixture.lessons
        #expect(fixture.errors(text) == [
            "t.yaml:30:9: duplicate dimension id 'unity' (first on line 15)",
            "t.yaml:39:13: duplicate indicator id 'side_unity' (first on line 25)",
        ])
    }

    @Test func duplicateIndicatorIdBetweenScoredAndContext() {
        let text = fixture.text + """
            context_indicators:
              - id: side_unity
                question: Again?
                type: boolean

            """
        #expect(fixture.errors(text) == ["t.yaml:36:9: duplicate indicator id 'side_unity' (first on line 25)"])
    }

    @Test func duplicateLessonId() {
        let text = fixture.text + """
              - id: divided
                statement: Again.
                dimensions: [unity]
                condition: 'side_unity == "united"'

            """
        #expect(fixture.errors(text) == ["t.yaml:35:9: duplicate lesson id 'divided' (first on line 31)"])
    }

    @Test func duplicateScaleLevel() {
        #expect(errors(["    - {level: 2, label: High, anchor: Full.}": "    - {level: 1, label: High, anchor: Full.}"]) == [
            "t.yaml:10:5: scale has no entry for level 2",
            "t.yaml:12:15: duplicate scale level 1 (first on line 11)",
        ])
    }

    @Test func duplicateAnchorLevel() {
        #expect(errors([
            "    anchors:": "    anchors: [{level: 0, description: A.}, {level: 0, description: B.}]",
            "      - {level: 0, description: Fragmented.}": "    # anchors above",
        ]) == ["t.yaml:22:52: duplicate anchor for level 0 in dimension 'unity' (first on line 22)"])
    }
}

struct RubricWeightErrorTests {
    @Test func negativeWeights() {
        #expect(errors(["    weight: 1": "    weight: -1"]) == ["t.yaml:18:13: weight of dimension 'unity' must not be negative, found -1"])
        #expect(errors(["        weight: 1": "        weight: -0.5"])
            == ["t.yaml:28:17: weight of indicator 'side_unity' must not be negative, found -0.5"])
    }

    @Test func dimensionWeightsAddingUpToZero() {
        #expect(errors(["    weight: 1": "    weight: 0"])
            == ["t.yaml:15:3: dimension weights add up to 0; at least one dimension needs a positive weight"])
    }

    @Test func indicatorWeightsAddingUpToZeroUnderAWeightedRule() {
        #expect(errors(["        weight: 1": "        weight: 0"])
            == ["t.yaml:25:7: indicator weights of dimension 'unity' add up to 0; its rule weighted_mean needs at least one positive weight"])
    }
}

struct RubricScaleErrorTests {
    @Test func minimumMustBeBelowMaximum() {
        #expect(errors(["  minimum: 0": "  minimum: 2"]) == ["t.yaml:7:12: scale minimum 2 must be below its maximum 2"])
    }

    @Test func atMostAHundredLevels() {
        #expect(errors(["  maximum: 2": "  maximum: 200"]) == ["t.yaml:8:12: scale 0...200 has 201 levels; the limit is 100"])
    }

    @Test func everyLevelOnce() {
        #expect(errors(["    - {level: 1, label: Mid, anchor: Partial.}": "    # level 1 is missing"])
            == ["t.yaml:10:5: scale has no entry for level 1"])
    }

    @Test func scaleLevelOutsideTheScale() {
        #expect(errors(["    - {level: 2, label: High, anchor: Full.}": "    - {level: 3, label: High, anchor: Full.}"]) == [
            "t.yaml:10:5: scale has no entry for level 2",
            "t.yaml:12:15: scale level is 3, outside the scale 0...2",
        ])
    }

    @Test func anchorOutsideTheScale() {
        #expect(errors(["      - {level: 0, description: Fragmented.}": "      - {level: 3, description: Fragmented.}"])
            == ["t.yaml:23:17: anchor level in dimension 'unity' is 3, outside the scale 0...2"])
    }

    @Test func categoryLevelOutsideTheScale() {
        #expect(errors(["        categories: {united: 2, divided: 0}": "        categories: {united: 5, divided: 0}"])
            == ["t.yaml:29:30: level of category 'united' in indicator 'side_unity' is 5, outside the scale 0...2"])
    }

    @Test func booleanLevelOutsideTheScale() {
        let text = fixture.withIndicator(type: "boolean", mapping: "        levels: {\"true\": 2, \"false\": -1}\n")
        #expect(fixture.errors(text) == ["t.yaml:29:38: level for false in indicator 'signal' is -1, outside the scale 0...2"])
    }

    @Test func thresholdLevelOutsideTheScale() {
        let text = fixture.withIndicator(type: "count", mapping: """
                    thresholds:
                      - {at_least: 3, level: 2}
                      - {at_least: 1, level: 5}
                      - {at_least: 0, level: 0}

            """)
        #expect(fixture.errors(text) == ["t.yaml:31:34: threshold level in indicator 'signal' is 5, outside the scale 0...2"])
    }

    @Test func ruleThresholdOutsideTheScale() {
        #expect(errors(["    rule: {kind: weighted_mean}": "    rule: {kind: threshold_table, thresholds: [{at_least: 3, level: 2}, {at_least: 0, level: 0}]}"])
            == ["t.yaml:21:59: at_least in rule of dimension 'unity' is 3, outside the scale 0...2"])
    }
}

struct RubricRuleErrorTests {
    private let rule = "    rule: {kind: weighted_mean}"

    @Test func thresholdTableNeedsThresholds() {
        #expect(errors([rule: "    rule: {kind: threshold_table}"])
            == ["t.yaml:21:11: missing required key 'thresholds' in rule of dimension 'unity' (kind threshold_table)"])
        #expect(errors([rule: "    rule: {kind: threshold_table, thresholds: []}"])
            == ["t.yaml:21:47: thresholds of rule of dimension 'unity' must list at least one threshold"])
    }

    @Test func otherRulesTakeNoThresholds() {
        #expect(errors([rule: "    rule: {kind: weighted_mean, thresholds: []}"])
            == ["t.yaml:21:33: thresholds are only used by kind threshold_table, not weighted_mean"])
    }

    @Test func thresholdsGoFromHighestDown() {
        #expect(errors([rule: "    rule: {kind: threshold_table, thresholds: [{at_least: 1, level: 1}, {at_least: 1.5, level: 2}, {at_least: 0, level: 0}]}"])
            == ["t.yaml:21:84: thresholds of rule of dimension 'unity' must go from the highest at_least down; 1.5 is not below 1"])
    }

    @Test func lastThresholdReachesTheScaleMinimum() {
        #expect(errors([rule: "    rule: {kind: threshold_table, thresholds: [{at_least: 1, level: 2}, {at_least: 0.5, level: 0}]}"])
            == ["t.yaml:21:84: the last threshold of rule of dimension 'unity' must have at_least 0 so that every score gets a level"])
    }
}

struct RubricIndicatorMappingErrorTests {
    @Test func mappingKeyOfAnotherType() {
        #expect(fixture.errors(fixture.withIndicator(type: "boolean", mapping: "        categories: {a: 1}\n")) == [
            "t.yaml:25:9: missing required key 'levels' in indicator 'signal' (type boolean)",
            "t.yaml:29:9: indicator 'signal' is of type boolean, which maps values with 'levels', not 'categories'",
        ])
    }

    @Test func booleanLevelsNeedTrueAndFalseOnly() {
        #expect(fixture.errors(fixture.withIndicator(type: "boolean", mapping: "        levels: {\"true\": 2}\n"))
            == ["t.yaml:29:17: missing required key 'false' in levels of indicator 'signal'"])
        #expect(fixture.errors(fixture.withIndicator(type: "boolean", mapping: "        levels: {\"true\": 2, \"false\": 0, \"maybe\": 1}\n"))
            == ["t.yaml:29:41: unknown key 'maybe' in levels of indicator 'signal'"])
    }

    @Test func ordinalRange() {
        #expect(fixture.errors(fixture.withIndicator(type: "ordinal", mapping: "        range: [3, 1]\n"))
            == ["t.yaml:29:16: range of indicator 'signal' must go from a lower to a higher number, found [3, 1]"])
        #expect(fixture.errors(fixture.withIndicator(type: "ordinal", mapping: "        range: [1]\n"))
            == ["t.yaml:29:16: range of indicator 'signal' must be two whole numbers [from, to], found 1"])
        #expect(fixture.errors(fixture.withIndicator(type: "ordinal", mapping: "        range: [1, 2.5]\n"))
            == ["t.yaml:29:20: range end of indicator 'signal' must be a whole number, found 2.5"])
    }

    @Test func shareThresholdsStayWithinZeroAndOne() {
        let text = fixture.withIndicator(type: "share", mapping: """
                    thresholds:
                      - {at_least: 1.5, level: 2}
                      - {at_least: 0, level: 0}

            """)
        #expect(fixture.errors(text) == ["t.yaml:30:24: at_least in indicator 'signal' is 1.5, outside the share range 0...1"])
    }

    @Test func countThresholdsAreNotNegativeAndEndAtZero() {
        #expect(fixture.errors(fixture.withIndicator(type: "count", mapping: "        thresholds:\n          - {at_least: -1, level: 0}\n"))
            == ["t.yaml:30:24: at_least in indicator 'signal' is -1, below 0; counts are never negative"])
        let text = fixture.withIndicator(type: "count", mapping: """
                    thresholds:
                      - {at_least: 2, level: 2}
                      - {at_least: 1, level: 1}

            """)
        #expect(fixture.errors(text) == ["t.yaml:31:24: the last threshold of indicator 'signal' must have at_least 0 so that every count gets a level"])
    }

    @Test func categories() {
        #expect(fixture.errors(fixture.withIndicator(type: "category", mapping: "        categories: {}\n"))
            == ["t.yaml:29:21: categories of indicator 'signal' must list at least one category"])
        #expect(fixture.errors(fixture.withIndicator(type: "category", mapping: "        categories: [a, b]\n"))
            == ["t.yaml:29:21: categories of indicator 'signal' must be a mapping of category names to levels, found a list"])
        #expect(fixture.errors(fixture.withIndicator(type: "category", mapping: "        categories: {Big Deal: 2}\n"))
            == ["t.yaml:29:22: category of indicator 'signal' 'Big Deal' must use only a-z, 0-9, '-' and '_', start with a letter or digit, and be at most 64 characters"])
    }

    @Test func emptyIndicatorList() {
        let text = fixture.preamble + fixture.dimensions.replacingOccurrences(of: """
                indicators:
                  - id: side_unity
                    question: How united were the sides?
                    type: category
                    weight: 1
                    categories: {united: 2, divided: 0}
            """, with: "    indicators: []")
        #expect(fixture.errors(text) == ["t.yaml:24:17: indicators of dimension 'unity' must list at least one indicator"])
    }
}

struct RubricIdentifierErrorTests {
    @Test func dimensionIdThatIsNotAnIdentifier() {
        #expect(errors(["  - id: unity": "  - id: Unity"]) == [
            "t.yaml:15:9: dimension id 'Unity' must use only a-z, 0-9, '-' and '_', start with a letter or digit, and be at most 64 characters",
            "t.yaml:33:18: lesson 'divided' names unknown dimension 'unity'",
        ])
    }

    @Test func dimensionIdThatConditionsCannotName() {
        #expect(errors(["  - id: unity": "  - id: power-sharing", "    dimensions: [unity]": "    dimensions: [power-sharing]"])
            == ["t.yaml:15:9: dimension id 'power-sharing' must be lowercase letters, digits and '_', starting with a letter, so that lesson conditions can name it"])
    }

    @Test func reservedNames() {
        #expect(errors(["  - id: unity": "  - id: year", "    dimensions: [unity]": "    dimensions: [year]"])
            == ["t.yaml:15:9: dimension id 'year' is the name of a case fact in lesson conditions"])
        #expect(errors(["      - id: side_unity": "      - id: not", "    condition: 'side_unity == \"divided\"'": "    condition: 'unity >= 1'"])
            == ["t.yaml:25:13: indicator id 'not' is a keyword of lesson conditions"])
    }

    @Test func indicatorIdThatIsAlsoADimensionId() {
        #expect(errors(["      - id: side_unity": "      - id: unity", "    condition: 'side_unity == \"divided\"'": "    condition: 'unity >= 1'"])
            == ["t.yaml:25:13: indicator id 'unity' is also the id of the dimension on line 15; lesson conditions need each name to mean one thing"])
    }
}

struct RubricContextIndicatorErrorTests {
    private func withContext(_ lines: String) -> String {
        fixture.text + "context_indicators:\n  - id: regional_support\n    question: Where did the region stand?\n" + lines
    }

    @Test func categoryContextIndicatorNeedsCategories() {
        #expect(fixture.errors(withContext("    type: category\n"))
            == ["t.yaml:36:5: missing required key 'categories' in context indicator 'regional_support' (type category)"])
    }

    @Test func otherContextIndicatorsTakeNoCategories() {
        #expect(fixture.errors(withContext("    type: boolean\n    categories: [a]\n"))
            == ["t.yaml:39:5: context indicator 'regional_support' is of type boolean and takes no 'categories'"])
    }

    @Test func contextCategoriesAreUnique() {
        #expect(fixture.errors(withContext("    type: category\n    categories: [rivalry, mixed, rivalry]\n"))
            == ["t.yaml:39:34: duplicate category 'rivalry' in context indicator 'regional_support' (first on line 39)"])
    }

    @Test func contextIndicatorsHaveNoWeight() {
        #expect(fixture.errors(withContext("    type: boolean\n    weight: 1\n"))
            == ["t.yaml:39:5: unknown key 'weight' in context indicator 'regional_support'"])
    }

    @Test func conditionsCheckContextCategories() throws {
        let valid = withContext("    type: category\n    categories: [consensus, rivalry]\n")
        let rubric = try RubricLoader.load(SourceText(text: fixture.replacing(
            ["    condition: 'side_unity == \"divided\"'": "    condition: 'regional_support == \"rivalry\"'"], in: valid), path: "t.yaml"))
        #expect(rubric.contextIndicators.first?.categoryNames == ["consensus", "rivalry"])
        #expect(fixture.errors(fixture.replacing(
            ["    condition: 'side_unity == \"divided\"'": "    condition: 'regional_support == \"rival\"'"], in: valid))
            == ["t.yaml:34:37: condition of lesson 'divided': \"rival\" is not a category of indicator 'regional_support' (did you mean \"rivalry\"?); its categories are consensus, rivalry"])
    }
}

struct RubricLessonErrorTests {
    @Test func unknownDimension() {
        #expect(errors(["    dimensions: [unity]": "    dimensions: [unty]"])
            == ["t.yaml:33:18: lesson 'divided' names unknown dimension 'unty' (did you mean 'unity'?)"])
    }

    @Test func dimensionNamedTwice() {
        #expect(errors(["    dimensions: [unity]": "    dimensions: [unity, unity]"])
            == ["t.yaml:33:25: lesson 'divided' names dimension 'unity' twice"])
    }

    @Test func noDimension() {
        #expect(errors(["    dimensions: [unity]": "    dimensions: []"])
            == ["t.yaml:33:17: dimensions of lesson 'divided' must name at least one dimension"])
    }

    private let condition = "    condition: 'side_unity == \"divided\"'"

    @Test func syntaxErrorInASingleQuotedCondition() {
        #expect(errors([condition: "    condition: 'side_unity = \"divided\"'"])
            == ["t.yaml:34:28: condition of lesson 'divided': unknown operator '=' (write '==' to compare)"])
    }

    @Test func syntaxErrorInAPlainCondition() {
        #expect(errors([condition: "    condition: side_unity = \"divided\""])
            == ["t.yaml:34:27: condition of lesson 'divided': unknown operator '=' (write '==' to compare)"])
    }

    @Test func errorAfterAnEscapeInADoubleQuotedCondition() {
        #expect(errors([condition: #"    condition: "side_unity == \"divded\"""#])
            == [#"t.yaml:34:31: condition of lesson 'divided': "divded" is not a category of indicator 'side_unity' (did you mean "divided"?); its categories are united, divided"#])
    }

    @Test func everyErrorOfAConditionAfterADoubledSingleQuote() {
        #expect(errors([condition: "    condition: 'side_unity == \"it''s\" or zzz'"]) == [
            "t.yaml:34:31: condition of lesson 'divided': \"it's\" is not a category of indicator 'side_unity'; its categories are united, divided",
            "t.yaml:34:42: condition of lesson 'divided': unknown name 'zzz': not a dimension, an indicator or a case fact of this rubric",
        ])
    }

    @Test func errorOnTheSecondLineOfAFoldedCondition() {
        let text = fixture.replacing([condition: "    condition: >-\n      side_unity == \"divided\"\n      and zzz"])
        #expect(fixture.errors(text)
            == ["t.yaml:36:11: condition of lesson 'divided': unknown name 'zzz': not a dimension, an indicator or a case fact of this rubric"])
    }

    @Test func errorOnTheSecondLineOfALiteralCondition() {
        let text = fixture.replacing([condition: "    condition: |\n      side_unity == \"divided\" and\n        zzz"])
        #expect(fixture.errors(text)
            == ["t.yaml:36:9: condition of lesson 'divided': unknown name 'zzz': not a dimension, an indicator or a case fact of this rubric"])
    }

    @Test func errorAtTheEndOfACondition() {
        #expect(errors([condition: "    condition: 'side_unity =='"])
            == ["t.yaml:34:30: condition of lesson 'divided': expected a name, a number, a string, true, false or '(', found the end of the condition"])
    }

    @Test func conditionMustBeText() {
        #expect(errors([condition: "    condition: [side_unity]"]) == ["t.yaml:34:16: condition of lesson 'divided' must be text, found a list"])
        #expect(errors([condition: "    condition: ''"]) == ["t.yaml:34:16: condition of lesson 'divided' must not be empty"])
    }
}

struct RubricSeveralErrorsTests {
    @Test func everyErrorOfAFileIsReportedInFileOrder() {
        #expect(errors([
            "title: Mini rubric": "titel: Mini rubric",
            "    weight: 1": "    weight: -1",
            "      - {level: 0, description: Fragmented.}": "      - {level: 3, description: Fragmented.}",
            "        categories: {united: 2, divided: 0}": "        categories: {united: 2, divided: 0, Split: 1}",
            "    dimensions: [unity]": "    dimensions: [unty]",
            "    condition: 'side_unity == \"divided\"'": "    condition: 'side_unity == \"divided\" and zzz'",
        ]) == [
            "t.yaml:1:1: missing required key 'title' in rubric",
            "t.yaml:2:1: unknown key 'titel' in rubric (did you mean 'title'?)",
            "t.yaml:18:13: weight of dimension 'unity' must not be negative, found -1",
            "t.yaml:23:17: anchor level in dimension 'unity' is 3, outside the scale 0...2",
            "t.yaml:29:45: category of indicator 'side_unity' 'Split' must use only a-z, 0-9, '-' and '_', start with a letter or digit, and be at most 64 characters",
            "t.yaml:33:18: lesson 'divided' names unknown dimension 'unty' (did you mean 'unity'?)",
            "t.yaml:34:45: condition of lesson 'divided': unknown name 'zzz': not a dimension, an indicator or a case fact of this rubric",
        ])
    }
}

struct RubricInputCheckTests {
    private func failure(_ bytes: [UInt8]) -> [String] {
        do {
            _ = try RubricLoader.load(bytes: Data(bytes), path: "t.yaml")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func loadsValidBytes() throws {
        #expect(try RubricLoader.load(bytes: Data(fixture.text.utf8), path: "t.yaml") == fixture.rubric)
    }

    @Test func emptyFile() {
        #expect(failure([]) == ["t.yaml:1:1: file is empty"])
        #expect(fixture.errors("# only a comment\n") == ["t.yaml:1:1: file holds no YAML document"])
    }

    @Test func byteOrderMark() {
        #expect(failure([0xEF, 0xBB, 0xBF] + Array(fixture.text.utf8))
            == ["t.yaml:1:1: file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM"])
    }

    @Test func utf16() {
        #expect(failure([0xFF, 0xFE] + Array(fixture.text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            == ["t.yaml:1:1: file is UTF-16; save it as UTF-8"])
    }

    @Test func nulByte() {
        #expect(failure(Array("id: mini\ntitle: Mi".utf8) + [0] + Array("ni\n".utf8)) == ["t.yaml:2:10: file contains a NUL byte"])
    }

    @Test func invalidUTF8() {
        #expect(failure(Array("id: mini\ntitle: ".utf8) + [0xFF] + Array("\n".utf8)) == ["t.yaml:2:8: file is not valid UTF-8 (byte 16)"])
    }

    @Test func tooLarge() {
        let bytes = Array(fixture.text.utf8) + Array(repeating: UInt8(ascii: "#"), count: 4 * 1024 * 1024)
        #expect(failure(bytes) == ["t.yaml:1:1: file is \(bytes.count) bytes; the limit is 4194304 bytes"])
    }

    @Test func aliasBomb() {
        let lol = "a: &a [" + Array(repeating: "\"lol\"", count: 9).joined(separator: ",") + "]\n"
        let levels = zip("bcdefghi", "abcdefgh").map { name, previous in
            "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        #expect(failure(Array((lol + levels.joined()).utf8)) == ["t.yaml:1:20: YAML expands to more than 200000 nodes (are aliases nested?)"])
    }

    @Test func deepNesting() {
        let text = "id: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "\n"
        #expect(failure(Array(text.utf8)) == ["t.yaml:1:37: YAML nesting is deeper than 32 levels"])
    }

    @Test func yamlSyntaxError() {
        #expect(fixture.errors("id: [mini\n") == ["t.yaml:2:1: YAML syntax error: did not find expected ',' or ']' while parsing a flow sequence"])
    }
}
