import RubricModel
import ScoringEngine
import XLSXKit

/// The Rubric sheet: one row per dimension with its question, its weight (in column C from row 5, the cells every
/// index formula reads, filled yellow because an analyst may edit them), its index weight (a live
/// weight / Σ weights), direction, evidence minimum, rule and level anchors; the weights' total; then the
/// scale's levels and `n/e`.
enum RubricSheet {
    private static let headers = ["Dimension id", "Dimension", "Weight", "Index weight", "Direction", "Question",
                                  "Minimum evidence", "Rule"]
    private static let questionColumn = 5
    private static let firstAnchorColumn = 8

    /// Adds the sheet to `workbook`.
    static func write(_ matrix: ScoredMatrix, in workbook: Workbook) throws {
        let rubric = matrix.rubric
        let scale = rubric.scale
        var caps = [questionColumn: 50]
        for offset in scale.levels.indices { caps[firstAnchorColumn + offset] = 40 }
        let writer = SheetWriter(try workbook.addWorksheet(named: WorkbookLayout.rubric), caps: caps)
        let header = WorkbookLayout.headerRow, first = WorkbookLayout.firstDataRow
        try writer.text("Rubric \(rubric.id) \(rubric.version) — \(rubric.title)", row: WorkbookLayout.titleRow, column: 0,
                        style: WorkbookStyle.title, measured: false)
        let width = 0...(firstAnchorColumn + max(scale.levels.count, 1) - 1)
        try writer.banner(rubric.description, row: WorkbookLayout.captionRow, columns: width, style: WorkbookStyle.caption)
        try writer.banner("Edit the weights in column C (yellow): the index and rank on the Era matrix and Case matrix sheets "
                              + "recalculate. Index weight = weight / Σ weights.",
                          row: WorkbookLayout.weightRow, columns: width, style: WorkbookStyle.caption)
        let anchorHeaders = scale.levels.map { "\($0.level) \($0.label)" }
        for (column, text) in (headers + anchorHeaders).enumerated() {
            try writer.header(text, row: header, column: column)
        }
        let dimensions = rubric.dimensions
        let lastRow = first + max(dimensions.count, 1) - 1
        let weightColumn = WorkbookLayout.weightColumn
        let weights = CellRange(rows: first...lastRow, columns: weightColumn...weightColumn).absoluteA1
        for (position, dimension) in dimensions.enumerated() {
            let row = first + position
            try writer.text(dimension.id, row: row, column: 0, style: WorkbookStyle.text)
            try writer.text(dimension.name, row: row, column: 1, style: WorkbookStyle.text)
            try writer.plainNumber(dimension.weight, row: row, column: weightColumn, style: WorkbookStyle.editableWeight)
            let weight = CellReference(row: row, column: weightColumn).a1
            let normalized = matrix.weights.normalized[dimension.id] ?? 0
            try writer.formula("=IF(SUM(\(weights))>0,\(weight)/SUM(\(weights)),0)", cached: .number(normalized), row: row,
                               column: weightColumn + 1, style: WorkbookStyle.probability,
                               shown: FixedDecimal.string(normalized, decimals: 3))
            try writer.text(dimension.direction.rawValue, row: row, column: 4, style: WorkbookStyle.text)
            try writer.text(dimension.question, row: row, column: questionColumn, style: WorkbookStyle.text)
            try writer.number(Double(dimension.minimumEvidence), row: row, column: 6, style: WorkbookStyle.integer,
                              shown: String(dimension.minimumEvidence))
            try writer.text(dimension.rule.name, row: row, column: 7, style: WorkbookStyle.text)
            for (offset, level) in scale.levels.enumerated() {
                let anchor = dimension.anchors.first { $0.level == level.level }?.description ?? ""
                try writer.text(anchor, row: row, column: firstAnchorColumn + offset, style: WorkbookStyle.text)
            }
        }
        let totalRow = first + dimensions.count
        try writer.text("Σ weights", row: totalRow, column: 1, style: WorkbookStyle.key)
        try writer.formula("=SUM(\(weights))", cached: .number(matrix.weights.total), row: totalRow, column: weightColumn,
                           style: WorkbookStyle.key, shown: SheetWriter.plainText(matrix.weights.total))

        let scaleRow = totalRow + 2
        try writer.text("Scale", row: scaleRow, column: 0, style: WorkbookStyle.section, measured: false)
        for (offset, level) in scale.levels.enumerated() {
            try writer.number(Double(level.level), row: scaleRow + 1 + offset, column: 0, style: WorkbookStyle.integer,
                              shown: String(level.level))
            try writer.text("\(level.label): \(level.anchor)", row: scaleRow + 1 + offset, column: 1, style: WorkbookStyle.text)
        }
        let notEvaluatedRow = scaleRow + 1 + scale.levels.count
        try writer.text(IndexFormula.notEvaluated, row: notEvaluatedRow, column: 0, style: WorkbookStyle.notEvaluated)
        try writer.text(IndexFormula.notEvaluatedMeaning(scale), row: notEvaluatedRow, column: 1, style: WorkbookStyle.text)

        try writer.sheet.freezePanes(at: CellReference(row: first, column: 1))
        try writer.sheet.setPageSetup(WorkbookLayout.pageSetup(repeating: header...header))
        try writer.finish()
    }
}
