import ArgumentParser
import CasebookModel
import Foundation
import LessonsMatrix
import MatrixWriters
import ScoringEngine

/// Times the parts of a build inside one process — loading, hashing, scoring, the workbook's sensitivity run
/// and each writer — so the whole-command times of `scripts/bench` can be split, and the workbook writer can be
/// set beside the raw libxlsxwriter floor.
struct PhasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phases",
        abstract: "Time each phase of a build in-process and print JSON.",
        discussion: "Example: lessons-matrix-bench phases --casebook /tmp/pax --runs 5")

    @Option(help: "Folder of the rubrics to build.") var rubricFolder = "Rubrics"
    @Option(help: "The casebook folder.") var casebook = "Casebook"
    @Option(help: "The rubric the casebook is coded against (default: extended.yaml in the rubric folder).") var codingRubric: String?
    @Option(help: "Timed runs of each phase, after one warm-up run.") var runs = 5
    @Option(help: "Draws of the sensitivity phase timed on its own (the workbook runs its own 1000).") var draws = 10_000

    func run() throws {
        let workspace = Workspace(rubricFolder: rubricFolder, casebookFolder: casebook, codingRubric: codingRubric)
        var phases: [(String, Timing)] = []
        var inputs: MatrixInputs?
        phases.append(("load", try Timing.measure(runs: runs) { inputs = try MatrixInputs.load(rubricPaths: [], workspace: workspace) }))
        guard let inputs else { return }
        let casebook = inputs.casebook
        phases.append(("casebook hash", Timing.measure(runs: runs) { _ = casebook.contentHash }))
        let hash = casebook.contentHash
        let workbookWriter = WorkbookWriter(commandLine: "lessons-matrix build", toolVersion: ToolVersion.current)
        for (_, rubric) in inputs.rubrics {
            var matrix: ScoredMatrix?
            phases.append(("\(rubric.id): score", Timing.measure(runs: runs) {
                matrix = MatrixScorer.score(rubric: rubric, casebook: casebook, casebookHash: hash)
            }))
            guard let matrix else { continue }
            phases.append(("\(rubric.id): sensitivity \(draws) draws", Timing.measure(runs: runs) {
                _ = SensitivityAnalysis.run(matrix: matrix, draws: draws, seed: 1, perturbation: 0.2)
            }))
            phases.append(("\(rubric.id): workbook sensitivity 1000 draws", Timing.measure(runs: runs) {
                _ = SensitivityAnalysis.run(matrix: matrix, draws: 1000, seed: 1, perturbation: 0.2, rankLimit: 20)
            }))
            phases.append(("\(rubric.id): xlsx", try Timing.measure(runs: runs) { _ = try workbookWriter.data(for: matrix) }))
            phases.append(("\(rubric.id): csv", Timing.measure(runs: runs) { _ = CSVMatrixWriter.files(for: matrix, options: CSVOptions()) }))
            phases.append(("\(rubric.id): txt", Timing.measure(runs: runs) { _ = TextMatrixWriter.render(matrix, width: 100) }))
            phases.append(("\(rubric.id): md", Timing.measure(runs: runs) { _ = MarkdownMatrixWriter.render(matrix) }))
        }
        let build = MatrixBuild(formats: Set(OutputFormat.allCases))
        phases.append(("render all (parallel)", try Timing.measure(runs: runs) { _ = try build.render(inputs) }))
        var json: [String] = []
        let encoder = JSONEncoder()
        for (name, timing) in phases {
            let key = String(decoding: try encoder.encode(name), as: UTF8.self)
            json.append("  \(key): \(String(decoding: try encoder.encode(timing), as: UTF8.self))")
        }
        print("{\n" + json.joined(separator: ",\n") + "\n}")
    }
}
