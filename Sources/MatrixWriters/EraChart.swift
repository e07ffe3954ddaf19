import ScoringEngine
import XLSXKit

/// The chart under the era matrix: a clustered column chart with the dimensions along the axis and one series
/// per era, on the rubric's fixed scale.
///
/// Excel plots a text cell as 0, so the chart does not read the matrix itself, where a missing score is the text
/// `n/e`: it reads a copy of the scores right under the table in which such a cell is left empty, which the chart
/// shows as a gap.
enum EraChart {
    /// Rows between the chart data and the chart, and the chart's size in pixels per dimension and in height.
    private static let gap = 2
    private static let widthPerDimension = 70.0
    private static let height = 420.0

    /// Writes the chart data and the chart below the table described by `layout`; does nothing for a matrix
    /// without eras or dimensions, which has nothing to plot.
    static func write(_ matrix: ScoredMatrix, layout: ScoreMatrixSheet.Layout, writer: SheetWriter, in workbook: Workbook) throws {
        let dimensions = matrix.rubric.dimensions
        guard !matrix.eras.isEmpty, !dimensions.isEmpty else { return }
        let sheet = writer.sheet.name
        let titleRow = layout.lastRow + gap
        try writer.text("Chart data: the scores above, with n/e left empty so that the chart shows a gap instead of 0",
                        row: titleRow, column: 0, style: WorkbookStyle.section, measured: false)
        let scoreColumns = layout.firstScoreColumn...(layout.firstScoreColumn + dimensions.count - 1)
        let chart = try workbook.addChart(.column)
        for (offset, era) in matrix.eras.enumerated() {
            let row = titleRow + 1 + offset
            try writer.text(matrix.casebook.era(era.eraID)?.name ?? era.eraID, row: row, column: layout.nameColumn,
                            style: WorkbookStyle.text)
            for (position, cell) in era.dimensions.enumerated() {
                let column = layout.firstScoreColumn + position
                if let score = cell.value.score {
                    try writer.number(score, row: row, column: column, style: WorkbookStyle.score,
                                      shown: FixedDecimal.string(score, decimals: 3))
                } else {
                    try writer.sheet.writeBlank(at: CellReference(row: row, column: column), style: WorkbookStyle.score)
                }
            }
            try chart.addSeries(
                name: .cell(sheet: sheet, CellReference(row: row, column: layout.nameColumn)),
                categories: SheetRange(sheet: sheet, range: CellRange(rows: WorkbookLayout.headerRow...WorkbookLayout.headerRow,
                                                                      columns: scoreColumns)),
                values: SheetRange(sheet: sheet, range: CellRange(rows: row...row, columns: scoreColumns)))
        }
        let scale = matrix.rubric.scale
        try chart.setTitle("Era scores by dimension")
        try chart.setAxisTitles(category: "Dimension", value: .text("Score (\(scale.minimum)–\(scale.maximum))"))
        try chart.setValueAxisBounds(minimum: Double(scale.minimum), maximum: Double(scale.maximum))
        try chart.setLegendPosition(.bottom)
        let width = max(ChartPlacement.defaultWidth, 200 + widthPerDimension * Double(dimensions.count))
        try writer.sheet.insertChart(
            chart, at: CellReference(row: titleRow + matrix.eras.count + gap, column: 0),
            placement: ChartPlacement(width: width, height: height, altText: "Era scores by dimension, one series per era"))
    }
}
