import CasebookModel
import EvidenceScan
import Foundation
import MatrixSupport
import MatrixWriters
import RubricModel
import ScoringEngine
import Synchronization

/// Runs the jobs of a ``BatchManifest`` in parallel and records every output in `manifest.json`.
///
/// A failing job does not stop the others. Casebooks and corpora shared by several jobs are loaded once.
///
/// ```swift
/// let report = try BatchRunner(manifest: manifest, parallelism: 2).run { result, done, total in print(done, total) }
/// ```
public struct BatchRunner: Sendable {
    /// The validated manifest.
    public let manifest: BatchManifest
    /// How many jobs run at once.
    public let parallelism: Int

    /// Creates a runner; `parallelism` defaults to the number of cores.
    public init(manifest: BatchManifest, parallelism: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.manifest = manifest
        self.parallelism = max(1, parallelism)
    }

    /// Refuses, before anything runs, an output root or job output whose existing path passes through a symbolic link,
    /// pointing at the manifest value that names it.
    public func preflight() throws(ToolError) {
        var problems: [Diagnostic] = []
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: manifest.outputRoot) {
            problems.append(manifest.outputRootNode.diagnostic(
                "the batch output root \(manifest.outputRoot) is a symbolic link (to \(target)); name the real folder"))
        }
        for job in manifest.jobs {
            var path = manifest.outputRoot
            for component in (job.output as NSString).pathComponents {
                path = (path as NSString).appendingPathComponent(component)
                if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                    problems.append(job.outputNode.diagnostic(
                        "job output '\(job.output)' passes through the symbolic link \(path) (to \(target)); batch outputs must stay inside \(manifest.outputRoot)"))
                    break
                }
            }
        }
        if !problems.isEmpty { throw .invalidInput(DiagnosticList(problems)) }
    }

    /// Runs every job and writes `manifest.json` in the output root.
    /// - Parameter progress: called after each job with its result, the number finished and the total.
    public func run(progress: @Sendable (BatchJobResult, Int, Int) -> Void) throws(ToolError) -> BatchReport {
        try preflight()
        let casebooks = loadCasebooks()
        let corpora = loadCorpora()
        let prepared = prepareCorpora(casebooks: casebooks, corpora: corpora)
        let next = Mutex(0)
        let results = Mutex([BatchJobResult?](repeating: nil, count: manifest.jobs.count))
        let finished = Mutex(0)
        let jobs = manifest.jobs
        DispatchQueue.concurrentPerform(iterations: min(parallelism, jobs.count)) { _ in
            while true {
                let index = next.withLock { value -> Int in
                    defer { value += 1 }
                    return value
                }
                guard index < jobs.count else { return }
                let result = run(jobs[index], casebook: casebooks[CasebookKey(jobs[index])]!,
                                 corpus: corpora[CorpusKey(jobs[index])]!,
                                 preparedCorpus: prepared[PreparedKey(jobs[index])] ?? nil)
                results.withLock { $0[index] = result }
                let done = finished.withLock { value -> Int in
                    value += 1
                    return value
                }
                progress(result, done, jobs.count)
            }
        }
        let report = BatchReport(jobs: results.withLock { $0.compactMap { $0 } })
        let folder = try OutputFolder.lock(manifest.outputRoot)
        try folder.write("manifest.json", contents: Data(report.json.utf8))
        return report
    }

    private struct CasebookKey: Hashable {
        let casebook: String
        let codingRubric: String
        init(_ job: BatchManifest.Job) {
            casebook = job.casebook
            codingRubric = job.codingRubric
        }
    }

    /// Each casebook once, with its content hash: jobs sharing a casebook share both.
    private func loadCasebooks() -> [CasebookKey: Result<(casebook: Casebook, hash: String), ToolError>] {
        var loaded: [CasebookKey: Result<(casebook: Casebook, hash: String), ToolError>] = [:]
        for job in manifest.jobs where loaded[CasebookKey(job)] == nil {
            loaded[CasebookKey(job)] = Result { () throws(ToolError) -> (casebook: Casebook, hash: String) in
                let coding = try MatrixInputs.loadRubric(job.codingRubric)
                let casebook = try MatrixInputs.loadCasebook(job.casebook, codingRubric: coding).casebook
                return (casebook, casebook.contentHash)
            }
        }
        return loaded
    }

    private struct CorpusKey: Hashable {
        let corpus: String?
        let defaultCorpus: String
        init(_ job: BatchManifest.Job) {
            corpus = job.corpus
            defaultCorpus = job.defaultCorpus
        }
    }

    /// Each job's documents for the Coverage sheet, nil where it has none, read as `lessons-matrix build` reads them.
    private func loadCorpora() -> [CorpusKey: Result<[String: String]?, ToolError>] {
        var loaded: [CorpusKey: Result<[String: String]?, ToolError>] = [:]
        for job in manifest.jobs where loaded[CorpusKey(job)] == nil {
            loaded[CorpusKey(job)] = Result { () throws(ToolError) -> [String: String]? in
                try EvidenceScanRun.workbookCorpus(folder: job.corpus, defaultFolder: job.defaultCorpus)
            }
        }
        return loaded
    }

    private struct PreparedKey: Hashable {
        let casebook: CasebookKey
        let corpus: CorpusKey
        init(_ job: BatchManifest.Job) {
            casebook = CasebookKey(job)
            corpus = CorpusKey(job)
        }
    }

    /// Each corpus split and placed once per casebook: every job scanning it for its Coverage sheet shares that.
    private func prepareCorpora(casebooks: [CasebookKey: Result<(casebook: Casebook, hash: String), ToolError>],
                                corpora: [CorpusKey: Result<[String: String]?, ToolError>]) -> [PreparedKey: PreparedCorpus?] {
        var prepared: [PreparedKey: PreparedCorpus?] = [:]
        for job in manifest.jobs where prepared[PreparedKey(job)] == nil {
            guard case let .success(shared)? = casebooks[CasebookKey(job)], case let .success(corpus?)? = corpora[CorpusKey(job)] else {
                prepared[PreparedKey(job)] = .some(nil)
                continue
            }
            prepared[PreparedKey(job)] = PreparedCorpus(corpus: corpus, casebook: shared.casebook)
        }
        return prepared
    }

    private func run(_ job: BatchManifest.Job, casebook: Result<(casebook: Casebook, hash: String), ToolError>,
                     corpus: Result<[String: String]?, ToolError>, preparedCorpus: PreparedCorpus?) -> BatchJobResult {
        let clock = ContinuousClock()
        let start = clock.now
        func seconds() -> Double {
            let elapsed = clock.now - start
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        do throws(ToolError) {
            let rubric = try MatrixInputs.loadRubric(job.rubric)
            let build = MatrixBuild(formats: job.formats,
                                    filter: MatrixFilter(eraIDs: job.eras, caseIDs: job.cases, dimensionIDs: job.dimensions),
                                    commandLine: "lessons-matrix batch (job \(job.name))", corpus: try corpus.get())
            let shared = try casebook.get()
            let matrix = try build.score(rubric, casebook: shared.casebook, casebookHash: shared.hash)
            let files = try build.render(matrix, preparedCorpus: preparedCorpus).map { OutputFile(path: (job.output as NSString).appendingPathComponent($0.path), contents: $0.contents) }
            let folder = try OutputFolder.lock((manifest.outputRoot as NSString).appendingPathComponent(job.output))
            try folder.commit(files.map { (String($0.path.dropFirst(job.output.count + 1)), $0.contents) })
            let taken = seconds()
            let outputs = files.map { BatchOutput(path: $0.path, bytes: $0.contents.count, sha256: SHA256.hex(of: $0.contents),
                                                  rubricHash: rubric.contentHash) }
            return BatchJobResult(name: job.name, outputs: outputs, seconds: taken, error: nil)
        } catch {
            return BatchJobResult(name: job.name, outputs: [], seconds: seconds(), error: error.description)
        }
    }
}
