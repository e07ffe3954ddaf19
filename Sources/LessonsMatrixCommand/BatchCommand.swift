import ArgumentParser
import Foundation
import LessonsMatrix
import MatrixSupport

/// `lessons-matrix batch`: run the export jobs of a YAML manifest in parallel.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Run the export jobs of a YAML manifest in parallel and write manifest.json.",
        discussion: """
            A failing job does not stop the others; the exit code is 1 when any job failed.
            Manifest format: see scripts/batch-example.yaml.

            Examples:
              lessons-matrix batch scripts/batch-example.yaml
              lessons-matrix batch exports.yaml --jobs 1
            """
    )

    @Argument(help: ArgumentHelp("The manifest file.", valueName: "file"))
    var manifest: String

    @Option(help: ArgumentHelp("Jobs run at once. Default: the number of cores.", valueName: "n"))
    var jobs: Int?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let jobs, jobs < 1 || jobs > 256 { throw ValidationError("--jobs must be between 1 and 256") }
    }

    func run() throws {
        let source = try InputFiles.read(manifest)
        let folder = PathText.folder(of: manifest)
        let parsed: BatchManifest
        do {
            parsed = try BatchManifest.load(source, folder: folder.isEmpty ? "." : folder)
        } catch {
            throw ToolError.invalidInput(error)
        }
        let runner = BatchRunner(manifest: parsed, parallelism: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let interactive = isatty(STDERR_FILENO) == 1
        let quiet = global.quiet
        let report = try runner.run { result, done, total in
            guard !quiet else { return }
            let line = "[\(done)/\(total)] \(result.name): \(result.status) in \(String(format: "%.2f", result.seconds)) s"
                + (result.error.map { " — \($0)" } ?? "")
            FileHandle.standardError.write(Data((interactive ? "\r\u{1B}[K" + line + (done == total ? "\n" : "") : line + "\n").utf8))
        }
        let failed = report.jobs.filter { $0.error != nil }
        global.note("\(report.jobs.count - failed.count) of \(report.jobs.count) jobs succeeded; manifest: \((parsed.outputRoot as NSString).appendingPathComponent("manifest.json"))")
        if !failed.isEmpty {
            throw ToolError.checkFailed(failed.map { "job '\($0.name)' failed: \($0.error ?? "")" })
        }
    }
}
