import ArgumentParser
import Foundation
import LessonsMatrix
import MatrixWriters
import ScoringEngine

/// `lessons-matrix sensitivity`: does the ranking survive other weightings?
struct SensitivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "Rank probabilities under random weights and the ±X% weight changes that flip the top rank.",
        discussion: """
            Examples:
              lessons-matrix sensitivity
              lessons-matrix sensitivity --rubric Rubrics/extended.yaml --draws 10000 --seed 7 --perturb 25
            """
    )

    @OptionGroup var inputs: InputOptions
    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Weight vectors drawn uniformly from the simplex.", valueName: "n"))
    var draws = 1000

    @Option(help: ArgumentHelp("Random seed; the same seed gives the same report.", valueName: "s"))
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Perturb each weight by ±this percentage.", valueName: "pct"))
    var perturb: Double = 20

    func validate() throws {
        guard draws >= 1, draws <= 10_000_000 else { throw ValidationError("--draws must be between 1 and 10000000") }
        guard perturb > 0, perturb < 100 else { throw ValidationError("--perturb must be a percentage between 0 and 100, e.g. 20") }
    }

    func run() throws {
        let loaded = try MatrixInputs.load(rubricPaths: inputs.rubrics, workspace: inputs.workspace)
        for (_, rubric) in loaded.rubrics {
            let scored = MatrixScorer.score(rubric: rubric, casebook: loaded.casebook)
            let report = SensitivityAnalysis.run(matrix: scored, draws: draws, seed: seed, perturbation: perturb / 100)
            print(SensitivityText.render(report, matrix: scored))
        }
    }
}
