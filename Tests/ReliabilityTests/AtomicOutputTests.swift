import Foundation
import Testing

/// `kill -9` at any moment of a build never costs a file: afterwards every output file holds its previous bytes or
/// its new bytes, never a mixture, and the next build removes the temporary files and completes the change.
@Suite(.serialized) struct AtomicOutputTests {
    /// Enough cases that a debug build of the default rubric takes one or two seconds, so the kills land at
    /// different stages: loading, scoring, rendering, writing.
    static let generatedCases = 150

    @Test func aBuildKilledAtAnyPointLeavesEveryFileOldOrNewAndTheNextBuildFinishesTheJob() throws {
        let workspace = try TemporaryFolder(copying: ["Rubrics", "Casebook"])
        try GeneratedCasebook.write(cases: Self.generatedCases, into: workspace.url.appendingPathComponent("Big"))
        // Every run writes Out/, because the workbook records its command line.
        let build = ["build", "-q", "--rubric", "Rubrics/default.yaml", "--out", "Out"]
        let out = workspace.path("Out")
        let old = try #require(try snapshot(of: build, in: workspace))
        let clock = ContinuousClock()
        let start = clock.now
        let new = try #require(try snapshot(of: build + ["--casebook", "Big"], in: workspace))
        let duration = clock.now - start
        #expect(Set(old.files.keys) == Set(new.files.keys))
        #expect(old.files.keys.filter { old.files[$0] == new.files[$0] } == [], "every file changes, so old and new tell apart")

        // The last kill waits for the first temporary file, to land in the writing itself.
        for point in [0.1, 0.3, 0.6, 0.9, nil] as [Double?] {
            let when = point.map { "at \(Int($0 * 100))%" } ?? "while writing"
            try FileManager.default.removeItem(atPath: out)
            try old.restore(into: out)
            let process = try ToolProcess(build + ["--casebook", "Big"], in: workspace.url)
            if let point {
                Thread.sleep(forTimeInterval: Double(duration.components.seconds) * point
                             + Double(duration.components.attoseconds) * 1e-18 * point)
            } else {
                waitForATemporaryFile(in: "\(out)/default", at: clock.now + duration * 3)
            }
            process.kill()
            _ = try process.wait()
            let killed = FolderSnapshot(out)
            for (path, bytes) in killed.files where !killed.temporaryFiles.contains(path) {
                #expect(bytes == old.files[path] || bytes == new.files[path], "killed \(when): \(path) is neither its old nor its new bytes")
            }
            for path in old.files.keys {
                #expect(killed.files[path] != nil, "killed \(when): \(path) disappeared")
            }

            let rerun = try workspace.run(build + ["--casebook", "Big"])
            #expect(rerun.status == 0, "\(rerun)")
            let finished = FolderSnapshot(out)
            #expect(finished.temporaryFiles == [], "after the kill \(when)")
            #expect(finished == new, "after the kill \(when)")
        }
    }

    @Test func theNextBuildRemovesTemporaryFilesLeftByAKilledOneAndNothingElse() throws {
        let workspace = try TemporaryFolder(copying: ["Rubrics", "Casebook"])
        let build = ["build", "-q", "--rubric", "Rubrics/default.yaml", "--format", "txt", "--out", "Out"]
        #expect(try workspace.run(build).status == 0)
        let leftovers = ["Out/default/.matrix.txt.tmp-99999", "Out/default/.matrix.xlsx.tmp-4242", "Out/default/notes/.draft.md.tmp-7"]
        for path in leftovers { try workspace.write(path, "partial") }
        try workspace.write("Out/default/.keep", "not a temporary file")
        try workspace.write("Out/default/notes/draft.md", "an analyst's own file")

        #expect(try workspace.run(build).status == 0)
        for path in leftovers { #expect(!FileManager.default.fileExists(atPath: workspace.path(path)), "\(path)") }
        #expect(try workspace.read("Out/default/.keep") == Data("not a temporary file".utf8))
        #expect(try workspace.read("Out/default/notes/draft.md") == Data("an analyst's own file".utf8))
    }

    /// Builds into Out/ (emptied first) and returns what it wrote.
    private func snapshot(of arguments: [String], in workspace: TemporaryFolder) throws -> FolderSnapshot? {
        try? FileManager.default.removeItem(atPath: workspace.path("Out"))
        let run = try workspace.run(arguments)
        guard run.status == 0 else {
            Issue.record("\(arguments): \(run)")
            return nil
        }
        return FolderSnapshot(workspace.path("Out"))
    }

    private func waitForATemporaryFile(in folder: String, at deadline: ContinuousClock.Instant) {
        while ContinuousClock.now < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            if names.contains(where: { $0.hasPrefix(".") && $0.contains(".tmp-") }) { return }
            usleep(200)
        }
    }
}
