import ArgumentParser
import Foundation
import LessonsMatrix
import ScoringEngine

/// `lessons-matrix diff`: what moved in every matrix after a rubric edit.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed in every matrix between two versions of a rubric.",
        discussion: """
            The casebook is the same on both sides; only the rubric differs.

            Examples:
              lessons-matrix diff --old /tmp/default-before.yaml --new Rubrics/default.yaml
              lessons-matrix diff --since HEAD                     # every rubric in Rubrics/ against its committed version
              lessons-matrix diff --since main --rubric Rubrics/extended.yaml --json --fail-on-change
            """
    )

    @Option(help: ArgumentHelp("The rubric before the edit.", valueName: "file"))
    var old: String?

    @Option(help: ArgumentHelp("The rubric after the edit.", valueName: "file"))
    var new: String?

    @Option(help: ArgumentHelp("Compare each --rubric (default: every rubric in Rubrics/) with its version at this git revision.", valueName: "rev"))
    var since: String?

    @OptionGroup var inputs: InputOptions
    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @Flag(help: "Exit 1 when anything moved.")
    var failOnChange = false

    func validate() throws {
        switch (old, new, since) {
        case (.some, .some, nil), (nil, nil, .some): return
        default: throw ValidationError("give either --old FILE --new FILE, or --since REV")
        }
    }

    func run() throws {
        let workspace = inputs.workspace
        var pairs: [(label: String, old: RubricSource, new: RubricSource)] = []
        if let old, let new {
            pairs.append((label: "\(old) → \(new)", old: RubricSource.file(old), new: RubricSource.file(new)))
        } else if let since {
            let paths = try inputs.rubrics.isEmpty ? InputFiles.yamlFiles(in: workspace.rubricFolder) : inputs.rubrics
            pairs = paths.map { (label: "\($0) since \(since)", old: RubricSource.git(revision: since, path: $0), new: RubricSource.file($0)) }
        }
        let casebook = try MatrixInputs.load(rubricPaths: [workspace.codingRubric], workspace: workspace).casebook
        var anyChange = false
        var documents: [String] = []
        for pair in pairs {
            let before = MatrixScorer.score(rubric: try pair.old.load(), casebook: casebook)
            let after = MatrixScorer.score(rubric: try pair.new.load(), casebook: casebook)
            let diff = MatrixDiff.between(old: before, new: after)
            anyChange = anyChange || !diff.isEmpty
            if json {
                documents.append(diff.jsonString())
            } else {
                print("# \(pair.label)")
                print(diff.isEmpty ? "nothing moved" : diff.text, terminator: diff.isEmpty ? "\n" : "")
            }
        }
        if json { print(documents.count == 1 ? documents[0] : "[\n" + documents.joined(separator: ",\n") + "\n]") }
        if failOnChange && anyChange { throw ExitCode(1) }
    }
}
