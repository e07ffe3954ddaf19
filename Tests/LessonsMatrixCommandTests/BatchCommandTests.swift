import Foundation
import MatrixSupport
import Testing
import XLSXReadBack

/// `lessons-matrix batch`: jobs run in parallel, a failing job does not stop the others, and `manifest.json`
/// records every output. The manifest's own validation errors are in the bad-input catalogue.
struct BatchCommandTests {
    static let manifest = """
        output: exports
        casebook: Casebook
        coding_rubric: Rubrics/extended.yaml
        jobs:
          - name: default-csv
            rubric: Rubrics/default.yaml
            formats: [csv, md]
            output: default-csv
          - name: missing-rubric
            rubric: Rubrics/missing.yaml
            output: missing
          - name: unknown-era
            rubric: Rubrics/default.yaml
            eras: [soviet-war]
            output: unknown-era
          - name: extended-republic
            rubric: Rubrics/extended.yaml
            formats: [txt]
            eras: [republic-taliban]
            output: extended/republic

        """

    @Test func oneFailingJobLeavesTheOthersAndTheManifestRecordsEveryOutput() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        try scratch.write("batch.yaml", Self.manifest)
        let run = try scratch.run(["batch", "batch.yaml", "--jobs", "2"])
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.isEmpty)

        let progress = run.stderrLines.filter { $0.hasPrefix("[") }
        #expect(progress.count == 4)
        #expect(Set(progress.map { $0.drop { $0 != "]" }.dropFirst(2).prefix { $0 != ":" } })
            == ["default-csv", "missing-rubric", "unknown-era", "extended-republic"])
        let missingError = "Rubrics/missing.yaml: no such file"
        #expect(run.stderrLines.contains("2 of 4 jobs succeeded; manifest: exports/manifest.json"))
        #expect(run.stderrLines.contains("error: job 'missing-rubric' failed: \(missingError)"))
        let eraError = try #require(run.stderrLines.first { $0.hasPrefix("error: job 'unknown-era' failed: ") }?
            .dropFirst("error: job 'unknown-era' failed: ".count))
        #expect(eraError.hasPrefix("unknown era 'soviet-war'; valid eras: pdpa-mujahedin, "))

        #expect(try scratch.names(in: "exports") == ["default-csv", "extended", "manifest.json"], "failed jobs write no folder")
        let manifest = try JSONObject.parse(try scratch.read("exports/manifest.json"))
        let jobs = JSONObject.list(manifest, "jobs")
        #expect(jobs.compactMap { $0["name"] as? String } == ["default-csv", "missing-rubric", "unknown-era", "extended-republic"])
        #expect(jobs.compactMap { $0["status"] as? String } == ["ok", "failed", "failed", "ok"])
        #expect(jobs[1]["error"] as? String == missingError)
        #expect((jobs[2]["error"] as? String).map { Substring($0) } == eraError)
        #expect(jobs.allSatisfy { ($0["seconds"] as? Double).map { $0 >= 0 } == true })

        var rubricHashes: [String] = []
        for (job, folder) in [(jobs[0], "default-csv"), (jobs[3], "extended/republic")] {
            let outputs = JSONObject.list(job, "outputs")
            #expect(Set(outputs.compactMap { $0["path"] as? String }) == Set(try scratch.names(in: "exports/\(folder)").map { "\(folder)/\($0)" }))
            for output in outputs {
                let path = output["path"] as? String ?? ""
                let bytes = try Data(contentsOf: scratch.url.appendingPathComponent("exports/\(path)"))
                #expect(output["bytes"] as? Int == bytes.count, "\(path) size")
                #expect(output["sha256"] as? String == SHA256.hex(of: bytes), "\(path) hash")
            }
            let hashes = Set(outputs.compactMap { $0["rubric_hash"] as? String })
            #expect(hashes.count == 1 && hashes.first?.count == 64, "one rubric hash per job")
            rubricHashes += hashes
        }
        #expect(JSONObject.list(jobs[0], "outputs").count == 7, "six CSV files and the Markdown matrix")
        #expect(JSONObject.list(jobs[1], "outputs").isEmpty && JSONObject.list(jobs[2], "outputs").isEmpty)
        #expect(rubricHashes.count == 2 && rubricHashes[0] != rubricHashes[1])
        #expect(try scratch.read("exports/extended/republic/matrix.txt").contains("Rubric SHA-256: \(rubricHashes.last ?? "?")"),
                "the manifest's rubric hash is the one the matrix names")
    }

    @Test func quietPrintsOnlyTheFailures() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        try scratch.write("batch.yaml", Self.manifest)
        let run = try scratch.run(["batch", "batch.yaml", "--quiet"])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.count == 2 && run.stderrLines.allSatisfy { $0.hasPrefix("error: job '") }, "\(run)")
    }

    @Test func aSymbolicLinkInAJobOutputIsRefusedAtItsManifestLineAndNothingIsWritten() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        try FileManager.default.createDirectory(atPath: scratch.path("elsewhere"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: scratch.path("exports"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("exports/linked"), withDestinationPath: scratch.path("elsewhere"))
        try scratch.write("batch.yaml", "output: exports\njobs:\n  - name: a\n    rubric: Rubrics/default.yaml\n    output: linked/a\n")
        let before = scratch.snapshot()
        let run = try scratch.run(["batch", "batch.yaml"])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines == [
            "error: batch.yaml:5:13: job output 'linked/a' passes through the symbolic link exports/linked (to \(scratch.path("elsewhere"))); "
                + "batch outputs must stay inside exports",
        ])
        #expect(scratch.snapshot() == before)
    }

    @Test func aSymbolicLinkAsTheOutputRootIsRefusedAndNothingIsWritten() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        try FileManager.default.createDirectory(atPath: scratch.path("elsewhere"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("exports"), withDestinationPath: scratch.path("elsewhere"))
        try scratch.write("batch.yaml", "output: exports\njobs:\n  - name: a\n    rubric: Rubrics/default.yaml\n    output: a\n")
        let before = scratch.snapshot()
        let run = try scratch.run(["batch", "batch.yaml"])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines == [
            "error: batch.yaml:1:9: the batch output root exports is a symbolic link (to \(scratch.path("elsewhere"))); name the real folder",
        ])
        #expect(scratch.snapshot() == before)
    }

    @Test func theManifestsCorpusGivesEachWorkbookACoverageSheetAndAMissingOneFailsOnlyItsJob() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        try scratch.write("Documents/000_4ee81f59ffa11ec3.txt", BuildCommandTests.study)
        try scratch.write("batch.yaml", """
            output: exports
            corpus: Documents
            jobs:
              - name: scanned
                rubric: Rubrics/default.yaml
                formats: [xlsx]
                output: scanned
              - name: missing-corpus
                rubric: Rubrics/default.yaml
                corpus: Nowhere
                formats: [xlsx]
                output: missing

            """)
        let run = try scratch.run(["batch", "batch.yaml", "--jobs", "1", "--quiet"])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines == ["error: job 'missing-corpus' failed: Nowhere: cannot list the corpus folder (does it exist?)"])
        let document = try XLSXDocument(url: scratch.url.appendingPathComponent("exports/scanned/matrix.xlsx"))
        #expect(document.sheetNames.suffix(2) == ["Coverage", "About"])
        #expect(try #require(document.sheet(named: "Coverage")).hyperlinks.count > 10)
        #expect(try scratch.names(in: "exports") == ["manifest.json", "scanned"])
    }
}
