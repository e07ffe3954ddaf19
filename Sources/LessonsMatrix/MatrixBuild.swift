import CasebookModel
import EvidenceScan
import Foundation
import MatrixSupport
import MatrixWriters
import RubricModel
import ScoringEngine

/// What `lessons-matrix build` does, as a library call: score every rubric against the casebook and
/// render the requested formats, then either write them atomically or compare them with what is on disk.
///
/// ```swift
/// var build = MatrixBuild(formats: Set(OutputFormat.allCases))
/// build.corpus = try EvidenceScanRun.workbookCorpus(folder: nil, defaultFolder: "../shared/seeds")
/// let files = try build.render(MatrixInputs.load(rubricPaths: [], workspace: Workspace()))
/// try build.write(files, into: "Output")
/// ```
public struct MatrixBuild: Sendable {
    /// The formats to render.
    public var formats: Set<OutputFormat>
    /// Restricts eras, cases and dimensions before scoring.
    public var filter: MatrixFilter
    /// CSV details (BOM, formula neutralisation).
    public var csvOptions: CSVOptions
    /// Width of the plain-text tables.
    public var textWidth: Int
    /// The command line recorded in the workbook's About sheet.
    public var commandLine: String
    /// The source documents, file name → text, that each workbook's Coverage sheet scans with the matrix's own
    /// (filtered) rubric and casebook; nil leaves the Coverage sheet out.
    public var corpus: [String: String]?

    /// Creates a build.
    public init(formats: Set<OutputFormat>, filter: MatrixFilter = MatrixFilter(), csvOptions: CSVOptions = CSVOptions(),
                textWidth: Int = 100, commandLine: String = "lessons-matrix build", corpus: [String: String]? = nil) {
        self.formats = formats
        self.filter = filter
        self.csvOptions = csvOptions
        self.textWidth = textWidth
        self.commandLine = commandLine
        self.corpus = corpus
    }

    /// Scores one rubric against the casebook, after applying the filter.
    public func score(_ rubric: Rubric, casebook: Casebook) throws(ToolError) -> ScoredMatrix {
        do {
            let (filteredRubric, filteredCasebook) = try filter.apply(rubric: rubric, casebook: casebook)
            return MatrixScorer.score(rubric: filteredRubric, casebook: filteredCasebook)
        } catch {
            throw .usage(error.description)
        }
    }

    /// Renders every requested format of every rubric, paths relative to the output root (`<rubric-id>/<file>`).
    public func render(_ inputs: MatrixInputs) throws(ToolError) -> [OutputFile] {
        var files: [OutputFile] = []
        for (_, rubric) in inputs.rubrics {
            let matrix = try score(rubric, casebook: inputs.casebook)
            files += try render(matrix).map { OutputFile(path: "\(rubric.id)/\($0.path)", contents: $0.contents) }
        }
        return files
    }

    /// Renders the requested formats of one scored matrix, paths relative to the rubric's folder.
    public func render(_ matrix: ScoredMatrix) throws(ToolError) -> [OutputFile] {
        var files: [OutputFile] = []
        for format in formats.sorted() {
            switch format {
            case .xlsx:
                let coverage = corpus.map { EvidenceScanner.scan(corpus: $0, rubric: matrix.rubric, casebook: matrix.casebook) }
                do {
                    files.append(try WorkbookWriter(commandLine: commandLine, toolVersion: ToolVersion.current)
                        .file(for: matrix, coverage: coverage))
                } catch {
                    throw .inputOutput("matrix.xlsx: \(error)")
                }
            case .csv:
                files += CSVMatrixWriter.files(for: matrix, options: csvOptions)
            case .txt:
                files.append(OutputFile(path: "matrix.txt", contents: Data(TextMatrixWriter.render(matrix, width: textWidth).utf8)))
            case .md:
                files.append(OutputFile(path: "matrix.md", contents: Data(MarkdownMatrixWriter.render(matrix).utf8)))
            }
        }
        return files
    }

    /// Writes the files under `root`, each rubric folder under its own lock, each file atomically.
    /// - Returns: the paths (relative to `root`) whose bytes changed.
    @discardableResult
    public func write(_ files: [OutputFile], into root: String) throws(ToolError) -> [String] {
        var changed: [String] = []
        let byFolder = Dictionary(grouping: files) { ($0.path as NSString).pathComponents.first ?? "" }
        for folderName in byFolder.keys.sorted() {
            let folder = try OutputFolder.lock((root as NSString).appendingPathComponent(folderName))
            for file in byFolder[folderName]! {
                let relative = String(file.path.dropFirst(folderName.count + 1))
                if folder.contents(of: relative) == file.contents { continue }
                try folder.write(relative, contents: file.contents)
                changed.append(file.path)
            }
        }
        return changed
    }

    /// The paths (relative to `root`) whose bytes on disk differ from `files` or are missing. Writes nothing.
    public func stalePaths(_ files: [OutputFile], under root: String) -> [String] {
        files.filter { FileManager.default.contents(atPath: (root as NSString).appendingPathComponent($0.path)) != $0.contents }
            .map(\.path)
    }
}
