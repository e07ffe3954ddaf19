import Foundation
import MatrixSupport

/// Checks that a diagnostic keeps the promise every loader makes: one line, `path:line:column: message`,
/// naming a file of the input and a position inside it.
///
/// Lines end at LF (the loaders refuse every other YAML line break but CRLF, whose CR counts as the line's last
/// character); columns count Unicode scalars from 1, and one past the end of a line is allowed (a problem at the
/// end of the line or file).
///
/// ```swift
/// DiagnosticBounds.problems(with: diagnostic, files: ["t.yaml": data])   // [] when the diagnostic is sound
/// ```
public enum DiagnosticBounds {
    /// The broken promises of `diagnostic`, in words; empty when it is sound.
    public static func problems(with diagnostic: Diagnostic, files: [String: Data]) -> [String] {
        var problems: [String] = []
        let description = diagnostic.description
        if description.contains(where: { $0.isNewline }) {
            problems.append("diagnostic spans several lines: \(description.debugDescription)")
        }
        if diagnostic.message.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append("diagnostic has no message: \(description.debugDescription)")
        }
        if diagnostic.message.contains("Optional(") {
            problems.append("diagnostic shows a Swift optional: \(description.debugDescription)")
        }
        guard let bytes = files[diagnostic.path] else {
            problems.append("diagnostic names \(diagnostic.path), which is not one of \(files.keys.sorted())")
            return problems
        }
        let lines = lineLengths(bytes)
        guard (1...lines.count).contains(diagnostic.line) else {
            problems.append("diagnostic line \(diagnostic.line) is outside the file's \(lines.count) lines: \(description.debugDescription)")
            return problems
        }
        let length = lines[diagnostic.line - 1]
        if !(1...(length + 1)).contains(diagnostic.column) {
            problems.append("diagnostic column \(diagnostic.column) is outside line \(diagnostic.line), which has \(length) characters: \(description.debugDescription)")
        }
        return problems
    }

    /// The length of each line in Unicode scalars (invalid UTF-8 counts one per replacement character).
    static func lineLengths(_ bytes: Data) -> [Int] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self).unicodeScalars.count }
    }
}
