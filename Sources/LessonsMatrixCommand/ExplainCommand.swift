import ArgumentParser
import Foundation
import LessonsMatrix
import ScoringEngine

/// `lessons-matrix explain`: how one cell was computed, with its quotes.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how a case or era cell was computed: the observations, the quotes, the rule and the arithmetic.",
        discussion: """
            Examples:
              lessons-matrix explain geneva-accords-1988 guarantors
              lessons-matrix explain pdpa-mujahedin inclusivity --rubric Rubrics/extended.yaml --json
            """
    )

    @Argument(help: ArgumentHelp("A case id or an era id.", valueName: "case-or-era"))
    var subject: String

    @Argument(help: ArgumentHelp("A dimension id of the rubric.", valueName: "dimension"))
    var dimension: String

    @Option(help: ArgumentHelp("The rubric to score with.", valueName: "file"))
    var rubric = "Rubrics/default.yaml"

    @Option(help: ArgumentHelp("The casebook folder.", valueName: "dir"))
    var casebook = "Casebook"

    @Option(help: ArgumentHelp("The rubric the casebook is coded against. Default: extended.yaml beside --rubric.", valueName: "file"))
    var codingRubric: String?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let workspace = Workspace(rubricFolder: PathText.folder(of: rubric), casebookFolder: casebook,
                                  codingRubric: codingRubric)
        let loaded = try MatrixInputs.load(rubricPaths: [rubric], workspace: workspace)
        let scored = MatrixScorer.score(rubric: loaded.rubrics[0].rubric, casebook: loaded.casebook)
        guard let explanation = MatrixScorer.explain(scored, subject: subject, dimension: dimension) else {
            throw ToolError.usage(Self.unknownCellMessage(subject: subject, dimension: dimension, matrix: scored))
        }
        print(json ? explanation.jsonString() : explanation.text, terminator: json ? "\n" : "")
    }

    static func unknownCellMessage(subject: String, dimension: String, matrix: ScoredMatrix) -> String {
        let subjects = matrix.cases.map(\.caseID) + matrix.eras.map(\.eraID)
        if !subjects.contains(subject) {
            return "unknown case or era '\(subject)'; try one of: \(matrix.eras.map(\.eraID).joined(separator: ", ")) or a case id from `lessons-matrix validate`"
        }
        return "unknown dimension '\(dimension)'; the rubric's dimensions are: \(matrix.rubric.dimensions.map(\.id).joined(separator: ", "))"
    }
}
