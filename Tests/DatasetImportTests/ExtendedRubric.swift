import MatrixSupport
import RubricModel

/// The indicators of `Rubrics/extended.yaml` as `Rubric` values, read with the project's YAML reader.
///
/// The rubric loader is another module's work; the mapping checks need only each indicator's id, type,
/// and categories or levels, so this reads those and fills the rest of the rubric with fixed values.
enum ExtendedRubric {
    static func load() throws -> Rubric {
        let root = try YAMLDocument.parse(TestFiles.source("Rubrics/extended.yaml"))
        guard case let .mapping(entries) = root.content else { throw DiagnosticList([root.diagnostic("not a mapping")]) }
        func list(_ key: String) -> [YAMLValue] {
            guard let node = entries.first(where: { $0.key == key })?.value, case let .sequence(items) = node.content else { return [] }
            return items
        }
        let dimensions = list("dimensions").map { node -> Dimension in
            let indicators = items(node, "indicators").map(indicator)
            return Dimension(id: scalar(node, "id"), name: scalar(node, "name"), question: scalar(node, "question"), weight: 1,
                             direction: .higherIsBetter, minimumEvidence: 1, rule: .weightedMean, anchors: [], indicators: indicators)
        }
        let scale = Scale(minimum: 0, maximum: 4, levels: (0...4).map { ScaleLevel(level: $0, label: "\($0)", anchor: "") })
        return Rubric(id: "extended", title: "extended", version: "1.0.0", description: "", owner: "", scale: scale,
                      aggregation: Aggregation(era: .mean, index: .weightedMean), dimensions: dimensions,
                      contextIndicators: list("context_indicators").map(indicator), lessons: [])
    }

    private static func indicator(_ node: YAMLValue) -> Indicator {
        let type = IndicatorType(rawValue: scalar(node, "type")) ?? .category
        var mapping: IndicatorMapping?
        if let categories = child(node, "categories"), case let .mapping(entries) = categories.content {
            mapping = .categories(entries.map { CategoryLevel(name: $0.key, level: Double(scalarText($0.value)) ?? 0) })
        } else if let levels = child(node, "levels"), case let .mapping(entries) = levels.content {
            let level = { (key: String) in Double(entries.first { $0.key == key }.map { scalarText($0.value) } ?? "") ?? 0 }
            mapping = .boolean(whenTrue: level("true"), whenFalse: level("false"))
        }
        return Indicator(id: scalar(node, "id"), question: scalar(node, "question"), type: type, weight: 1, mapping: mapping)
    }

    private static func child(_ node: YAMLValue, _ key: String) -> YAMLValue? {
        guard case let .mapping(entries) = node.content else { return nil }
        return entries.first { $0.key == key }?.value
    }

    private static func items(_ node: YAMLValue, _ key: String) -> [YAMLValue] {
        guard let child = child(node, key), case let .sequence(items) = child.content else { return [] }
        return items
    }

    private static func scalar(_ node: YAMLValue, _ key: String) -> String {
        child(node, key).map(scalarText) ?? ""
    }

    private static func scalarText(_ node: YAMLValue) -> String {
        if case let .scalar(text, _) = node.content { return text }
        return ""
    }
}
