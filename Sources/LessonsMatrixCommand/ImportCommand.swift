import ArgumentParser
import DatasetImport
import Foundation
import LessonsMatrix
import MatrixSupport

/// `lessons-matrix import`: turn a PA-X or UCDP export into a casebook.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a PA-X or UCDP peace-agreement export (CSV) into a casebook the rubrics can score.",
        discussion: """
            Columns feed indicators as the mapping file says (Rubrics/mappings/<dataset>.yaml, documented in
            Rubrics/mappings/README.md). Every imported observation cites the dataset, its version, the row id and the column.

            Examples:
              lessons-matrix import pa-x ../shared/external/pax_v3.csv --out imported/pa-x
              lessons-matrix import pa-x ../shared/external/pax_v3.csv --out imported/pa-x --format bin --build imported/pa-x-matrices
              lessons-matrix import ucdp ../shared/external/ucdp_peace_agreements_1975_2011.csv --filter country=Afghanistan --out imported/ucdp-afghanistan
              lessons-matrix import pa-x pax.csv --filter years=1990-2001 --filter ids=482,409 --era-by 1990-1995:early-1990s,1996-2001:late-1990s
            """
    )

    @Argument(help: ArgumentHelp("The dataset: pa-x or ucdp.", valueName: "dataset"))
    var dataset: String

    @Argument(help: ArgumentHelp("The CSV export as its publisher distributes it.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The mapping file. Default: Rubrics/mappings/<dataset>.yaml.", valueName: "file"))
    var mapping: String?

    @Option(name: .customLong("out"), help: ArgumentHelp("The casebook folder to write. Default: imported/<dataset>.", valueName: "dir"))
    var output: String?

    @Option(help: ArgumentHelp("Keep some rows: country=TEXT, years=FIRST-LAST or ids=ID,ID; repeatable.", valueName: "filter"))
    var filter: [String] = []

    @Option(help: ArgumentHelp("Eras as year ranges: FIRST-LAST:ERA-ID,… Default: one era per decade.", valueName: "ranges"))
    var eraBy: String?

    @Option(help: ArgumentHelp("yaml (readable files) or bin (one fast casebook.bin).", valueName: "format"))
    var format = "yaml"

    @Option(help: ArgumentHelp("What a bad row does: skip it with a warning, or fail the import.", valueName: "policy"))
    var badRows = "skip"

    @Option(help: ArgumentHelp("The rubric whose indicators the mapping feeds.", valueName: "file"))
    var codingRubric = "Rubrics/extended.yaml"

    @Option(help: ArgumentHelp("Also build the matrices of every rubric in Rubrics/ from the import into this folder.", valueName: "dir"))
    var build: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard ["pa-x", "ucdp"].contains(dataset) else { throw ValidationError("unknown dataset '\(dataset)'; use pa-x or ucdp") }
        guard ImportedCasebook.Format(rawValue: format) != nil else { throw ValidationError("--format must be yaml or bin") }
        guard BadRowPolicy(rawValue: badRows) != nil else { throw ValidationError("--bad-rows must be skip or fail") }
    }

    func run() throws {
        let options = try importOptions()
        let coding = try MatrixInputs.loadRubric(codingRubric)
        let imported = try ImportedCasebook.load(csvPath: file, mappingPath: mapping ?? "Rubrics/mappings/\(dataset).yaml",
                                                 codingRubric: coding, options: options)
        for skipped in imported.result.skipped {
            for diagnostic in skipped.diagnostics {
                FileHandle.standardError.write(Data("warning: \(diagnostic) (row skipped)\n".utf8))
            }
        }
        let folder = output ?? "imported/\(dataset)"
        try imported.write(ImportedCasebook.Format(rawValue: format)!, into: folder)
        let counts = imported.result.counts
        global.note("\(folder): \(counts.casesImported) cases, \(counts.observations) observations from \(counts.rowsRead) rows "
            + "(\(counts.rowsExcluded) filtered out, \(counts.rowsSkipped) skipped)")
        if let build {
            let inputs = try MatrixInputs.load(rubricPaths: [], workspace: Workspace(casebookFolder: folder, codingRubric: codingRubric))
            let matrixBuild = MatrixBuild(formats: Set(OutputFormat.allCases),
                                          commandLine: (["lessons-matrix"] + CommandLine.arguments.dropFirst()).joined(separator: " "))
            let files = try matrixBuild.render(inputs)
            let changed = try matrixBuild.write(files, into: build)
            global.note("\(build): \(files.count) files, \(changed.count) changed")
        }
    }

    private func importOptions() throws -> ImportOptions {
        var options = ImportOptions(badRows: BadRowPolicy(rawValue: badRows)!)
        for item in filter {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty else {
                throw ValidationError("--filter '\(item)' must be country=TEXT, years=FIRST-LAST or ids=ID,ID")
            }
            switch parts[0] {
            case "country":
                options.countryContains = parts[1]
            case "years":
                let bounds = parts[1].split(separator: "-").compactMap { Int($0) }
                guard bounds.count == 2, bounds[0] <= bounds[1] else {
                    throw ValidationError("--filter years=\(parts[1]) must be FIRST-LAST, such as years=1990-2001")
                }
                options.years = bounds[0]...bounds[1]
            case "ids":
                options.rowIDs = Set(parts[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            default:
                throw ValidationError("--filter '\(parts[0])' is unknown; use country=TEXT, years=FIRST-LAST or ids=ID,ID")
            }
        }
        if let eraBy {
            do {
                options.eras = try EraPlan.parse(eraBy, path: "--era-by")
            } catch {
                throw ToolError.invalidInput(error)
            }
        }
        return options
    }
}
