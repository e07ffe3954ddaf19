import Foundation
import Testing
import MatrixSupport
import RubricModel

/// SplitMix64: a small seeded generator, so the mutations are the same on every run.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Damaged rubrics and random conditions never crash the loader: they load, or every diagnostic points into the
/// file; and whatever loads survives the canonical round trip.
struct RubricFuzzTests {
    private static let alphabet = Array("abz_09 -:[]{}\"'|>&*!#%@,.\n\t\\é")

    private func mutate(_ text: String, using generator: inout SeededGenerator) -> String {
        var scalars = Array(text.unicodeScalars)
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            let position = Int.random(in: 0...scalars.count, using: &generator)
            switch Int.random(in: 0..<3, using: &generator) {
            case 0:
                let end = min(scalars.count, position + Int.random(in: 1...12, using: &generator))
                scalars.removeSubrange(position..<end)
            case 1:
                let inserted = (0..<Int.random(in: 1...4, using: &generator)).map { _ in Self.alphabet.randomElement(using: &generator)! }
                scalars.insert(contentsOf: String(inserted).unicodeScalars, at: position)
            default:
                let start = Int.random(in: 0...scalars.count, using: &generator)
                let end = min(scalars.count, start + Int.random(in: 1...40, using: &generator))
                scalars.insert(contentsOf: scalars[start..<end], at: position)
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    @Test(arguments: ["fixture", "extended"])
    func damagedRubricsAreReportedOrLoadConsistently(name: String) throws {
        let original = name == "fixture"
            ? RubricFixture.text
            : try String(contentsOf: packageRoot.appendingPathComponent("Rubrics/extended.yaml"), encoding: .utf8)
        var generator = SeededGenerator(state: name == "fixture" ? 1 : 2)
        var loaded = 0
        for _ in 0..<300 {
            let text = mutate(original, using: &generator)
            let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
            do {
                let rubric = try RubricLoader.load(SourceText(text: text, path: "t.yaml"))
                let again = try RubricLoader.load(SourceText(text: RubricCanonicalForm.yaml(rubric), path: "c.yaml"))
                #expect(again == rubric)
                loaded += 1
            } catch {
                #expect(!error.diagnostics.isEmpty)
                for diagnostic in error.diagnostics {
                    #expect(diagnostic.path == "t.yaml")
                    #expect((1...lineCount).contains(diagnostic.line), "\(diagnostic) in\n\(text)")
                    #expect(diagnostic.column >= 1)
                }
            }
        }
        // Some mutations only touch text values, so some damaged files still load.
        #expect(loaded > 0)
    }

    @Test func randomConditionsFailWithinTheirText() {
        var generator = SeededGenerator(state: 3)
        let pieces = ["inclusivity", "side_unity", "power_sharing_agreed", "outcome", "year", "zzz", "and", "or", "not",
                      "true", "false", "(", ")", "==", "!=", "<", "<=", ">", ">=", "=", "!", "2", "-1.5", "1.",
                      "\"divided\"", "\"x\\\"y\"", "\"open", " ", "-", "A", "'", "&&"]
        var parsed = 0
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: " ")
            do {
                _ = try ConditionParser.parse(text, vocabulary: testVocabulary)
                parsed += 1
            } catch {
                #expect(!error.errors.isEmpty)
                for problem in error.errors {
                    #expect((0...text.unicodeScalars.count).contains(problem.offset), "\(problem) in \(text)")
                }
            }
        }
        #expect(parsed > 0)
    }
}
