import Foundation
import ScoringEngine
import XLSXKit

/// The Sensitivity sheet: the settings of the run, then for each era and each case its rank under the rubric's
/// weights, the probability of keeping it and the probability of each rank across the random weightings, then the
/// single-weight changes that flip the top rank.
///
/// The values are those of ``SensitivityAnalysis`` when the workbook was written; unlike the matrices' index,
/// they do not follow edits of the weights. Rank columns stop at ``rankColumnLimit``; a last column then gives
/// the probability of every lower rank together, so a casebook of thousands of cases stays within Excel's columns.
enum SensitivitySheet {
    /// The most rank columns a table shows.
    static let rankColumnLimit = 20
    private static let firstRankColumn = 4

    /// Adds the sheet to `workbook`.
    static func write(_ report: SensitivityReport, matrix: ScoredMatrix, in workbook: Workbook) throws {
        let writer = SheetWriter(try workbook.addWorksheet(named: WorkbookLayout.sensitivity))
        let percent = FixedDecimal.string(report.perturbation * 100, decimals: 1) + "%"
        try writer.text("Sensitivity of the ranking — \(matrix.rubric.title)", row: WorkbookLayout.titleRow, column: 0,
                        style: WorkbookStyle.title, measured: false)
        let tableWidth = max(5, columnCount(report.eras), columnCount(report.cases))
        try writer.banner("Rank probabilities under \(report.draws) weight vectors drawn uniformly from the simplex "
                              + "(seed \(report.seed)), and the single-weight changes of ±\(percent) that change who ranks "
                              + "first. Computed with the rubric's weights when the workbook was written: editing a weight "
                              + "does not update this sheet.",
                          row: WorkbookLayout.captionRow, columns: 0...(tableWidth - 1), style: WorkbookStyle.caption)
        var row = WorkbookLayout.weightRow
        try writer.text("Draws", row: row, column: 0, style: WorkbookStyle.key)
        try writer.plainNumber(Double(report.draws), row: row, column: 1)
        try writer.text("Seed", row: row + 1, column: 0, style: WorkbookStyle.key)
        if let seed = Double(exactly: report.seed) {
            try writer.plainNumber(seed, row: row + 1, column: 1)
        } else {
            try writer.text(String(report.seed), row: row + 1, column: 1, style: WorkbookStyle.text)
        }
        try writer.text("Perturbation", row: row + 2, column: 0, style: WorkbookStyle.key)
        try writer.number(report.perturbation, row: row + 2, column: 1, style: WorkbookStyle.percent, shown: percent)
        row += 4

        let eraNames = Dictionary(matrix.casebook.eras.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        row = try writeTable("Eras", idHeader: "Era id", nameHeader: "Era", report.eras, names: eraNames, from: row, writer: writer)
        let caseNames = Dictionary(matrix.casebook.cases.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        row = try writeTable("Cases", idHeader: "Case id", nameHeader: "Case", report.cases, names: caseNames, from: row + 1,
                             writer: writer)
        try writeFlips(report, percent: percent, from: row + 1, writer: writer)
        try writer.sheet.setPageSetup(WorkbookLayout.pageSetup(repeating: nil))
        try writer.finish()
    }

    /// The columns of a table of these distributions: id, name, rank, P(rank kept), the rank columns shown and,
    /// when some are left out, the column of the rest.
    private static func columnCount(_ distributions: [RankDistribution]) -> Int {
        let ranks = distributions.count
        return firstRankColumn + min(ranks, rankColumnLimit) + (ranks > rankColumnLimit ? 1 : 0)
    }

    /// Writes a titled table of rank distributions from `row`; returns the row after it.
    private static func writeTable(_ title: String, idHeader: String, nameHeader: String, _ distributions: [RankDistribution],
                                   names: [String: String], from row: Int, writer: SheetWriter) throws -> Int {
        try writer.text(title, row: row, column: 0, style: WorkbookStyle.section, measured: false)
        // n ranked rows can take ranks 1…n.
        let ranks = distributions.count
        let shown = min(ranks, rankColumnLimit)
        var headers = [idHeader, nameHeader, "Rank", "P(rank kept)"] + (0..<shown).map { "P(rank \($0 + 1))" }
        if ranks > shown { headers.append("P(rank > \(shown))") }
        for (column, text) in headers.enumerated() {
            try writer.header(text, row: row + 1, column: column)
        }
        for (offset, distribution) in distributions.enumerated() {
            let line = row + 2 + offset
            try writer.text(distribution.id, row: line, column: 0, style: WorkbookStyle.text)
            try writer.text(names[distribution.id] ?? "", row: line, column: 1, style: WorkbookStyle.text)
            try writer.number(Double(distribution.baseRank), row: line, column: 2, style: WorkbookStyle.integer,
                              shown: String(distribution.baseRank))
            try probability(distribution.probabilityOfBaseRank, row: line, column: 3, writer: writer)
            for rank in 0..<shown {
                try probability(rank < distribution.probabilities.count ? distribution.probabilities[rank] : 0, row: line,
                                column: firstRankColumn + rank, writer: writer)
            }
            if ranks > shown {
                let rest = distribution.probabilityBeyond + distribution.probabilities.dropFirst(shown).reduce(0, +)
                try probability(rest, row: line, column: firstRankColumn + shown, writer: writer)
            }
        }
        return row + 2 + distributions.count
    }

    private static func writeFlips(_ report: SensitivityReport, percent: String, from row: Int, writer: SheetWriter) throws {
        try writer.text("Weight changes that flip the top rank", row: row, column: 0, style: WorkbookStyle.section, measured: false)
        guard !report.flips.isEmpty else {
            try writer.text("none: no single weight change of ±\(percent) changes who ranks first", row: row + 1, column: 0,
                            style: WorkbookStyle.caption, measured: false)
            return
        }
        for (column, text) in ["Level", "Dimension", "Weight change", "Top before", "Top after"].enumerated() {
            try writer.header(text, row: row + 1, column: column)
        }
        for (offset, flip) in report.flips.enumerated() {
            let line = row + 2 + offset
            try writer.text(flip.level, row: line, column: 0, style: WorkbookStyle.text)
            try writer.text(flip.dimensionID, row: line, column: 1, style: WorkbookStyle.text)
            try writer.number(flip.change, row: line, column: 2, style: WorkbookStyle.percent,
                              shown: FixedDecimal.string(flip.change * 100, decimals: 1) + "%")
            // Many rows can share the top rank; the report joins their ids with ", ".
            try writer.text(IDList.text(flip.before.components(separatedBy: ", ")), row: line, column: 3, style: WorkbookStyle.text)
            try writer.text(IDList.text(flip.after.components(separatedBy: ", ")), row: line, column: 4, style: WorkbookStyle.text)
        }
    }

    /// Every probability shows as `d.ddd`, five characters wide, so its text need not be worked out to size the column.
    private static func probability(_ value: Double, row: Int, column: Int, writer: SheetWriter) throws {
        try writer.number(value, row: row, column: column, style: WorkbookStyle.probability, shown: "0.000")
    }
}
