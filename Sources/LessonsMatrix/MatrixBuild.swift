import CasebookModel
import Foundation
import MatrixSupport
import MatrixWriters
import RubricModel
import ScoringEngine
import Synchronization

/// What `lessons-matrix build` does, as a library call: score every rubric against the casebook and
/// render the requested formats, then either write them atomically or compare them with what is on disk.
///
/// ```swift
/// let build = MatrixBuild(formats: Set(OutputFormat.allCases))
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

    /// Creates a build.
    public init(formats: Set<OutputFormat>, filter: MatrixFilter = MatrixFilter(), csvOptions: CSVOptions = CSVOptions(),
                textWidth: Int = 100, commandLine: String = "lessons-matrix build") {
        self.formats = formats
        self.filter = filter
        self.csvOptions = csvOptions
        self.textWidth = textWidth
        self.commandLine = commandLine
    }

    /// Scores one rubric against the casebook, after applying the filter.
    /// - Parameter casebookHash: `casebook.contentHash`, when the caller scores one casebook with several rubrics and
    ///   has worked it out once; it is used when the filter leaves the casebook as it is.
    public func score(_ rubric: Rubric, casebook: Casebook, casebookHash: String? = nil) throws(ToolError) -> ScoredMatrix {
        do {
            let (filteredRubric, filteredCasebook) = try filter.apply(rubric: rubric, casebook: casebook)
            if let casebookHash, filteredCasebook == casebook {
                return MatrixScorer.score(rubric: filteredRubric, casebook: filteredCasebook, casebookHash: casebookHash)
            }
            return MatrixScorer.score(rubric: filteredRubric, casebook: filteredCasebook)
        } catch {
            throw .usage(error.description)
        }
    }

    /// Renders every requested format of every rubric, paths relative to the output root (`<rubric-id>/<file>`).
    ///
    /// Rubrics are scored, and then their formats rendered, in parallel across the cores: the analyst's
    /// edit–regenerate loop waits for the slowest of them rather than for their sum. The files come back in the
    /// same order whatever the timing.
    public func render(_ inputs: MatrixInputs) throws(ToolError) -> [OutputFile] {
        let rubrics = inputs.rubrics.map(\.rubric)
        let casebook = inputs.casebook
        // The casebook's hash costs about as much as scoring a rubric, so it is worked out alongside the scoring;
        // the matrices of the whole casebook are scored with an empty hash and given the real one after.
        let hash = Mutex("")
        let hashing = DispatchGroup()
        DispatchQueue.global().async(group: hashing) {
            let value = casebook.contentHash
            hash.withLock { $0 = value }
        }
        let matrices = Self.parallelMap(rubrics) { (rubric) throws(ToolError) in
            try score(rubric, casebook: casebook, casebookHash: "")
        }
        hashing.wait()
        let casebookHash = hash.withLock { $0 }
        var scored: [ScoredMatrix] = []
        for result in matrices {
            let matrix = try result.get()
            scored.append(!matrix.casebookHash.isEmpty ? matrix : ScoredMatrix(
                rubric: matrix.rubric, casebook: matrix.casebook, rubricHash: matrix.rubricHash, casebookHash: casebookHash,
                weights: matrix.weights, cases: matrix.cases, eras: matrix.eras, lessons: matrix.lessons))
        }
        let formats = formats.sorted()
        let pieces = Self.parallelMap(scored.flatMap { matrix in formats.map { (matrix, $0) } }) { (matrix, format) throws(ToolError) in
            try render(matrix, format: format).map { OutputFile(path: "\(matrix.rubric.id)/\($0.path)", contents: $0.contents) }
        }
        var files: [OutputFile] = []
        for result in pieces { files += try result.get() }
        return files
    }

    /// Renders the requested formats of one scored matrix, paths relative to the rubric's folder.
    public func render(_ matrix: ScoredMatrix) throws(ToolError) -> [OutputFile] {
        var files: [OutputFile] = []
        for format in formats.sorted() {
            files += try render(matrix, format: format)
        }
        return files
    }

    /// The files of one format of one scored matrix.
    private func render(_ matrix: ScoredMatrix, format: OutputFormat) throws(ToolError) -> [OutputFile] {
        switch format {
        case .xlsx:
            do {
                return [try WorkbookWriter(commandLine: commandLine, toolVersion: ToolVersion.current).file(for: matrix)]
            } catch {
                throw .inputOutput("matrix.xlsx: \(error)")
            }
        case .csv:
            return CSVMatrixWriter.files(for: matrix, options: csvOptions)
        case .txt:
            return [OutputFile(path: "matrix.txt", contents: Data(TextMatrixWriter.render(matrix, width: textWidth).utf8))]
        case .md:
            return [OutputFile(path: "matrix.md", contents: Data(MarkdownMatrixWriter.render(matrix).utf8))]
        }
    }

    /// `transform` of every element, run across the cores, results in the elements' order.
    static func parallelMap<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) throws(ToolError) -> Result
    ) -> [Swift.Result<Result, ToolError>] {
        let results = Mutex([Swift.Result<Result, ToolError>?](repeating: nil, count: elements.count))
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            let result = Swift.Result { () throws(ToolError) -> Result in try transform(elements[index]) }
            results.withLock { $0[index] = result }
        }
        return results.withLock { $0.map { $0! } }
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
