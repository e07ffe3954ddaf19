import CasebookModel
import EvidenceScan
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
        // Likewise the corpus of the Coverage sheets, split and placed once for every rubric.
        let prepared = Mutex<PreparedCorpus?>(nil)
        if let corpus {
            DispatchQueue.global().async(group: hashing) {
                let value = PreparedCorpus(corpus: corpus, casebook: casebook)
                prepared.withLock { $0 = value }
            }
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
        let preparedCorpus = prepared.withLock { $0 }
        let pieces = Self.parallelMap(scored.flatMap { matrix in formats.map { (matrix, $0) } }) { (matrix, format) throws(ToolError) in
            try render(matrix, format: format, preparedCorpus: preparedCorpus).map { OutputFile(path: "\(matrix.rubric.id)/\($0.path)", contents: $0.contents) }
        }
        var files: [OutputFile] = []
        for result in pieces { files += try result.get() }
        return files
    }

    /// Renders the requested formats of one scored matrix, paths relative to the rubric's folder.
    /// - Parameter preparedCorpus: ``corpus`` prepared once for several matrices of one casebook (see ``PreparedCorpus``).
    public func render(_ matrix: ScoredMatrix, preparedCorpus: PreparedCorpus? = nil) throws(ToolError) -> [OutputFile] {
        var files: [OutputFile] = []
        for format in formats.sorted() {
            files += try render(matrix, format: format, preparedCorpus: preparedCorpus)
        }
        return files
    }

    /// The files of one format of one scored matrix.
    private func render(_ matrix: ScoredMatrix, format: OutputFormat, preparedCorpus: PreparedCorpus?) throws(ToolError) -> [OutputFile] {
        switch format {
        case .xlsx:
            let coverage = corpus.map { corpus in
                EvidenceScanner.scan(prepared: preparedCorpus ?? PreparedCorpus(corpus: corpus, casebook: matrix.casebook),
                                     rubric: matrix.rubric, casebook: matrix.casebook)
            }
            do {
                return [try WorkbookWriter(commandLine: commandLine, toolVersion: ToolVersion.current).file(for: matrix, coverage: coverage)]
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


    /// Takes the lock of every rubric's output folder under `root` that exists already, in a fixed order, before
    /// anything is rendered, so a second build writing the same folders is refused at once rather than after doing
    /// all its work. Folders that do not exist yet are created and locked only when written, so a build that fails
    /// leaves no empty folder behind.
    public func lockFolders(for inputs: MatrixInputs, under root: String) throws(ToolError) -> [String: OutputFolder] {
        var folders: [String: OutputFolder] = [:]
        for id in Set(inputs.rubrics.map(\.rubric.id)).sorted() {
            let path = (root as NSString).appendingPathComponent(id)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            folders[id] = try OutputFolder.lock(path)
        }
        return folders
    }

    /// Writes the files under `root` with one two-phase commit per rubric folder (see ``OutputFolder``): a failure
    /// leaves that folder's previous files as they were. Files whose bytes are already on disk are not rewritten.
    /// - Parameter lockedFolders: folders already locked with ``lockFolders(for:under:)``; the others are locked here.
    /// - Returns: the paths (relative to `root`) whose bytes changed.
    @discardableResult
    public func write(_ files: [OutputFile], into root: String,
                      lockedFolders: [String: OutputFolder] = [:]) throws(ToolError) -> [String] {
        var changed: [String] = []
        let byFolder = Dictionary(grouping: files) { ($0.path as NSString).pathComponents.first ?? "" }
        for (folderName, folderFiles) in byFolder.sorted(by: { $0.key < $1.key }) {
            let folder: OutputFolder
            if let locked = lockedFolders[folderName] {
                folder = locked
            } else {
                folder = try OutputFolder.lock((root as NSString).appendingPathComponent(folderName))
            }
            let updates = folderFiles.compactMap { file -> (relativePath: String, contents: Data)? in
                let relative = String(file.path.dropFirst(folderName.count + 1))
                return folder.contents(of: relative) == file.contents ? nil : (relative, file.contents)
            }
            try folder.commit(updates)
            changed += updates.map { "\(folderName)/\($0.relativePath)" }
        }
        return changed
    }

    /// The paths (relative to `root`) whose bytes on disk differ from `files` or are missing. Writes nothing.
    public func stalePaths(_ files: [OutputFile], under root: String) -> [String] {
        files.filter { FileManager.default.contents(atPath: (root as NSString).appendingPathComponent($0.path)) != $0.contents }
            .map(\.path)
    }
}
