import Foundation
import MatrixWriters
import ScoringEngine
import Testing

@Suite struct CSVMatrixWriterTests {
    /// Every file of the fixture, parsed back by the test's own RFC 4180 reader.
    private func parsedFiles(_ options: CSVOptions = CSVOptions()) throws -> [String: [[String]]] {
        var tables: [String: [[String]]] = [:]
        for file in CSVMatrixWriter.files(for: MatrixFixture.matrix, options: options) {
            let text = try #require(String(data: file.contents, encoding: .utf8))
            tables[file.path] = try RFC4180Parser.parse(options.byteOrderMark ? String(text.dropFirst()) : text)
        }
        return tables
    }

    private func expectTable(_ actual: [[String]]?, _ expected: [[String]], sourceLocation: SourceLocation = #_sourceLocation) {
        guard let actual else {
            Issue.record("file missing", sourceLocation: sourceLocation)
            return
        }
        #expect(actual.count == expected.count, "row count", sourceLocation: sourceLocation)
        for (row, (actualRow, expectedRow)) in zip(actual, expected).enumerated() {
            #expect(actualRow == expectedRow, "row \(row)", sourceLocation: sourceLocation)
        }
    }

    @Test func writesTheSixFilesInOrder() {
        #expect(CSVMatrixWriter.files(for: MatrixFixture.matrix).map(\.path) == [
            "era_matrix.csv", "lessons_matrix.csv", "case_scores.csv", "era_scores.csv", "lessons.csv", "evidence.csv",
        ])
    }

    @Test func eraMatrixIsWideWithEmptyInsufficientCells() throws {
        expectTable(try parsedFiles()["era_matrix.csv"], [
            ["era_id", "era", "inclusivity", "guarantors", "violence", "index", "rank"],
            ["pdpa-mujahedin", "PDPA governments and the Mujahedin factions", "2.444", "2.500", "1.167", "2.556", "1"],
            ["post-2021", MatrixFixture.quotedEraName, "1.000", "0.000", "", "0.667", "2"],
        ])
    }

    @Test func lessonsMatrixHasOneStatusPerEra() throws {
        expectTable(try parsedFiles()["lessons_matrix.csv"], [
            ["lesson_id", "lesson", "pdpa-mujahedin", "post-2021"],
            ["exclusion-fails", "Accords that leave out the armed actors who hold power fail.", "partly", "observed"],
            ["guarantees-or-calm", "'" + MatrixFixture.hostileStatement, "not-observed", "insufficient-evidence"],
        ])
    }

    @Test func caseScoresAreLongWithInsufficientEvidenceLevel() throws {
        let g = "geneva-1988", b = "beijing-1990", h = "heart-of-asia-1991", m = "murree-2023"
        let early = "pdpa-mujahedin"
        expectTable(try parsedFiles()["case_scores.csv"], [
            ["case_id", "era_id", "dimension_id", "score", "scale_min", "scale_max", "level", "confidence", "evidence_count",
             "evidence_ids"],
            [g, early, "inclusivity", "0.667", "0", "4", "1", "0.800", "2",
             "\(g)/armed_actors_at_table/1;\(g)/society_represented/1"],
            [g, early, "guarantors", "3.000", "0", "4", "3", "0.600", "1", "\(g)/external_guarantee/1"],
            [g, early, "violence", "2.000", "0", "4", "2", "0.700", "2", "\(g)/fighting_intensity/1;\(g)/fighting_intensity/2"],
            [b, early, "inclusivity", "4.000", "0", "4", "4", "0.900", "2",
             "\(b)/armed_actors_at_table/1;\(b)/society_represented/1"],
            [b, early, "guarantors", "2.000", "0", "4", "2", "0.563", "1", "\(b)/external_guarantee/1"],
            [b, early, "violence", "0.500", "0", "4", "1", "0.750", "2", "\(b)/fighting_intensity/1;\(b)/ceasefire_violated/1"],
            [h, early, "inclusivity", "2.667", "0", "4", "3", "0.850", "2",
             "\(h)/armed_actors_at_table/1;\(h)/society_represented/1"],
            [h, early, "guarantors", "", "0", "4", "insufficient-evidence", "0.000", "0", ""],
            [h, early, "violence", "1.000", "0", "4", "1", "0.600", "2", "\(h)/fighting_intensity/1;\(h)/fighting_intensity/2"],
            [m, "post-2021", "inclusivity", "1.000", "0", "4", "1", "0.400", "1", "\(m)/armed_actors_at_table/1"],
            [m, "post-2021", "guarantors", "0.000", "0", "4", "0", "0.350", "1", "\(m)/external_guarantee/1"],
            [m, "post-2021", "violence", "", "0", "4", "insufficient-evidence", "0.000", "1", "\(m)/fighting_intensity/1"],
        ])
    }

    @Test func eraScoresAreLongWithEmptyScoreAndRangeWhenNoCaseIsScored() throws {
        expectTable(try parsedFiles()["era_scores.csv"], [
            ["era_id", "dimension_id", "score", "scale_min", "scale_max", "cases_scored", "min_case_score", "max_case_score",
             "confidence"],
            ["pdpa-mujahedin", "inclusivity", "2.444", "0", "4", "3", "0.667", "4.000", "0.850"],
            ["pdpa-mujahedin", "guarantors", "2.500", "0", "4", "2", "2.000", "3.000", "0.581"],
            ["pdpa-mujahedin", "violence", "1.167", "0", "4", "3", "0.500", "2.000", "0.683"],
            ["post-2021", "inclusivity", "1.000", "0", "4", "1", "1.000", "1.000", "0.400"],
            ["post-2021", "guarantors", "0.000", "0", "4", "1", "0.000", "0.000", "0.350"],
            ["post-2021", "violence", "", "0", "4", "0", "", "", "0.000"],
        ])
    }

    @Test func lessonsListSupportingCasesAndEvidence() throws {
        expectTable(try parsedFiles()["lessons.csv"], [
            ["lesson_id", "era_id", "status", "case_ids", "evidence_ids"],
            ["exclusion-fails", "pdpa-mujahedin", "partly", "geneva-1988",
             "geneva-1988/armed_actors_at_table/1;geneva-1988/society_represented/1"],
            ["exclusion-fails", "post-2021", "observed", "murree-2023", "murree-2023/armed_actors_at_table/1"],
            ["guarantees-or-calm", "pdpa-mujahedin", "not-observed", "", ""],
            ["guarantees-or-calm", "post-2021", "insufficient-evidence", "", ""],
        ])
    }

    /// The evidence rows in casebook order (cases by id), with every hostile quote neutralised or quoted.
    static let neutralisedEvidence: [[String]] = {
        let study = ["has-lessons-2021", "000_4ee81f59ffa11ec3.txt"]
        func row(_ id: String, _ era: String, _ dimension: String, _ value: String, _ quote: String, line: Int = 10,
                 section: String = "Divergence") -> [String] {
            let parts = id.split(separator: "/").map(String.init)
            return [id, parts[0], era, dimension, parts[1], value] + study + ["§ \(section), line \(line)", quote]
        }
        let early = "pdpa-mujahedin"
        return [
            ["evidence_id", "case_id", "era_id", "dimension_id", "indicator_id", "value", "source_id", "source_file", "locator",
             "quote"],
            row("beijing-1990/armed_actors_at_table/1", early, "inclusivity", "all",
                "All seven parties of the Peshawar alliance sent delegations."),
            row("beijing-1990/society_represented/1", early, "inclusivity", "true", "Elders, ulema and women's groups were invited."),
            row("beijing-1990/external_guarantee/1", early, "guarantors", "regional_states", "China and Iran witnessed the text."),
            ["beijing-1990/fighting_intensity/1", "beijing-1990", early, "violence", "fighting_intensity", "1", "ucdp-ged",
             "ucdp-ged.csv", "row 482, column best", "best = 1"],
            row("beijing-1990/ceasefire_violated/1", early, "violence", "false", "No violation was reported."),
            row("geneva-1988/armed_actors_at_table/1", early, "inclusivity", "few",
                "The accords were signed between the governments of Afghanistan and Pakistan, without the Mujahedin."),
            row("geneva-1988/society_represented/1", early, "inclusivity", "false", "'=cmd|' /C calc'!A0"),
            row("geneva-1988/external_guarantee/1", early, "guarantors", "great_powers", "The US and the USSR signed as \"guarantors\"."),
            row("geneva-1988/fighting_intensity/1", early, "violence", "2", "Fighting continued\nafter the signing."),
            row("geneva-1988/fighting_intensity/2", early, "violence", "2", "'-5 posts fell in the first month.", line: 11),
            row("heart-of-asia-1991/armed_actors_at_table/1", early, "inclusivity", "some",
                "Some factions attended; Hekmatyar's did not.", section: "نتیجه\u{200C}گیری"),
            row("heart-of-asia-1991/society_represented/1", early, "inclusivity", "true", "'@SUM(1+1)*cmd|' /C calc'!A0"),
            row("heart-of-asia-1991/fighting_intensity/1", early, "violence", "1", "Clashes were rare.\r\nMost fronts were quiet."),
            row("heart-of-asia-1991/fighting_intensity/2", early, "violence", "1", "'+ Quiet fronts", line: 11),
            row("murree-2023/armed_actors_at_table/1", "post-2021", "inclusivity", "few", "'\tOnly one faction came."),
            row("murree-2023/external_guarantee/1", "post-2021", "guarantors", "none", "No state guaranteed the talks."),
            row("murree-2023/fighting_intensity/1", "post-2021", "violence", "3", "Fighting \u{202E}deretla\u{202C} the mood."),
            row("murree-2023/foreign_troops_present/1", "post-2021", "", "true", "Foreign troops had left."),
        ]
    }()

    @Test func evidenceKeepsQuotesVerbatimExceptTheFormulaPrefix() throws {
        expectTable(try parsedFiles()["evidence.csv"], Self.neutralisedEvidence)
    }

    @Test func withoutNeutralisationFormulaLikeTextIsWrittenAsIs() throws {
        let tables = try parsedFiles(CSVOptions(neutraliseFormulas: false))
        let unneutralised = Self.neutralisedEvidence.map { row in
            row.map { $0.hasPrefix("'") && $0 != "'" ? String($0.dropFirst()) : $0 }
        }
        expectTable(tables["evidence.csv"], unneutralised)
        #expect(tables["lessons_matrix.csv"]?[2][1] == MatrixFixture.hostileStatement)
        #expect(unneutralised[7][9] == "=cmd|' /C calc'!A0")
    }

    @Test func quotesOnlyFieldsThatNeedItAndDoublesQuotes() throws {
        let files = CSVMatrixWriter.files(for: MatrixFixture.matrix)
        let eraMatrix = try #require(String(data: files[0].contents, encoding: .utf8))
        #expect(eraMatrix == """
            era_id,era,inclusivity,guarantors,violence,index,rank
            pdpa-mujahedin,PDPA governments and the Mujahedin factions,2.444,2.500,1.167,2.556,1
            post-2021,"The Emirate and the ""exiles"", 2021–",1.000,0.000,,0.667,2

            """)
        let lessonsMatrix = try #require(String(data: files[1].contents, encoding: .utf8))
        #expect(lessonsMatrix.contains(
            "guarantees-or-calm,\"'-Guarantees | or calm, \"\"if\"\" they bind\nkeep an accord alive\",not-observed,"))
        let evidence = try #require(String(data: files[5].contents, encoding: .utf8))
        #expect(evidence.contains(",'=cmd|' /C calc'!A0\n"))
        #expect(evidence.contains(",\"Clashes were rare.\r\nMost fronts were quiet.\"\n"))
        #expect(evidence.contains(",'\tOnly one faction came.\n"))
    }

    @Test func recordsEndInLineFeedsWithoutByteOrderMarkByDefault() {
        for file in CSVMatrixWriter.files(for: MatrixFixture.matrix) {
            #expect(Array(file.contents.prefix(3)) != [0xEF, 0xBB, 0xBF], "\(file.path)")
            #expect(file.contents.last == 0x0A, "\(file.path)")
        }
        let caseScores = CSVMatrixWriter.files(for: MatrixFixture.matrix)[2].contents
        #expect(!caseScores.contains(0x0D))
        #expect(caseScores.filter { $0 == 0x0A }.count == 13)
    }

    @Test func byteOrderMarkPrefixesOtherwiseIdenticalBytes() {
        let plain = CSVMatrixWriter.files(for: MatrixFixture.matrix)
        let marked = CSVMatrixWriter.files(for: MatrixFixture.matrix, options: CSVOptions(byteOrderMark: true))
        #expect(plain.count == marked.count)
        for (file, markedFile) in zip(plain, marked) {
            #expect(markedFile.path == file.path)
            #expect(Array(markedFile.contents.prefix(3)) == [0xEF, 0xBB, 0xBF])
            #expect(markedFile.contents.dropFirst(3) == file.contents)
        }
    }

    @Test func textIsUTF8() throws {
        let evidence = CSVMatrixWriter.files(for: MatrixFixture.matrix)[5].contents
        let section = Data("§ نتیجه\u{200C}گیری".utf8)
        #expect(evidence.range(of: section) != nil)
    }

    @Test func negativeNumbersStayNumbersWhileNegativeLookingTextIsNeutralised() throws {
        let base = MatrixFixture.matrix
        let odd = CaseScore(caseID: "-odd", eraID: "post-2021", dimensions: [
            DimensionScore(dimensionID: "inclusivity", value: .score(-1.25), level: -1, confidence: 0.5, evidenceIDs: [],
                           provenance: CellProvenance(rule: "", inputs: [], steps: [])),
        ], index: nil, rank: nil)
        let matrix = ScoredMatrix(rubric: base.rubric, casebook: base.casebook, rubricHash: "", casebookHash: "",
                                  weights: base.weights, cases: [odd], eras: [], lessons: [])
        let file = CSVMatrixWriter.files(for: matrix)[2]
        let rows = try RFC4180Parser.parse(try #require(String(data: file.contents, encoding: .utf8)))
        #expect(rows[1] == ["'-odd", "post-2021", "inclusivity", "-1.250", "0", "4", "-1", "0.500", "0", ""])
    }

    @Test func writingTwiceGivesIdenticalBytes() {
        let options = CSVOptions(byteOrderMark: true, neutraliseFormulas: true)
        #expect(CSVMatrixWriter.files(for: MatrixFixture.matrix, options: options)
            == CSVMatrixWriter.files(for: MatrixFixture.matrix, options: options))
    }
}
