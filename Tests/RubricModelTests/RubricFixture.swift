import Testing
import MatrixSupport
import RubricModel

/// A small valid rubric whose line numbers the error tests rely on:
///
/// - lines 1–13: header, the scale 0...2 and the aggregation (``preamble``);
/// - lines 14–29: one dimension `unity` with one category indicator `side_unity` (``dimensions``);
/// - lines 30–34: one lesson `divided` (``lessons``).
enum RubricFixture {
    static let preamble = """
        id: mini
        title: Mini rubric
        version: "1"
        description: A rubric for tests.
        owner: Tests
        scale:
          minimum: 0
          maximum: 2
          levels:
            - {level: 0, label: Low, anchor: Absent.}
            - {level: 1, label: Mid, anchor: Partial.}
            - {level: 2, label: High, anchor: Full.}
        aggregation: {era: mean, index: weighted_mean}

        """

    static let dimensions = """
        dimensions:
          - id: unity
            name: Unity
            question: Did the sides negotiate as one?
            weight: 1
            direction: higher_is_better
            minimum_evidence: 1
            rule: {kind: weighted_mean}
            anchors:
              - {level: 0, description: Fragmented.}
            indicators:
              - id: side_unity
                question: How united were the sides?
                type: category
                weight: 1
                categories: {united: 2, divided: 0}

        """

    static let lessons = """
        lessons:
          - id: divided
            statement: A divided side negotiates.
            dimensions: [unity]
            condition: 'side_unity == "divided"'

        """

    static let text = preamble + dimensions + lessons

    /// The rubric ``text`` describes.
    static let rubric = Rubric(
        id: "mini", title: "Mini rubric", version: "1", description: "A rubric for tests.", owner: "Tests",
        scale: Scale(minimum: 0, maximum: 2, levels: [
            ScaleLevel(level: 0, label: "Low", anchor: "Absent."),
            ScaleLevel(level: 1, label: "Mid", anchor: "Partial."),
            ScaleLevel(level: 2, label: "High", anchor: "Full."),
        ]),
        aggregation: Aggregation(era: .mean, index: .weightedMean),
        dimensions: [
            Dimension(id: "unity", name: "Unity", question: "Did the sides negotiate as one?", weight: 1,
                      direction: .higherIsBetter, minimumEvidence: 1, rule: .weightedMean,
                      anchors: [LevelAnchor(level: 0, description: "Fragmented.")],
                      indicators: [
                          Indicator(id: "side_unity", question: "How united were the sides?", type: .category, weight: 1,
                                    mapping: .categories([CategoryLevel(name: "united", level: 2), CategoryLevel(name: "divided", level: 0)])),
                      ]),
        ],
        contextIndicators: [],
        lessons: [
            Lesson(id: "divided", statement: "A divided side negotiates.", dimensions: ["unity"],
                   conditionText: "side_unity == \"divided\"",
                   condition: .comparison(.name("side_unity"), .equal, .text("divided"))),
        ])

    /// The fixture with an indicator `signal` of `type` whose mapping lines start on line 29, and no lessons.
    static func withIndicator(type: String, mapping: String) -> String {
        preamble + """
            dimensions:
              - id: unity
                name: Unity
                question: Did the sides negotiate as one?
                weight: 1
                direction: higher_is_better
                minimum_evidence: 1
                rule: {kind: weighted_mean}
                anchors:
                  - {level: 0, description: Fragmented.}
                indicators:
                  - id: signal
                    question: What was observed?
                    type: \(type)
                    weight: 1

            """ + mapping
    }

    /// `text` with whole lines replaced; each line to replace must occur exactly once.
    static func replacing(_ replacements: KeyValuePairs<String, String>, in text: String = text,
                          sourceLocation: SourceLocation = #_sourceLocation) -> String {
        var lines = text.components(separatedBy: "\n")
        for (old, new) in replacements {
            let matches = lines.indices.filter { lines[$0] == old }
            guard matches.count == 1, let index = matches.first else {
                Issue.record("line '\(old)' occurs \(matches.count) times", sourceLocation: sourceLocation)
                continue
            }
            lines[index] = new
        }
        return lines.joined(separator: "\n")
    }

    /// The diagnostics of a text that must not load, as `path:line:column: message`.
    static func errors(_ text: String) -> [String] {
        do {
            _ = try RubricLoader.load(SourceText(text: text, path: "t.yaml"))
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }
}
