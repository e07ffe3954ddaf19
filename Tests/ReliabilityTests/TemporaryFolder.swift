import Foundation

/// A fresh folder for one test, removed when the test lets go of it.
final class TemporaryFolder: Sendable {
    /// The folder.
    let url: URL

    /// Creates the folder and copies `items` (package-relative files or folders) into it under the same relative paths.
    /// - Parameter inMemory: put the folder on /dev/shm when there is one, for tests that create many files.
    init(copying items: [String] = [], inMemory: Bool = false) throws {
        let base = inMemory && FileManager.default.isWritableFile(atPath: "/dev/shm")
            ? URL(fileURLWithPath: "/dev/shm") : FileManager.default.temporaryDirectory
        url = base.appendingPathComponent("lessons-matrix-reliability-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for item in items {
            let target = url.appendingPathComponent(item)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: PackagePaths.url(item), to: target)
        }
    }

    /// Copies a package file or folder to `relative` inside this folder.
    func copy(_ packageRelative: String, to relative: String) throws {
        let target = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: PackagePaths.url(packageRelative), to: target)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The absolute path of `relative`.
    func path(_ relative: String) -> String {
        url.appendingPathComponent(relative).path
    }

    /// Writes a file, creating its folder.
    func write(_ relative: String, _ contents: Data) throws {
        let target = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: target)
    }

    /// Writes text to a file, creating its folder.
    func write(_ relative: String, _ text: String) throws {
        try write(relative, Data(text.utf8))
    }

    /// The bytes of a file.
    func read(_ relative: String) throws -> Data {
        try Data(contentsOf: url.appendingPathComponent(relative))
    }

    /// Runs `lessons-matrix` here and waits for it.
    func run(_ arguments: [String]) throws -> ToolRun {
        try ToolRun(arguments, in: url)
    }
}
