import CasebookModel
import EvidenceScan
import RubricModel
import ScoringEngine
import XLSXKit

/// The About sheet: where the workbook comes from (rubric id, version and hash, casebook hash, tool version, the
/// command, the date used as the document's creation time, the sensitivity settings, the evidence scan behind the
/// Coverage sheet or its absence), how the weights are normalised, the legend of every symbol, and the sources the
/// evidence cites.
enum AboutSheet {
    /// What the sheet records besides the matrix.
    struct Facts {
        /// The tool's version.
        let toolVersion: String
        /// The command that produced the workbook.
        let commandLine: String
        /// The document's creation date.
        let created: CreationDate
        /// The sensitivity run shown on the Sensitivity sheet.
        let sensitivity: SensitivityReport
        /// The evidence scan shown on the Coverage sheet; nil when the workbook has none.
        let coverage: ScanReport?
    }

    private static let sourceHeaders = ["Source id", "Title", "Author", "Publisher", "Date", "File", "Kind"]

    /// Adds the sheet to `workbook`.
    static func write(_ matrix: ScoredMatrix, facts: Facts, in workbook: Workbook) throws {
        let writer = SheetWriter(try workbook.addWorksheet(named: WorkbookLayout.about), caps: [1: 70])
        let rubric = matrix.rubric, casebook = matrix.casebook
        try writer.text("About this workbook", row: WorkbookLayout.titleRow, column: 0, style: WorkbookStyle.title, measured: false)
        try writer.banner("Where the matrices come from, how the index weighs the dimensions, what the symbols mean, and the "
                              + "sources the evidence quotes.",
                          row: WorkbookLayout.captionRow, columns: 0...1, style: WorkbookStyle.caption)
        var row = WorkbookLayout.headerRow
        try writer.text("Provenance", row: row, column: 0, style: WorkbookStyle.section, measured: false)
        let created = facts.created.isFallback
            ? "\(facts.created.text) (no case is dated); the document's creation time, fixed so the same inputs give the same file"
            : "\(facts.created.text), the latest case date in the casebook; the document's creation time, fixed so the same "
                + "inputs give the same file"
        let sensitivity = facts.sensitivity
        let provenance: [(String, String)] = [
            ("Rubric id", rubric.id), ("Rubric title", rubric.title), ("Rubric version", rubric.version),
            ("Rubric owner", rubric.owner), ("Rubric SHA-256", matrix.rubricHash), ("Casebook SHA-256", matrix.casebookHash),
            ("Tool", "LessonsMatrix \(facts.toolVersion)"), ("Command", facts.commandLine), ("Document date", created),
            ("Eras, cases, evidence items", "\(casebook.eras.count), \(casebook.cases.count), \(casebook.evidence.count)"),
            ("Sensitivity", "\(sensitivity.draws) draws, seed \(sensitivity.seed), weights perturbed by ±"
                + FixedDecimal.string(sensitivity.perturbation * 100, decimals: 1) + "%"),
            ("Evidence scan", facts.coverage.map {
                "\($0.documents.count) documents, \($0.passages.count) passages, cues of rubric \($0.rubricID) \($0.rubricVersion); "
                    + "see the Coverage sheet"
            } ?? "none: built without a corpus folder, so the workbook has no Coverage sheet (lessons-matrix build --corpus DIR)"),
        ]
        row = try writePairs(provenance, from: row + 1, writer: writer)

        try writer.text("Weight normalisation", row: row + 1, column: 0, style: WorkbookStyle.section, measured: false)
        let scale = rubric.scale
        try writer.banner("Index = Σ wᵢ·sᵢ / Σ wᵢ over the dimensions with a score, so a missing score neither counts as "
                              + "\(scale.minimum) nor lowers the index; index weight = weight / Σ weights (Σ = "
                              + "\(SheetWriter.plainText(matrix.weights.total))); a lower-is-better score s enters as "
                              + "\(scale.minimum + scale.maximum) − s.",
                          row: row + 2, columns: 0...4, style: WorkbookStyle.caption)
        for (column, text) in ["Dimension id", "Dimension", "Weight", "Index weight", "Direction"].enumerated() {
            try writer.header(text, row: row + 3, column: column)
        }
        row += 4
        for dimension in rubric.dimensions {
            try writer.text(dimension.id, row: row, column: 0, style: WorkbookStyle.text)
            try writer.text(dimension.name, row: row, column: 1, style: WorkbookStyle.text)
            try writer.plainNumber(matrix.weights.raw[dimension.id] ?? dimension.weight, row: row, column: 2)
            let normalized = matrix.weights.normalized[dimension.id] ?? 0
            try writer.number(normalized, row: row, column: 3, style: WorkbookStyle.probability,
                              shown: FixedDecimal.string(normalized, decimals: 3))
            try writer.text(dimension.direction.rawValue, row: row, column: 4, style: WorkbookStyle.text)
            row += 1
        }

        try writer.text("Legend", row: row + 1, column: 0, style: WorkbookStyle.section, measured: false)
        let legend = scale.levels.map { (String($0.level), "\($0.label): \($0.anchor)") }
            + [(IndexFormula.notEvaluated, IndexFormula.notEvaluatedMeaning(scale))]
            + LessonStatus.allCases.map { (LessonStatusText.symbol($0), LessonStatusText.meaning($0)) }
        row = try writePairs(legend, from: row + 2, writer: writer)

        try writer.text("Sources", row: row + 1, column: 0, style: WorkbookStyle.section, measured: false)
        for (column, text) in sourceHeaders.enumerated() {
            try writer.header(text, row: row + 2, column: column)
        }
        row += 3
        for source in casebook.sources {
            let texts = [source.id, source.title, source.author, source.publisher, source.date, source.file, source.kind.rawValue]
            for (column, text) in texts.enumerated() {
                try writer.text(text, row: row, column: column, style: WorkbookStyle.text)
            }
            row += 1
        }
        try writer.sheet.setPageSetup(WorkbookLayout.pageSetup(repeating: nil))
        try writer.finish()
    }

    /// Writes key–value rows from `row`; returns the row after them.
    private static func writePairs(_ pairs: [(String, String)], from row: Int, writer: SheetWriter) throws -> Int {
        for (offset, (key, value)) in pairs.enumerated() {
            try writer.text(key, row: row + offset, column: 0, style: WorkbookStyle.key)
            try writer.text(value, row: row + offset, column: 1, style: WorkbookStyle.text)
        }
        return row + pairs.count
    }
}
