/// Lays a ``MatrixTable`` out as aligned plain-text lines no wider than a given width where possible.
///
/// Columns are two spaces apart, headers are underlined with `-`, and cells are padded by their display width
/// (``DisplayWidth``), so wide, combining and right-to-left text stays aligned. A table wider than the width is
/// split into successive blocks of whole columns, each repeating the first (row-label) column; a block always
/// takes at least one more column, so a single column wider than the width overflows rather than disappearing.
struct TextTable: Sendable, Hashable {
    /// The table, with raw cells.
    let table: MatrixTable

    private static let gap = "  "

    /// The lines, without trailing spaces; blocks are separated by an empty line.
    func lines(width: Int) -> [String] {
        let header = table.columns.map { Self.cell($0.header) }
        let rows = table.rows.map { $0.map(Self.cell) }
        let widths = table.columns.indices.map { column in
            ([header] + rows).map { DisplayWidth.of($0[column]) }.max() ?? 0
        }
        var lines: [String] = []
        for (number, block) in blocks(widths: widths, limit: width).enumerated() {
            if number > 0 { lines.append("") }
            lines.append(line(header, columns: block, widths: widths))
            lines.append(line(widths.map { String(repeating: "-", count: $0) }, columns: block, widths: widths))
            lines += rows.map { line($0, columns: block, widths: widths) }
        }
        return lines
    }

    /// A cell as shown: line breaks and invisible characters spelled out, right-to-left text isolated.
    private static func cell(_ text: String) -> String {
        DisplayText.isolated(DisplayText.visible(text))
    }

    /// Column indexes per block: the label column, then as many of the others as fit (at least one).
    private func blocks(widths: [Int], limit: Int) -> [[Int]] {
        guard let labelWidth = widths.first else { return [] }
        var blocks: [[Int]] = []
        var current = [0]
        var used = labelWidth
        for column in widths.indices.dropFirst() {
            let needed = Self.gap.count + widths[column]
            if current.count > 1 && used + needed > limit {
                blocks.append(current)
                current = [0]
                used = labelWidth
            }
            current.append(column)
            used += needed
        }
        blocks.append(current)
        return blocks
    }

    private func line(_ cells: [String], columns: [Int], widths: [Int]) -> String {
        let padded = columns.map { column in
            let padding = String(repeating: " ", count: max(0, widths[column] - DisplayWidth.of(cells[column])))
            return table.columns[column].alignment == .left ? cells[column] + padding : padding + cells[column]
        }
        var text = padded.joined(separator: Self.gap)
        while text.last == " " { text.removeLast() }
        return text
    }
}
