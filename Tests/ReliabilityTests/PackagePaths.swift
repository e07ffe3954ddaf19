import Foundation

/// Where the package's files and the built `lessons-matrix` binary are.
enum PackagePaths {
    /// The package root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file or folder of the package.
    static func url(_ relative: String) -> URL {
        root.appendingPathComponent(relative)
    }

    /// `LESSONS_MATRIX_BIN`, else `lessons-matrix` beside the test bundle (the scratch path's bin folder).
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["LESSONS_MATRIX_BIN"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
            .deletingLastPathComponent().appendingPathComponent("lessons-matrix")
    }()
}
