import Foundation
import XLSXKit

/// A fresh directory for one test.
struct TestDirectory {
    let url: URL

    /// Runs `body` with a new empty directory and removes the directory afterwards.
    static func with<Result>(_ body: (TestDirectory) throws -> Result) throws -> Result {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("xlsxkit-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(TestDirectory(url: url))
    }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Names of everything in the directory, hidden files included, sorted.
    func listing() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }
}

enum Fixture {
    /// 2021-04-01T00:00:00Z, the publication month of the Heart of Asia Society study: a date from the inputs.
    static let created = Date(timeIntervalSince1970: 1_617_235_200)

    static let properties = DocumentProperties(created: created, title: "XLSXKit test")

    /// The package root, found from this file's path (Tests/XLSXKitTests/TestSupport.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The seed article with a paragraph in Dari, kept outside the repository in ../shared/seeds.
    static let dariSource = packageRoot.appendingPathComponent("../shared/seeds/004_8632c3304b663d18.txt").standardizedFileURL

    static var dariSourceExists: Bool { FileManager.default.fileExists(atPath: dariSource.path) }

    /// The article's Dari paragraph: its first line written in Arabic script.
    static func dariParagraph() throws -> String {
        let text = try String(contentsOf: dariSource, encoding: .utf8)
        guard let line = text.split(separator: "\n").first(where: { line in
            line.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
        }) else {
            throw XLSXTestFailure("no Arabic-script line in \(dariSource.path)")
        }
        return String(line)
    }

    static let pashto = "د آسیا زړه ټولنه"
}

struct XLSXTestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
