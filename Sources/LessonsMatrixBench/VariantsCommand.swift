import ArgumentParser
import Foundation

/// Writes `count` variants of a rubric, each with its dimension weights redrawn, and a batch manifest with one
/// job per variant: the analyst's "try fifty weightings" export.
struct VariantsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "variants",
        abstract: "Write rubric variants with redrawn dimension weights and a batch manifest over them.",
        discussion: "Example: lessons-matrix-bench variants Rubrics/default.yaml --count 50 --casebook Casebook --out /tmp/variants")

    @Argument(help: "The rubric to vary.") var rubric: String
    @Option(help: "Variants.") var count = 50
    @Option(help: "Random seed.") var seed: UInt64 = 1
    @Option(help: "The casebook folder the jobs score.") var casebook: String
    @Option(help: "The rubric the casebook is coded against.") var codingRubric: String
    @Option(help: "Formats of every job (comma-separated).") var formats = "xlsx,csv,txt,md"
    @Option(help: "The folder to write: rubrics/, batch.yaml, and the jobs' output under exports/.") var out: String

    func run() throws {
        let text = try String(contentsOfFile: rubric, encoding: .utf8)
        let root = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("rubrics"), withIntermediateDirectories: true)
        var random = SeededGenerator(seed: seed)
        var manifest = [
            "output: exports",
            "casebook: \(URL(fileURLWithPath: casebook).standardizedFileURL.path)",
            "coding_rubric: \(URL(fileURLWithPath: codingRubric).standardizedFileURL.path)",
            "jobs:",
        ]
        for n in 1...count {
            // A dimension's weight is the only key indented by exactly four spaces that is called weight.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                guard line.hasPrefix("    weight: ") else { return String(line) }
                return "    weight: \(Double(1 + random.next() % 40) / 10)"
            }
            let name = "variant-\(n)"
            try Data(lines.joined(separator: "\n").utf8).write(to: root.appendingPathComponent("rubrics/\(name).yaml"))
            manifest += ["  - name: \(name)", "    rubric: rubrics/\(name).yaml", "    formats: [\(formats)]", "    output: \(name)"]
        }
        try Data((manifest.joined(separator: "\n") + "\n").utf8).write(to: root.appendingPathComponent("batch.yaml"))
        print("\(out): \(count) variants of \(rubric) and batch.yaml")
    }
}
