import Foundation

/// A large valid casebook made from the shipped one: its sources and eras, and `count` cases copied round-robin
/// from the shipped cases that declare no conflicts, each renamed `gen-00001`, `gen-00002`, … (ids must match the
/// file names, and conflicts would repeat their ids).
enum GeneratedCasebook {
    /// Writes the casebook into `folder` (its `sources.yaml`, `eras.yaml` and `cases/`).
    static func write(cases count: Int, into folder: URL) throws {
        let shipped = PackagePaths.url("Casebook")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("cases"), withIntermediateDirectories: true)
        for name in ["sources.yaml", "eras.yaml"] {
            try FileManager.default.copyItem(at: shipped.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let templates = try FileManager.default.contentsOfDirectory(atPath: shipped.appendingPathComponent("cases").path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
            .map { try String(contentsOf: shipped.appendingPathComponent("cases/\($0)"), encoding: .utf8) }
            .filter { !$0.contains("\nconflicts:") }
        for index in 1...count {
            let id = "gen-" + String(format: "%05d", index)
            let template = templates[(index - 1) % templates.count]
            let text = template.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix("id: ") ? "id: \(id)" : String($0) }.joined(separator: "\n")
            try Data(text.utf8).write(to: folder.appendingPathComponent("cases/\(id).yaml"))
        }
    }
}
