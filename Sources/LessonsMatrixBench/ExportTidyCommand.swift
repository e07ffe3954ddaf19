import ArgumentParser
import CasebookModel
import Foundation
import LessonsMatrix
import RubricModel

/// Writes a casebook and its rubrics as the tidy files an analyst scripting pandas would start from:
/// `cases.csv`, `observations.csv` (one row per evidence item, with its observation's value) and one
/// `rubric-<id>.json` per rubric with the scale, the dimensions and each indicator's mapping.
/// `scripts/benchmarks/reference.py` reads them.
struct ExportTidyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-tidy",
        abstract: "Write a casebook and its rubrics as CSV and JSON for the pandas reference.",
        discussion: "Example: lessons-matrix-bench export-tidy --casebook /tmp/pax --out /tmp/pax-tidy")

    @Option(help: "Folder of the rubrics.") var rubricFolder = "Rubrics"
    @Option(help: "The casebook folder.") var casebook = "Casebook"
    @Option(help: "The rubric the casebook is coded against (default: extended.yaml in the rubric folder).") var codingRubric: String?
    @Option(help: "The folder to write.") var out: String

    func run() throws {
        let inputs = try MatrixInputs.load(rubricPaths: [], workspace: Workspace(rubricFolder: rubricFolder, casebookFolder: casebook,
                                                                                  codingRubric: codingRubric))
        let root = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        var cases = ["case_id,name,era_id,date,outcome"]
        var observations = ["case_id,indicator_id,value,evidence_id,source_id,locator,quote,stance"]
        for kase in inputs.casebook.cases {
            cases.append([kase.id, kase.name, kase.era, kase.date.description, kase.outcome.rawValue].map(field).joined(separator: ","))
            for observation in kase.observations {
                for item in observation.evidence {
                    observations.append([kase.id, observation.indicatorID, observation.value.description, item.id, item.sourceID,
                                         item.locator.description, item.quote, item.stance.rawValue].map(field).joined(separator: ","))
                }
            }
        }
        var eras = ["era_id,name,period"]
        for era in inputs.casebook.eras { eras.append([era.id, era.name, era.period].map(field).joined(separator: ",")) }
        try Data((cases.joined(separator: "\n") + "\n").utf8).write(to: root.appendingPathComponent("cases.csv"))
        try Data((observations.joined(separator: "\n") + "\n").utf8).write(to: root.appendingPathComponent("observations.csv"))
        try Data((eras.joined(separator: "\n") + "\n").utf8).write(to: root.appendingPathComponent("eras.csv"))
        for (_, rubric) in inputs.rubrics {
            let data = try JSONSerialization.data(withJSONObject: description(of: rubric), options: [.sortedKeys])
            try data.write(to: root.appendingPathComponent("rubric-\(rubric.id).json"))
        }
        print("\(out): \(inputs.casebook.cases.count) cases, \(observations.count - 1) evidence rows, \(inputs.rubrics.count) rubrics")
    }

    private func description(of rubric: Rubric) -> [String: Any] {
        [
            "id": rubric.id, "title": rubric.title, "version": rubric.version,
            "scale": ["minimum": rubric.scale.minimum, "maximum": rubric.scale.maximum],
            "era_aggregation": rubric.aggregation.era.rawValue,
            "dimensions": rubric.dimensions.map { dimension -> [String: Any] in
                var entry: [String: Any] = [
                    "id": dimension.id, "name": dimension.name, "weight": dimension.weight,
                    "direction": dimension.direction.rawValue, "minimum_evidence": dimension.minimumEvidence,
                    "rule": dimension.rule.name,
                    "indicators": dimension.indicators.compactMap { indicator -> [String: Any]? in
                        guard let mapping = indicator.mapping else { return nil }
                        var entry: [String: Any] = ["id": indicator.id, "weight": indicator.weight]
                        switch mapping {
                        case let .boolean(whenTrue, whenFalse): entry["levels"] = ["true": whenTrue, "false": whenFalse]
                        case let .ordinal(from, to): entry["range"] = [from, to]
                        case let .thresholds(rows): entry["thresholds"] = rows.map { [$0.atLeast, Double($0.level)] }
                        case let .categories(levels): entry["levels"] = Dictionary(levels.map { ($0.name, $0.level) }, uniquingKeysWith: { a, _ in a })
                        }
                        return entry
                    },
                ]
                if case let .thresholdTable(rows) = dimension.rule { entry["thresholds"] = rows.map { [$0.atLeast, Double($0.level)] } }
                return entry
            },
        ]
    }

    private func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
