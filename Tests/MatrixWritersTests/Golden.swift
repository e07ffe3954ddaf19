import Foundation
import Testing

/// Compares output with a golden file in `Golden/`, read through `#filePath` so no resource bundle is needed.
/// On a difference the issue names the first differing line with both versions and a few lines of context.
/// Run with `LESSONS_MATRIX_UPDATE_GOLDEN=1` to rewrite the golden files from the current output instead.
enum Golden {
    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func expectMatches(_ actual: String, file name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["LESSONS_MATRIX_UPDATE_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: url, options: .atomic)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        guard actual != expected else { return }
        Issue.record(Comment(rawValue: "\(name) differs:\n" + difference(expected: expected, actual: actual)),
                     sourceLocation: sourceLocation)
    }

    /// The first differing line with up to three lines before it, as a unified-diff-like excerpt.
    static func difference(expected: String, actual: String) -> String {
        let old = expected.components(separatedBy: "\n"), new = actual.components(separatedBy: "\n")
        let common = min(old.count, new.count)
        let first = (0..<common).first { old[$0] != new[$0] } ?? common
        var lines = ["@@ line \(first + 1) @@"]
        lines += old[max(0, first - 3)..<first].map { "  " + $0 }
        lines += old[first..<min(old.count, first + 3)].map { "- " + $0 }
        lines += new[first..<min(new.count, first + 3)].map { "+ " + $0 }
        return lines.joined(separator: "\n")
    }
}
