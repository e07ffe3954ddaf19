/// One table block of `matrix.txt` as the tests read it back: the header line, the `-` rule under it, and the rows
/// up to the next empty line, each line laid out in display columns.
struct TextBlock {
    let header: String
    let rule: String
    let rows: [String]

    /// Every block in the text: a rule line is made of `-` and spaces only, and starts with `-`.
    static func all(in text: String) -> [TextBlock] {
        let lines = text.components(separatedBy: "\n")
        return lines.indices.dropFirst().compactMap { index in
            let line = lines[index]
            guard line.first == "-", line.allSatisfy({ $0 == "-" || $0 == " " }) else { return nil }
            let rows = lines[(index + 1)...].prefix { !$0.isEmpty }
            return TextBlock(header: lines[index - 1], rule: line, rows: Array(rows))
        }
    }

    /// The display-column spans of the columns, read from the rule.
    var columns: [Range<Int>] {
        var spans: [Range<Int>] = []
        var start: Int?
        for (offset, character) in Array(rule).enumerated() {
            if character == "-", start == nil { start = offset }
            if character == " ", let open = start {
                spans.append(open..<offset)
                start = nil
            }
        }
        if let open = start { spans.append(open..<rule.count) }
        return spans
    }

    /// The columns a character of the fixture's text takes, written apart from ``DisplayWidth`` so that a wrong
    /// width there cannot hide here: CJK ideographs and Hangul 2, combining marks and format characters 0, others 1.
    static func columns(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        if scalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) || (0xAC00...0xD7A3).contains($0.value) }) {
            return 2
        }
        let zeroWidth: Set<Unicode.GeneralCategory> = [.nonspacingMark, .format]
        return scalars.allSatisfy { zeroWidth.contains($0.properties.generalCategory) } ? 0 : 1
    }

    /// The line as one entry per display column: a character's first column holds it, a wide character's second
    /// column holds "" (occupied), zero-width characters join the column before them.
    static func cells(_ line: String) -> [String] {
        var cells: [String] = []
        for character in line {
            switch columns(of: character) {
            case 0 where !cells.isEmpty: cells[cells.count - 1].append(character)
            case 0: cells.append(String(character))
            case 2: cells += [String(character), ""]
            default: cells.append(String(character))
            }
        }
        return cells
    }

    /// Problems with the alignment of the header and rows: a gap between columns that is not blank, a cell that
    /// touches neither edge of its column, or a line running past the last column (each a sign of padding by a
    /// wrong width). Zero-width characters count as blank.
    var misalignments: [String] {
        let spans = columns
        var problems: [String] = []
        for line in [header] + rows {
            let cells = Self.cells(line)
            func blank(_ column: Int) -> Bool {
                column >= cells.count || cells[column].allSatisfy { $0 == " " || Self.columns(of: $0) == 0 }
            }
            for (number, span) in spans.enumerated() {
                if number > 0, !(span.lowerBound - 2..<span.lowerBound).allSatisfy(blank) {
                    problems.append("gap before column \(number) not blank: \(line)")
                }
                if span.allSatisfy(blank) { continue }
                if blank(span.lowerBound) && blank(span.upperBound - 1) {
                    problems.append("column \(number) touches neither edge: \(line)")
                }
            }
            if cells.count > (spans.last?.upperBound ?? 0) { problems.append("line longer than the table: \(line)") }
        }
        return problems
    }
}
