import ArgumentParser
import EvidenceScan
import Foundation
import LessonsMatrix

/// `lessons-matrix scan`: which passages of the documents speak to which dimension in which era, and which of
/// them the casebook already cites.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Find the passages of the source documents that speak to each dimension in each era, and which the casebook cites.",
        discussion: """
            Cuts every *.txt file of the corpus into passages, places each in eras, scores it on each dimension's
            cues (Rubrics/README.md), and prints the era × dimension coverage, the strongest uncited passages, the
            recall of the casebook's citations and the passages no cue matched. See docs/scan.md.

            Examples:
              lessons-matrix scan
              lessons-matrix scan --corpus ../shared/seeds --rubric Rubrics/default.yaml --top 10
              lessons-matrix scan --format csv --out /tmp/scan      # scan_coverage.csv and scan_passages.csv
              lessons-matrix scan --format md > scan.md
            """
    )

    @Option(help: ArgumentHelp("Folder of the source documents (*.txt).", valueName: "dir"))
    var corpus = "../shared/seeds"

    @Option(help: ArgumentHelp("The rubric whose dimensions and cues to scan for.", valueName: "file"))
    var rubric = "Rubrics/extended.yaml"

    @Option(help: ArgumentHelp("The casebook folder.", valueName: "dir"))
    var casebook = "Casebook"

    @Option(help: ArgumentHelp("The rubric the casebook is coded against. Default: extended.yaml beside --rubric.", valueName: "file"))
    var codingRubric: String?

    @Option(help: ArgumentHelp("txt, csv or md.", valueName: "format"))
    var format = "txt"

    @Option(help: ArgumentHelp("Uncited passages listed per era and dimension.", valueName: "n"))
    var top = 5

    @Option(name: .customLong("out"), help: ArgumentHelp("Write the file(s) into this folder instead of printing.", valueName: "dir"))
    var output: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard ["txt", "csv", "md"].contains(format) else {
            throw ValidationError("unknown format '\(format)'; use txt, csv or md")
        }
        guard top >= 0 else { throw ValidationError("--top must be 0 or more") }
    }

    func run() throws {
        let report = try EvidenceScanRun.scan(corpusFolder: corpus, rubricPath: rubric, casebookFolder: casebook,
                                              codingRubric: codingRubric, top: top)
        let files: [(path: String, contents: String)]
        switch format {
        case "csv": files = ScanCSVRenderer.files(report)
        case "md": files = [("scan.md", ScanMarkdownRenderer.render(report))]
        default: files = [("scan.txt", ScanTextRenderer.render(report))]
        }
        guard let output else {
            print(files[0].contents, terminator: "")
            if files.count > 1 { global.note("printed \(files[0].path); --out DIR also writes \(files.dropFirst().map(\.path).joined(separator: ", "))") }
            return
        }
        let folder = try OutputFolder.lock(output)
        for file in files {
            try folder.write(file.path, contents: Data(file.contents.utf8))
            global.detail("wrote \((output as NSString).appendingPathComponent(file.path))")
        }
        global.note("scan: \(report.passages.count) passages of \(report.documents.count) documents; wrote \(files.map(\.path).joined(separator: ", ")) to \(output)")
    }
}
