import Foundation

/// Folders of the package the tests read from: found from this file's path, so tests run from any folder.
enum PackageFolder {
    /// The package root (the folder holding Package.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped rubrics.
    static let rubrics = root.appendingPathComponent("Rubrics")

    /// The shipped casebook.
    static let casebook = root.appendingPathComponent("Casebook")

    /// `Tests/Fixtures`.
    static let fixtures = root.appendingPathComponent("Tests/Fixtures")

    /// The source documents for the quote check, `../shared/seeds` beside the package; nil when absent.
    static let corpus: URL? = {
        let folder = root.deletingLastPathComponent().appendingPathComponent("shared/seeds").standardizedFileURL
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue ? folder : nil
    }()
}
