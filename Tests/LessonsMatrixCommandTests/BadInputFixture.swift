import Foundation
import Testing

/// One entry of the bad-input catalogue, `Tests/Fixtures/bad/<nn>-<slug>/` (format: that folder's README.md).
struct BadInputFixture: Sendable, CustomTestStringConvertible {
    /// The folder name, `<nn>-<slug>`.
    let name: String
    /// The folder.
    let folder: URL
    /// The arguments after `lessons-matrix`.
    let arguments: [String]
    /// A file to write before the run: its path and the generator that makes its bytes.
    let generated: (path: String, generator: String)?
    /// The expected exit code.
    let exitCode: Int32
    /// The expected standard error, line by line.
    let stderrLines: [String]

    var testDescription: String { name }

    /// The catalogue folder.
    static let catalogue = PackageFolder.fixtures.appendingPathComponent("bad")

    /// The workspace every fixture is laid over.
    static let workspace = PackageFolder.fixtures.appendingPathComponent("workspace")

    /// Every fixture, in folder order; a folder whose `expected.txt` cannot be read becomes a fixture that fails with the reason.
    static func all() -> [BadInputFixture] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: catalogue.path)) ?? []
        return names.sorted().compactMap { name in
            let folder = catalogue.appendingPathComponent(name)
            guard let text = try? String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8) else { return nil }
            return BadInputFixture(name: name, folder: folder, expected: text)
        }
    }

    private init(name: String, folder: URL, expected: String) {
        self.name = name
        self.folder = folder
        var lines = ToolRun.lines(expected)[...]
        while lines.first?.hasPrefix("#") == true { lines.removeFirst() }
        func take(_ key: String) -> String? {
            guard let line = lines.first, line.hasPrefix(key + ": ") else { return nil }
            lines.removeFirst()
            return String(line.dropFirst(key.count + 2))
        }
        arguments = take("command")?.split(separator: " ").map(String.init) ?? []
        generated = take("generate").flatMap { text -> (String, String)? in
            let parts = text.split(separator: " ").map(String.init)
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
        exitCode = take("exit").flatMap { Int32($0) } ?? -1
        stderrLines = Array(lines)
    }

    /// The fixture's own files (all but `expected.txt`), relative to its folder.
    func files() -> [String] {
        (FileManager.default.subpaths(atPath: folder.path) ?? []).filter { relative in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(relative).path, isDirectory: &isDirectory) else { return false }
            return !isDirectory.boolValue && relative != "expected.txt"
        }.sorted()
    }

    /// A scratch folder holding the workspace with the fixture's files laid over it and its generated file written.
    func prepare() throws -> ScratchFolder {
        let scratch = try ScratchFolder(copying: [Self.workspace.appendingPathComponent("Rubrics"), Self.workspace.appendingPathComponent("Casebook")])
        for relative in files() {
            try scratch.write(relative, try Data(contentsOf: folder.appendingPathComponent(relative)))
        }
        if let (path, generator) = generated {
            try scratch.write(path, try Self.generate(generator, in: scratch))
        }
        return scratch
    }

    /// Inputs too large to commit, made at test time.
    static func generate(_ generator: String, in scratch: ScratchFolder) throws -> String {
        switch generator {
        case "deep-nesting":
            return "a: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        case "huge-file":
            return "id: x\ntitle: " + String(repeating: "a", count: 10 * 1024 * 1024) + "\n"
        case "huge-scalar":
            let rubric = try scratch.read("Rubrics/extended.yaml")
            return rubric.replacingOccurrences(of: "title: Tiny rubric", with: "title: " + String(repeating: "a", count: 40_000))
        default:
            throw ScratchFolder.EditFailure(description: "unknown generator '\(generator)'")
        }
    }
}
