import CasebookModel
import DatasetImport
import Testing

/// Our coding of three Afghan agreements, built by hand, linked to PA-X 482 and 409 and UCDP's Islamabad and Mahipar rows.
enum OurCasebook {
    static func observation(_ caseID: String, _ indicator: String, _ value: ObservedValue) -> Observation {
        let evidence = EvidenceItem(id: "\(caseID)/\(indicator)/1", caseID: caseID, indicatorID: indicator, sourceID: "study",
                                    locator: .document(section: "Lessons", line: 1), quote: "q", stance: .supports)
        return Observation(indicatorID: indicator, value: value, rationale: "r", confidence: .medium, evidence: [evidence])
    }

    static func accord(_ id: String, _ date: PartialDate, _ outcome: Outcome, _ links: [String], _ values: [(String, ObservedValue)]) -> Case {
        Case(id: id, name: id, era: "mujahedin-factions", date: CaseDate(from: date), venue: nil, kind: .accord, outcome: outcome,
             sameAs: links, parties: [], mediators: [], guarantors: [], observations: values.map { observation(id, $0.0, $0.1) },
             notInSources: [], conflicts: [])
    }

    static let casebook = Casebook(
        sources: [Source(id: "study", title: "Study", author: "A", publisher: "P", date: "2021", file: "s.txt", kind: .study)],
        eras: [Era(id: "mujahedin-factions", name: "Mujahedin", start: 1989, end: 1996)],
        cases: [
            accord("peshawar-accord-1992", PartialDate(year: 1992, month: 4, day: 24), .partial, ["pa-x:482"], [
                ("armed_actors_at_table", .category("most")), ("power_sharing_agreed", .boolean(true)),
                ("external_guarantee", .category("none")), ("enforcement_mechanism", .boolean(true)),
            ]),
            accord("islamabad-accord-1993", PartialDate(year: 1993, month: 3), .failed, ["pa-x:409", "ucdp:7001993030701"], [
                ("external_guarantee", .category("regional_states")), ("monitoring_mechanism", .category("none")),
            ]),
            accord("mahipar-agreement-1995", PartialDate(year: 1995), .failed, ["ucdp:7001996052401"], [
                ("power_sharing_agreed", .boolean(false)), ("monitoring_mechanism", .category("none")),
            ]),
            accord("phantom-accord", PartialDate(year: 1994), .unknown, ["pa-x:999999"], []),
        ],
        conflicts: [])
}

@Suite(.enabled(if: TestFiles.datasetsPresent, "needs pax_v3.csv and ucdp_peace_agreements_1975_2011.csv in ../shared/external"))
struct CasebookComparisonTests {
    @Test func paXCodingsAreLinedUpIndicatorByIndicator() throws {
        let (pax, _) = try RealDatasetImportTests.imported("pa-x", ImportOptions(rowIDs: ["482", "409"]))
        let report = CasebookComparison.compare(ours: OurCasebook.casebook, theirs: pax.casebook)
        #expect(report.pairs.map { "\($0.oursID) ↔ \($0.theirsID)" } == ["islamabad-accord-1993 ↔ pa-x-409", "peshawar-accord-1992 ↔ pa-x-482"])
        // UCDP links are not PA-X's business; the link to a row PA-X does not hold is reported.
        #expect(report.unmatchedLinks == [UnmatchedLink(oursID: "phantom-accord", link: "pa-x:999999")])

        let islamabad = report.pairs[0]
        #expect(islamabad.indicators.map { "\($0.indicatorID) \($0.status.rawValue)" } == [
            "enforcement_mechanism only_theirs", "external_guarantee only_ours", "monitoring_mechanism agree",
            "power_sharing_agreed only_theirs", "society_represented only_theirs",
        ])
        #expect(islamabad.dateConflict == nil)
        #expect(islamabad.outcome == nil)

        let peshawar = report.pairs[1]
        #expect(peshawar.indicators.map { "\($0.indicatorID) \($0.status.rawValue)" } == [
            "armed_actors_at_table only_ours", "enforcement_mechanism disagree", "external_guarantee agree",
            "monitoring_mechanism only_theirs", "power_sharing_agreed agree", "society_represented only_theirs",
        ])
        let disagreement = peshawar.indicators[1]
        #expect(disagreement.ours == .boolean(true) && disagreement.theirs == .boolean(false))
        #expect(disagreement.oursEvidence == ["peshawar-accord-1992/enforcement_mechanism/1"])
        #expect(disagreement.theirsEvidence == ["row 482, column ImE: ImE = 0"])
        #expect((report.count(.agree), report.count(.disagree), report.count(.onlyOurs), report.count(.onlyTheirs)) == (3, 1, 2, 5))
    }

    @Test func ucdpDatesTheMahiparAgreementAYearLater() throws {
        let (ucdp, _) = try RealDatasetImportTests.imported("ucdp", ImportOptions(countryContains: "Afghanistan"))
        let report = CasebookComparison.compare(ours: OurCasebook.casebook, theirs: ucdp.casebook)
        #expect(report.pairs.map(\.link) == ["ucdp:7001993030701", "ucdp:7001996052401"])
        #expect(report.unmatchedLinks.isEmpty)
        let mahipar = report.pairs[1]
        #expect(mahipar.dateConflict == DateConflict(ours: CaseDate(from: PartialDate(year: 1995)),
                                                     theirs: CaseDate(from: PartialDate(year: 1996, month: 5, day: 24))))
        #expect(mahipar.outcome == OutcomeComparison(ours: .failed, theirs: .failed))
        // Our "1993-03" and UCDP's 1993-03-07 agree on the year.
        #expect(report.pairs[0].dateConflict == nil)

        let row1 = "row 7001993030701"
        let row2 = "row 7001996052401"
        #expect(ComparisonRenderer.text(report) == """
            2 linked cases: 2 agree, 1 disagree, 1 only ours, 1 only theirs; 1 date conflict, 0 unmatched links.

            islamabad-accord-1993 ↔ ucdp-7001993030701 (ucdp:7001993030701, Islamabad accord)
              outcome: agree (failed)
              agree        monitoring_mechanism: none [\(row1), column PKO: PKO = 0; \(row1), column Co_impl: Co_impl = 0]
              only ours    external_guarantee: regional_states
              only theirs  power_sharing_agreed: true [\(row1), column Shagov: Shagov = 0; \(row1), column Intgov: Intgov = 0; \(row1), column Interrim: Interrim = 1]

            mahipar-agreement-1995 ↔ ucdp-7001996052401 (ucdp:7001996052401, Mahipar agreement)
              date conflict: ours 1995, theirs 1996-05-24
              outcome: agree (failed)
              disagree     power_sharing_agreed: ours false, theirs true [\(row2), column Shagov: Shagov = 0; \(row2), column Intgov: Intgov = 0; \(row2), column Interrim: Interrim = 1]
              agree        monitoring_mechanism: none [\(row2), column PKO: PKO = 0; \(row2), column Co_impl: Co_impl = 0]

            """)

        let rows = ComparisonRenderer.rows(report)
        #expect(rows.count == 1 + 2 + 1 + 3 + 2)
        #expect(rows[0] == ["our_case", "their_case", "link", "item", "status", "ours", "theirs", "our_evidence", "their_evidence"])
        #expect(rows.contains(["mahipar-agreement-1995", "ucdp-7001996052401", "ucdp:7001996052401", "date", "conflict", "1995", "1996-05-24", "", ""]))
        #expect(rows.contains(["mahipar-agreement-1995", "ucdp-7001996052401", "ucdp:7001996052401", "power_sharing_agreed", "disagree",
                               "false", "true", "mahipar-agreement-1995/power_sharing_agreed/1",
                               "\(row2), column Shagov: Shagov = 0; \(row2), column Intgov: Intgov = 0; \(row2), column Interrim: Interrim = 1"]))

        let markdown = ComparisonRenderer.markdown(report)
        #expect(markdown.contains("## Date conflicts\n\n| Our case | Their case | Ours | Theirs |\n| --- | --- | --- | --- |\n"
                                  + "| mahipar-agreement-1995 | ucdp-7001996052401 | 1995 | 1996-05-24 |\n"))
        #expect(markdown.contains("| mahipar-agreement-1995 | ucdp-7001996052401 | power_sharing_agreed | disagree | false | true | "))
    }

}

@Suite struct DateConflictTests {
    @Test func unknownYearsAndRangesDoNotConflict() {
        func pair(_ ours: CaseDate, _ theirs: CaseDate) -> DateConflict? {
            var mine = OurCasebook.accord("a", PartialDate(year: 1), .unknown, ["x:1"], [])
            mine.date = ours
            var other = OurCasebook.accord("x-1", PartialDate(year: 1), .unknown, ["x:1"], [])
            other.date = theirs
            let book = { (item: Case) in Casebook(sources: [], eras: [], cases: [item], conflicts: []) }
            return CasebookComparison.compare(ours: book(mine), theirs: book(other)).pairs.first?.dateConflict
        }
        let year = { (y: Int) in CaseDate(from: PartialDate(year: y)) }
        #expect(pair(.unknown, year(1996)) == nil)
        #expect(pair(CaseDate(from: PartialDate(year: 1995), to: PartialDate(year: 1996)), year(1996)) == nil)
        #expect(pair(CaseDate(from: PartialDate(year: 1995), to: PartialDate(year: 1996)), year(1997)) != nil)
    }
}
