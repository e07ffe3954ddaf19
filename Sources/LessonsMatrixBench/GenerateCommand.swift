import ArgumentParser
import DatasetImport
import Foundation

/// Writes a synthetic workspace: `<out>/Rubrics/synthetic.yaml` and `<out>/Casebook/` (one `casebook.bin`, or
/// YAML files that `lessons-matrix` validates on loading).
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a seeded synthetic rubric and casebook.",
        discussion: "Example: lessons-matrix-bench generate --cases 20000 --dimensions 12 --indicators 60 --evidence 100000 --out /tmp/synthetic")

    @Option(help: "Cases.") var cases = 20_000
    @Option(help: "Dimensions of the rubric.") var dimensions = 12
    @Option(help: "Indicators of the rubric, spread evenly over the dimensions.") var indicators = 60
    @Option(help: "Evidence items, one per observation, spread evenly over the cases.") var evidence = 100_000
    @Option(help: "Random seed.") var seed: UInt64 = 1
    @Option(help: "Casebook format: bin or yaml.") var format = "bin"
    @Option(help: "The workspace folder to write.") var out: String

    func validate() throws {
        guard cases > 0, dimensions > 0, indicators >= dimensions, indicators % dimensions == 0 else {
            throw ValidationError("need cases > 0 and indicators a multiple of dimensions")
        }
        guard ["bin", "yaml"].contains(format) else { throw ValidationError("--format is bin or yaml") }
    }

    func run() throws {
        let world = SyntheticWorld(cases: cases, dimensions: dimensions, indicatorsPerDimension: indicators / dimensions,
                                   evidence: evidence, seed: seed)
        let root = URL(fileURLWithPath: out)
        let casebookFolder = root.appendingPathComponent("Casebook")
        try? FileManager.default.removeItem(at: casebookFolder)
        try write(Data(world.rubricYAML().utf8), to: root.appendingPathComponent("Rubrics/synthetic.yaml"))
        let casebook = world.casebook()
        if format == "bin" {
            try write(try CasebookBinaryCodec.encode(casebook), to: casebookFolder.appendingPathComponent("casebook.bin"))
        } else {
            for file in CasebookYAMLWriter.files(for: casebook) {
                try write(Data(file.contents.utf8), to: casebookFolder.appendingPathComponent(file.path))
            }
        }
        print("\(out): \(cases) cases, \(dimensions) dimensions, \(indicators) indicators, "
            + "\(casebook.cases.reduce(0) { $0 + $1.observations.count }) evidence items (\(format))")
    }

    private func write(_ data: Data, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }
}
