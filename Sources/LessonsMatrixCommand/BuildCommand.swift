import ArgumentParser
import Foundation
import LessonsMatrix
import MatrixWriters
import ScoringEngine

/// `lessons-matrix build`: write the matrices of every rubric, or check that they are up to date.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the matrices of every rubric into Output/<rubric-id>/ (the default subcommand).",
        discussion: """
            The workbook gets a Coverage sheet (the evidence scan of the source
            documents with the rubric's cues and the casebook's citations, see
            docs/scan.md) when there is a corpus: --corpus DIR, or ../shared/seeds
            when that folder exists. Without a corpus it has no Coverage sheet.

            Examples:
              lessons-matrix build
              lessons-matrix build --rubric Rubrics/default.yaml --format xlsx --out /tmp/matrices
              lessons-matrix build --era republic-taliban --dimension guarantors,inclusivity --format txt
              lessons-matrix build --corpus /path/to/documents --format xlsx
              lessons-matrix build --check        # exit 1 and list stale files; writes nothing
              lessons-matrix build --rubric Rubrics/default.yaml --format xlsx --out - > matrix.xlsx
            """
    )

    @OptionGroup var inputs: InputOptions
    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("out"), help: ArgumentHelp("Output root; each rubric goes to <dir>/<rubric-id>/. '-' writes a single file to standard output.", valueName: "dir"))
    var output = "Output"

    @Option(help: ArgumentHelp("Comma-separated formats: xlsx, csv, txt, md.", valueName: "list"))
    var format = "xlsx,csv,txt,md"

    @Option(help: ArgumentHelp("Only these eras (comma-separated ids).", valueName: "ids"))
    var era: String?

    @Option(name: .customLong("case"), help: ArgumentHelp("Only these cases (comma-separated ids).", valueName: "ids"))
    var cases: String?

    @Option(help: ArgumentHelp("Only these dimensions (comma-separated ids).", valueName: "ids"))
    var dimension: String?

    @Option(help: ArgumentHelp("Width the text tables wrap to.", valueName: "columns"))
    var width = 100

    @Flag(help: "Add a UTF-8 byte-order mark to CSV files, for Excel on Windows.")
    var csvBom = false

    @Flag(help: "Do not neutralise CSV cells that begin with = + - @ (formula injection guard).")
    var noCsvNeutralise = false

    @Option(help: ArgumentHelp(
        "Folder of the source documents (*.txt) scanned for the workbook's Coverage sheet. Default: \(Self.defaultCorpus) "
            + "when it exists; without a corpus the workbook has no Coverage sheet.", valueName: "dir"))
    var corpus: String?

    @Flag(help: "Write nothing; exit 1 and list the files whose bytes would change.")
    var check = false

    /// The corpus scanned when no `--corpus` is given, where the repository layout keeps the documents.
    static let defaultCorpus = Workspace().corpusFolder

    func run() throws {
        let build = MatrixBuild(
            formats: try OutputFormat.parseList(format),
            filter: MatrixFilter(eraIDs: Self.ids(era), caseIDs: Self.ids(cases), dimensionIDs: Self.ids(dimension)),
            csvOptions: CSVOptions(byteOrderMark: csvBom, neutraliseFormulas: !noCsvNeutralise),
            textWidth: width,
            commandLine: Self.recordedCommandLine(CommandLine.arguments),
            corpus: try EvidenceScanRun.workbookCorpus(folder: corpus, defaultFolder: Self.defaultCorpus)
        )
        let loaded = try MatrixInputs.load(rubricPaths: inputs.rubrics, workspace: inputs.workspace)
        let folders = check || output == "-" ? [:] : try build.lockFolders(for: loaded, under: output)
        let files = try build.render(loaded)
        if check {
            let stale = build.stalePaths(files, under: output)
            if stale.isEmpty {
                global.note("\(output): \(files.count) files up to date")
                return
            }
            if build.corpus == nil, stale.contains(where: { $0.hasSuffix(WorkbookWriter.fileName) }) {
                global.note("note: no corpus (\(Self.defaultCorpus) is absent), so the workbooks were built without their Coverage sheet")
            }
            throw ToolError.checkFailed(stale.map { "\(output)/\($0): out of date; run `lessons-matrix build` (or scripts/run)" })
        }
        if output == "-" {
            guard files.count == 1, !check else {
                throw ToolError.usage("--out - writes one file to standard output, but this build makes \(files.count); "
                    + "give one --rubric and --format xlsx, txt or md")
            }
            FileHandle.standardOutput.write(files[0].contents)
            return
        }
        let changed = try build.write(files, into: output, lockedFolders: folders)
        for path in changed { global.detail("wrote \(output)/\(path)") }
        global.note("\(output): \(files.count) files, \(changed.count) changed")
    }

    /// The command recorded in the workbook's About sheet: what determines the content, without flags that only
    /// change how the run behaves (`--check`, `--quiet`, `--verbose`), so that `build --check` compares like with like.
    static func recordedCommandLine(_ arguments: [String]) -> String {
        var rest = Array(arguments.dropFirst())
        if rest.first == "build" { rest.removeFirst() }
        let behaviourFlags: Set<String> = ["--check", "--quiet", "-q", "--verbose", "-v"]
        return (["lessons-matrix", "build"] + rest.filter { !behaviourFlags.contains($0) }).joined(separator: " ")
    }

    static func ids(_ text: String?) -> [String]? {
        guard let text else { return nil }
        return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
