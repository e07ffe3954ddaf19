import Testing
import RubricModel

/// A vocabulary with one name of each kind, for parsing conditions without a rubric file.
let testVocabulary: ConditionVocabulary = {
    var names = ConditionVocabulary.caseFacts
    names["inclusivity"] = ConditionName(role: .dimension, type: .number)
    names["guarantors"] = ConditionName(role: .dimension, type: .number)
    names["side_unity"] = ConditionName(role: .indicator, type: .text(values: ["united", "mostly_united", "divided", "fragmented"]))
    names["power_sharing_agreed"] = ConditionName(role: .indicator, type: .boolean)
    names["violent_incidents"] = ConditionName(role: .indicator, type: .number)
    return ConditionVocabulary(names: names)
}()

private func parse(_ text: String) throws(ConditionErrorList) -> LessonCondition {
    try ConditionParser.parse(text, vocabulary: testVocabulary)
}

/// The errors of a condition that must not parse, as "offset: message".
private func errors(_ text: String) -> [String] {
    do {
        _ = try parse(text)
        return []
    } catch {
        return error.errors.map { "\($0.offset): \($0.message)" }
    }
}

private let agreed = ConditionOperand.name("power_sharing_agreed")

private func compare(_ name: String, _ op: ComparisonOperator, _ value: Double) -> LessonCondition {
    .comparison(.name(name), op, .number(value))
}

struct ConditionGrammarTests {
    @Test func andBindsTighterThanOr() throws {
        #expect(try parse("inclusivity < 1 or guarantors < 1 and year > 2000") == .or(
            compare("inclusivity", .less, 1),
            .and(compare("guarantors", .less, 1), compare("year", .greater, 2000))))
    }

    @Test func parenthesesOverridePrecedence() throws {
        #expect(try parse("(inclusivity < 1 or guarantors < 1) and year > 2000") == .and(
            .or(compare("inclusivity", .less, 1), compare("guarantors", .less, 1)),
            compare("year", .greater, 2000)))
    }

    @Test func andAndOrAssociateToTheLeft() throws {
        #expect(try parse("year > 1 and year > 2 and year > 3") == .and(
            .and(compare("year", .greater, 1), compare("year", .greater, 2)), compare("year", .greater, 3)))
        #expect(try parse("year > 1 or year > 2 or year > 3") == .or(
            .or(compare("year", .greater, 1), compare("year", .greater, 2)), compare("year", .greater, 3)))
    }

    @Test func notBindsTighterThanAndButLooserThanAComparison() throws {
        #expect(try parse("not power_sharing_agreed and year == 1992") == .and(.not(.truth(agreed)), compare("year", .equal, 1992)))
        #expect(try parse("not year == 1992") == .not(compare("year", .equal, 1992)))
        #expect(try parse("not not power_sharing_agreed") == .not(.not(.truth(agreed))))
    }

    @Test func everyComparisonOperator() throws {
        for op in ComparisonOperator.allCases {
            #expect(try parse("inclusivity \(op.rawValue) 2") == compare("inclusivity", op, 2))
        }
    }

    @Test func operatorsNeedNoSpaces() throws {
        #expect(try parse("inclusivity<=2") == compare("inclusivity", .lessOrEqual, 2))
        #expect(try parse("(year>=1990)and(year<2001)") == .and(compare("year", .greaterOrEqual, 1990), compare("year", .less, 2001)))
    }

    @Test func literals() throws {
        #expect(try parse("inclusivity >= -1.5") == compare("inclusivity", .greaterOrEqual, -1.5))
        #expect(try parse("power_sharing_agreed == false") == .comparison(agreed, .equal, .boolean(false)))
        #expect(try parse("outcome != \"held\"") == .comparison(.name("outcome"), .notEqual, .text("held")))
        #expect(try parse("2 < inclusivity") == .comparison(.number(2), .less, .name("inclusivity")))
    }

    @Test func minusZeroReadsAsZero() throws {
        #expect(try parse("inclusivity > -0") == compare("inclusivity", .greater, 0))
    }

    @Test func stringEscapes() throws {
        #expect(try parse(#"era == "a \"b\" \\ c""#) == .comparison(.name("era"), .equal, .text(#"a "b" \ c"#)))
    }

    @Test func whitespaceIncludesTabsAndLineBreaks() throws {
        #expect(try parse("\tyear > 1\nand\r\nyear < 3 ") == .and(compare("year", .greater, 1), compare("year", .less, 3)))
    }

    @Test func aBareBooleanNameIsATruth() throws {
        #expect(try parse("power_sharing_agreed") == .truth(agreed))
    }

    @Test func nestingUpToTheLimitParses() throws {
        let nots = String(repeating: "not ", count: 32) + "power_sharing_agreed"
        #expect(try parse(nots).names == ["power_sharing_agreed"])
        let parens = String(repeating: "(", count: 32) + "power_sharing_agreed" + String(repeating: ")", count: 32)
        #expect(try parse(parens) == .truth(agreed))
    }

    @Test func aHundredOperatorsParse() throws {
        let text = "power_sharing_agreed" + String(repeating: " or power_sharing_agreed", count: 100)
        #expect(try parse(text).names == ["power_sharing_agreed"])
    }

    @Test func namesListsEachNameOnceInOrder() throws {
        #expect(try parse("side_unity == \"divided\" and (inclusivity < 2 or side_unity == \"fragmented\" or outcome == \"failed\")").names
            == ["side_unity", "inclusivity", "outcome"])
    }
}

struct ConditionSyntaxErrorTests {
    @Test func emptyCondition() {
        #expect(errors("") == ["0: the condition is empty"])
        #expect(errors("   ") == ["3: the condition is empty"])
    }

    @Test func missingOperand() {
        #expect(errors("inclusivity <= ") == ["15: expected a name, a number, a string, true, false or '(', found the end of the condition"])
        #expect(errors("inclusivity >= 2 and") == ["20: expected a name, a number, a string, true, false or '(', found the end of the condition"])
        #expect(errors("and inclusivity") == ["0: expected a name, a number, a string, true, false or '(', found 'and'"])
        #expect(errors("inclusivity == )") == ["15: expected a name, a number, a string, true, false or '(', found ')'"])
    }

    @Test func wrongOperators() {
        #expect(errors("inclusivity = 2") == ["12: unknown operator '=' (write '==' to compare)"])
        #expect(errors("!power_sharing_agreed") == ["0: unknown operator '!' (write '!=' or 'not')"])
        #expect(errors("year > 1 && year < 3") == ["9: unexpected character '&' (write 'and')"])
        #expect(errors("year > 1 || year < 3") == ["9: unexpected character '|' (write 'or')"])
    }

    @Test func wrongCharacters() {
        #expect(errors("era == 'x'") == ["7: unexpected character ''' (strings use double quotes)"])
        #expect(errors("Inclusivity >= 2") == ["0: unexpected character 'I' (names and keywords are lowercase)"])
        #expect(errors("power-sharing == true") == ["5: unexpected character '-' (names use '_', not '-')"])
        #expect(errors("year > - 3") == ["7: unexpected character '-'"])
        #expect(errors("year > .5") == ["7: unexpected character '.'"])
        #expect(errors("year > 1\u{0}") == ["8: unexpected character 'U+0000'"])
    }

    @Test func badNumbers() {
        #expect(errors("year >= 1.") == ["8: number '1.' needs digits after the decimal point"])
        let huge = "1" + String(repeating: "0", count: 400)
        #expect(errors("year >= \(huge)") == ["8: number '\(huge)' is too large"])
    }

    @Test func badStrings() {
        #expect(errors("era == \"abc") == ["7: string is not closed with '\"'"])
        #expect(errors(#"era == "a\nb""#) == [#"9: unknown escape '\n' in a string (only \" and \\ are allowed)"#])
        #expect(errors(#"era == "abc\"#) == ["7: string is not closed with '\"'"])
    }

    @Test func unbalancedParentheses() {
        #expect(errors("(inclusivity >= 2") == ["17: expected ')' to close the '(', found the end of the condition"])
        #expect(errors("(inclusivity >= 2 year") == ["18: expected ')' to close the '(', found 'year'"])
        #expect(errors("inclusivity >= 2)") == ["16: ')' has no matching '('"])
    }

    @Test func trailingTokens() {
        #expect(errors("inclusivity >= 2 guarantors") == ["17: expected 'and', 'or' or the end of the condition, found 'guarantors'"])
        #expect(errors("inclusivity >= 2 \"x\"") == ["17: expected 'and', 'or' or the end of the condition, found \"x\""])
    }

    @Test func chainedComparisons() {
        #expect(errors("1 < inclusivity < 3") == ["16: comparisons cannot be chained; join them with 'and'"])
    }

    @Test func comparedParentheses() {
        #expect(errors("(inclusivity >= 2) == true") == ["19: a condition in parentheses cannot be compared with '=='"])
        #expect(errors("power_sharing_agreed == (inclusivity >= 2)") == ["24: a condition in parentheses cannot be compared with '=='"])
    }

    @Test func nestingPastTheLimit() {
        let nots = String(repeating: "not ", count: 33) + "power_sharing_agreed"
        #expect(errors(nots) == ["128: the condition nests 'not' and parentheses more than 32 levels deep"])
        let parens = String(repeating: "(", count: 33) + "power_sharing_agreed" + String(repeating: ")", count: 33)
        #expect(errors(parens) == ["32: the condition nests 'not' and parentheses more than 32 levels deep"])
    }

    @Test func tooManyOperators() {
        // The 101st " or" starts after the first name (20) and 100 repeats of 24 characters, plus its space.
        let text = "power_sharing_agreed" + String(repeating: " or power_sharing_agreed", count: 101)
        #expect(errors(text) == ["2421: the condition uses 'and' and 'or' more than 100 times"])
    }

    @Test func offsetsCountUnicodeScalars() {
        // "e" followed by a combining acute accent is one character but two scalars.
        #expect(errors("era == \"e\u{301}\" and Foo") == ["16: unexpected character 'F' (names and keywords are lowercase)"])
    }

    @Test func aLongStringIsShortenedInMessages() {
        let long = String(repeating: "x", count: 60)
        #expect(errors("year > 1 \"\(long)\"")
            == ["9: expected 'and', 'or' or the end of the condition, found \"\(String(repeating: "x", count: 39))…\""])
    }
}

struct ConditionTypeErrorTests {
    @Test func unknownNameWithASuggestion() {
        #expect(errors("inclusivty >= 2") == ["0: unknown name 'inclusivty' (did you mean 'inclusivity'?)"])
    }

    @Test func unknownNameWithoutASuggestion() {
        #expect(errors("zzz >= 2") == ["0: unknown name 'zzz': not a dimension, an indicator or a case fact of this rubric"])
    }

    @Test func everyNameAndTypeErrorIsReported() {
        #expect(errors("inclusivty >= 2 and side_unity == \"splintered\" or side_unity < 1") == [
            "0: unknown name 'inclusivty' (did you mean 'inclusivity'?)",
            "34: \"splintered\" is not a category of indicator 'side_unity'; its categories are united, mostly_united, divided, fragmented",
            "50: '<' compares numbers, but indicator 'side_unity' is text",
        ])
    }

    @Test func orderingNeedsNumbersOnBothSides() {
        #expect(errors("era < \"x\"") == [
            "0: '<' compares numbers, but case fact 'era' is text",
            "6: '<' compares numbers, but \"x\" is text",
        ])
        #expect(errors("power_sharing_agreed >= true") == [
            "0: '>=' compares numbers, but indicator 'power_sharing_agreed' is true or false",
            "24: '>=' compares numbers, but true is true or false",
        ])
    }

    @Test func equalityNeedsOneKindOfValue() {
        #expect(errors("power_sharing_agreed == 1") == ["24: cannot compare indicator 'power_sharing_agreed' (true or false) with 1 (a number)"])
        #expect(errors("inclusivity == \"high\"") == ["15: cannot compare dimension 'inclusivity' (a number) with \"high\" (text)"])
        #expect(errors("side_unity != power_sharing_agreed")
            == ["14: cannot compare indicator 'side_unity' (text) with indicator 'power_sharing_agreed' (true or false)"])
        #expect(errors("year == false") == ["8: cannot compare case fact 'year' (a number) with false (true or false)"])
    }

    @Test func categoryLiteralsMustBeCategories() {
        #expect(errors("side_unity == \"divded\"")
            == ["14: \"divded\" is not a category of indicator 'side_unity' (did you mean \"divided\"?); its categories are united, mostly_united, divided, fragmented"])
        #expect(errors("\"splintered\" != side_unity")
            == ["0: \"splintered\" is not a category of indicator 'side_unity'; its categories are united, mostly_united, divided, fragmented"])
    }

    @Test func caseFactLiteralsMustBeValues() {
        #expect(errors("outcome == \"won\"") == ["11: \"won\" is not a value of case fact 'outcome'; its values are held, failed, partial, unknown"])
        #expect(errors("kind == \"acord\"")
            == ["8: \"acord\" is not a value of case fact 'kind' (did you mean \"accord\"?); its values are accord, ceasefire, proposal, talks, mediation, programme, charter"])
    }

    @Test func eraTakesAnyText() throws {
        #expect(try parse("era == \"pdpa-mujahedin\"") == .comparison(.name("era"), .equal, .text("pdpa-mujahedin")))
    }

    @Test func aBareNameMustBeBoolean() {
        #expect(errors("inclusivity") == ["0: dimension 'inclusivity' is a number, not true or false; compare it, as in 'inclusivity >= 2'"])
        #expect(errors("not side_unity")
            == ["4: indicator 'side_unity' is text, not true or false; compare it, as in 'side_unity == \"united\"'"])
        #expect(errors("era") == ["0: case fact 'era' is text, not true or false; compare it, as in 'era == \"value\"'"])
    }

    @Test func aConditionMustNameSomething() {
        #expect(errors("true") == ["0: true alone is a constant; a condition must name a dimension, an indicator or a case fact"])
        #expect(errors("1 == 1") == ["0: the comparison has no name; compare a dimension, an indicator or a case fact with a value"])
    }

    @Test func nameAgainstNameOfOneKindIsFine() throws {
        #expect(try parse("inclusivity < guarantors") == .comparison(.name("inclusivity"), .less, .name("guarantors")))
        #expect(try parse("violent_incidents >= 3 and kind == \"ceasefire\"").names == ["violent_incidents", "kind"])
    }

    @Test func vocabularyOfARubricHasItsDimensionsIndicatorsAndFacts() throws {
        let rubric = try shippedRubric("default")
        let vocabulary = ConditionVocabulary(rubric: rubric)
        #expect(vocabulary.names["inclusivity"] == ConditionName(role: .dimension, type: .number))
        #expect(vocabulary.names["society_represented"] == ConditionName(role: .indicator, type: .boolean))
        #expect(vocabulary.names["side_unity"]
            == ConditionName(role: .indicator, type: .text(values: ["united", "mostly_united", "divided", "fragmented"])))
        #expect(vocabulary.names["year"] == ConditionName(role: .caseFact, type: .number))
        #expect(vocabulary.names.count == 4 + 8 + 6 + 4)
    }
}
