import Foundation
import MatrixSupport

/// Paths the tests read: the package's own files, and the public datasets beside the checkout
/// (`../shared/external`), which are never committed.
enum TestFiles {
    /// The package root, three levels above this file.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Where the datasets live.
    static let external = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/external")

    static let paxPath = external.appendingPathComponent("pax_v3.csv").path
    static let ucdpPath = external.appendingPathComponent("ucdp_peace_agreements_1975_2011.csv").path
    static let cwmPath = external.appendingPathComponent("civil_wars_mediation.csv").path

    /// True when the three exports are present; the tests that need them are disabled otherwise.
    static let datasetsPresent = [paxPath, ucdpPath, cwmPath].allSatisfy { FileManager.default.fileExists(atPath: $0) }

    static func data(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// A package file as checked text, with its path relative to the package root for messages.
    static func source(_ relativePath: String) throws -> SourceText {
        let bytes = try Data(contentsOf: packageRoot.appendingPathComponent(relativePath))
        return try SourceText(bytes: bytes, path: relativePath)
    }
}
