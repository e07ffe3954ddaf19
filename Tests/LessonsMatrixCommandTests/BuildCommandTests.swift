import Foundation
import Testing
import XLSXReadBack

/// `lessons-matrix build` (the default subcommand): the files it writes, its filters, the corpus of the Coverage sheet
/// and `--check`.
struct BuildCommandTests {
    static let csvFiles = ["case_scores.csv", "era_matrix.csv", "era_scores.csv", "evidence.csv", "lessons.csv", "lessons_matrix.csv"]
    static let allFiles = (csvFiles + ["matrix.md", "matrix.txt", "matrix.xlsx"]).sorted()

    /// `build --rubric Rubrics/default.yaml --casebook Casebook --out Out` plus `extra`.
    static func build(_ scratch: ScratchFolder, _ extra: [String]) throws -> ToolRun {
        try scratch.run(["build", "--rubric", "Rubrics/default.yaml", "--casebook", "Casebook", "--out", "Out"] + extra)
    }

    @Test func withNoArgumentsEveryRubricIsBuiltIntoOutputAndARerunChangesNothing() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        let rubricIDs = try scratch.names(in: "Rubrics").filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }
        let total = rubricIDs.count * Self.allFiles.count
        let first = try scratch.run([])
        #expect(first.status == 0, "\(first)")
        #expect(first.stdout.isEmpty)
        #expect(first.stderrLines == ["Output: \(total) files, \(total) changed"])
        #expect(try scratch.names(in: "Output") == rubricIDs)
        for id in rubricIDs {
            #expect(try scratch.names(in: "Output/\(id)") == Self.allFiles)
        }
        let written = scratch.snapshot()
        let second = try scratch.run([])
        #expect(second.status == 0, "\(second)")
        #expect(second.stderrLines == ["Output: \(total) files, 0 changed"])
        #expect(scratch.snapshot() == written, "a rerun rewrites nothing: the output is deterministic")
    }

    @Test func formatsChooseTheFilesAndVerboseListsThem() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        let run = try Self.build(scratch, ["--format", "csv,txt,md", "--verbose"])
        #expect(run.status == 0, "\(run)")
        #expect(try scratch.names(in: "Out") == ["default"])
        #expect(try scratch.names(in: "Out/default") == (Self.csvFiles + ["matrix.md", "matrix.txt"]).sorted())
        #expect(Set(run.stderrLines.dropLast()) == Set(try scratch.names(in: "Out/default").map { "wrote Out/default/\($0)" }))
        #expect(run.stderrLines.last == "Out: 8 files, 8 changed")
        let workbookOnly = try Self.build(scratch, ["--format", "xlsx", "--out", "Workbook"])
        #expect(workbookOnly.status == 0, "\(workbookOnly)")
        #expect(try scratch.names(in: "Workbook/default") == ["matrix.xlsx"])
    }

    @Test func eraCaseAndDimensionFiltersRestrictEveryFile() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        let cases: Set = ["bonn-agreement-2001", "doha-agreement-2020"]
        let run = try Self.build(scratch, ["--format", "csv,txt,md", "--era", "republic-taliban", "--case", cases.sorted().joined(separator: ","),
                                           "--dimension", "guarantors,inclusivity"])
        #expect(run.status == 0, "\(run)")

        let eraMatrix = CSVRecords.parse(try scratch.read("Out/default/era_matrix.csv"))
        #expect(eraMatrix.header == ["era_id", "era", "inclusivity", "guarantors", "index", "rank"], "dimensions in rubric order")
        #expect(eraMatrix.records.map { $0["era_id"] } == ["republic-taliban"])
        #expect(eraMatrix.records.first?["rank"] == "1")

        let caseScores = CSVRecords.parse(try scratch.read("Out/default/case_scores.csv")).records
        #expect(caseScores.count == 4)
        #expect(Set(caseScores.compactMap { $0["case_id"] }) == cases)
        #expect(Set(caseScores.compactMap { $0["dimension_id"] }) == ["guarantors", "inclusivity"])
        #expect(Set(caseScores.compactMap { $0["era_id"] }) == ["republic-taliban"])

        let evidence = CSVRecords.parse(try scratch.read("Out/default/evidence.csv")).records
        #expect(!evidence.isEmpty)
        #expect(evidence.allSatisfy { cases.contains($0["case_id"] ?? "") })
        #expect(CSVRecords.parse(try scratch.read("Out/default/lessons_matrix.csv")).header == ["lesson_id", "lesson", "republic-taliban"])

        for file in ["matrix.txt", "matrix.md"] {
            let text = try scratch.read("Out/default/\(file)")
            #expect(text.contains("doha-agreement-2020") && text.contains("bonn-agreement-2001"), "\(file) holds the chosen cases")
            #expect(!text.contains("geneva-accords-1988") && !text.contains("pdpa-mujahedin"), "\(file) holds nothing else")
            #expect(!text.contains("mediator_neutrality"), "\(file) holds only the chosen dimensions")
        }
    }

    @Test func anUnknownEraInAFilterIsAUsageErrorAndWritesNothing() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        let run = try Self.build(scratch, ["--era", "soviet-war"])
        #expect(run.status == 2, "\(run)")
        #expect(run.stderrLines.count == 1)
        #expect(run.stderrLines.first?.hasPrefix("error: unknown era 'soviet-war'; valid eras: pdpa-mujahedin, ") == true, "\(run)")
        #expect(!scratch.exists("Out"))
    }

    @Test func checkPassesOnFreshOutputAndListsAStaleFileWithoutWriting() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        let formats = ["--format", "csv,txt,md"]
        #expect(try Self.build(scratch, formats).status == 0)
        let clean = try Self.build(scratch, formats + ["--check"])
        #expect(clean.status == 0, "\(clean)")
        #expect(clean.stderrLines == ["Out: 8 files up to date"])

        var csv = try Data(contentsOf: scratch.url.appendingPathComponent("Out/default/era_matrix.csv"))
        csv[csv.count - 2] = csv[csv.count - 2] == UInt8(ascii: "1") ? UInt8(ascii: "2") : UInt8(ascii: "1")
        try scratch.write("Out/default/era_matrix.csv", csv)
        try FileManager.default.removeItem(atPath: scratch.path("Out/default/matrix.md"))
        let before = scratch.snapshot()
        let stale = try Self.build(scratch, formats + ["--check"])
        #expect(stale.status == 1, "\(stale)")
        #expect(stale.stderrLines == [
            "error: Out/default/era_matrix.csv: out of date; run `lessons-matrix build` (or scripts/run)",
            "error: Out/default/matrix.md: out of date; run `lessons-matrix build` (or scripts/run)",
        ])
        #expect(scratch.snapshot() == before, "--check writes nothing")
    }

    /// A stand-in for the study `000_…` that the shipped casebook cites most: one dated sentence per line, so every
    /// cited line of it lies in a passage of the pdpa-mujahedin era that speaks to several dimensions.
    static let study = (1...500).map { _ in "In 1988 the parties took part in talks, the guarantors signed and the ceasefire held." }
        .joined(separator: "\n") + "\n"

    @Test func aCorpusAddsTheCoverageSheetWhoseLinksLandOnTheEvidenceTheyName() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        try scratch.write("Documents/000_4ee81f59ffa11ec3.txt", Self.study)
        let run = try Self.build(scratch, ["--format", "xlsx", "--corpus", "Documents"])
        #expect(run.status == 0, "\(run)")
        let document = try XLSXDocument(url: scratch.url.appendingPathComponent("Out/default/matrix.xlsx"))
        #expect(document.sheetNames == ["Era matrix", "Case matrix", "Lessons", "Evidence", "Rubric", "Sensitivity", "Coverage", "About"])
        let coverage = try #require(document.sheet(named: "Coverage"))
        let evidence = try #require(document.sheet(named: "Evidence"))
        #expect(coverage.cell("A5")?.string == "pdpa-mujahedin")
        #expect(coverage.hyperlinks.count > 10, "\(coverage.hyperlinks.count) links")
        for (reference, link) in coverage.hyperlinks {
            let location = try #require(link.location)
            let row = try #require(Int(location.dropFirst("Evidence!A".count)))
            let firstID = coverage.cell(reference)?.string?.components(separatedBy: ", ").first
            #expect(location.hasPrefix("Evidence!A") && evidence.cell("A\(row)")?.string == firstID, "\(reference) → \(location)")
        }

        let stale = try Self.build(scratch, ["--format", "xlsx", "--check"])
        #expect(stale.status == 1, "\(stale)")
        #expect(stale.stderrLines == [
            "note: no corpus (../shared/seeds is absent), so the workbooks were built without their Coverage sheet",
            "error: Out/default/matrix.xlsx: out of date; run `lessons-matrix build` (or scripts/run)",
        ])
    }

    @Test func withoutACorpusTheWorkbookHasNoCoverageSheetAndAMissingOneIsAnError() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        #expect(!FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("../shared/seeds").path),
                "the default corpus is absent beside the scratch folder")
        let run = try Self.build(scratch, ["--format", "xlsx"])
        #expect(run.status == 0, "\(run)")
        let document = try XLSXDocument(url: scratch.url.appendingPathComponent("Out/default/matrix.xlsx"))
        #expect(document.sheetNames == ["Era matrix", "Case matrix", "Lessons", "Evidence", "Rubric", "Sensitivity", "About"])

        let missing = try Self.build(scratch, ["--format", "xlsx", "--corpus", "Nowhere", "--out", "Elsewhere"])
        #expect(missing.status == 3, "\(missing)")
        #expect(missing.stderrLines == ["error: Nowhere: cannot list the corpus folder (does it exist?)"])
        #expect(!scratch.exists("Elsewhere"))
    }
}
