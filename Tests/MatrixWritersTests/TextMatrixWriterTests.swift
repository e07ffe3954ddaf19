import Foundation
import MatrixWriters
import RubricModel
import ScoringEngine
import Testing

@Suite struct TextMatrixWriterTests {
    @Test(arguments: [100, 60])
    func matchesTheGoldenFile(width: Int) throws {
        try Golden.expectMatches(TextMatrixWriter.render(MatrixFixture.matrix, width: width), file: "matrix-\(width).txt")
    }

    @Test func defaultsToAWidthOf100AndWritesMatrixTxt() {
        let files = TextMatrixWriter.files(for: MatrixFixture.matrix)
        #expect(files.map(\.path) == ["matrix.txt"])
        #expect(files.first?.contents == Data(TextMatrixWriter.render(MatrixFixture.matrix, width: 100).utf8))
    }

    @Test func beginsWithTheRubricAndCasebookIdentity() {
        let lines = TextMatrixWriter.render(MatrixFixture.matrix).components(separatedBy: "\n")
        #expect(Array(lines.prefix(4)) == [
            "Fixture rubric — scored matrices",
            "Rubric: fixture, version 0.3.1",
            "Rubric SHA-256: \(MatrixFixture.rubricHash)",
            "Casebook SHA-256: \(MatrixFixture.casebookHash)",
        ])
    }

    /// Every table block, at both widths, with the Dari, CJK and combining names among its rows.
    @Test(arguments: [100, 60, 40])
    func columnsStayAlignedWithWideCombiningAndRightToLeftText(width: Int) {
        let blocks = TextBlock.all(in: TextMatrixWriter.render(MatrixFixture.matrix, width: width))
        #expect(blocks.count >= 6)
        #expect(blocks.flatMap(\.misalignments) == [])
        let names = blocks.filter { $0.header.hasPrefix("case ") && $0.header.contains("name") }
        #expect(names.count == 1)
        #expect(names.first?.rows.map { $0.hasPrefix("heart-of-asia-1991  \u{2068}جامعه قلب آسیا\u{2069}") } == [false, false, true, false])
    }

    @Test func wideTablesSplitIntoBlocksThatRepeatTheRowLabels() {
        func caseHeaders(_ width: Int) -> [String] {
            TextBlock.all(in: TextMatrixWriter.render(MatrixFixture.matrix, width: width))
                .map(\.header).filter { $0.hasPrefix("case ") }
        }
        #expect(caseHeaders(100) == [
            "case                name                                         era             date        outcome",
            "case                inclusivity  guarantors  violence  index  rank",
        ])
        #expect(caseHeaders(60) == [
            "case                name",
            "case                era             date        outcome",
            "case                inclusivity  guarantors  violence  index",
            "case                rank",
        ])
        let rankBlock = TextBlock.all(in: TextMatrixWriter.render(MatrixFixture.matrix, width: 60))
            .first { $0.header == "case                rank" }
        #expect(rankBlock?.rows == [
            "geneva-1988            3", "beijing-1990           1", "heart-of-asia-1991     2", "murree-2023            4",
        ])
    }

    /// A line may only exceed the width when it is one unbreakable word or a block of the label and one column.
    @Test(arguments: [100, 60])
    func linesFitTheWidthUnlessOneWordOrColumnIsWider(width: Int) {
        let text = TextMatrixWriter.render(MatrixFixture.matrix, width: width)
        let twoColumnLines = Set(TextBlock.all(in: text).filter { $0.columns.count == 2 }.flatMap { [$0.header, $0.rule] + $0.rows })
        let overlong = text.components(separatedBy: "\n").filter { DisplayWidth.of($0) > width }
        #expect(overlong.filter { $0.contains(" ") && !twoColumnLines.contains($0) } == [])
        // At 60: the two hashes, and the rule and the longest row of the case-name block (18 + 2 + 43 columns).
        #expect(overlong.count == (width == 60 ? 4 : 0))
    }

    @Test func aWidthNarrowerThanAnyColumnGivesOneColumnPerBlock() {
        let blocks = TextBlock.all(in: TextMatrixWriter.render(MatrixFixture.matrix, width: 1))
        #expect(blocks.allSatisfy { $0.columns.count == 2 })
        #expect(blocks.filter { $0.header.hasPrefix("lesson ") }.map(\.header) == [
            "lesson              pdpa-mujahedin", "lesson              post-2021",
        ])
    }

    @Test func hostileTextCannotBreakLinesOrReorderTheTable() {
        let text = TextMatrixWriter.render(MatrixFixture.matrix, width: 100)
        #expect(text.contains("murree-2023         Murree talks | round<U+202E> 2\\nsecond line  post-2021"))
        #expect(text.contains("guarantees-or-calm  -Guarantees | or calm, \"if\" they bind\\nkeep an accord alive"))
        #expect(!text.components(separatedBy: "\n").contains { $0.hasPrefix("second line") || $0.hasPrefix("keep an") })
        let forbidden = text.unicodeScalars.filter {
            ($0.properties.generalCategory == .control && $0 != "\n") || (0x202A...0x202E).contains($0.value)
                || (0x200B...0x200F).contains($0.value) || $0 == "\u{FEFF}" || $0 == "\u{2066}" || $0 == "\u{2067}"
        }
        #expect(forbidden.isEmpty)
    }

    @Test func everyIsolateClosesOnItsLine() {
        for line in TextMatrixWriter.render(MatrixFixture.matrix, width: 60).components(separatedBy: "\n") {
            var depth = 0
            for scalar in line.unicodeScalars {
                if scalar == "\u{2068}" { depth += 1 }
                if scalar == "\u{2069}" { depth -= 1 }
                #expect(depth >= 0 && depth <= 1, "\(line)")
            }
            #expect(depth == 0, "\(line)")
        }
    }

    @Test func rightToLeftProseIsIsolatedLineByLine() {
        var rubric = MatrixFixture.rubric
        rubric.title = "درس‌های مذاکرات صلح افغانستان"
        let base = MatrixFixture.matrix
        let matrix = ScoredMatrix(rubric: rubric, casebook: base.casebook, rubricHash: base.rubricHash,
                                  casebookHash: base.casebookHash, weights: base.weights, cases: base.cases, eras: base.eras,
                                  lessons: base.lessons)
        let lines = TextMatrixWriter.render(matrix, width: 20).components(separatedBy: "\n")
        #expect(Array(lines.prefix(3)) == [
            "\u{2068}درس\u{200C}های مذاکرات صلح\u{2069}", "\u{2068}افغانستان — scored\u{2069}", "matrices",
        ])
    }

    @Test func renderingTwiceGivesIdenticalText() {
        #expect(TextMatrixWriter.render(MatrixFixture.matrix, width: 60) == TextMatrixWriter.render(MatrixFixture.matrix, width: 60))
        #expect(TextMatrixWriter.files(for: MatrixFixture.matrix) == TextMatrixWriter.files(for: MatrixFixture.matrix))
    }
}
