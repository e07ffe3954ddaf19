import ArgumentParser
import Foundation
import LessonsMatrix

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print each file written and each step.")
    var verbose = false

    /// Prints a progress or result line on standard error unless `--quiet`.
    func note(_ line: String) {
        guard !quiet else { return }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Prints a detail line on standard error with `--verbose`.
    func detail(_ line: String) {
        guard verbose, !quiet else { return }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// Where the inputs are.
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("rubric"), help: ArgumentHelp("A rubric file; repeat for several. Default: every *.yaml in Rubrics/.", valueName: "file"))
    var rubrics: [String] = []

    @Option(help: ArgumentHelp("The casebook folder.", valueName: "dir"))
    var casebook = "Casebook"

    @Option(help: ArgumentHelp("The rubric the casebook is coded against. Default: extended.yaml beside the rubrics.", valueName: "file"))
    var codingRubric: String?

    @Option(help: ArgumentHelp("Folder searched for rubrics when no --rubric is given.", valueName: "dir"))
    var rubricFolder = "Rubrics"

    var workspace: Workspace {
        Workspace(rubricFolder: rubricFolder, casebookFolder: casebook, codingRubric: codingRubric)
    }
}
