import CasebookModel
import Foundation
import MatrixSupport
import Testing

@Suite struct QuoteVerifierTests {
    private static let path = "Casebook/cases/c1.yaml"
    private static let quotePosition = CasebookPositions.Position(path: path, line: 18, column: 16)
    private static let linePosition = CasebookPositions.Position(path: path, line: 17, column: 15)

    /// A one-case casebook citing `quote` at `line` of `file`, checked against `text`.
    private static func problems(_ quote: String, line: Int, text: String = Fixtures.studyText, file: String = "study.txt") -> [String] {
        let evidence = EvidenceItem(id: "c1/society_represented/1", caseID: "c1", indicatorID: "society_represented",
                                    sourceID: "doc", locator: .document(section: "S", line: line), quote: quote, stance: .supports)
        let casebook = Casebook(
            sources: [Source(id: "doc", title: "T", author: "A", publisher: "P", date: "D", file: file, kind: .study)],
            eras: [], cases: [Case(id: "c1", name: "C", era: "early", date: .unknown, venue: nil, kind: .talks, outcome: .unknown,
                                   sameAs: [], parties: [], mediators: [], guarantors: [],
                                   observations: [Observation(indicatorID: "society_represented", value: .boolean(true),
                                                              rationale: "R", confidence: .high, evidence: [evidence])],
                                   notInSources: [], conflicts: [])],
            conflicts: [])
        let positions = CasebookPositions(evidence: [evidence.id: .init(quote: quotePosition, line: linePosition)])
        return QuoteVerifier.verify(casebook, positions: positions, corpus: [file: text]).map(\.description)
    }

    @Test func exactQuoteMatches() {
        #expect(Self.problems("The armed factions were excluded.", line: 3) == [])
    }

    @Test func whitespaceAndLineBreaksAreNormalised() {
        #expect(Self.problems("were held in 1988 and the parties agreed", line: 7) == [])
        #expect(Self.problems("  were held in 1988 and the\n parties\tagreed ", line: 7) == [])
    }

    @Test func typographicQuotesAreNormalised() {
        #expect(Self.problems("\"The talks,\" he said", line: 4) == [])
        #expect(Self.problems("“The talks,\" he said", line: 4) == [])
        #expect(Self.problems("“The talks,’ he said", line: 4).count == 1)
    }

    @Test func dashesAreNormalised() {
        #expect(Self.problems("held in Geneva - not in Kabul", line: 4) == [])
        #expect(Self.problems("held in Geneva — not in Kabul", line: 4) == [])
    }

    @Test func wordsHyphenatedAcrossALineBreakAreJoined() {
        #expect(Self.problems("The negotiations were held in 1988", line: 6) == [])
        #expect(Self.problems("The negoti-ations were held", line: 6) == [])
        #expect(Self.problems("ations were held in 1988", line: 7) == [])
        let pdf = "The talks were a long-\nstanding promise, re-\n  started in 2018.\n"
        #expect(Self.problems("a longstanding promise, restarted in 2018.", line: 1, text: pdf) == [])
        #expect(Self.problems("a long-standing promise", line: 1, text: pdf) == [])
    }

    @Test func anythingElseIsNotForgiven() {
        let study = "study.txt (case c1, indicator society_represented)"
        #expect(Self.problems("Three powers acted as guarantors.", line: 3) == [
            "\(Self.path):18:16: quote not found in \(study); closest passage at line 3: "
                + "\"Two powers acted as guarantors. \"The talks,\" he said, \"were…\"",
        ])
        #expect(Self.problems("The armed factions ... acted as guarantors.", line: 3) == [
            "\(Self.path):18:16: quote not found in \(study); closest passage at line 3: "
                + "\"The armed factions were excluded. Two powers acted as guaran…\"",
        ])
        #expect(Self.problems("the armed factions were excluded.", line: 3) == [
            "\(Self.path):18:16: quote not found in \(study); closest passage at line 3: "
                + "\"The armed factions were excluded. Two powers acted as guaran…\"",
        ])
        #expect(Self.problems("The negoti- ations were held", line: 6).count == 1)
        #expect(Self.problems("Zebras grazed quietly.", line: 3) == [
            "\(Self.path):18:16: quote not found in \(study); no passage shares a word with it",
        ])
    }

    @Test func closestPassageIsFoundOnItsOwnLine() {
        #expect(Self.problems("Nothing more was agreed.", line: 10) == [
            "\(Self.path):18:16: quote not found in study.txt (case c1, indicator society_represented); "
                + "closest passage at line 10: \"Nothing else was agreed.\"",
        ])
    }

    @Test func quoteMustStartOnItsLineOrLaterInTheSameParagraph() {
        // Lines 6-8 are one paragraph; the quote starts on line 8.
        #expect(Self.problems("parties agreed to meet again.", line: 8) == [])
        #expect(Self.problems("parties agreed to meet again.", line: 6) == [])
        #expect(Self.problems("parties agreed to meet again.", line: 5) == [
            "\(Self.path):17:15: quote is at line 8 of study.txt, not line 5 (case c1, indicator society_represented)",
        ])
        // Line 10 is within two lines of 8, but past the blank line that ends line 8's paragraph.
        #expect(Self.problems("Nothing else was agreed.", line: 8) == [
            "\(Self.path):17:15: quote is at line 10 of study.txt, not line 8 (case c1, indicator society_represented)",
        ])
        #expect(Self.problems("Nothing else was agreed.", line: 11) == [
            "\(Self.path):17:15: quote is at line 10 of study.txt, not line 11 (case c1, indicator society_represented)",
        ])
        let long = "one\ntwo\nthree\nfour\n"
        #expect(Self.problems("three", line: 1, text: long) == [])
        #expect(Self.problems("four", line: 1, text: long) == [
            "\(Self.path):17:15: quote is at line 4 of study.txt, not line 1 (case c1, indicator society_represented)",
        ])
        #expect(Self.problems("four", line: 99, text: long).count == 1)
    }

    @Test func aQuoteFoundSeveralTimesIsAcceptedAtAnyOfThem() {
        let repeated = "Kabul fell.\n\nKabul fell.\n"
        #expect(Self.problems("Kabul fell.", line: 3, text: repeated) == [])
        #expect(Self.problems("Kabul fell.", line: 2, text: repeated) == [
            "\(Self.path):17:15: quote is at lines 1, 3 of study.txt, not line 2 (case c1, indicator society_represented)",
        ])
    }

    @Test func theFixtureCasebookVerifiesAndAMissingFileIsReportedOnce() throws {
        let loaded = try CasebookLoader.loadWithPositions(Fixtures.files(), rubric: TestRubric.rubric)
        #expect(QuoteVerifier.verify(loaded.casebook, positions: loaded.positions, corpus: Fixtures.corpus) == [])
        let withoutBrief = QuoteVerifier.verify(loaded.casebook, positions: loaded.positions, corpus: ["study.txt": Fixtures.studyText])
        #expect(withoutBrief.map(\.description) == ["Casebook/sources.yaml:14:11: file 'brief.txt' of source 'brief' is not in the corpus"])
    }

    @Test func conflictClaimsAreVerifiedToo() throws {
        let conflicts = Fixtures.conflicts.replacingOccurrences(of: "quote: \"Kabul fell in 2023.\"", with: "quote: \"Kabul fell in 2024.\"")
            .replacingOccurrences(of: "line: 3", with: "line: 4")
        let loaded = try CasebookLoader.loadWithPositions(Fixtures.files(conflicts: conflicts), rubric: TestRubric.rubric)
        #expect(QuoteVerifier.verify(loaded.casebook, positions: loaded.positions, corpus: Fixtures.corpus).map(\.description) == [
            "Casebook/conflicts.yaml:9:15: quote is at line 3 of brief.txt, not line 4 (conflict late-fall-year, claim 1)",
            "Casebook/conflicts.yaml:15:16: quote not found in brief.txt (conflict late-fall-year, claim 2); "
                + "closest passage at line 3: \"Kabul fell in 2021. Kabul fell in 2023.\"",
        ])
    }

    /// The real seed documents, read from `../shared/seeds` beside the package.
    @Test func realSeedQuotesAreFound() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seeds")
        func seed(_ name: String) throws -> String { try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8) }
        let study = try seed("000_4ee81f59ffa11ec3.txt")
        let geneva = "The accords were signed between the governments of Afghanistan and Pakistan with the US and the USSR acting as guarantors."
        #expect(Self.problems(geneva, line: 152, text: study) == [])
        #expect(Self.problems("they were perceived as 'freedom fighters' in the eyes of Americans", line: 148, text: study) == [])
        #expect(Self.problems(geneva, line: 150, text: study) == [
            "\(Self.path):17:15: quote is at line 152 of study.txt, not line 150 (case c1, indicator society_represented)",
        ])
        #expect(Self.problems(geneva.replacingOccurrences(of: "USSR", with: "Soviet Union"), line: 152, text: study) == [
            "\(Self.path):18:16: quote not found in study.txt (case c1, indicator society_represented); closest passage at line 152: "
                + "\"The accords were signed between the governments of Afghanist…\"",
        ])
        let brief = try seed("001_beea672665f84061.txt")
        #expect(Self.problems("the stalled peace process between Kabul and the Afghan Taliban may finally be on the verge of revival",
                              line: 22, text: brief) == [])
        let encyclopedia = try seed("003_2a48c6d4b4044b13.txt")
        #expect(Self.problems("the Cold War (1978-1991)", line: 2, text: encyclopedia) == [])
    }
}
