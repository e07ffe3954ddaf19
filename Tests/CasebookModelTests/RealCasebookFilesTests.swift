import CasebookModel
import Foundation
import MatrixSupport
import Testing

/// The project's own `Casebook/sources.yaml` and `eras.yaml`, checked against the seed documents in `../shared/seeds`.
@Suite struct RealCasebookFilesTests {
    private static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private static func read(_ relativePath: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent(relativePath), encoding: .utf8)
    }

    @Test func sourcesAndErasLoadAndEverySourceFileIsInTheSeeds() throws {
        let files = CasebookFiles(
            sources: SourceText(text: try Self.read("Casebook/sources.yaml"), path: "Casebook/sources.yaml"),
            eras: SourceText(text: try Self.read("Casebook/eras.yaml"), path: "Casebook/eras.yaml"),
            cases: [], conflicts: nil)
        let loaded = try CasebookLoader.loadWithPositions(files, rubric: TestRubric.rubric)
        #expect(loaded.casebook.sources.map(\.file) == [
            "000_4ee81f59ffa11ec3.txt", "001_beea672665f84061.txt", "002_69e777e41907816d.txt",
            "003_2a48c6d4b4044b13.txt", "004_8632c3304b663d18.txt",
        ])
        #expect(loaded.casebook.eras.map(\.period) == ["1980–1992", "1989–1996", "1996–2001", "2001–2021", "2021–"])
        var corpus: [String: String] = [:]
        for source in loaded.casebook.sources { corpus[source.file] = try Self.read("../shared/seeds/\(source.file)") }
        #expect(QuoteVerifier.verify(loaded.casebook, positions: loaded.positions, corpus: corpus) == [])
    }
}
