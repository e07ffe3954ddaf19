import ArgumentParser
import Foundation
import LessonsMatrix

/// `lessons-matrix validate`: every rubric and casebook check, the quote check, coverage and conflicts.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the rubrics and the casebook; print coverage and conflicts; verify quotes against the documents.",
        discussion: """
            Examples:
              lessons-matrix validate
              lessons-matrix validate --corpus ../shared/seeds     # also find every quote in its source file
            """
    )

    @OptionGroup var inputs: InputOptions
    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Folder of the source documents; every quote must be found in its file.", valueName: "dir"))
    var corpus: String?

    func run() throws {
        let loaded = try MatrixInputs.load(rubricPaths: inputs.rubrics, workspace: inputs.workspace)
        let report = try ValidationReport.make(loaded, corpusFolder: corpus)
        if !global.quiet {
            print(report.coverage.text)
            print(report.conflicts.text)
        }
        let casebook = loaded.casebook
        let observations = casebook.cases.reduce(0) { $0 + $1.observations.count }
        let quotes = corpus == nil ? "quotes not checked (pass --corpus DIR)" : "\(report.quotesChecked) quotes checked"
        let summary = "\(loaded.rubrics.count) rubrics, \(casebook.cases.count) cases, \(observations) observations, "
            + "\(casebook.evidence.count) evidence items, \(casebook.allConflicts.count) conflicts; \(quotes)"
        if !report.diagnostics.isEmpty {
            throw ToolError.invalidInput(.init(report.diagnostics))
        }
        global.note("valid: \(summary)")
    }
}
