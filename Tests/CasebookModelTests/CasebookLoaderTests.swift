import CasebookModel
import Foundation
import MatrixSupport
import Testing

@Suite struct CasebookLoaderTests {
    private static let study = "study", brief = "brief"

    private static func evidence(_ caseID: String, _ indicatorID: String, _ n: Int, _ sourceID: String, _ section: String,
                                 _ line: Int, _ quote: String, _ stance: Stance = .supports) -> EvidenceItem {
        EvidenceItem(id: "\(caseID)/\(indicatorID)/\(n)", caseID: caseID, indicatorID: indicatorID, sourceID: sourceID,
                     locator: .document(section: section, line: line), quote: quote, stance: stance)
    }

    private static let expected = Casebook(
        sources: [
            Source(id: "study", title: "A study", author: "An Author", publisher: "A Publisher", date: "April 2021",
                   file: "study.txt", kind: .study),
            Source(id: "brief", title: "A brief", author: "not stated", publisher: "not stated", date: "not stated",
                   file: "brief.txt", kind: .issueBrief),
        ],
        eras: [Era(id: "early", name: "Early era", start: 1980, end: 1992), Era(id: "late", name: "Late era", start: 2021, end: nil)],
        cases: [
            Case(id: "talks-b", name: "Talks B", era: "late",
                 date: CaseDate(from: PartialDate(year: 2021), to: PartialDate(year: 2022, month: 3)),
                 venue: nil, kind: .talks, outcome: .unknown, sameAs: [],
                 parties: [Party(name: "Taliban", side: "taliban", atTable: true)], mediators: [], guarantors: [],
                 observations: [
                     Observation(indicatorID: "talks_rounds", value: .number(3), rationale: "Three rounds.", confidence: .low,
                                 evidence: [evidence("talks-b", "talks_rounds", 1, study, "Failures", 4,
                                                     "\"The talks,\" he said, \"were held in Geneva - not in Kabul.\"")]),
                     Observation(indicatorID: "faction_share", value: .number(0.25), rationale: "A quarter of the factions.",
                                 confidence: .medium,
                                 evidence: [evidence("talks-b", "faction_share", 1, study, "Failures", 6, "parties agreed to meet again.")]),
                     Observation(indicatorID: "trust", value: .number(2), rationale: "Little was agreed.", confidence: .low,
                                 evidence: [evidence("talks-b", "trust", 1, study, "Failures", 10, "Nothing else was agreed.")]),
                     Observation(indicatorID: "spoiler_unchecked", value: .boolean(false), rationale: "No spoiler is named.",
                                 confidence: .low,
                                 evidence: [evidence("talks-b", "spoiler_unchecked", 1, brief, "Brief", 3, "Kabul fell in 2021.")]),
                 ],
                 notInSources: [], conflicts: []),
            Case(id: "accord-a", name: "Accord A", era: "early", date: CaseDate(from: PartialDate(year: 1988, month: 4, day: 14)),
                 venue: "Geneva", kind: .accord, outcome: .failed, sameAs: ["pa-x:482"],
                 parties: [Party(name: "Government", side: "government", atTable: true),
                           Party(name: "Mujahedin", side: "mujahedin", atTable: false)],
                 mediators: [Mediator(name: "A Mediator", affiliation: "United Nations", role: .mediator)],
                 guarantors: ["United States", "Soviet Union"],
                 observations: [
                     Observation(indicatorID: "armed_actors_at_table", value: .category("few"), rationale: "Only governments signed.",
                                 confidence: .high, evidence: [
                                     evidence("accord-a", "armed_actors_at_table", 1, study, "Failures", 3, "The armed factions were excluded."),
                                     evidence("accord-a", "armed_actors_at_table", 2, brief, "Brief", 1, "Some factions attended.", .contradicts),
                                 ]),
                     Observation(indicatorID: "external_guarantee", value: .category("great_powers"), rationale: "Two powers guaranteed it.",
                                 confidence: .medium,
                                 evidence: [evidence("accord-a", "external_guarantee", 1, study, "Failures", 3, "Two powers acted as guarantors.")]),
                 ],
                 notInSources: [MissingDimension(dimensionID: "monitoring", note: "No document describes monitoring."),
                                MissingDimension(dimensionID: "process", note: "The rounds are not described.")],
                 conflicts: [Conflict(id: "accord-a-year", subject: "accord-a", fact: "year of the accord", claims: [
                     ConflictClaim(value: "1988", sourceID: study, locator: .document(section: "Failures", line: 6),
                                   quote: "The negotiations were held in 1988"),
                     ConflictClaim(value: "1989", sourceID: brief, locator: .document(section: "Brief", line: 2),
                                   quote: "The accord was signed in 1989."),
                 ], note: "Both claims are kept.")]),
        ],
        conflicts: [Conflict(id: "late-fall-year", subject: "late", fact: "year Kabul fell", claims: [
            ConflictClaim(value: "2021", sourceID: brief, locator: .document(section: "Brief", line: 3), quote: "Kabul fell in 2021."),
            ConflictClaim(value: "2023", sourceID: brief, locator: .document(section: "Brief", line: 4), quote: "Kabul fell in 2023."),
        ], note: nil)])

    @Test func validCasebookLoadsToTheExpectedModel() throws {
        let casebook = try CasebookLoader.load(Fixtures.files(), rubric: TestRubric.rubric)
        #expect(casebook.cases.map(\.id) == ["accord-a", "talks-b"])
        #expect(casebook == Self.expected)
        #expect(casebook.evidence.map(\.id) == [
            "accord-a/armed_actors_at_table/1", "accord-a/armed_actors_at_table/2", "accord-a/external_guarantee/1",
            "talks-b/talks_rounds/1", "talks-b/faction_share/1", "talks-b/trust/1", "talks-b/spoiler_unchecked/1",
        ])
        #expect(casebook.case("talks-b")?.date.description == "2021/2022-03")
    }

    @Test func positionsPointAtQuotesLinesFilesAndCaseIDs() throws {
        let positions = try CasebookLoader.loadWithPositions(Fixtures.files(), rubric: TestRubric.rubric).positions
        let accord = "Casebook/cases/accord-a.yaml"
        #expect(positions.cases["accord-a"] == .init(path: accord, line: 2, column: 5))
        #expect(positions.sourceFiles["brief"] == .init(path: "Casebook/sources.yaml", line: 14, column: 11))
        #expect(positions.evidence["accord-a/armed_actors_at_table/2"]
                == .init(quote: .init(path: accord, line: 37, column: 16), line: .init(path: accord, line: 36, column: 15)))
        #expect(positions.claims[CasebookPositions.claimKey(conflictID: "accord-a-year", number: 2)]
                == .init(quote: .init(path: accord, line: 66, column: 16), line: .init(path: accord, line: 65, column: 15)))
        #expect(positions.claims["late-fall-year#1"]?.quote == .init(path: "Casebook/conflicts.yaml", line: 10, column: 16))
        #expect(positions.evidence.count == 7)
        #expect(positions.claims.count == 4)
    }

    @Test func contentHashIgnoresLayoutAndCommentsButNotContent() throws {
        let original = try CasebookLoader.load(Fixtures.files(), rubric: TestRubric.rubric)
        let relaidSources = Fixtures.sources
            .replacingOccurrences(of: "    title: \"A brief\"\n    author: \"not stated\"", with: "    author: 'not stated'  # unknown\n    title: A brief")
        #expect(relaidSources != Fixtures.sources)
        let relaid = try CasebookLoader.load(Fixtures.files(sources: relaidSources), rubric: TestRubric.rubric)
        #expect(relaid.contentHash == original.contentHash)
        let changed = try CasebookLoader.load(Fixtures.files(sources: relaidSources.replacingOccurrences(of: "A brief", with: "The brief")),
                                              rubric: TestRubric.rubric)
        #expect(changed.contentHash != original.contentHash)
    }

    /// The hash is of bytes written without JSONEncoder; they must stay the encoder's sorted-key JSON byte for
    /// byte, so that hashes recorded in earlier outputs still match.
    @Test func contentHashIsTheHashOfTheEncodersSortedKeyJSON() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var hostile = ""
        for value in 0..<0x80 { hostile.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        hostile += "é€😀\u{2028}\u{FEFF}\u{85} دری"
        let item = { (n: Int, locator: Locator) in
            EvidenceItem(id: "c/i/\(n)", caseID: "c", indicatorID: "i", sourceID: "s", locator: locator, quote: hostile, stance: .contradicts)
        }
        let claim = ConflictClaim(value: hostile, sourceID: "s", locator: .datasetRow(rowID: "7", column: "Dat"), quote: "q")
        let values: [ObservedValue] = [.boolean(true), .boolean(false), .number(0.1 + 0.2), .number(-0.0), .number(1e21), .number(3),
                                       .number(1e-7), .category(hostile)]
        let full = Case(id: "c", name: hostile, era: "e", date: CaseDate(from: PartialDate(year: 1992, month: 4, day: 24),
                                                                         to: PartialDate(year: 1993)),
                        venue: hostile, kind: .accord, outcome: .held, sameAs: ["pa-x:482", hostile],
                        parties: [Party(name: hostile, side: "s", atTable: false)],
                        mediators: [Mediator(name: "m", affiliation: hostile, role: .facilitator)], guarantors: [hostile],
                        observations: values.enumerated().map { n, value in
                            Observation(indicatorID: "i\(n)", value: value, rationale: hostile, confidence: .medium,
                                        evidence: [item(n, .document(section: hostile, line: n)), item(n + 100, .datasetRow(rowID: "r", column: hostile))])
                        },
                        notInSources: [MissingDimension(dimensionID: "d", note: hostile)],
                        conflicts: [Conflict(id: "k", subject: "c", fact: hostile, claims: [claim, claim], note: hostile)])
        let sparse = Case(id: "b", name: "n", era: "e", date: .unknown, venue: nil, kind: .talks, outcome: .unknown, sameAs: [],
                          parties: [], mediators: [], guarantors: [], observations: [], notInSources: [], conflicts: [])
        let casebooks = [
            try CasebookLoader.load(Fixtures.files(), rubric: TestRubric.rubric),
            Casebook(sources: [Source(id: "s", title: hostile, author: "a", publisher: "p", date: "d", file: "f", kind: .dataset)],
                     eras: [Era(id: "e", name: hostile, start: 1980, end: nil), Era(id: "f", name: "F", start: -5, end: 2000)],
                     cases: [full, sparse],
                     conflicts: [Conflict(id: "k2", subject: "e", fact: "f", claims: [claim], note: nil)]),
            Casebook(sources: [], eras: [], cases: [], conflicts: []),
        ]
        for casebook in casebooks {
            #expect(casebook.contentHash == SHA256.hex(of: try encoder.encode(casebook)))
        }
    }
}
