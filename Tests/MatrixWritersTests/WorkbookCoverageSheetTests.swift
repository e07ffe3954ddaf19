import EvidenceScan
import Foundation
import MatrixSupport
@testable import MatrixWriters
import Testing
import XLSXReadBack

/// The Coverage sheet of the fixture's evidence scan (``CoverageFixture``): the counts per era × dimension, the
/// passages, and links that land on the Evidence row of the evidence id they name.
@Suite struct WorkbookCoverageSheetTests {
    static let document = try! WorkbookReading.document(coverage: CoverageFixture.report)
    static let file = CoverageFixture.file

    /// Zero-based rows: the header of the first table, the section title, the header of the passage table.
    static let coverageHeader = 3, passagesTitle = 11, passagesHeader = 12

    @Test func theScanIsTheOneWorkedOutByHand() {
        let report = CoverageFixture.report
        #expect(report.passages.map(\.reference.description) == [3, 5, 7, 9, 10, 11].map { "\(Self.file):\($0)" })
        #expect(report.coverage.map { [$0.candidateCount, $0.cited.count, $0.citedFound] } == [
            [2, 1, 1], [1, 1, 0], [2, 2, 1], [0, 1, 0], [1, 1, 0], [1, 1, 0],
        ])
        #expect(report.unplacedEvidence.isEmpty && report.missingFiles.isEmpty)
    }

    @Test func theCoverageSheetComesBeforeAboutOnlyWhenThereIsAScan() throws {
        #expect(Self.document.sheetNames == [
            "Era matrix", "Case matrix", "Lessons", "Evidence", "Rubric", "Sensitivity", "Coverage", "About",
        ])
        let without = try WorkbookReading.document()
        #expect(without.sheet(named: "Coverage") == nil)
        #expect(!without.sheetNames.contains("Coverage"))
        func scan(_ document: XLSXDocument) throws -> String? {
            let about = try #require(document.sheet(named: "About"))
            return about.row(labelled: "Evidence scan").flatMap { about.cell(row: $0, column: 1)?.string }
        }
        #expect(try scan(Self.document) == "1 documents, 6 passages, cues of rubric fixture 0.3.1; see the Coverage sheet")
        #expect(try scan(without)?.hasPrefix("none: built without a corpus folder, so the workbook has no Coverage sheet") == true)
    }

    @Test func everyEraAndDimensionHasItsCountsAndStrongestUncitedPassages() throws {
        let sheet = try #require(Self.document.sheet(named: "Coverage"))
        #expect(sheet.cell("A1")?.string == "Coverage of the source documents — Fixture rubric")
        #expect(sheet.cell("A2")?.string?.hasPrefix("The evidence scan of 1 source documents (6 passages) with the cues of rubric fixture 0.3.1") == true)
        #expect(sheet.values(row: Self.coverageHeader, through: 5) == [
            .text("Era id"), .text("Dimension id"), .text("Candidates"), .text("Cited"), .text("Found"), .text("Strongest uncited"),
        ])
        let expected: [[Shown]] = [
            [.text("pdpa-mujahedin"), .text("inclusivity"), .number(2), .number(1), .number(1), .text("#1 \(Self.file):5 (4)")],
            [.text("pdpa-mujahedin"), .text("guarantors"), .number(1), .number(1), .number(0), .text("#1 \(Self.file):3 (2)")],
            [.text("pdpa-mujahedin"), .text("violence"), .number(2), .number(2), .number(1), .text("#2 \(Self.file):3 (1)")],
            [.text("post-2021"), .text("inclusivity"), .number(0), .number(1), .number(0), .text("none")],
            [.text("post-2021"), .text("guarantors"), .number(1), .number(1), .number(0), .text("#1 \(Self.file):7 (2)")],
            [.text("post-2021"), .text("violence"), .number(1), .number(1), .number(0), .text("#1 \(Self.file):11 (2)")],
        ]
        for (offset, row) in expected.enumerated() {
            #expect(sheet.values(row: Self.coverageHeader + 1 + offset, through: 5) == row, "coverage row \(offset)")
        }
        for (offset, row) in CoverageFixture.report.coverage.enumerated() {
            let strongest = row.strongestUncited.map { "#\($0.rank) \($0.reference) (\(CoverageSheet.scoreText($0.score)))" }
            #expect(sheet.values(row: Self.coverageHeader + 1 + offset, through: 5) == [
                .text(row.eraID), .text(row.dimensionID), .number(Double(row.candidateCount)), .number(Double(row.cited.count)),
                .number(Double(row.citedFound)), .text(strongest.isEmpty ? "none" : strongest.joined(separator: "\n")),
            ], "the report's row \(offset)")
        }
        #expect(sheet.cell(row: Self.coverageHeader + 7, column: 0) == nil, "one row per era × dimension, then a gap")
    }

    @Test func passagesListTheCitedThenTheStrongestUncitedOfEachCell() throws {
        let sheet = try #require(Self.document.sheet(named: "Coverage"))
        #expect(sheet.cell(row: Self.passagesTitle, column: 0)?.string == "Passages")
        #expect(sheet.values(row: Self.passagesHeader, through: 9) == [
            "Era id", "Dimension id", "Rank", "Score", "Cited", "File", "Lines", "Section", "Evidence", "Excerpt",
        ].map(Shown.text))
        let e = "In 1991 the factions took part in talks and fighting continued."
        let f = "Fighting went on in 2023 after the talks."
        let a = "In 1988 the guarantors signed and the ceasefire held."
        func row(_ era: String, _ dimension: String, _ rank: Shown, _ score: Double, _ lines: String, _ ids: String,
                 _ excerpt: String) -> [Shown] {
            [.text(era), .text(dimension), rank, .number(score), .text(ids.isEmpty ? "no" : "yes"), .text(Self.file), .text(lines),
             .text("Lessons Learned"), ids.isEmpty ? .empty : .text(ids), .text(excerpt)]
        }
        let notFound = Shown.text("not found")
        let expected = [
            row("pdpa-mujahedin", "inclusivity", .number(2), 3, "10", "beijing-1990/armed_actors_at_table/1, "
                + "beijing-1990/society_represented/1, geneva-1988/armed_actors_at_table/1, geneva-1988/society_represented/1, "
                + "heart-of-asia-1991/armed_actors_at_table/1, heart-of-asia-1991/society_represented/1", e),
            row("pdpa-mujahedin", "inclusivity", .number(1), 4, "5", "", "In 1990 the delegations of every faction took part."),
            row("pdpa-mujahedin", "guarantors", notFound, 0, "10",
                "beijing-1990/external_guarantee/1, geneva-1988/external_guarantee/1", e),
            row("pdpa-mujahedin", "guarantors", .number(1), 2, "3", "", a),
            row("pdpa-mujahedin", "violence", .number(1), 2, "10", "beijing-1990/ceasefire_violated/1, "
                + "geneva-1988/fighting_intensity/1, heart-of-asia-1991/fighting_intensity/1", e),
            row("pdpa-mujahedin", "violence", notFound, 2, "11", "geneva-1988/fighting_intensity/2, heart-of-asia-1991/fighting_intensity/2", f),
            row("pdpa-mujahedin", "violence", .number(2), 1, "3", "", a),
            row("post-2021", "inclusivity", notFound, 3, "10", "murree-2023/armed_actors_at_table/1", e),
            row("post-2021", "guarantors", notFound, 0, "10", "murree-2023/external_guarantee/1", e),
            row("post-2021", "guarantors", .number(1), 2, "7", "", "In 2022 the exiles met without guarantors."),
            row("post-2021", "violence", notFound, 2, "10", "murree-2023/fighting_intensity/1", e),
            row("post-2021", "violence", .number(1), 2, "11", "", f),
        ]
        for (offset, values) in expected.enumerated() {
            #expect(sheet.values(row: Self.passagesHeader + 1 + offset, through: 9) == values, "passage row \(offset)")
        }
        let last = Self.passagesHeader + expected.count
        #expect(sheet.cell(row: last + 1, column: 0) == nil)
        let listed = CoverageFixture.report.coverage.reduce(0) { $0 + $1.cited.count + $1.strongestUncited.count }
        #expect(listed == expected.count, "every cited and strongest uncited passage of the report, once per cell")
        #expect(sheet.cell(row: Self.passagesHeader + 3, column: 2)?.format.fontColor == "808080", "not found is grey")
    }

    @Test func evidenceIDsLinkToTheEvidenceRowHoldingTheFirstOfThem() throws {
        let sheet = try #require(Self.document.sheet(named: "Coverage"))
        let evidence = try #require(Self.document.sheet(named: "Evidence"))
        let cited = (Self.passagesHeader + 1...Self.passagesHeader + 12).filter { sheet.cell(row: $0, column: 4)?.string == "yes" }
        #expect(cited.count == 7)
        #expect(Set(sheet.hyperlinks.keys) == Set(cited.map { "I\($0 + 1)" }), "only cited passages link")
        var targets: [String] = []
        for row in cited {
            let link = try #require(sheet.hyperlinks["I\(row + 1)"])
            let location = try #require(link.location)
            #expect(link.target == nil, "an internal link")
            #expect(location.hasPrefix("Evidence!A"))
            let evidenceRow = try #require(Int(location.dropFirst("Evidence!A".count))) - 1
            let firstID = try #require(sheet.cell(row: row, column: 8)?.string?.components(separatedBy: ", ").first)
            #expect(evidence.cell(row: evidenceRow, column: 0)?.string == firstID, "\(location) holds \(firstID)")
            #expect(link.tooltip == "Go to row \(evidenceRow + 1) of the Evidence sheet")
            #expect(sheet.cell(row: row, column: 8)?.format.underline == true)
            targets.append(location)
        }
        // The Evidence sheet lists the cases by id from row 5: beijing-1990's five items (armed actors, society, guarantee,
        // the dataset's fighting count, ceasefire), geneva-1988's five, heart-of-asia-1991's four, then murree-2023's.
        #expect(targets == ["Evidence!A5", "Evidence!A7", "Evidence!A9", "Evidence!A14", "Evidence!A19", "Evidence!A20", "Evidence!A21"])
        for (row, cited) in zip(cited, CoverageFixture.report.coverage.flatMap(\.cited)) {
            #expect(sheet.cell(row: row, column: 8)?.string == cited.evidenceIDs.joined(separator: ", "))
        }
    }

    @Test func itLooksLikeTheOtherTableSheets() throws {
        let sheet = try #require(Self.document.sheet(named: "Coverage"))
        for reference in ["A4", "F4", "A13", "J13"] {
            let header = try #require(sheet.cell(reference))
            #expect(header.format.bold && header.format.fillColor == "DDEBF7" && header.format.borders["bottom"] == "thin", "\(reference)")
        }
        #expect(sheet.cell("A1")?.format.bold == true && sheet.cell("A1")?.format.fontSize == 14)
        #expect(sheet.mergedRanges.contains("A2:J2"), "the caption spans the passage table")
        #expect(sheet.frozenTopLeftCell == "C1", "era and dimension ids stay in view")
        #expect(sheet.autofilter == "A13:J25")
        #expect(sheet.cell("F5")?.format.wrapText == false)
        #expect(sheet.cell("J14")?.format.wrapText == true)
        #expect(sheet.columnWidth(9).map { $0.rounded(.down) } == 65, "the longest excerpt, 63 characters, and the margin")
        #expect(sheet.pageSetup.orientation == "landscape")
        #expect(sheet.pageSetup.fitToPage && sheet.pageSetup.fitToWidth == 1 && sheet.pageSetup.fitToHeight == 0)
        #expect(sheet.pageSetup.footer == "&L&A&RPage &P of &N")
    }

    @Test func theSameScanGivesTheSameBytes() throws {
        let writer = WorkbookWriter(commandLine: "lessons-matrix build", toolVersion: "0.1.0")
        let first = try writer.data(for: MatrixFixture.matrix, coverage: CoverageFixture.report)
        let again = EvidenceScanner.scan(corpus: [Self.file: CoverageFixture.document], rubric: CoverageFixture.rubric,
                                         casebook: MatrixFixture.casebook)
        #expect(SHA256.hex(of: first) == SHA256.hex(of: try writer.data(for: MatrixFixture.matrix, coverage: again)))
        #expect(first != (try writer.data(for: MatrixFixture.matrix)), "the Coverage sheet is in the bytes")
    }

    @Test func aLongPassageIsCutAtAWord() {
        let long = String(repeating: "negotiations ", count: 30)   // 390 characters
        let excerpt = CoverageSheet.excerpt(long)
        #expect(excerpt == String(repeating: "negotiations ", count: 23).dropLast() + "…", "23 words fill 298 characters")
        #expect(CoverageSheet.excerpt("Short.") == "Short.")
        #expect(CoverageSheet.scoreText(0.1 + 0.2) == "0.3")
        #expect(CoverageSheet.scoreText(2.5) == "2.5")
    }
}
