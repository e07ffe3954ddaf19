import Foundation
import Testing
import EvidenceScan
import LessonsMatrix

/// The shipped rubric and casebook, and the five documents in `../shared/seeds` beside the package.
enum RealCorpus {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let seeds = root + "/../shared/seeds"
    static let isPresent = FileManager.default.fileExists(atPath: seeds + "/004_8632c3304b663d18.txt")

    static let report: ScanReport? = isPresent
        ? try? EvidenceScanRun.scan(corpusFolder: seeds, rubricPath: root + "/Rubrics/extended.yaml", casebookFolder: root + "/Casebook")
        : nil
}

/// The recall at 10 and at 20 of each dimension, as hits among the cited passages, measured with the shipped cues
/// and recorded in docs/scan.md. A change that retrieves fewer of the casebook's citations fails here; one that
/// retrieves more should raise the floor.
let recallFloors: [String: (cited: Int, at10: Int, at20: Int)] = [
    "inclusivity": (53, 9, 17),
    "guarantors": (17, 7, 9),
    "mediator_neutrality": (17, 6, 11),
    "ceasefire_compliance": (15, 7, 13),
    "monitoring": (2, 1, 1),
    "regional_consensus": (36, 8, 14),
    "party_autonomy": (29, 7, 13),
    "power_sharing": (54, 9, 19),
    "cohesion": (25, 5, 9),
]

@Suite(.enabled(if: RealCorpus.isPresent, "../shared/seeds is absent: the real-corpus scan tests need the five source documents"))
struct RealCorpusTests {
    @Test func recallStaysAtOrAboveItsRecordedFloor() throws {
        let report = try #require(RealCorpus.report)
        #expect(report.recall.map(\.dimensionID).sorted() == recallFloors.keys.sorted())
        for record in report.recall {
            let floor = try #require(recallFloors[record.dimensionID])
            let at10 = try #require(record.recall(at: 10))
            let at20 = try #require(record.recall(at: 20))
            #expect(at10 >= Double(floor.at10) / Double(floor.cited), "\(record.dimensionID): recall@10 \(at10)")
            #expect(at20 >= Double(floor.at20) / Double(floor.cited), "\(record.dimensionID): recall@20 \(at20)")
        }
    }

    @Test func everyCitationLiesInAPassage() throws {
        let report = try #require(RealCorpus.report)
        #expect(report.unplacedEvidence == [])
        #expect(report.missingFiles == [])
        #expect(report.documents.map(\.file) == [
            "000_4ee81f59ffa11ec3.txt", "001_beea672665f84061.txt", "002_69e777e41907816d.txt", "003_2a48c6d4b4044b13.txt",
            "004_8632c3304b663d18.txt",
        ])
    }

    @Test func theDariParagraphIsOnePassageReportedUnmatched() throws {
        let report = try #require(RealCorpus.report)
        let line = try String(contentsOfFile: RealCorpus.seeds + "/004_8632c3304b663d18.txt", encoding: .utf8)
            .components(separatedBy: "\n")[12]
        let dari = try #require(report.passage(PassageReference(file: "004_8632c3304b663d18.txt", firstLine: 13, lastLine: 13)))
        #expect(dari.passage.text == line.trimmingCharacters(in: .whitespaces))
        #expect(dari.passage.script == .arabic)
        #expect(dari.isUnmatched)
        #expect(dari.citations.map(\.caseID).contains("intra-afghan-talks-2020"))
        #expect(report.unmatched.filter { $0.passage.script == .arabic }.map(\.reference.description)
            == ["000_4ee81f59ffa11ec3.txt:7", "004_8632c3304b663d18.txt:13"])
        #expect(ScanTextRenderer.render(report).contains("  004_8632c3304b663d18.txt:13  Arabic script (Dari, Pashto or Persian)  § "))
    }

    @Test func thePDFBriefIsCutAtItsParagraphs() throws {
        let report = try #require(RealCorpus.report)
        let brief = report.passages.filter { $0.reference.file == "001_beea672665f84061.txt" }.map(\.reference)
        // 22–26 ends "February 28, 2018." before "In an unprecedented move"; 54–61 runs across the blank line of a page break.
        #expect(brief.contains(PassageReference(file: "001_beea672665f84061.txt", firstLine: 22, lastLine: 26)))
        #expect(brief.contains(PassageReference(file: "001_beea672665f84061.txt", firstLine: 54, lastLine: 61)))
        #expect(brief.contains(PassageReference(file: "001_beea672665f84061.txt", firstLine: 69, lastLine: 81)))
    }

    @Test func aPassageOfTheStudyIsPlacedByItsSection() throws {
        let report = try #require(RealCorpus.report)
        let passage = try #require(report.passages.first { $0.reference.file == "000_4ee81f59ffa11ec3.txt" && $0.reference.contains(line: 357) })
        #expect(passage.passage.section == "Failures of negotiations")
        #expect(passage.eras.map(\.eraID) == ["taliban-united-front"])
        #expect(passage.eras[0].reasons.contains(
            "section 'LESSONS LEARNED FROM PEACE NEGOTIATIONS BETWEEN THE MUJAHEDIN FACTIONS AND THE TALIBAN'"))
    }
}
