import Foundation
import MatrixWriters
import RubricModel
import ScoringEngine
import Testing

@Suite struct MarkdownMatrixWriterTests {
    private let markdown = MarkdownMatrixWriter.render(MatrixFixture.matrix)

    @Test func matchesTheGoldenFile() throws {
        try Golden.expectMatches(markdown, file: "matrix.md")
    }

    @Test func writesMatrixMd() {
        #expect(MarkdownMatrixWriter.files(for: MatrixFixture.matrix)
            == [OutputFile(path: "matrix.md", contents: Data(markdown.utf8))])
    }

    /// Unescaped pipes per line: a backslash escapes the character after it.
    private func cellSeparators(_ line: String) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "|" { count += 1 }
        }
        return count
    }

    @Test func everyTableRowHasAsManyCellsAsItsHeader() {
        var tables: [[String]] = []
        var current: [String] = []
        for line in markdown.components(separatedBy: "\n") {
            if line.hasPrefix("|") {
                current.append(line)
            } else if !current.isEmpty {
                tables.append(current)
                current = []
            }
        }
        #expect(tables.count == 8)
        for table in tables {
            let separators = table.map(cellSeparators)
            #expect(Set(separators).count == 1, "\(table)")
        }
        #expect(tables.map { cellSeparators($0[0]) - 1 } == [5, 8, 2, 10, 2, 3, 2, 2])
    }

    @Test func hostileCellsAreEscapedAndMadeVisible() {
        #expect(markdown.contains("| murree-2023 | Murree talks \\| round\\<U+202E\\> 2\\\\nsecond line | post-2021 |"))
        #expect(markdown.contains("| guarantees-or-calm | -Guarantees \\| or calm, \"if\" they bind\\\\nkeep an accord alive |"))
        #expect(markdown.contains("| heart-of-asia-1991 | \u{2068}جامعه قلب آسیا\u{2069} | pdpa-mujahedin |"))
        #expect(!markdown.components(separatedBy: "\n").contains { $0.hasPrefix("second line") || $0.hasPrefix("keep an") })
        #expect(!markdown.unicodeScalars.contains {
            ($0.properties.generalCategory == .control && $0 != "\n") || (0x202A...0x202E).contains($0.value)
        })
    }

    @Test func escapesEveryCharacterMarkdownGivesAMeaningInALine() {
        var rubric = MatrixFixture.rubric
        rubric.title = "*a* _b_ [c](d) <e> `f` #g ~h~ &i; $j$ \\k |l"
        let base = MatrixFixture.matrix
        let matrix = ScoredMatrix(rubric: rubric, casebook: base.casebook, rubricHash: base.rubricHash,
                                  casebookHash: base.casebookHash, weights: base.weights, cases: base.cases, eras: base.eras,
                                  lessons: base.lessons)
        let firstLine = MarkdownMatrixWriter.render(matrix).prefix { $0 != "\n" }
        #expect(firstLine == "# \\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> \\`f\\` \\#g \\~h\\~ \\&i; \\$j\\$ \\\\k \\|l — scored matrices")
    }

    @Test func renderingTwiceGivesIdenticalText() {
        #expect(MarkdownMatrixWriter.render(MatrixFixture.matrix) == markdown)
    }
}
