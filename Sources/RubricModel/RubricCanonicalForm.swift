import Foundation
import MatrixSupport

/// Two canonical forms of a rubric, independent of comments, key order, quoting and layout of its file.
///
/// - ``json(_:)`` is what ``Rubric/contentHash`` hashes: the `Codable` model encoded by `JSONEncoder` with sorted
///   keys and no whitespace. Keys are the model's property names; numbers use `JSONEncoder`'s shortest
///   round-trip form (`1`, `0.5`, `2.5`); text is UTF-8 as written in the file, including a condition's own text.
/// - ``yaml(_:)`` writes the rubric back in the file format (a dimension's `cues` only when it has them), so that loading it gives an equal rubric and the same
///   hash. `diff --since` and the tests use it.
///
/// ```swift
/// let text = RubricCanonicalForm.yaml(rubric)
/// let again = try RubricLoader.load(SourceText(text: text, path: "canonical.yaml"))  // again == rubric
/// ```
public enum RubricCanonicalForm {
    /// The canonical JSON bytes.
    public static func json(_ rubric: Rubric) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        // Cannot fail: every leaf is text, a Bool, an Int or a Double, and non-finite Doubles are written as text.
        return (try? encoder.encode(rubric)) ?? Data()
    }

    /// The rubric in the file format: every text value double-quoted, every optional list written (empty as `[]`).
    public static func yaml(_ rubric: Rubric) -> String {
        var out = CanonicalYAMLWriter()
        out.line(0, "id: \(YAMLText.quoted(rubric.id))")
        out.line(0, "title: \(YAMLText.quoted(rubric.title))")
        out.line(0, "version: \(YAMLText.quoted(rubric.version))")
        out.line(0, "description: \(YAMLText.quoted(rubric.description))")
        out.line(0, "owner: \(YAMLText.quoted(rubric.owner))")
        out.line(0, "scale:")
        out.line(1, "minimum: \(rubric.scale.minimum)")
        out.line(1, "maximum: \(rubric.scale.maximum)")
        out.line(1, "levels:")
        for level in rubric.scale.levels {
            out.line(2, "- level: \(level.level)")
            out.line(3, "label: \(YAMLText.quoted(level.label))")
            out.line(3, "anchor: \(YAMLText.quoted(level.anchor))")
        }
        out.line(0, "aggregation:")
        out.line(1, "era: \(rubric.aggregation.era.rawValue)")
        out.line(1, "index: \(rubric.aggregation.index.rawValue)")
        out.line(0, "dimensions:")
        for dimension in rubric.dimensions { write(dimension, to: &out) }
        out.line(0, rubric.contextIndicators.isEmpty ? "context_indicators: []" : "context_indicators:")
        for indicator in rubric.contextIndicators {
            out.line(1, "- id: \(YAMLText.quoted(indicator.id))")
            out.line(2, "question: \(YAMLText.quoted(indicator.question))")
            out.line(2, "type: \(indicator.type.rawValue)")
            if indicator.type == .category {
                out.line(2, "categories: [\(indicator.contextCategories.map(YAMLText.quoted).joined(separator: ", "))]")
            }
        }
        out.line(0, rubric.lessons.isEmpty ? "lessons: []" : "lessons:")
        for lesson in rubric.lessons {
            out.line(1, "- id: \(YAMLText.quoted(lesson.id))")
            out.line(2, "statement: \(YAMLText.quoted(lesson.statement))")
            out.line(2, "dimensions: [\(lesson.dimensions.map(YAMLText.quoted).joined(separator: ", "))]")
            out.line(2, "condition: \(YAMLText.quoted(lesson.conditionText))")
        }
        return out.text
    }

    private static func write(_ dimension: Dimension, to out: inout CanonicalYAMLWriter) {
        out.line(1, "- id: \(YAMLText.quoted(dimension.id))")
        out.line(2, "name: \(YAMLText.quoted(dimension.name))")
        out.line(2, "question: \(YAMLText.quoted(dimension.question))")
        out.line(2, "weight: \(number(dimension.weight))")
        out.line(2, "direction: \(dimension.direction.rawValue)")
        out.line(2, "minimum_evidence: \(dimension.minimumEvidence)")
        out.line(2, "rule:")
        out.line(3, "kind: \(dimension.rule.name)")
        if case let .thresholdTable(thresholds) = dimension.rule {
            write(thresholds, indent: 3, to: &out)
        }
        out.line(2, dimension.anchors.isEmpty ? "anchors: []" : "anchors:")
        for anchor in dimension.anchors {
            out.line(3, "- level: \(anchor.level)")
            out.line(4, "description: \(YAMLText.quoted(anchor.description))")
        }
        out.line(2, "indicators:")
        for indicator in dimension.indicators {
            out.line(3, "- id: \(YAMLText.quoted(indicator.id))")
            out.line(4, "question: \(YAMLText.quoted(indicator.question))")
            out.line(4, "type: \(indicator.type.rawValue)")
            out.line(4, "weight: \(number(indicator.weight))")
            switch indicator.mapping {
            case let .boolean(whenTrue, whenFalse)?:
                out.line(4, "levels:")
                out.line(5, "\"true\": \(number(whenTrue))")
                out.line(5, "\"false\": \(number(whenFalse))")
            case let .ordinal(from, to)?:
                out.line(4, "range: [\(from), \(to)]")
            case let .thresholds(thresholds)?:
                write(thresholds, indent: 4, to: &out)
            case let .categories(categories)?:
                out.line(4, "categories:")
                for category in categories { out.line(5, "\(YAMLText.quoted(category.name)): \(number(category.level))") }
            case nil:
                break
            }
        }
        if let cues = dimension.cues {
            out.line(2, "cues:")
            out.line(3, "terms:")
            for term in cues.terms {
                out.line(4, "- text: \(YAMLText.quoted(term.text))")
                out.line(5, "weight: \(number(term.weight))")
            }
            out.line(3, "negations: [\(cues.negations.map(YAMLText.quoted).joined(separator: ", "))]")
        }
    }

    private static func write(_ thresholds: [Threshold], indent: Int, to out: inout CanonicalYAMLWriter) {
        out.line(indent, "thresholds:")
        for threshold in thresholds {
            out.line(indent + 1, "- at_least: \(number(threshold.atLeast))")
            out.line(indent + 2, "level: \(threshold.level)")
        }
    }

    /// Whole numbers without a fraction, others in Swift's shortest round-trip form, which the loader reads back exactly.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}

/// Collects indented lines, two spaces per level.
private struct CanonicalYAMLWriter {
    private(set) var text = ""

    mutating func line(_ indent: Int, _ content: String) {
        text += String(repeating: "  ", count: indent) + content + "\n"
    }
}
