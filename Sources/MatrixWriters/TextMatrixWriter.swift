import Foundation
import ScoringEngine

/// Writes a scored matrix as `matrix.txt`: a header naming the rubric (id, version, hash) and the casebook
/// (hash), then the dimensions with their weights, the era matrix, the case matrix and the lessons matrix, each
/// an aligned table with a title, a caption and a legend.
///
/// - Scores have three decimals; `n/e` marks a cell, index or rank without a value because evidence is
///   insufficient. Lesson cells show ● observed, ◐ partly, ○ not observed, ? insufficient evidence.
/// - Tables wider than `width` are split into blocks of whole columns, each repeating the row-label column;
///   prose wraps at spaces. Only a single word or column wider than `width` (a hash, a long name) overflows.
///   Widths are counted by ``DisplayWidth``, so wide, combining and right-to-left text stays aligned.
/// - Every text from the inputs goes through ``DisplayText``: line breaks become `\n`, `\r`, `\t`, invisible and
///   bidi-control characters become `<U+202E>` and the like, and right-to-left text is isolated.
/// - Deterministic: the same matrix gives the same bytes; lines end in `\n` and carry no trailing spaces.
///
/// ```swift
/// let text = TextMatrixWriter.render(matrix, width: 80)
/// let files = TextMatrixWriter.files(for: matrix)   // [OutputFile(path: "matrix.txt", …)]
/// ```
public enum TextMatrixWriter {
    /// The width used when none is given.
    public static let defaultWidth = 100

    /// The file name inside `Output/<rubric-id>/`.
    public static let fileName = "matrix.txt"

    /// The whole text, ending in a newline.
    public static func render(_ matrix: ScoredMatrix, width: Int = defaultWidth) -> String {
        var lines: [String] = []
        lines += wrapped(matrix.rubric.title + " — scored matrices", width: width)
        lines += wrapped("Rubric: " + matrix.rubric.id + ", version " + matrix.rubric.version, width: width)
        lines += wrapped("Rubric SHA-256: " + matrix.rubricHash, width: width)
        lines += wrapped("Casebook SHA-256: " + matrix.casebookHash, width: width)
        for section in MatrixSection.all(of: matrix) {
            lines += ["", section.title, String(repeating: "=", count: DisplayWidth.of(section.title))]
            lines += wrapped(section.caption, width: width)
            lines.append("")
            lines += TextTable(table: section.table).lines(width: width)
            for legend in section.legends {
                lines += ["", legend.title + ":"]
                lines += entries(legend.entries, width: width)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `matrix.txt` as the only file.
    public static func files(for matrix: ScoredMatrix, width: Int = defaultWidth) -> [OutputFile] {
        [OutputFile(path: fileName, contents: Data(render(matrix, width: width).utf8))]
    }

    /// Each entry as `  key  meaning`, keys padded to one width and meanings wrapped under themselves.
    private static func entries(_ entries: [MatrixSection.Legend.Entry], width: Int) -> [String] {
        let keys = entries.map { shown($0.key) }
        let keyWidth = keys.map(DisplayWidth.of).max() ?? 0
        let indent = String(repeating: " ", count: 2 + keyWidth + 2)
        return zip(keys, entries).flatMap { key, entry in
            let padding = String(repeating: " ", count: keyWidth - DisplayWidth.of(key))
            return wrapped(entry.meaning, width: width, first: "  " + key + padding + "  ", rest: indent)
        }
    }

    /// Raw text made safe and split into lines at spaces so that each fits the width where its words allow. Each
    /// line's words are isolated together, so a right-to-left phrase keeps its word order within the line.
    private static func wrapped(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
        var lines: [[Substring]] = [[]]
        var used = DisplayWidth.of(first)
        for word in DisplayText.visible(text).split(separator: " ") {
            let wordWidth = DisplayWidth.of(String(word))
            if !lines[lines.count - 1].isEmpty && used + 1 + wordWidth > width {
                lines.append([])
                used = DisplayWidth.of(rest)
            }
            used += (lines[lines.count - 1].isEmpty ? 0 : 1) + wordWidth
            lines[lines.count - 1].append(word)
        }
        return lines.enumerated().map { number, words in
            var line = (number == 0 ? first : rest) + DisplayText.isolated(words.joined(separator: " "))
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    private static func shown(_ text: String) -> String {
        DisplayText.isolated(DisplayText.visible(text))
    }
}
