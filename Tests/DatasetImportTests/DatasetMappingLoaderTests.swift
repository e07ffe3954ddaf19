import CasebookModel
import DatasetImport
import MatrixSupport
import RubricModel
import Testing

@Suite struct DatasetMappingLoaderTests {
    let rubric: Rubric

    init() throws {
        rubric = try ExtendedRubric.load()
    }

    private func load(_ text: String, rubric: Rubric?) throws(DiagnosticList) -> DatasetMapping {
        try DatasetMappingLoader.load(SourceText(text: text, path: "m.yaml"), rubric: rubric)
    }

    private func errors(_ text: String, withRubric: Bool = true) -> [String] {
        do {
            _ = try load(text, rubric: withRubric ? rubric : nil)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    /// A valid mapping; tests replace one line or block to break it.
    private let valid = """
        dataset: demo
        name: Demo dataset
        version: "1.2"
        publisher: Demo publisher
        file: demo.csv
        id_column: Id
        name_column: Title
        date_column: Date
        date_format: YYYY-MM-DD
        indicators:
          - indicator: power_sharing_agreed
            transform: threshold
            columns:
              - name: Ps
                meaning: Power sharing, 0 to 3.
                range: [0, 3]
            at_least: 1
            then: true
            otherwise: false
            confidence: medium
            gap: Provision in the text.
          - indicator: monitoring_mechanism
            transform: table
            columns:
              - name: Mon
                meaning: Monitoring, none/some/all.
            values:
              "0": none
              "1": partial
              "2": ~
            confidence: low
            gap: Provision in the text.
        unmapped:
          - column: Cf
            meaning: Ceasefire provision.
            reason: Not compliance.

        """

    @Test func theShippedMappingsValidateAgainstTheExtendedRubric() throws {
        let pax = try DatasetMappingLoader.load(TestFiles.source("Rubrics/mappings/pa-x.yaml"), rubric: rubric)
        #expect(pax.sourceID == "pa-x-v3")
        #expect(pax.indicators.map(\.indicatorID) == [
            "society_represented", "power_sharing_agreed", "external_guarantee", "enforcement_mechanism", "monitoring_mechanism",
        ])
        #expect(pax.indicators.map(\.summary) == [
            "any of Civso, GeWom, Tral above 0 → true, otherwise false",
            "any of Polps, PolNewTemp above 0 → true, otherwise false",
            "any of ImUN, ImOth, SsrGua, ImE above 0 → no observation, otherwise none",
            "ImE: 0 → false, 1 → true",
            "any of ImPK, ImE above 0 → no observation, otherwise none",
        ])
        #expect(pax.unmapped.map(\.column) == ["Ce", "CeProv", "CeGen", "Part", "ThrdPart", "GRa", "GRe", "Mps", "UcdpAgr"])
        #expect(pax.outcome == nil)

        let ucdp = try DatasetMappingLoader.load(TestFiles.source("Rubrics/mappings/ucdp.yaml"), rubric: rubric)
        #expect(ucdp.sourceID == "ucdp-v2")
        #expect(ucdp.indicators.map(\.summary) == [
            "inclusive: 1 → all, 2 → no observation",
            "any of Shagov, Intgov, Interrim above 0 → true, otherwise false",
            "any of PKO, Co_impl above 0 → no observation, otherwise none",
        ])
        #expect(ucdp.outcome?.outcome(for: "1") == .failed)
        #expect(ucdp.outcome?.outcome(for: "0") == .unknown)
        #expect(ucdp.unmapped.map(\.column) == ["cease", "pa_3rd", "pa_sign", "Withd", "pa_type"])
    }

    @Test func theReadmeExampleIsAValidMapping() throws {
        let readme = try TestFiles.source("Rubrics/mappings/README.md").text
        let start = try #require(readme.range(of: "```yaml\n# example"))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let example = "# example" + readme[start.upperBound..<end.lowerBound]
        let mapping = try load(example, rubric: nil)
        #expect(mapping.indicators.map(\.transform.name) == ["threshold", "any_of", "table", "rescale"])
        #expect(mapping.outcome?.outcome(for: "1") == .failed)
        #expect(errors(example) == ["m.yaml:59:16: unknown indicator 'talks_rounds' in rubric 'extended'"])
    }

    @Test func aValidMappingReadsInFull() throws {
        let mapping = try load(valid, rubric: rubric)
        #expect(mapping.sourceID == "demo-v1-2")
        #expect(mapping.author == "not stated")
        #expect(mapping.columnsRead == ["Id", "Title", "Date", "Ps", "Mon"])
        #expect(mapping.indicators[0].transform == .threshold(atLeast: 1, then: .boolean(true), otherwise: .boolean(false)))
        #expect(mapping.indicators[0].columns == [MappedColumn(name: "Ps", meaning: "Power sharing, 0 to 3.", range: 0...3)])
        #expect(mapping.indicators[1].transform == .table([
            TableEntry(raw: "0", value: .category("none")), TableEntry(raw: "1", value: .category("partial")), TableEntry(raw: "2", value: nil),
        ]))
        #expect(mapping.unmapped == [UnmappedColumn(column: "Cf", meaning: "Ceasefire provision.", reason: "Not compliance.")])
    }

    @Test func aMappingIsShownWithItsMeaningsAndGaps() throws {
        let mapping = try load(valid, rubric: rubric)
        #expect(MappingRenderer.text(mapping) == """
            Demo dataset, version 1.2 (source demo-v1-2), Demo publisher
            rows: id Id, name Title, date Date (YYYY-MM-DD)
            outcome: unknown for every row
            power_sharing_agreed (confidence medium): Ps ≥ 1 → true, otherwise false
              Ps [0...3]: Power sharing, 0 to 3.
              gap: Provision in the text.
            monitoring_mechanism (confidence low): Mon: 0 → none, 1 → partial, 2 → no observation
              Mon: Monitoring, none/some/all.
              gap: Provision in the text.
            unmapped:
              Cf: Ceasefire provision.
                why not: Not compliance.

            """)
    }

    @Test func unknownAndMissingKeysAreReported() {
        let text = valid.replacingOccurrences(of: "publisher: Demo publisher\n", with: "publsher: Demo publisher\n")
            .replacingOccurrences(of: "    at_least: 1\n", with: "    at_leest: 1\n")
        #expect(errors(text) == [
            "m.yaml:1:1: missing required key 'publisher' in mapping file",
            "m.yaml:4:1: unknown key 'publsher' in mapping file (did you mean 'publisher'?)",
            "m.yaml:11:5: missing required key 'at_least' in indicator entry 'power_sharing_agreed'",
            "m.yaml:17:5: unknown key 'at_leest' in indicator entry 'power_sharing_agreed' (did you mean 'at_least'?)",
        ])
    }

    @Test func wrongTypesAreReported() {
        let text = valid.replacingOccurrences(of: "range: [0, 3]", with: "range: [0, three]")
            .replacingOccurrences(of: "date_format: YYYY-MM-DD", with: "date_format: DD/MM/YYYY")
            .replacingOccurrences(of: "confidence: low", with: "confidence: [low]")
        #expect(errors(text) == [
            "m.yaml:9:14: date_format 'DD/MM/YYYY' is not one of YYYY-MM-DD, YYYY-MM, YYYY",
            "m.yaml:16:20: range maximum must be a number, found 'three'",
            "m.yaml:31:17: confidence must be text, found a list",
        ])
    }

    @Test func unknownIndicatorsAreReportedOnlyAgainstARubric() {
        let text = valid.replacingOccurrences(of: "indicator: monitoring_mechanism", with: "indicator: monitoring_mechansim")
        #expect(errors(text) == [
            "m.yaml:22:16: unknown indicator 'monitoring_mechansim' in rubric 'extended' (did you mean 'monitoring_mechanism'?)",
        ])
        #expect(errors(text, withRubric: false) == [])
    }

    @Test func valuesOutsideTheIndicatorsTypeOrCategoriesAreReported() {
        let text = valid.replacingOccurrences(of: "then: true", with: "then: yes")
            .replacingOccurrences(of: "\"1\": partial", with: "\"1\": partal")
        #expect(errors(text) == [
            "m.yaml:18:11: value for boolean indicator 'power_sharing_agreed' must be true, false or ~, found 'yes'",
            "m.yaml:29:12: value 'partal' is not a category of indicator 'monitoring_mechanism' (comprehensive, partial, none); did you mean 'partial'?",
        ])
    }

    @Test func rescalesMustFitTheIndicator() {
        let rescale = """
              - indicator: armed_actors_at_table
                transform: rescale
                columns:
                  - name: Actors
                    meaning: Share of actors.
                    range: [0, 3]
                to: [0, 1]
                confidence: low
                gap: Different.
            unmapped:
            """
        let text = valid.replacingOccurrences(of: "unmapped:", with: rescale)
        #expect(errors(text) == ["m.yaml:39:9: rescale produces numbers, but indicator 'armed_actors_at_table' is category"])

        var shareRubric = rubric
        shareRubric.contextIndicators.append(Indicator(id: "turnout", question: "Share?", type: .share, weight: 1, mapping: nil))
        shareRubric.contextIndicators.append(Indicator(id: "rounds", question: "How many?", type: .ordinal, weight: 1, mapping: .ordinal(from: 0, to: 4)))
        let share = text.replacingOccurrences(of: "armed_actors_at_table", with: "turnout").replacingOccurrences(of: "to: [0, 1]", with: "to: [0, 2]")
        #expect(throws: DiagnosticList.self) { try load(share, rubric: shareRubric) }
        let ordinal = text.replacingOccurrences(of: "armed_actors_at_table", with: "rounds").replacingOccurrences(of: "to: [0, 1]", with: "to: [0, 4]")
        do {
            _ = try load(ordinal, rubric: shareRubric)
            Issue.record("a rescale to fractional levels loaded")
        } catch {
            #expect(error.description == "m.yaml:39:9: rescale turns 1 into 1.3333333333333333, but for ordinal indicator 'rounds' 1.3333333333333333 is not a whole number")
        }
        let fitting = text.replacingOccurrences(of: "armed_actors_at_table", with: "rounds").replacingOccurrences(of: "range: [0, 3]", with: "range: [0, 2]")
            .replacingOccurrences(of: "to: [0, 1]", with: "to: [0, 4]")
        #expect(throws: Never.self) { try load(fitting, rubric: shareRubric) }
    }

    @Test func transformsMustFitTheirColumns() {
        let text = valid.replacingOccurrences(of: "at_least: 1", with: "at_least: 0")
            .replacingOccurrences(of: "\"2\": ~", with: "\"2\": none")
            .replacingOccurrences(of: "otherwise: false", with: "otherwise: ~")
            .replacingOccurrences(of: "\"0\": none\n      \"1\": partial\n      \"2\": none", with: "\"0\": ~\n      \"1\": ~")
        #expect(errors(text) == [
            "m.yaml:17:15: at_least 0 does not split the range 0...3; it must be from 1 to 3",
            "m.yaml:23:16: indicator entry 'monitoring_mechanism' maps every value to ~, so it never produces an observation",
        ])
        let anyOfOne = valid.replacingOccurrences(of: "transform: threshold", with: "transform: any_of")
            .replacingOccurrences(of: "    at_least: 1\n", with: "")
        #expect(errors(anyOfOne) == ["m.yaml:14:7: any_of needs at least two columns; for one column use threshold or table"])
        let twoColumnTable = valid.replacingOccurrences(of: "        meaning: Monitoring, none/some/all.\n",
                                                        with: "        meaning: Monitoring, none/some/all.\n      - name: Mon2\n        meaning: Other.\n")
        #expect(errors(twoColumnTable) == ["m.yaml:25:7: table reads exactly one column, found 2"])
        let rangeOnTable = valid.replacingOccurrences(of: "        meaning: Monitoring, none/some/all.\n",
                                                      with: "        meaning: Monitoring, none/some/all.\n        range: [0, 2]\n")
        #expect(errors(rangeOnTable) == ["m.yaml:27:9: unknown key 'range' in column"])
    }

    @Test func duplicatesAndContradictionsAreReported() {
        let twice = """
              - indicator: power_sharing_agreed
                transform: threshold
                columns:
                  - name: Ps
                    meaning: Power sharing.
                    range: [0, 2]
                at_least: 2
                then: true
                otherwise: false
                confidence: low
                gap: Again.
            unmapped:
              - column: Ps
                meaning: Power sharing.
                reason: Contradiction.
            """
        let text = valid.replacingOccurrences(of: "unmapped:", with: twice)
        #expect(errors(text) == [
            "m.yaml:33:16: indicator 'power_sharing_agreed' is mapped twice (first on line 11)",
            "m.yaml:45:13: column 'Ps' is listed as unmapped but is mapped on line 14",
        ])
        let rangeClash = valid.replacingOccurrences(of: "unmapped:", with: twice.replacingOccurrences(of: "power_sharing_agreed", with: "enforcement_mechanism"))
            .replacingOccurrences(of: "  - column: Ps\n    meaning: Power sharing.\n    reason: Contradiction.\n", with: "")
        #expect(errors(rangeClash) == ["m.yaml:36:15: column 'Ps' has range 0...2 here but 0...3 on line 14"])
    }

    @Test func aVersionThatCannotFormASourceIDIsRefused() {
        let text = valid.replacingOccurrences(of: "version: \"1.2\"", with: "version: \"1 beta\"")
        #expect(errors(text) == ["m.yaml:3:10: version '1 beta' must use only a-z, 0-9, '.', '-' and '_', because it is part of the source id"])
    }

    @Test func valuesAreInferredWithoutARubric() throws {
        let text = valid.replacingOccurrences(of: "then: true", with: "then: 3")
        let mapping = try load(text, rubric: nil)
        #expect(mapping.indicators[0].transform == .threshold(atLeast: 1, then: .number(3), otherwise: .boolean(false)))
    }
}
