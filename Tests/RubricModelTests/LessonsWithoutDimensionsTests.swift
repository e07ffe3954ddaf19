import MatrixSupport
import RubricModel
import Testing

/// A rubric whose dimensions cannot be read reports that once, not again for every name its lessons use.
struct LessonsWithoutDimensionsTests {
    static let rubric = """
        id: t
        title: T
        version: "1"
        description: D
        owner: O
        scale:
          minimum: 0
          maximum: 1
          levels:
            - {level: 0, label: No, anchor: No.}
            - {level: 1, label: Yes, anchor: Yes.}
        aggregation: {era: mean, index: weighted_mean}
        dimensions: DIMENSIONS
        lessons:
          - id: l
            statement: S.
            dimensions: [unity]
            condition: 'side_unity == true'
        """

    static func errors(dimensions: String?) -> [String] {
        let text = rubric.replacingOccurrences(of: "dimensions: DIMENSIONS", with: dimensions.map { "dimensions: \($0)" } ?? "")
        do {
            _ = try RubricLoader.load(SourceText(text: text, path: "t.yaml"))
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func dimensionsThatAreNotAListAreTheOnlyError() {
        #expect(Self.errors(dimensions: "{unity: 1}") == ["t.yaml:13:13: dimensions must be a list, found a mapping"])
        #expect(Self.errors(dimensions: "unity") == ["t.yaml:13:13: dimensions must be a list, found a scalar"])
    }

    @Test func missingDimensionsAreTheOnlyError() {
        #expect(Self.errors(dimensions: nil) == ["t.yaml:1:1: missing required key 'dimensions' in rubric"])
    }
}
