import Foundation
import LessonsMatrix
import MatrixSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Parallel batch jobs write exactly what one job at a time writes, and two builds on the same output folder
/// never mix their files: the second is refused with exit 3 while the first holds the folder's lock.
@Suite(.serialized) struct ConcurrencyTests {
    /// Six jobs over both rubrics with different formats and filters; `output` is filled in per run.
    private static func manifest(output: String) -> String {
        """
        output: \(output)
        casebook: Casebook
        coding_rubric: Rubrics/extended.yaml
        jobs:
          - name: default-all
            rubric: Rubrics/default.yaml
            output: default-all
          - name: extended-all
            rubric: Rubrics/extended.yaml
            output: extended-all
          - name: default-republic-csv
            rubric: Rubrics/default.yaml
            formats: [csv]
            eras: [republic-taliban]
            output: default-republic-csv
          - name: extended-text
            rubric: Rubrics/extended.yaml
            formats: [txt, md]
            dimensions: [inclusivity, cohesion]
            output: extended-text
          - name: default-workbook
            rubric: Rubrics/default.yaml
            formats: [xlsx]
            output: nested/default-workbook
          - name: extended-early-cases
            rubric: Rubrics/extended.yaml
            eras: [pdpa-mujahedin, mujahedin-factions]
            output: extended-early-cases

        """
    }

    /// `manifest.json` without the jobs' timings, which differ from run to run.
    private func withoutSeconds(_ data: Data?) throws -> NSDictionary {
        let object = try JSONSerialization.jsonObject(with: try #require(data)) as? [String: Any]
        var jobs = try #require(object?["jobs"] as? [[String: Any]])
        for index in jobs.indices { jobs[index]["seconds"] = nil }
        return ["jobs": jobs] as NSDictionary
    }

    @Test func batchOutputsUnderTwoAndEightJobsAreByteIdenticalToOneJob() throws {
        let workspace = try TemporaryFolder(copying: ["Rubrics", "Casebook"])
        var snapshots: [Int: FolderSnapshot] = [:]
        for jobs in [1, 2, 8] {
            try workspace.write("batch-\(jobs).yaml", Self.manifest(output: "exports-\(jobs)"))
            let run = try workspace.run(["batch", "batch-\(jobs).yaml", "--jobs", String(jobs), "-q"])
            #expect(run.status == 0, "\(run)")
            snapshots[jobs] = FolderSnapshot(workspace.path("exports-\(jobs)"))
        }
        let serial = try #require(snapshots[1])
        #expect(serial.files.count == 37, "\(serial.files.keys.sorted())")
        for jobs in [2, 8] {
            let parallel = try #require(snapshots[jobs])
            #expect(Set(parallel.files.keys) == Set(serial.files.keys))
            for (path, bytes) in serial.files where path != "manifest.json" {
                #expect(parallel.files[path] == bytes, "--jobs \(jobs): \(path) differs")
            }
            #expect(try withoutSeconds(parallel.files["manifest.json"]) == withoutSeconds(serial.files["manifest.json"]))
        }
    }

    /// The same in one process, so the thread sanitizer sees the runner's threads.
    @Test func theBatchRunnerInOneProcessGivesTheSameReportWithEightThreadsAsWithOne() throws {
        let workspace = try TemporaryFolder(copying: ["Rubrics", "Casebook"])
        var reports: [Int: BatchReport] = [:]
        for parallelism in [1, 8] {
            let source = SourceText(text: Self.manifest(output: "run-\(parallelism)"), path: "batch.yaml")
            let manifest = try BatchManifest.load(source, folder: workspace.url.path)
            reports[parallelism] = try BatchRunner(manifest: manifest, parallelism: parallelism).run { _, _, _ in }
        }
        let one = try #require(reports[1]), eight = try #require(reports[8])
        #expect(!one.anyFailed && !eight.anyFailed)
        #expect(one.jobs.map(\.name) == eight.jobs.map(\.name))
        #expect(one.jobs.map(\.outputs) == eight.jobs.map(\.outputs))
        var serial = FolderSnapshot(workspace.path("run-1")).files, parallel = FolderSnapshot(workspace.path("run-8")).files
        serial["manifest.json"] = nil
        parallel["manifest.json"] = nil
        #expect(serial == parallel)
    }

    @Test func aBuildIsRefusedWhileAnotherProcessHoldsTheFolderAndChangesNothing() throws {
        let workspace = try TemporaryFolder(copying: ["Rubrics", "Casebook"])
        let build = ["build", "-q", "--rubric", "Rubrics/default.yaml", "--format", "txt,md", "--out", "Out"]
        #expect(try workspace.run(build).status == 0)
        try workspace.write("Casebook/cases/zz-extra.yaml", String(decoding: try workspace.read("Casebook/cases/eid-ceasefire-2018.yaml"), as: UTF8.self)
            .replacingOccurrences(of: "id: eid-ceasefire-2018", with: "id: zz-extra"))
        let previous = FolderSnapshot(workspace.path("Out"))

        let descriptor = open(workspace.path("Out/default/.lessons-matrix.lock"), O_RDWR)
        try #require(descriptor >= 0 && flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let refused = try workspace.run(build)
        close(descriptor)
        #expect(refused.status == 3, "\(refused)")
        #expect(refused.stderr == "error: Out/default: another lessons-matrix process is writing this folder; wait for it to finish\n")
        #expect(FolderSnapshot(workspace.path("Out")) == previous)

        #expect(try workspace.run(build).status == 0)
        #expect(FolderSnapshot(workspace.path("Out")) != previous)
    }

    @Test func twoBuildsStartedTogetherLeaveExactlyWhatOneBuildWrites() throws {
        let workspace = try TemporaryFolder(copying: ["Rubrics", "Casebook"])
        try GeneratedCasebook.write(cases: 150, into: workspace.url.appendingPathComponent("Big"))
        // The same command line each time, which the workbook records.
        let build = ["build", "-q", "--rubric", "Rubrics/default.yaml", "--casebook", "Big", "--out", "Out"]
        #expect(try workspace.run(build).status == 0)
        let serial = FolderSnapshot(workspace.path("Out"))
        // Start from the previous output of the shipped casebook, so the folder exists and is locked early.
        try FileManager.default.removeItem(atPath: workspace.path("Out"))
        #expect(try workspace.run(["build", "-q", "--rubric", "Rubrics/default.yaml", "--out", "Out"]).status == 0)

        let first = try ToolProcess(build, in: workspace.url)
        let second = try ToolProcess(build, in: workspace.url)
        let results = [try first.wait(), try second.wait()]
        // Usually the builds overlap and one is refused; if the machine runs them one after the other, both succeed.
        #expect(results.contains { $0.status == 0 }, "\(results)")
        for result in results where result.status != 0 {
            #expect(result.status == 3, "\(result)")
            #expect(result.stderr == "error: Out/default: another lessons-matrix process is writing this folder; wait for it to finish\n")
        }
        let out = FolderSnapshot(workspace.path("Out"))
        #expect(out.temporaryFiles == [])
        #expect(out == serial)
    }
}
