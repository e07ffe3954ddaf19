import Foundation
import Testing

/// `lessons-matrix diff`: what moved after a rubric edit, between two files or against git.
struct DiffCommandTests {
    static let casebook = ["--casebook", "Casebook", "--rubric-folder", "Rubrics"]

    /// A scratch folder with `new.yaml`: the default rubric with the guarantors weight raised from 1 to 3.
    static func withHeavierGuarantors() throws -> ScratchFolder {
        let scratch = try ScratchFolder.withShippedInputs()
        try scratch.write("new.yaml", try RubricText.withGuarantorsWeight(try scratch.read("Rubrics/default.yaml"), "3.0"))
        return scratch
    }

    /// Era id → (index, rank) from the era matrix `build` writes for `rubric`.
    static func eraIndexes(_ scratch: ScratchFolder, rubric: String) throws -> [String: (index: String, rank: String)] {
        let out = "Eras-\(UUID().uuidString)"
        let run = try scratch.run(["build", "--rubric", rubric, "--casebook", "Casebook", "--out", out, "--format", "csv", "--quiet"])
        try #require(run.status == 0, "\(run)")
        let records = CSVRecords.parse(try scratch.read("\(out)/default/era_matrix.csv")).records
        return Dictionary(records.map { ($0["era_id"] ?? "", (index: $0["index"] ?? "", rank: $0["rank"] ?? "")) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func aWeightChangeListsTheWeightTheIndexesAndTheRanksThatMoved() throws {
        let scratch = try Self.withHeavierGuarantors()
        let text = try scratch.run(["diff", "--old", "Rubrics/default.yaml", "--new", "new.yaml"] + Self.casebook)
        #expect(text.status == 0, "\(text)")
        #expect(Array(text.stdoutLines.prefix(2)) == ["# Rubrics/default.yaml → new.yaml", "guarantors weight 1 → 3"])

        let json = try scratch.run(["diff", "--old", "Rubrics/default.yaml", "--new", "new.yaml", "--json"] + Self.casebook)
        #expect(json.status == 0, "\(json)")
        let object = try JSONObject.parse(json.stdout)
        let weights = JSONObject.list(object, "weightChanges")
        #expect(weights.count == 1)
        #expect(weights.first?["dimensionID"] as? String == "guarantors")
        #expect(weights.first?["old"] as? Double == 1)
        #expect(weights.first?["new"] as? Double == 3)
        #expect(JSONObject.list(object, "cellChanges").isEmpty, "a weight moves no cell score")
        for key in ["casesAdded", "casesRemoved", "dimensionsAdded", "dimensionsRemoved", "erasAdded", "erasRemoved"] {
            #expect((object[key] as? [Any])?.isEmpty == true, "\(key) is empty")
        }

        let indexChanges = JSONObject.list(object, "indexChanges")
        let rankChanges = JSONObject.list(object, "rankChanges")
        #expect(!indexChanges.isEmpty && !rankChanges.isEmpty)
        for change in indexChanges {
            let level = change["level"] as? String ?? "?", subject = change["subject"] as? String ?? "?"
            let line = "\(level) \(subject) index \(threeDecimals(change["old"] as? Double ?? .nan)) → \(threeDecimals(change["new"] as? Double ?? .nan))"
            #expect(text.stdoutLines.contains(line), "text lists \(line)")
        }
        for change in rankChanges {
            let level = change["level"] as? String ?? "?", subject = change["subject"] as? String ?? "?"
            let line = "rank \(level == "era" ? "era " : "")\(subject) \(change["old"] as? Int ?? -1) → \(change["new"] as? Int ?? -1)"
            #expect(text.stdoutLines.contains(line), "text lists \(line)")
        }

        // The era indexes and ranks of the diff are those of the era matrices built with each rubric.
        let before = try Self.eraIndexes(scratch, rubric: "Rubrics/default.yaml")
        let after = try Self.eraIndexes(scratch, rubric: "new.yaml")
        let eraIndexChanges = indexChanges.filter { $0["level"] as? String == "era" }
        #expect(Set(eraIndexChanges.compactMap { $0["subject"] as? String })
            == Set(before.keys.filter { before[$0]?.index != after[$0]?.index }))
        for change in eraIndexChanges {
            let era = change["subject"] as? String ?? ""
            #expect((change["old"] as? Double).map(threeDecimals) == before[era]?.index)
            #expect((change["new"] as? Double).map(threeDecimals) == after[era]?.index)
        }
        for change in rankChanges where change["level"] as? String == "era" {
            let era = change["subject"] as? String ?? ""
            #expect((change["old"] as? Int).map(String.init) == before[era]?.rank)
            #expect((change["new"] as? Int).map(String.init) == after[era]?.rank)
        }
    }

    @Test func failOnChangeExitsOneWhenSomethingMovedAndZeroWhenNothingDid() throws {
        let scratch = try Self.withHeavierGuarantors()
        let moved = try scratch.run(["diff", "--old", "Rubrics/default.yaml", "--new", "new.yaml", "--fail-on-change"] + Self.casebook)
        #expect(moved.status == 1, "\(moved)")
        #expect(moved.stdoutLines.dropFirst().first == "guarantors weight 1 → 3")
        let same = try scratch.run(["diff", "--old", "Rubrics/default.yaml", "--new", "Rubrics/default.yaml", "--fail-on-change"] + Self.casebook)
        #expect(same.status == 0, "\(same)")
        #expect(same.stdout == "# Rubrics/default.yaml → Rubrics/default.yaml\nnothing moved\n")
        let sameJSON = try scratch.run(["diff", "--old", "Rubrics/default.yaml", "--new", "Rubrics/default.yaml", "--json"] + Self.casebook)
        let object = try JSONObject.parse(sameJSON.stdout)
        #expect(object.values.allSatisfy { ($0 as? [Any])?.isEmpty == true }, "every list of an empty diff is empty")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/git"), "needs git"))
    func sinceARevisionComparesEachRubricWithItsCommittedVersion() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        try Self.git(["init", "-q"], in: scratch)
        try Self.git(["add", "Rubrics", "Casebook"], in: scratch)
        try Self.git(["commit", "-q", "-m", "rubrics as shipped"], in: scratch)

        let clean = try scratch.run(["diff", "--since", "HEAD", "--casebook", "Casebook"])
        #expect(clean.status == 0, "\(clean)")
        let rubrics = try scratch.names(in: "Rubrics").filter { $0.hasSuffix(".yaml") }
        #expect(clean.stdoutLines == rubrics.flatMap { ["# Rubrics/\($0) since HEAD", "nothing moved"] })

        try scratch.write("Rubrics/default.yaml", try RubricText.withGuarantorsWeight(try scratch.read("Rubrics/default.yaml"), "3.0"))
        let edited = try scratch.run(["diff", "--since", "HEAD", "--rubric", "Rubrics/default.yaml", "--casebook", "Casebook", "--fail-on-change"])
        #expect(edited.status == 1, "\(edited)")
        #expect(Array(edited.stdoutLines.prefix(2)) == ["# Rubrics/default.yaml since HEAD", "guarantors weight 1 → 3"])
        let json = try scratch.run(["diff", "--since", "HEAD", "--rubric", "Rubrics/default.yaml", "--casebook", "Casebook", "--json"])
        #expect(json.status == 0, "\(json)")
        #expect(JSONObject.list(try JSONObject.parse(json.stdout), "weightChanges").first?["dimensionID"] as? String == "guarantors")

        let unknown = try scratch.run(["diff", "--since", "no-such-revision", "--rubric", "Rubrics/default.yaml", "--casebook", "Casebook"])
        #expect(unknown.status == 3, "\(unknown)")
        #expect(unknown.stderrLines.first?.hasPrefix("error: no-such-revision:Rubrics/default.yaml: fatal: ") == true, "\(unknown)")
    }

    /// Runs git in the scratch folder with a throwaway identity and no hooks.
    static func git(_ arguments: [String], in scratch: ScratchFolder) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["-c", "user.name=LessonsMatrix tests", "-c", "user.email=tests@example.invalid", "-c", "commit.gpgsign=false",
                             "-c", "core.hooksPath=/dev/null"] + arguments
        process.currentDirectoryURL = scratch.url
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")) failed")
    }
}
