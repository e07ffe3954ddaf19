import Foundation

/// A fresh temporary folder for one test, removed when the test lets go of it.
///
/// ```swift
/// let folder = try ScratchFolder(copying: [PackageFolder.rubrics, PackageFolder.casebook])
/// let run = try folder.run(["build", "--format", "csv"])
/// ```
final class ScratchFolder {
    /// The folder.
    let url: URL

    /// Creates the folder and copies each of `items` (files or folders) into it under its own name.
    init(copying items: [URL] = []) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-matrix-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for item in items {
            try FileManager.default.copyItem(at: item, to: url.appendingPathComponent(item.lastPathComponent))
        }
    }

    /// A folder holding copies of the shipped `Rubrics/` and `Casebook/`, as the command expects by default.
    static func withShippedInputs() throws -> ScratchFolder {
        try ScratchFolder(copying: [PackageFolder.rubrics, PackageFolder.casebook])
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The absolute path of `relative`.
    func path(_ relative: String) -> String {
        url.appendingPathComponent(relative).path
    }

    /// Runs `lessons-matrix` here.
    func run(_ arguments: [String]) throws -> ToolRun {
        try Tool.run(arguments, in: url)
    }

    /// The text of a file.
    func read(_ relative: String) throws -> String {
        String(decoding: try Data(contentsOf: url.appendingPathComponent(relative)), as: UTF8.self)
    }

    /// Writes a file, creating its folder.
    func write(_ relative: String, _ contents: String) throws {
        try write(relative, Data(contents.utf8))
    }

    /// Writes bytes to a file, creating its folder.
    func write(_ relative: String, _ contents: Data) throws {
        let target = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: target)
    }

    /// Replaces the one occurrence of `old` in a file with `new`, and returns the 1-based line where `new` begins.
    @discardableResult
    func replace(_ old: String, with new: String, in relative: String) throws -> Int {
        let text = try read(relative)
        let ranges = text.ranges(of: old)
        guard ranges.count == 1, let range = ranges.first else {
            throw EditFailure(description: "\(relative): expected '\(old)' once, found it \(ranges.count) times")
        }
        try write(relative, text.replacingCharacters(in: range, with: new))
        return text[..<range.lowerBound].count(where: { $0 == "\n" }) + 1
    }

    /// Whether a file or folder exists.
    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: path(relative))
    }

    /// The names in a folder, sorted; hidden names (the lock file) are left out.
    func names(in relative: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path(relative)).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Every file and folder under the scratch folder (hidden ones too) with its bytes; folders and links map to a marker.
    /// Comparing two snapshots shows whether a command wrote, changed or removed anything.
    func snapshot() -> [String: Data] {
        var entries: [String: Data] = [:]
        for relative in FileManager.default.subpaths(atPath: url.path) ?? [] {
            let full = url.appendingPathComponent(relative).path
            let attributes = try? FileManager.default.attributesOfItem(atPath: full)
            switch attributes?[.type] as? FileAttributeType {
            case .typeRegular?: entries[relative] = FileManager.default.contents(atPath: full) ?? Data()
            case .typeSymbolicLink?: entries[relative] = Data("<link to \((try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? "?")>".utf8)
            default: entries[relative] = Data("<folder>".utf8)
            }
        }
        return entries
    }

    struct EditFailure: Error, CustomStringConvertible {
        let description: String
    }
}
