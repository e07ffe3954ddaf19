import ArgumentParser
import DatasetImport
import Foundation
import LessonsMatrix

/// `lessons-matrix compare`: set our coding beside a dataset's, agreement by agreement.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Line up our cases with an imported dataset's (by their same_as links) and list where the codings agree and disagree.",
        discussion: """
            Disagreements are listed, not resolved.

            Examples:
              lessons-matrix compare --with imported/pa-x
              lessons-matrix compare --casebook Casebook --with imported/ucdp --format md
              lessons-matrix compare --with imported/pa-x --format csv > comparison.csv
            """
    )

    @Option(help: ArgumentHelp("Our casebook folder.", valueName: "dir"))
    var casebook = "Casebook"

    @Option(name: .customLong("with"), help: ArgumentHelp("The imported casebook folder (from `lessons-matrix import`).", valueName: "dir"))
    var other: String

    @Option(help: ArgumentHelp("The rubric both casebooks are coded against.", valueName: "file"))
    var codingRubric = "Rubrics/extended.yaml"

    @Option(help: ArgumentHelp("txt, csv or md.", valueName: "format"))
    var format = "txt"

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard ["txt", "csv", "md"].contains(format) else { throw ValidationError("--format must be txt, csv or md") }
    }

    func run() throws {
        let coding = try MatrixInputs.loadRubric(codingRubric)
        let ours = try MatrixInputs.loadCasebook(casebook, codingRubric: coding).casebook
        let theirs = try MatrixInputs.loadCasebook(other, codingRubric: coding).casebook
        let report = CasebookComparison.compare(ours: ours, theirs: theirs)
        switch format {
        case "csv": print(CSVRenderer.render(ComparisonRenderer.rows(report)), terminator: "")
        case "md": print(ComparisonRenderer.markdown(report), terminator: "")
        default: print(ComparisonRenderer.text(report), terminator: "")
        }
    }
}
