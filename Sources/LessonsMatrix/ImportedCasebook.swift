import CasebookModel
import DatasetImport
import Foundation
import MatrixSupport
import RubricModel

/// `lessons-matrix import`: a PA-X or UCDP export turned into a casebook folder, as YAML files or one binary file.
public struct ImportedCasebook: Sendable {
    /// The file name of the binary form inside a casebook folder.
    public static let binaryFileName = "casebook.bin"

    /// How the imported casebook is stored.
    public enum Format: String, Sendable, CaseIterable {
        /// `sources.yaml`, `eras.yaml`, `cases/<id>.yaml`: readable and diffable.
        case yaml
        /// One `casebook.bin`: fast to load for dataset-scale work.
        case bin
    }

    /// The import's result: casebook, skipped rows, counts.
    public let result: ImportResult
    /// The mapping used.
    public let mapping: DatasetMapping

    /// Reads the CSV export and the mapping, validates the mapping against the coding rubric, and imports.
    public static func load(csvPath: String, mappingPath: String, codingRubric: Rubric, options: ImportOptions) throws(ToolError) -> ImportedCasebook {
        let mappingSource = try InputFiles.read(mappingPath)
        let mapping: DatasetMapping
        do {
            mapping = try DatasetMappingLoader.load(mappingSource, rubric: codingRubric)
        } catch {
            throw .invalidInput(error)
        }
        let bytes = try InputFiles.readBytes(csvPath, limit: 512 * 1024 * 1024)
        do {
            let table = try DatasetCSV.parse(bytes, path: csvPath)
            return ImportedCasebook(result: try DatasetImporter.importCases(csv: table, mapping: mapping, options: options), mapping: mapping)
        } catch {
            throw .invalidInput(error)
        }
    }

    /// The files of the casebook folder in the given format, paths relative to the folder.
    public func files(_ format: Format) throws(ToolError) -> [(path: String, contents: Data)] {
        switch format {
        case .yaml:
            return CasebookYAMLWriter.files(for: result.casebook).map { ($0.path, Data($0.contents.utf8)) }
        case .bin:
            do {
                return [(Self.binaryFileName, try CasebookBinaryCodec.encode(result.casebook))]
            } catch {
                throw .invalidInput(DiagnosticList([error]))
            }
        }
    }

    /// Writes the casebook folder atomically, file by file, under the folder's lock, and removes what a previous
    /// import left there that this one does not write (case files of rows now filtered out, the other format).
    public func write(_ format: Format, into folder: String) throws(ToolError) {
        let output = try OutputFolder.lock(folder)
        let files = try files(format)
        for (path, contents) in files {
            try output.write(path, contents: contents)
        }
        let written = Set(files.map(\.path))
        let previous = ([Self.binaryFileName, "sources.yaml", "eras.yaml", "conflicts.yaml"]
            + output.files(in: "cases").filter { $0.hasSuffix(".yaml") }.map { "cases/" + $0 })
        for path in previous where !written.contains(path) {
            try output.remove(path)
        }
    }

    /// Reads a `casebook.bin`.
    static func decode(_ path: String) throws(ToolError) -> Casebook {
        let bytes = try InputFiles.readBytes(path, limit: 1024 * 1024 * 1024)
        do {
            return try CasebookBinaryCodec.decode(bytes, path: path)
        } catch {
            throw .invalidInput(DiagnosticList([error]))
        }
    }
}
