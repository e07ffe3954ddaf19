import CasebookModel
import MatrixSupport
import RubricModel
import Testing
import EvidenceScan

/// Two documents, two eras, two cases, two dimensions: small enough to work every number out by hand.
enum SmallWorld {
    static let rubric = try! RubricLoader.load(SourceText(text: """
        id: small
        title: Small
        version: "1"
        description: Two dimensions with cues.
        owner: Tests
        scale:
          minimum: 0
          maximum: 4
          levels:
            - {level: 0, label: Absent, anchor: Absent.}
            - {level: 1, label: Weak, anchor: Weak.}
            - {level: 2, label: Partial, anchor: Partial.}
            - {level: 3, label: Substantial, anchor: Substantial.}
            - {level: 4, label: Strong, anchor: Strong.}
        aggregation: {era: mean, index: weighted_mean}
        dimensions:
          - id: guarantors
            name: Guarantors
            question: Guaranteed?
            weight: 1
            direction: higher_is_better
            minimum_evidence: 1
            rule: {kind: maximum}
            indicators:
              - {id: external_guarantee, question: Guaranteed?, type: boolean, weight: 1, levels: {"true": 4, "false": 0}}
            cues:
              terms: [{text: "guarant*", weight: 2}, {text: binding, weight: 1}]
              negations: [not, no]
          - id: ceasefire
            name: Ceasefire
            question: Kept?
            weight: 1
            direction: higher_is_better
            minimum_evidence: 1
            rule: {kind: minimum}
            indicators:
              - {id: ceasefire_outcome, question: Held?, type: boolean, weight: 1, levels: {"true": 4, "false": 0}}
            cues:
              terms: [{text: "ceasefire*", weight: 2}, {text: truce, weight: 1}]
              negations: [not, no]

        """, path: "small.yaml"))

    static let corpus = [
        "a.txt": """
            Doc A

            In 1985 the guarantee was binding.

            In 1986 a ceasefire held; no guarantee was given.

            In 1987 a truce was agreed.

            Nothing here in 1988.
            """,
        "b.txt": """
            Doc B

            In 1995 a ceasefire was broken and the guarantors did nothing.

            In 1996 the binding truce held.
            """,
    ]

    static func evidence(_ caseID: String, _ indicator: String, _ number: Int, source: String, line: Int) -> EvidenceItem {
        EvidenceItem(id: "\(caseID)/\(indicator)/\(number)", caseID: caseID, indicatorID: indicator, sourceID: source,
                     locator: .document(section: "Doc", line: line), quote: "…", stance: .supports)
    }

    static func observation(_ indicator: String, _ evidence: [EvidenceItem]) -> Observation {
        Observation(indicatorID: indicator, value: .boolean(true), rationale: "Test.", confidence: .high, evidence: evidence)
    }

    static func makeCase(_ id: String, era: String, _ observations: [Observation]) -> Case {
        Case(id: id, name: id, era: era, date: CaseDate(from: nil), venue: nil, kind: .talks, outcome: .unknown, sameAs: [],
             parties: [], mediators: [], guarantors: [], observations: observations, notInSources: [], conflicts: [])
    }

    static let casebook = Casebook(
        sources: [
            Source(id: "a", title: "Doc A", author: "not stated", publisher: "not stated", date: "not stated", file: "a.txt", kind: .article),
            Source(id: "b", title: "Doc B", author: "not stated", publisher: "not stated", date: "not stated", file: "b.txt", kind: .article),
            Source(id: "c", title: "Doc C", author: "not stated", publisher: "not stated", date: "not stated", file: "c.txt", kind: .article),
        ],
        eras: [Era(id: "early", name: "The early years", start: 1980, end: 1990), Era(id: "late", name: "The late years", start: 1991, end: nil)],
        cases: [
            makeCase("c1", era: "early", [
                observation("external_guarantee", [evidence("c1", "external_guarantee", 1, source: "a", line: 3)]),
                observation("ceasefire_outcome", [evidence("c1", "ceasefire_outcome", 1, source: "a", line: 7)]),
            ]),
            makeCase("c2", era: "late", [
                observation("external_guarantee", [evidence("c2", "external_guarantee", 1, source: "b", line: 5)]),
                observation("ceasefire_outcome", [evidence("c2", "ceasefire_outcome", 1, source: "a", line: 5),
                                                  evidence("c2", "ceasefire_outcome", 2, source: "a", line: 2)]),
            ]),
        ],
        conflicts: [])

    static let report = EvidenceScanner.scan(corpus: corpus, rubric: rubric, casebook: casebook, top: 5)
}

private func ref(_ file: String, _ line: Int) -> PassageReference {
    PassageReference(file: file, firstLine: line, lastLine: line)
}

struct CoverageTests {
    let report = SmallWorld.report

    @Test func passagesErasAndScores() {
        #expect(report.passages.map(\.reference) == [ref("a.txt", 3), ref("a.txt", 5), ref("a.txt", 7), ref("a.txt", 9),
                                                     ref("b.txt", 3), ref("b.txt", 5)])
        #expect(report.passages.map { $0.eras.map(\.eraID) } == [["early"], ["early"], ["early"], ["early"], ["late"], ["late"]])
        #expect(report.passages.map { $0.score("guarantors") } == [3, 2, 0, 0, 2, 1])
        #expect(report.passages.map { $0.score("ceasefire") } == [0, 2, 1, 0, 2, 1])
        #expect(report.passages[1].scores["guarantors"]?.negatedMentions == 1)
        #expect(report.unmatched.map(\.reference) == [ref("a.txt", 9)])
        #expect(report.unplacedEvidence == ["c2/ceasefire_outcome/2"])
        #expect(report.missingFiles == ["c.txt"])
    }

    @Test func coverageRows() {
        #expect(report.coverage == [
            CoverageRow(eraID: "early", dimensionID: "guarantors", candidateCount: 2,
                        cited: [CitedPassage(reference: ref("a.txt", 3), evidenceIDs: ["c1/external_guarantee/1"], score: 3, rank: 1)],
                        strongestUncited: [RankedPassage(reference: ref("a.txt", 5), rank: 2, score: 2, negatedMentions: 1)]),
            CoverageRow(eraID: "early", dimensionID: "ceasefire", candidateCount: 2,
                        cited: [CitedPassage(reference: ref("a.txt", 7), evidenceIDs: ["c1/ceasefire_outcome/1"], score: 1, rank: 2)],
                        strongestUncited: [RankedPassage(reference: ref("a.txt", 5), rank: 1, score: 2, negatedMentions: 0)]),
            CoverageRow(eraID: "late", dimensionID: "guarantors", candidateCount: 2,
                        cited: [CitedPassage(reference: ref("b.txt", 5), evidenceIDs: ["c2/external_guarantee/1"], score: 1, rank: 2)],
                        strongestUncited: [RankedPassage(reference: ref("b.txt", 3), rank: 1, score: 2, negatedMentions: 0)]),
            CoverageRow(eraID: "late", dimensionID: "ceasefire", candidateCount: 2,
                        cited: [CitedPassage(reference: ref("a.txt", 5), evidenceIDs: ["c2/ceasefire_outcome/1"], score: 2, rank: nil)],
                        strongestUncited: [RankedPassage(reference: ref("b.txt", 3), rank: 1, score: 2, negatedMentions: 0),
                                           RankedPassage(reference: ref("b.txt", 5), rank: 2, score: 1, negatedMentions: 0)]),
        ])
        #expect(report.coverage.map(\.citedFound) == [1, 1, 1, 0])
    }

    @Test func topLimitsTheUncitedList() {
        let report = EvidenceScanner.scan(corpus: SmallWorld.corpus, rubric: SmallWorld.rubric, casebook: SmallWorld.casebook, top: 1)
        #expect(report.row(era: "late", dimension: "ceasefire")?.strongestUncited.map(\.reference) == [ref("b.txt", 3)])
        #expect(report.row(era: "late", dimension: "ceasefire")?.candidateCount == 2)
    }

    @Test func recallRanksEveryPassageOfTheCorpus() {
        // guarantors: a:3 (3), a:5 (2), b:3 (2), b:5 (1); cited a:3 and b:5.
        // ceasefire: a:5 (2), b:3 (2), a:7 (1), b:5 (1); cited a:5 (by a late case) and a:7.
        #expect(report.recall == [
            DimensionRecall(dimensionID: "guarantors", citedRanks: [1, 4], ranked: 4),
            DimensionRecall(dimensionID: "ceasefire", citedRanks: [1, 3], ranked: 4),
        ])
        #expect(report.recall[0].recall(at: 1) == 0.5)
        #expect(report.recall[0].recall(at: 10) == 1)
        #expect(report.recall[1].recall(at: 2) == 0.5)
        #expect(DimensionRecall(dimensionID: "x", citedRanks: [], ranked: 3).recall(at: 10) == nil)
    }

    @Test func coverageCSV() {
        #expect(ScanCSVRenderer.coverage(report) == """
            era,dimension,candidates,cited,cited_found,cited_passages,strongest_uncited\r
            early,guarantors,2,1,1,a.txt:3 [#1] c1/external_guarantee/1,"a.txt:5 [#2, 2]"\r
            early,ceasefire,2,1,1,a.txt:7 [#2] c1/ceasefire_outcome/1,"a.txt:5 [#1, 2]"\r
            late,guarantors,2,1,1,b.txt:5 [#2] c2/external_guarantee/1,"b.txt:3 [#1, 2]"\r
            late,ceasefire,2,1,0,a.txt:5 [not found] c2/ceasefire_outcome/1,"b.txt:3 [#1, 2]; b.txt:5 [#2, 1]"\r

            """)
    }

    @Test func passagesCSV() {
        let lines = ScanCSVRenderer.passages(report).components(separatedBy: "\r\n")
        #expect(lines[0] == "file,first_line,last_line,section,script,eras,era_reasons,guarantors,ceasefire,negated_mentions,cited_by,text")
        #expect(lines[2] == "a.txt,5,5,Doc A,latin,early,early: mentions 1986,2,2,1,c2/ceasefire_outcome/1,In 1986 a ceasefire held; no guarantee was given.")
        #expect(lines.count == 8)
    }

    @Test func textReport() throws {
        let text = ScanTextRenderer.render(report)
        let lines = text.components(separatedBy: "\n")
        #expect(lines[0] == "Evidence scan: rubric small 1, 2 documents, 6 passages, 1 matched by no cue")
        let coverage = try #require(lines.firstIndex { $0.hasPrefix("  era ") })
        #expect(Array(lines[coverage...(coverage + 4)]) == [
            "  era    dimension   candidates  cited  found  strongest uncited",
            "  early  guarantors           2      1      1  a.txt:5 (2)",
            "  early  ceasefire            2      1      1  a.txt:5 (2)",
            "  late   guarantors           2      1      1  b.txt:3 (2)",
            "  late   ceasefire            2      1      0  b.txt:3 (2)",
        ])
        #expect(text.contains("    #2  a.txt:5  score 2, 1 negated  § Doc A\n        terms: guarant* (negated 1 of 1)\n"))
        #expect(text.contains("  dimension   cited  found  ranked   recall@10   recall@20\n  guarantors      2      2       4  1.00 (2/2)  1.00 (2/2)\n"))
        #expect(text.contains("Passages no cue matched (1)\n  a.txt:9  Latin script  § Doc A\n      \"Nothing here in 1988.\"\n"))
        #expect(text.contains("Evidence whose cited line lies in no passage: c2/ceasefire_outcome/2\n"))
    }

    @Test func markdownReport() {
        let markdown = ScanMarkdownRenderer.render(report)
        #expect(markdown.contains("| late | ceasefire | 2 | 1 | 0 | `b.txt:3` (2)<br>`b.txt:5` (1) |\n"))
        #expect(markdown.contains("| guarantors | 2 | 2 | 4 | 1.00 (2/2) | 1.00 (2/2) |\n"))
        #expect(markdown.contains("| `a.txt:9` | Latin script | Doc A | Nothing here in 1988. |\n"))
    }
}
