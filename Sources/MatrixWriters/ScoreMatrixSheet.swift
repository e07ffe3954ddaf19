import CasebookModel
import RubricModel
import ScoringEngine
import XLSXKit

/// The Era matrix and Case matrix sheets: one row per era or case with its label columns, one score column per
/// dimension, the index and the rank.
///
/// - A score is a number shown with three decimals; a cell without one shows `n/e` in grey, never 0.
/// - Row 3 repeats each dimension's weight from the Rubric sheet (`=Rubric!$C$5`…), and the index and rank are
///   live formulas over it (``IndexFormula``), cached with the engine's values: editing a weight on the Rubric
///   sheet re-ranks the rows in Excel and LibreOffice.
/// - A three-colour scale shades the scores on the rubric's fixed scale (red at the minimum, yellow midway,
///   green at the maximum, reversed for lower-is-better dimensions), so a colour means the same on every row.
/// - The header row and the id column are frozen; printing is landscape, one page wide, repeating the header.
struct ScoreMatrixSheet {
    /// One era or case.
    struct Row {
        /// The label columns' texts.
        let labels: [String]
        /// One score per dimension in rubric order, nil for insufficient evidence.
        let scores: [Double?]
        /// The engine's index, nil when no dimension is scored.
        let index: Double?
        /// The engine's rank, nil without an index.
        let rank: Int?
    }

    /// Where the parts of the table lie, for what is added below it.
    struct Layout {
        /// The column of the rows' names.
        let nameColumn: Int
        /// The first dimension column; the others follow in rubric order.
        let firstScoreColumn: Int
        /// The last data row, or the header row when there are no rows.
        let lastRow: Int
    }

    /// The sheet's name.
    let name: String
    /// The title in the first row.
    let title: String
    /// The explanation under the title.
    let caption: String
    /// Headers of the label columns; the first is the id, the second the name.
    let labelHeaders: [String]
    /// The rows, in the matrix's order.
    let rows: [Row]
    /// Whether the header row gets filter buttons.
    let filtered: Bool

    /// Eras down with their id, name and period.
    static func eras(of matrix: ScoredMatrix) -> ScoreMatrixSheet {
        ScoreMatrixSheet(
            name: WorkbookLayout.eraMatrix,
            title: "Era matrix — \(matrix.rubric.title)",
            caption: caption(matrix, rows: "eras", aggregate: " (the \(matrix.rubric.aggregation.era.rawValue) of the era's scored cases)"),
            labelHeaders: ["Era id", "Era", "Period"],
            rows: matrix.eras.map { row in
                let era = matrix.casebook.era(row.eraID)
                return Row(labels: [row.eraID, era?.name ?? "", era?.period ?? ""], scores: row.dimensions.map(\.value.score),
                           index: row.index, rank: row.rank)
            },
            filtered: false)
    }

    /// Cases down with their id, name, era, date and outcome, filterable.
    static func cases(of matrix: ScoredMatrix) -> ScoreMatrixSheet {
        let casesByID = matrix.casebook.casesByID
        return ScoreMatrixSheet(
            name: WorkbookLayout.caseMatrix,
            title: "Case matrix — \(matrix.rubric.title)",
            caption: caption(matrix, rows: "cases", aggregate: ""),
            labelHeaders: ["Case id", "Case", "Era", "Date", "Outcome"],
            rows: matrix.cases.map { row in
                let negotiation = casesByID[row.caseID]
                return Row(labels: [row.caseID, negotiation?.name ?? "", row.eraID, negotiation?.date.description ?? "",
                                    negotiation?.outcome.rawValue ?? ""],
                           scores: row.dimensions.map(\.value.score), index: row.index, rank: row.rank)
            },
            filtered: true)
    }

    /// Adds the sheet to `workbook` and returns its writer, still open for additions, and the table's layout.
    func write(_ matrix: ScoredMatrix, in workbook: Workbook) throws -> (SheetWriter, Layout) {
        let writer = SheetWriter(try workbook.addWorksheet(named: name))
        let dimensions = matrix.rubric.dimensions
        let firstScore = labelHeaders.count
        let indexColumn = firstScore + dimensions.count
        let rankColumn = indexColumn + 1
        let header = WorkbookLayout.headerRow, first = WorkbookLayout.firstDataRow
        let lastRow = rows.isEmpty ? header : first + rows.count - 1

        try writer.text(title, row: WorkbookLayout.titleRow, column: 0, style: WorkbookStyle.title, measured: false)
        try writer.banner(caption, row: WorkbookLayout.captionRow, columns: 0...rankColumn, style: WorkbookStyle.caption)
        try writeWeights(dimensions, writer: writer, firstScore: firstScore)
        for (column, text) in (labelHeaders + dimensions.map(\.name) + ["Index", "Rank"]).enumerated() {
            try writer.header(text, row: header, column: column)
        }
        for (offset, row) in rows.enumerated() {
            try write(row, at: first + offset, matrix: matrix, writer: writer, firstScore: firstScore, lastRow: lastRow)
        }

        if !rows.isEmpty {
            for (offsets, direction) in Self.directionRuns(dimensions) {
                let columns = (firstScore + offsets.lowerBound)...(firstScore + offsets.upperBound)
                try writer.sheet.addColorScale(Self.colorScale(matrix.rubric.scale, direction: direction),
                                               to: CellRange(rows: first...lastRow, columns: columns))
            }
        }
        try writer.sheet.freezePanes(at: CellReference(row: first, column: 1))
        if filtered {
            try writer.sheet.setAutofilter(CellRange(rows: header...lastRow, columns: 0...rankColumn))
        }
        try writer.sheet.setPageSetup(WorkbookLayout.pageSetup(repeating: WorkbookLayout.weightRow...header))
        return (writer, Layout(nameColumn: 1, firstScoreColumn: firstScore, lastRow: lastRow))
    }

    private func writeWeights(_ dimensions: [Dimension], writer: SheetWriter, firstScore: Int) throws {
        guard !dimensions.isEmpty else { return }
        try writer.text("weights from the Rubric sheet (edit them there) →", row: WorkbookLayout.weightRow, column: firstScore - 1,
                        style: WorkbookStyle.linkedWeightLabel, measured: false)
        for (position, dimension) in dimensions.enumerated() {
            let source = WorkbookLayout.weightCell(dimension: position).formulaReference(sheet: WorkbookLayout.rubric)
            try writer.formula("=" + source, cached: .number(dimension.weight), row: WorkbookLayout.weightRow,
                               column: firstScore + position, style: WorkbookStyle.linkedWeight,
                               shown: SheetWriter.plainText(dimension.weight))
        }
    }

    private func write(_ row: Row, at sheetRow: Int, matrix: ScoredMatrix, writer: SheetWriter, firstScore: Int, lastRow: Int) throws {
        let dimensions = matrix.rubric.dimensions
        for (column, label) in row.labels.enumerated() {
            try writer.text(label, row: sheetRow, column: column, style: WorkbookStyle.text)
        }
        for (position, score) in row.scores.enumerated() {
            try writer.score(score, row: sheetRow, column: firstScore + position)
        }
        let indexColumn = firstScore + dimensions.count
        guard !dimensions.isEmpty else {
            try writer.text(IndexFormula.notEvaluated, row: sheetRow, column: indexColumn, style: WorkbookStyle.notEvaluatedIndex)
            try writer.text(IndexFormula.notEvaluated, row: sheetRow, column: indexColumn + 1, style: WorkbookStyle.notEvaluated)
            return
        }
        let scores = CellRange(rows: sheetRow...sheetRow, columns: firstScore...(indexColumn - 1))
        let weights = CellRange(rows: WorkbookLayout.weightRow...WorkbookLayout.weightRow, columns: firstScore...(indexColumn - 1))
        let index = IndexFormula.index(scores: scores, weights: weights, directions: dimensions.map(\.direction),
                                       scale: matrix.rubric.scale)
        if let value = row.index {
            try writer.formula(index, cached: .number(value), row: sheetRow, column: indexColumn, style: WorkbookStyle.index,
                               shown: FixedDecimal.string(value, decimals: 3))
        } else {
            try writer.formula(index, cached: .text(IndexFormula.notEvaluated), row: sheetRow, column: indexColumn,
                               style: WorkbookStyle.notEvaluatedIndex, shown: IndexFormula.notEvaluated)
        }
        let indexCell = CellReference(row: sheetRow, column: indexColumn)
        let rank = IndexFormula.rank(of: indexCell, among: CellRange(rows: WorkbookLayout.firstDataRow...lastRow,
                                                                     columns: indexColumn...indexColumn))
        if let value = row.rank {
            try writer.formula(rank, cached: .number(Double(value)), row: sheetRow, column: indexColumn + 1,
                               style: WorkbookStyle.integer, shown: String(value))
        } else {
            try writer.formula(rank, cached: .text(IndexFormula.notEvaluated), row: sheetRow, column: indexColumn + 1,
                               style: WorkbookStyle.notEvaluated, shown: IndexFormula.notEvaluated)
        }
    }

    private static func caption(_ matrix: ScoredMatrix, rows: String, aggregate: String) -> String {
        let scale = matrix.rubric.scale
        var text = "Scores on the \(scale.minimum)–\(scale.maximum) scale\(aggregate); n/e = insufficient evidence (no score, "
            + "never counted as \(scale.minimum)). Index = weighted mean of the scored dimensions with the weights on the "
            + "Rubric sheet, recalculated when a weight is edited; rank 1 = highest index across \(rows), ties share a rank."
        let reversed = matrix.rubric.dimensions.filter { $0.direction == .lowerIsBetter }.map(\.name)
        if !reversed.isEmpty {
            text += " Lower is better for \(reversed.joined(separator: ", ")): a score s enters the index as "
                + "\(scale.minimum + scale.maximum) − s."
        }
        return text
    }

    /// Runs of neighbouring dimensions with the same direction, as offsets from the first dimension column, so
    /// that each run gets one colour scale.
    private static func directionRuns(_ dimensions: [Dimension]) -> [(ClosedRange<Int>, Direction)] {
        var runs: [(ClosedRange<Int>, Direction)] = []
        for (position, dimension) in dimensions.enumerated() {
            if let last = runs.last, last.1 == dimension.direction {
                runs[runs.count - 1].0 = last.0.lowerBound...position
            } else {
                runs.append((position...position, dimension.direction))
            }
        }
        return runs
    }

    /// Red at the scale's worse end, yellow midway, green at its better end.
    static func colorScale(_ scale: Scale, direction: Direction) -> ColorScale {
        let low = Double(scale.minimum), high = Double(scale.maximum)
        let (lowColor, highColor): (XLSXColor, XLSXColor) =
            direction == .higherIsBetter ? (.scaleRed, .scaleGreen) : (.scaleGreen, .scaleRed)
        return ColorScale(minimum: .init(.number(low), lowColor), midpoint: .init(.number((low + high) / 2), .scaleYellow),
                          maximum: .init(.number(high), highColor))
    }
}
