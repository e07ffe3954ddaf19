import CasebookModel
import Testing

/// Each kind of bad input, made by changing one thing in a minimal valid case (or in the sources, eras or
/// conflicts file), must be rejected with its exact message and position.
@Suite struct CasebookLoaderErrorTests {
    private static let path = "Casebook/cases/c1.yaml"

    /// Line numbers are referred to by the tests below: indicator value 10:16, value 11:12, source 15:17,
    /// line 17:15, quote 18:16, not_in_sources dimension 20:16.
    private static let minimalCase = """
        id: c1
        name: Case one
        era: early
        date: "1988"
        venue: unknown
        kind: talks
        outcome: unknown
        parties: []
        observations:
          - indicator: society_represented
            value: true
            rationale: Said so.
            confidence: high
            evidence:
              - source: study
                section: Failures
                line: 3
                quote: "The armed factions were excluded."
        not_in_sources:
          - dimension: guarantors
            note: Silent.

        """

    private static func errors(in caseText: String, path: String = path) -> [String] {
        Fixtures.errors(Fixtures.files(cases: [(path, caseText)], conflicts: nil))
    }

    private static func errors(replacing old: String, with new: String) -> [String] {
        precondition(minimalCase.contains(old), "fixture lacks \(old)")
        return errors(in: minimalCase.replacingOccurrences(of: old, with: new))
    }

    @Test func minimalCaseIsValid() {
        #expect(Self.errors(in: Self.minimalCase) == [])
    }

    @Test func unknownKeyWithSuggestionAndTheMissingKeyItLeaves() {
        #expect(Self.errors(replacing: "    rationale:", with: "    rational:") == [
            "\(Self.path):10:5: missing required key 'rationale' in observation",
            "\(Self.path):12:5: unknown key 'rational' in observation (did you mean 'rationale'?)",
        ])
    }

    @Test func missingKey() {
        #expect(Self.errors(replacing: "name: Case one", with: "# no name") == ["\(Self.path):1:1: missing required key 'name' in case"])
    }

    @Test func wrongTypes() {
        #expect(Self.errors(replacing: "parties: []", with: "parties: none") == ["\(Self.path):8:10: parties must be a list, found a scalar"])
        #expect(Self.errors(replacing: "line: 3", with: "line: three") == ["\(Self.path):17:15: line must be a number, found 'three'"])
        #expect(Self.errors(replacing: "kind: talks", with: "kind: talk") == [
            "\(Self.path):6:7: kind 'talk' is not one of accord, ceasefire, proposal, talks, mediation, programme, charter (did you mean 'talks'?)",
        ])
    }

    @Test func unknownEraAndSource() {
        #expect(Self.errors(replacing: "era: early", with: "era: erly") == ["\(Self.path):3:6: unknown era 'erly' (did you mean 'early'?)"])
        #expect(Self.errors(replacing: "source: study", with: "source: studdy") == [
            "\(Self.path):15:17: unknown source 'studdy' (did you mean 'study'?)",
        ])
    }

    @Test func caseIDMustMatchTheFileName() {
        #expect(Self.errors(in: Self.minimalCase, path: "Casebook/cases/c2.yaml") == [
            "Casebook/cases/c2.yaml:1:5: case id 'c1' does not match the file name 'c2.yaml'; name the file 'c1.yaml'",
        ])
    }

    @Test func aMismatchedIDThatIsAnotherFilesCaseIsCalledADuplicate() {
        let files = Fixtures.files(cases: [("Casebook/cases/c1.yaml", Self.minimalCase), ("Casebook/cases/c1-copy.yaml", Self.minimalCase)],
                                   conflicts: nil)
        #expect(Fixtures.errors(files) == [
            "Casebook/cases/c1-copy.yaml:1:5: case id 'c1' is already the case of c1.yaml; give the case in 'c1-copy.yaml' its own id and name the file after it",
        ])
    }

    @Test func duplicateCaseIDs() {
        let files = Fixtures.files(cases: [("a/c1.yaml", Self.minimalCase), ("b/c1.yaml", Self.minimalCase)], conflicts: nil)
        #expect(Fixtures.errors(files) == ["b/c1.yaml:1:5: duplicate case id 'c1' (first in a/c1.yaml)"])
        let brokenSecond = Self.minimalCase.replacingOccurrences(of: "era: early", with: "era: erly")
        let both = Fixtures.files(cases: [("a/c1.yaml", Self.minimalCase), ("b/c1.yaml", brokenSecond)], conflicts: nil)
        #expect(Fixtures.errors(both) == [
            "b/c1.yaml:1:5: duplicate case id 'c1' (first in a/c1.yaml)",
            "b/c1.yaml:3:6: unknown era 'erly' (did you mean 'early'?)",
        ])
    }

    @Test func duplicateSourceAndEraIDs() {
        let sources = Fixtures.sources.replacingOccurrences(of: "id: brief", with: "id: study")
        let eras = Fixtures.eras.replacingOccurrences(of: "id: late", with: "id: early")
        let files = Fixtures.files(sources: sources, eras: eras, cases: [(Self.path, Self.minimalCase)], conflicts: nil)
        #expect(Fixtures.errors(files) == [
            "Casebook/eras.yaml:6:9: duplicate era id 'early' (first on line 2)",
            "Casebook/sources.yaml:9:9: duplicate source id 'study' (first on line 2)",
        ])
    }

    @Test func unknownIndicatorWithSuggestion() {
        #expect(Self.errors(replacing: "indicator: society_represented", with: "indicator: society_representd") == [
            "\(Self.path):10:16: unknown indicator 'society_representd' in rubric 'test' (did you mean 'society_represented'?)",
        ])
    }

    @Test func valuesOfTheWrongTypeForTheIndicator() {
        func errors(indicator: String, value: String) -> [String] {
            Self.errors(in: Self.minimalCase
                .replacingOccurrences(of: "indicator: society_represented", with: "indicator: \(indicator)")
                .replacingOccurrences(of: "value: true", with: "value: \(value)"))
        }
        let at = "\(Self.path):11:12:"
        #expect(errors(indicator: "society_represented", value: "yes") == ["\(at) value of boolean indicator 'society_represented' must be true or false"])
        #expect(errors(indicator: "society_represented", value: "\"true\"") == ["\(at) value of boolean indicator 'society_represented' must be true or false"])
        #expect(errors(indicator: "armed_actors_at_table", value: "mostly") == [
            "\(at) value 'mostly' is not a category of indicator 'armed_actors_at_table' (all, most, some, few, none); did you mean 'most'?",
        ])
        #expect(errors(indicator: "trust", value: "7") == ["\(at) value 7 of ordinal indicator 'trust' is out of range 1...5"])
        #expect(errors(indicator: "trust", value: "high") == ["\(at) value of ordinal indicator 'trust' must be a number, found 'high'"])
        #expect(errors(indicator: "talks_rounds", value: "-1") == ["\(at) value -1 of count indicator 'talks_rounds' must not be negative"])
        #expect(errors(indicator: "talks_rounds", value: "2.5") == ["\(at) value of count indicator 'talks_rounds' must be a whole number, found 2.5"])
        #expect(errors(indicator: "faction_share", value: "1.5") == ["\(at) value 1.5 of share indicator 'faction_share' is out of range 0...1"])
        #expect(errors(indicator: "faction_share", value: "'0.5'") == ["\(at) value of share indicator 'faction_share' must be a number, found text"])
        #expect(errors(indicator: "spoiler_unchecked", value: "false") == [])
    }

    @Test func duplicateObservationOfAnIndicator() {
        let lines = Self.minimalCase.split(separator: "\n", omittingEmptySubsequences: false)
        let doubled = (lines[0..<18] + lines[9..<18] + lines[18...]).joined(separator: "\n")
        #expect(Self.errors(in: doubled) == [
            "\(Self.path):19:16: indicator 'society_represented' is observed twice in this case (first on line 10)",
        ])
    }

    @Test func quotesMustBeNonEmptyAndAtMost400Characters() {
        #expect(Self.errors(replacing: "\"The armed factions were excluded.\"", with: "\"\"") == ["\(Self.path):18:16: quote must not be empty"])
        let long = String(repeating: "a", count: 401)
        #expect(Self.errors(replacing: "The armed factions were excluded.", with: long) == [
            "\(Self.path):18:16: quote is 401 characters; the limit is 400",
        ])
        #expect(Self.errors(replacing: "The armed factions were excluded.", with: String(repeating: "a", count: 400)) == [])
    }

    @Test func lineNumbersStartAtOne() {
        #expect(Self.errors(replacing: "line: 3", with: "line: 0") == ["\(Self.path):17:15: line must be 1 or more, found 0"])
    }

    @Test func datesInEveryAcceptedForm() throws {
        func date(_ written: String) throws -> CaseDate? {
            let files = Fixtures.files(cases: [(Self.path, Self.minimalCase.replacingOccurrences(of: "date: \"1988\"", with: "date: \(written)"))],
                                       conflicts: nil)
            return try CasebookLoader.load(files, rubric: TestRubric.rubric).case("c1")?.date
        }
        #expect(try date("1988") == CaseDate(from: PartialDate(year: 1988)))
        #expect(try date("\"1988-04\"") == CaseDate(from: PartialDate(year: 1988, month: 4)))
        #expect(try date("1988-04-14") == CaseDate(from: PartialDate(year: 1988, month: 4, day: 14)))
        #expect(try date("\"2000-02-29\"") == CaseDate(from: PartialDate(year: 2000, month: 2, day: 29)))
        #expect(try date("unknown") == .unknown)
        #expect(try date("{from: \"1989-05\", to: 1989}") == CaseDate(from: PartialDate(year: 1989, month: 5), to: PartialDate(year: 1989)))
    }

    @Test func badDates() {
        let at = "\(Self.path):4:7:"
        func errors(_ written: String) -> [String] { Self.errors(replacing: "date: \"1988\"", with: "date: \(written)") }
        #expect(errors("\"1988-13-01\"") == ["\(at) date '1988-13-01' has month 13; months run 01–12"])
        #expect(errors("\"1988-02-30\"") == ["\(at) date '1988-02-30' has day 30; 1988-02 has 29 days"])
        #expect(errors("\"1900-02-29\"") == ["\(at) date '1900-02-29' has day 29; 1900-02 has 28 days"])
        #expect(errors("April 1988") == ["\(at) date 'April 1988' must be YYYY, YYYY-MM, YYYY-MM-DD, unknown, or a range {from, to}"])
        #expect(errors("\"88-04\"") == ["\(at) date '88-04' must be YYYY, YYYY-MM, YYYY-MM-DD, unknown, or a range {from, to}"])
        #expect(errors("{from: \"1990\", to: \"1989-12-31\"}") == ["\(at) date range starts (1990) after it ends (1989-12-31)"])
        #expect(errors("{from: \"1990\", to: unknown}") == ["\(Self.path):4:26: date range end 'unknown' must be YYYY, YYYY-MM or YYYY-MM-DD"])
        #expect(errors("{from: \"1990\"}") == ["\(at) missing required key 'to' in date range"])
    }

    @Test func unknownDimensionInNotInSources() {
        #expect(Self.errors(replacing: "dimension: guarantors", with: "dimension: guarantor") == [
            "\(Self.path):20:16: unknown dimension 'guarantor' in rubric 'test' (did you mean 'guarantors'?)",
        ])
    }

    @Test func dimensionBothObservedAndNotInSources() {
        #expect(Self.errors(replacing: "dimension: guarantors", with: "dimension: inclusivity") == [
            "\(Self.path):20:16: dimension 'inclusivity' is marked not_in_sources but its indicator 'society_represented' is observed on line 10",
        ])
    }

    @Test func evidenceMustCiteSomething() {
        let lines = Self.minimalCase.split(separator: "\n", omittingEmptySubsequences: false)
        let bare = (lines[0..<13] + ["    evidence: []"] + lines[18...]).joined(separator: "\n")
        #expect(Self.errors(in: bare) == ["\(Self.path):14:15: evidence must cite at least one quote"])
    }

    @Test func conflictsNeedTwoClaimsAKnownSubjectAndAUniqueID() {
        let conflicts = Fixtures.conflicts
            .replacingOccurrences(of: "subject: late", with: "subject: lat")
            .components(separatedBy: "      - value: \"2023\"")[0]
            + "  - id: accord-a-year\n    subject: early\n    fact: again\n    claims: []\n"
        let files = Fixtures.files(conflicts: conflicts)
        #expect(Fixtures.errors(files) == [
            "Casebook/cases/accord-a.yaml:54:9: duplicate conflict id 'accord-a-year' (first at Casebook/conflicts.yaml:11:9)",
            "Casebook/conflicts.yaml:3:14: unknown subject 'lat'; a conflict is about a case id or an era id (did you mean 'late'?)",
            "Casebook/conflicts.yaml:6:7: conflict 'late-fall-year' has 1 claim; it needs at least two",
            "Casebook/conflicts.yaml:14:13: conflict 'accord-a-year' has 0 claims; it needs at least two",
        ])
    }

    @Test func everyErrorOfEveryFileIsReportedInOneRun() {
        let broken = Self.minimalCase
            .replacingOccurrences(of: "era: early", with: "era: erly")
            .replacingOccurrences(of: "date: \"1988\"", with: "date: \"1988-13-01\"")
            .replacingOccurrences(of: "value: true", with: "value: 3")
            .replacingOccurrences(of: "line: 3", with: "line: -2")
        let sources = Fixtures.sources.replacingOccurrences(of: "kind: issue_brief", with: "kind: brief")
        let files = Fixtures.files(sources: sources, cases: [(Self.path, broken), ("Casebook/cases/c3.yaml", "id: [")], conflicts: nil)
        #expect(Fixtures.errors(files) == [
            "\(Self.path):3:6: unknown era 'erly' (did you mean 'early'?)",
            "\(Self.path):4:7: date '1988-13-01' has month 13; months run 01–12",
            "\(Self.path):11:12: value of boolean indicator 'society_represented' must be true or false",
            "\(Self.path):17:15: line must be 1 or more, found -2",
            "Casebook/cases/c3.yaml:1:6: YAML syntax error: did not find expected node content while parsing a flow node",
            "Casebook/sources.yaml:15:11: kind 'brief' is not one of study, issue_brief, article, encyclopedia_entry, dataset",
        ])
    }
}
