import CasebookModel
import RubricModel
import ScoringEngine
import XLSXKit

/// The Lessons sheet: lessons down with their statement and condition, eras across, each cell the status symbol
/// (● observed, ◐ partly, ○ not observed, ? insufficient evidence, as in the text output) with a note naming the
/// supporting, contrary and undecided cases (at most ``IDList/limit`` of each) and quoting one piece of evidence
/// by its id; the legend is under the table.
enum LessonsSheet {
    private static let statementColumn = 1
    private static let conditionColumn = 2
    private static let firstEraColumn = 3
    private static let noteWidth = 420
    /// Characters per line of a note box `noteWidth` pixels wide, to size its height.
    private static let noteLineLength = 60

    /// Adds the sheet to `workbook`.
    static func write(_ matrix: ScoredMatrix, in workbook: Workbook) throws {
        let writer = SheetWriter(try workbook.addWorksheet(named: WorkbookLayout.lessons), caps: [statementColumn: 60, conditionColumn: 40])
        let header = WorkbookLayout.headerRow, first = WorkbookLayout.firstDataRow
        try writer.text("Lessons — \(matrix.rubric.title)", row: WorkbookLayout.titleRow, column: 0, style: WorkbookStyle.title,
                        measured: false)
        try writer.banner("Whether each lesson holds in each era, judged case by case by the lesson's condition. Each cell's note "
                              + "names the supporting cases and quotes one piece of evidence by its id (see the Evidence sheet).",
                          row: WorkbookLayout.captionRow, columns: 0...(conditionColumn + matrix.eras.count),
                          style: WorkbookStyle.caption)
        let eraNames = matrix.eras.map { matrix.casebook.era($0.eraID)?.name ?? $0.eraID }
        for (column, text) in (["Lesson id", "Lesson", "Condition"] + eraNames).enumerated() {
            try writer.header(text, row: header, column: column)
        }
        let evidence = Dictionary(matrix.casebook.evidence.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (offset, lesson) in matrix.rubric.lessons.enumerated() {
            let row = first + offset
            try writer.text(lesson.id, row: row, column: 0, style: WorkbookStyle.text)
            try writer.text(lesson.statement, row: row, column: statementColumn, style: WorkbookStyle.text)
            try writer.text(lesson.conditionText, row: row, column: conditionColumn, style: WorkbookStyle.text)
            for (position, era) in matrix.eras.enumerated() {
                guard let cell = matrix.lessonCell(lesson.id, era: era.eraID) else { continue }
                let place = CellReference(row: row, column: firstEraColumn + position)
                try writer.text(LessonStatusText.symbol(cell.status), row: row, column: place.column, style: WorkbookStyle.symbol)
                let text = note(cell, evidence: evidence)
                try writer.sheet.writeNote(text, at: place, options: NoteOptions(author: "LessonsMatrix", width: noteWidth,
                                                                                  height: noteHeight(text)))
            }
        }
        let legendRow = first + matrix.rubric.lessons.count + 1
        try writer.text("Legend", row: legendRow, column: 0, style: WorkbookStyle.section, measured: false)
        for (offset, status) in LessonStatus.allCases.enumerated() {
            try writer.text(LessonStatusText.symbol(status), row: legendRow + 1 + offset, column: 0, style: WorkbookStyle.symbol)
            try writer.text(LessonStatusText.meaning(status), row: legendRow + 1 + offset, column: statementColumn,
                            style: WorkbookStyle.text)
        }
        try writer.sheet.freezePanes(at: CellReference(row: first, column: 1))
        try writer.sheet.setPageSetup(WorkbookLayout.pageSetup(repeating: header...header))
        try writer.finish()
    }

    /// The note of one cell: the status in words, the cases by their part, and the shortest quote among the
    /// evidence behind the supporting cases, with its id.
    static func note(_ cell: LessonCell, evidence: [String: EvidenceItem]) -> String {
        let decidable = cell.supportingCaseIDs.count + cell.contraryCaseIDs.count
        var lines = [
            "\(LessonStatusText.symbol(cell.status)) \(LessonStatusText.phrase(cell.status)) in \(cell.eraID): the condition "
                + "holds for \(cell.supportingCaseIDs.count) of the era's \(decidable) decidable cases.",
            "Supporting cases: " + IDList.text(cell.supportingCaseIDs),
            "Contrary cases: " + IDList.text(cell.contraryCaseIDs),
            "Undecided cases: " + IDList.text(cell.undecidedCaseIDs),
        ]
        let quoted = cell.evidenceIDs.compactMap { evidence[$0] }
        if let shortest = quoted.min(by: { $0.quote.count < $1.quote.count }) {
            lines.append("Quote (\(shortest.id)): “\(shortest.quote)”")
        } else if cell.supportingCaseIDs.isEmpty {
            lines.append("Quote: none, as no case supports the lesson in this era.")
        } else {
            lines.append("Quote: none, as the condition reads no coded evidence of the supporting cases.")
        }
        return lines.joined(separator: "\n")
    }

    /// Enough height for the note's lines when wrapped at the box's width, within Excel's limits.
    private static func noteHeight(_ text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .reduce(0) { $0 + max(1, ($1.count + noteLineLength - 1) / noteLineLength) }
        return min(600, 20 + 16 * lines)
    }
}
