import Foundation
import MatrixSupport

/// Reads input files at the edge of the pipeline, turning I/O failures into ``ToolError/inputOutput(_:)``
/// and content problems into diagnostics.
public enum InputFiles {
    /// Reads and checks one text input (size, UTF-8, BOM, NUL), `-` meaning standard input.
    public static func read(_ path: String, limits: InputLimits = .standard) throws(ToolError) -> SourceText {
        let bytes = try readBytes(path, limit: limits.maximumFileBytes)
        do {
            return try SourceText(bytes: bytes, path: path == "-" ? "<stdin>" : path, limits: limits)
        } catch {
            throw .invalidInput(DiagnosticList([error]))
        }
    }

    /// Reads raw bytes, refusing a file over `limit` bytes without reading it whole.
    public static func readBytes(_ path: String, limit: Int) throws(ToolError) -> Data {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return data
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .inputOutput("\(path): no such file")
        }
        if isDirectory.boolValue { throw .inputOutput("\(path): is a folder, expected a file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .inputOutput("\(path): cannot be read (permission denied?)")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            throw .inputOutput("\(path): cannot be read: \(error.localizedDescription)")
        }
        // Only limit + 1 bytes were read, so the size in the message comes from the file system.
        if data.count > limit, let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int {
            throw .invalidInput(DiagnosticList([Diagnostic(path: path, line: 1, column: 1,
                                                           message: "file is \(size) bytes; the limit is \(limit) bytes")]))
        }
        return data
    }

    /// The `.yaml` files directly inside a folder, sorted by name so that listing order never matters.
    public static func yamlFiles(in folder: String) throws(ToolError) -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw .inputOutput("\(folder): cannot list the folder (does it exist?)")
        }
        return names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }

    /// The case files of a casebook (`.yaml` files directly inside `folder`, sorted), refused without reading any
    /// of them when there are more than `limit`.
    public static func caseFiles(in folder: String, limit: Int = MatrixInputs.maximumCases) throws(ToolError) -> [String] {
        let files = try yamlFiles(in: folder)
        if files.count > limit {
            throw .invalidInput(DiagnosticList([Diagnostic(
                path: folder, line: 1, column: 1,
                message: "the casebook has \(files.count) case files; the limit is \(limit) cases")]))
        }
        return files
    }

    /// True when a path names an existing file.
    public static func fileExists(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
