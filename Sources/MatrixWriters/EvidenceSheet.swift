import CasebookModel
import RubricModel
import ScoringEngine
import XLSXKit

/// The Evidence sheet: one row per evidence item of the casebook, in the order of ``EvidenceRows`` (cases by id,
/// then observations and items as coded), under the ids that the lesson notes, the CSV files, `explain` and the
/// Coverage sheet's links use.
///
/// Columns: id, case, era, dimension (empty for a context indicator), indicator, value (a number for numeric
/// indicators, `true`/`false` or the category otherwise), source title, source file, locator and the verbatim
/// quote, wrapped. The header has filter buttons and stays in view with the id column.
enum EvidenceSheet {
    private static let headers = ["Evidence id", "Case", "Era", "Dimension", "Indicator", "Value", "Source", "Source file",
                                  "Locator", "Quote"]
    private static let quoteColumn = 9

    /// Adds the sheet to `workbook`; `rows` are the rows of `matrix.casebook`'s evidence.
    static func write(_ matrix: ScoredMatrix, rows: EvidenceRows, in workbook: Workbook) throws {
        let writer = SheetWriter(try workbook.addWorksheet(named: WorkbookLayout.evidence), caps: [0: 30, 1: 24, 6: 30, 7: 24, 8: 30, quoteColumn: 70])
        let casebook = matrix.casebook
        let header = WorkbookLayout.headerRow
        try writer.text("Evidence — \(matrix.rubric.title)", row: WorkbookLayout.titleRow, column: 0, style: WorkbookStyle.title,
                        measured: false)
        try writer.banner("Every evidence item of the casebook with its verbatim quote; the ids are those in the lesson notes, "
                              + "the CSV files and `lessons-matrix explain`.",
                          row: WorkbookLayout.captionRow, columns: 0...quoteColumn, style: WorkbookStyle.caption)
        for (column, text) in headers.enumerated() {
            try writer.header(text, row: header, column: column)
        }
        for (offset, entry) in rows.entries.enumerated() {
            let row = WorkbookLayout.firstDataRow + offset
            let (negotiation, observation, item) = (entry.negotiation, entry.observation, entry.item)
            let source = casebook.source(item.sourceID)
            let texts = [item.id, negotiation.id, negotiation.era,
                         matrix.rubric.dimension(scoring: observation.indicatorID)?.id ?? "", observation.indicatorID]
            for (column, text) in texts.enumerated() {
                try writer.text(text, row: row, column: column, style: WorkbookStyle.text)
            }
            if case .number(let value) = observation.value {
                try writer.plainNumber(value, row: row, column: 5)
            } else {
                try writer.text(observation.value.description, row: row, column: 5, style: WorkbookStyle.text)
            }
            try writer.text(source?.title ?? item.sourceID, row: row, column: 6, style: WorkbookStyle.text)
            try writer.text(source?.file ?? "", row: row, column: 7, style: WorkbookStyle.text)
            try writer.text(item.locator.description, row: row, column: 8, style: WorkbookStyle.text)
            try writer.text(item.quote, row: row, column: quoteColumn, style: WorkbookStyle.wrappedText)
        }
        let lastRow = WorkbookLayout.firstDataRow + rows.entries.count - 1
        try writer.sheet.freezePanes(at: CellReference(row: WorkbookLayout.firstDataRow, column: 1))
        try writer.sheet.setAutofilter(CellRange(rows: header...max(header, lastRow), columns: 0...quoteColumn))
        try writer.sheet.setPageSetup(WorkbookLayout.pageSetup(repeating: header...header))
        try writer.finish()
    }
}
