/// Edits of the shipped default rubric that the diff tests make.
enum RubricText {
    struct NotFound: Error, CustomStringConvertible {
        let description: String
    }

    /// The rubric with the `guarantors` dimension's weight changed from 1.0 to `weight` (written as given, e.g. "3.0").
    static func withGuarantorsWeight(_ text: String, _ weight: String) throws -> String {
        guard let dimension = text.range(of: "\n  - id: guarantors\n"),
              let line = text.range(of: "\n    weight: 1.0\n", range: dimension.upperBound..<text.endIndex) else {
            throw NotFound(description: "no 'weight: 1.0' in the guarantors dimension")
        }
        return text.replacingCharacters(in: line, with: "\n    weight: \(weight)\n")
    }
}
