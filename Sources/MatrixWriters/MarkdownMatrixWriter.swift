import Foundation
import ScoringEngine

/// Writes a scored matrix as `matrix.md`: the same header, tables, captions and legends as
/// ``TextMatrixWriter``, as GitHub-flavoured Markdown.
///
/// Every text goes through ``DisplayText`` (line breaks become `\n`, invisible and bidi-control characters
/// `<U+202E>`, right-to-left text is isolated), then every character Markdown gives a meaning inside a line —
/// `\` `` ` `` `*` `_` `[` `]` `<` `>` `|` `~` `&` `#` `$` — is escaped with a backslash, so a cell can neither
/// split the table nor turn into a link, HTML, code, emphasis or maths. Input text only ever appears in table cells
/// and after fixed words, never where it could start a block (a list, a heading, a quote).
///
/// ```swift
/// let markdown = MarkdownMatrixWriter.render(matrix)
/// let files = MarkdownMatrixWriter.files(for: matrix)   // [OutputFile(path: "matrix.md", …)]
/// ```
public enum MarkdownMatrixWriter {
    /// The file name inside `Output/<rubric-id>/`.
    public static let fileName = "matrix.md"

    private static let significant: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#", "$"]

    /// The whole document, ending in a newline.
    public static func render(_ matrix: ScoredMatrix) -> String {
        var lines = [
            "# " + inline(matrix.rubric.title + " — scored matrices"),
            "",
            "- " + inline("Rubric: " + matrix.rubric.id + ", version " + matrix.rubric.version),
            "- " + inline("Rubric SHA-256: " + matrix.rubricHash),
            "- " + inline("Casebook SHA-256: " + matrix.casebookHash),
        ]
        for section in MatrixSection.all(of: matrix) {
            lines += ["", "## " + inline(section.title), "", inline(section.caption), ""]
            lines += table(section.table)
            for legend in section.legends {
                lines += ["", inline(legend.title) + ":", ""]
                lines += table(MatrixTable(
                    columns: [.init(header: "key", alignment: .left), .init(header: "meaning", alignment: .left)],
                    rows: legend.entries.map { [$0.key, $0.meaning] }))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `matrix.md` as the only file.
    public static func files(for matrix: ScoredMatrix) -> [OutputFile] {
        [OutputFile(path: fileName, contents: Data(render(matrix).utf8))]
    }

    private static func table(_ table: MatrixTable) -> [String] {
        let header = row(table.columns.map { inline($0.header) })
        let delimiter = row(table.columns.map { $0.alignment == .left ? "---" : "---:" })
        return [header, delimiter] + table.rows.map { row($0.map(inline)) }
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// Text made visible, isolated and escaped for use inside a line.
    private static func inline(_ text: String) -> String {
        var escaped = String.UnicodeScalarView()
        for scalar in DisplayText.isolated(DisplayText.visible(text)).unicodeScalars {
            if significant.contains(scalar) { escaped.append("\\") }
            escaped.append(scalar)
        }
        return String(escaped)
    }
}
