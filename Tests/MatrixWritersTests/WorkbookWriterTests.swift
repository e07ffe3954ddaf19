import CasebookModel
import Foundation
import MatrixSupport
import MatrixWriters
import RubricModel
import ScoringEngine
import Testing
import XLSXKit
import XLSXReadBack

/// The workbook as a whole: determinism, hostile and right-to-left text, limits, a real scoring run, and scale.
@Suite struct WorkbookWriterTests {
    @Test func writesMatrixXlsxWhoseBytesAreTheSameEveryTime() throws {
        let writer = WorkbookWriter(commandLine: "lessons-matrix build", toolVersion: "0.1.0")
        let first = try writer.file(for: MatrixFixture.matrix)
        let second = try writer.file(for: MatrixFixture.matrix)
        #expect(first.path == "matrix.xlsx")
        #expect(SHA256.hex(of: first.contents) == SHA256.hex(of: second.contents))
        #expect(first.contents.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a zip container")
        let other = WorkbookWriter(commandLine: "lessons-matrix build --rubric Rubrics/x.yaml", toolVersion: "0.1.0")
        #expect(try other.data(for: MatrixFixture.matrix) != first.contents, "the command is recorded")
    }

    @Test func defaultsToAThousandDrawsSeedOneAndTwentyPercent() throws {
        let sheet = try #require(try WorkbookReading.document(writer: WorkbookWriter(commandLine: "c", toolVersion: "v"))
            .sheet(named: "Sensitivity"))
        #expect(sheet.values(row: 2, through: 1) == [.text("Draws"), .number(1000)])
        #expect(sheet.values(row: 3, through: 1) == [.text("Seed"), .number(1)])
        #expect(sheet.values(row: 4, through: 1) == [.text("Perturbation"), .number(0.2)])
    }

    @Test func textThatLooksLikeAFormulaStaysText() throws {
        let evidence = try WorkbookReading.sheet("Evidence")
        let hostile = ["=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "+ Quiet fronts", "-5 posts fell in the first month."]
        let cells = evidence.cells.values.filter { $0.reference.hasPrefix("J") && hostile.contains($0.string ?? "") }
        #expect(cells.count == hostile.count)
        #expect(cells.allSatisfy { $0.formula == nil })
        let lessons = try WorkbookReading.sheet("Lessons")
        #expect(lessons.cell("B6")?.string == MatrixFixture.hostileStatement)
        #expect(lessons.cell("B6")?.formula == nil)
    }

    @Test func dariPashtoAndCombiningTextSurviveAndSizeTheirColumns() throws {
        let pashto = "د سولې خبرې په کابل کې"
        var casebook = MatrixFixture.casebook
        casebook.cases[0].name = pashto
        let matrix = MatrixScorer.score(rubric: MatrixFixture.rubric, casebook: casebook)
        let sheet = try WorkbookReading.sheet("Case matrix", of: matrix)
        let names = (4...7).compactMap { sheet.cell(row: $0, column: 1)?.string }
        #expect(Set(names) == [pashto, "Accord de Gene\u{300}ve", "جامعه قلب آسیا", MatrixFixture.hostileCaseName])
        // The widest single line is the hostile name's first, "Murree talks | round‮ 2": 22 columns plus a margin.
        #expect(sheet.columnWidth(1).map { $0.rounded(.down) } == 24)
        let hostileRow = try #require((4...7).first { sheet.cell(row: $0, column: 1)?.string == MatrixFixture.hostileCaseName })
        #expect(sheet.cell(row: hostileRow, column: 1)?.format.wrapText == true)
        #expect(sheet.rowHeights[hostileRow] == 30, "two lines")
        let evidence = try WorkbookReading.sheet("Evidence", of: matrix)
        #expect(evidence.cells.values.contains { $0.string == "§ نتیجه\u{200C}گیری, line 10" })
    }

    @Test func textLongerThanACellHoldsIsAnErrorNamingTheCell() throws {
        var casebook = MatrixFixture.casebook
        let position = try #require(casebook.cases.firstIndex { $0.id == "geneva-1988" })
        casebook.cases[position].name = String(repeating: "x", count: 32_768)
        let matrix = ScoredMatrix(rubric: MatrixFixture.rubric, casebook: casebook, rubricHash: MatrixFixture.rubricHash,
                                  casebookHash: MatrixFixture.casebookHash, weights: MatrixFixture.matrix.weights,
                                  cases: MatrixFixture.matrix.cases, eras: MatrixFixture.matrix.eras,
                                  lessons: MatrixFixture.matrix.lessons)
        let error = try #require(throws: XLSXError.self) { try WorkbookReading.writer.file(for: matrix) }
        #expect(error.code == .textTooLong)
        #expect(error.sheet == "Case matrix")
        #expect(error.cell == "B5")
    }

    @Test func realScoringGivesFormulasThatRecomputeTheEngineIndexAndTies() throws {
        let matrix = ScoringRun.matrix
        let document = try WorkbookReading.document(matrix)
        let sheet = try #require(document.sheet(named: "Case matrix"))
        let rubric = try #require(document.sheet(named: "Rubric"))
        let weights = (0..<3).map { rubric.cell(row: 4 + $0, column: 2)?.number ?? .nan }
        #expect(weights == [2, 1, 1])
        #expect(matrix.cases.count == 5)
        for (offset, row) in matrix.cases.enumerated() {
            let line = 4 + offset
            #expect(sheet.cell(row: line, column: 0)?.string == row.caseID)
            let scores = (0..<3).map { sheet.cell(row: line, column: 5 + $0)?.number }
            let cached = sheet.cell(row: line, column: 8)
            #expect(cached?.formula?.hasPrefix("IFERROR(") == true)
            #expect(Shown.number(cached?.number ?? .nan) == Shown.number(row.index ?? .nan), "\(row.caseID)")
            #expect(Shown.number(ScoringRun.index(scores, weights: weights, rubric: matrix.rubric) ?? .nan)
                        == Shown.number(row.index ?? .nan), "the formula's arithmetic over the sheet's cells, \(row.caseID)")
            #expect(sheet.cell(row: line, column: 9)?.number == row.rank.map(Double.init))
        }
        let tied = matrix.cases.filter { $0.caseID.hasPrefix("beijing-1990") }
        #expect(tied.count == 2 && tied[0].rank == tied[1].rank && tied[0].rank == 1)
        #expect(matrix.cases.contains { $0.rank == 3 }, "competition ranking skips the rank after a tie")
        #expect(sheet.cells.values.contains { $0.string == ScoringRun.pashtoName })
        #expect(rubric.values(row: 4, through: 12)[8...] == [
            .text("Only the governments sign."), .empty, .empty, .empty, .text("Every armed faction sits at the table."),
        ])
    }

    @Test func aCasebookOfDatasetScaleStaysWithinExcelsLimits() throws {
        let matrix = ScoringRun.large(cases: 1_868)
        let writer = WorkbookWriter(commandLine: "scale", toolVersion: "0", sensitivityDraws: 3)
        let document = try WorkbookReading.document(matrix, writer: writer)
        let cases = try #require(document.sheet(named: "Case matrix"))
        #expect(cases.autofilter == "A4:J1872")
        #expect(cases.cell("J1872")?.formula == "IF(ISNUMBER(I1872),1+SUMPRODUCT(ISNUMBER($I$5:$I$1872)*($I$5:$I$1872>I1872+1E-12)),\"n/e\")")
        let sensitivity = try #require(document.sheet(named: "Sensitivity"))
        let header = try #require(sensitivity.row(labelled: "Cases")) + 1
        #expect(sensitivity.values(row: header, through: 24).last == .text("P(rank > 20)"))
        #expect(sensitivity.cell(row: header, column: 25) == nil)
        let first = header + 1
        let shown = (3...24).map { sensitivity.cell(row: first, column: $0)?.number ?? .nan }
        #expect(abs(shown[1...].reduce(0, +) - 1) <= 1e-9, "the rank columns and the rest add up to 1")
    }
}

/// A real run of the scoring engine over the fixture rubric (with anchors) and casebook, plus a copy of one case
/// under a Pashto name so that two cases tie.
enum ScoringRun {
    static let pashtoName = "د بیجنګ خبرې"

    static var matrix: ScoredMatrix {
        var rubric = MatrixFixture.rubric
        rubric.dimensions[0].anchors = [LevelAnchor(level: 0, description: "Only the governments sign."),
                                        LevelAnchor(level: 4, description: "Every armed faction sits at the table.")]
        var casebook = MatrixFixture.casebook
        let original = casebook.cases.first { $0.id == "beijing-1990" }!
        casebook = Casebook(sources: casebook.sources, eras: casebook.eras,
                            cases: casebook.cases + [renamed(original, id: "beijing-1990-copy", name: pashtoName)],
                            conflicts: [])
        return MatrixScorer.score(rubric: rubric, casebook: casebook)
    }

    /// `count` cases of one era with scores cycling through the scale, for the scale test.
    static func large(cases count: Int) -> ScoredMatrix {
        let template = MatrixFixture.casebook.cases.first { $0.id == "beijing-1990" }!
        let levels = ["all", "some", "few"]
        let cases = (0..<count).map { number in
            var negotiation = renamed(template, id: "case-\(number)", name: "Case \(number)")
            negotiation.observations[0].value = .category(levels[number % levels.count])
            return negotiation
        }
        let casebook = Casebook(sources: MatrixFixture.casebook.sources, eras: MatrixFixture.casebook.eras, cases: cases,
                                conflicts: [])
        return MatrixScorer.score(rubric: MatrixFixture.rubric, casebook: casebook)
    }

    /// Σ w·s / Σ w over the scored cells, a lower-is-better score reversed: what the index formula computes.
    static func index(_ scores: [Double?], weights: [Double], rubric: Rubric) -> Double? {
        var numerator = 0.0, denominator = 0.0
        for ((score, weight), dimension) in zip(zip(scores, weights), rubric.dimensions) {
            guard let score else { continue }
            let oriented = dimension.direction == .lowerIsBetter
                ? Double(rubric.scale.minimum + rubric.scale.maximum) - score : score
            numerator += weight * oriented
            denominator += weight
        }
        return denominator > 0 ? numerator / denominator : nil
    }

    private static func renamed(_ negotiation: Case, id: String, name: String) -> Case {
        var copy = negotiation
        copy.id = id
        copy.name = name
        copy.observations = negotiation.observations.map { observation in
            var observation = observation
            observation.evidence = observation.evidence.map { item in
                var item = item
                item.id = item.id.replacingOccurrences(of: negotiation.id, with: id)
                item.caseID = id
                return item
            }
            return observation
        }
        return copy
    }
}
