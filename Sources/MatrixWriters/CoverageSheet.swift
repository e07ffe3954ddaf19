import EvidenceScan
import XLSXKit

/// The Coverage sheet, written when the workbook is given an evidence scan (``WorkbookWriter/data(for:coverage:)``):
/// what the scan of the source documents finds for each era × dimension, and which of those passages the casebook
/// already cites.
///
/// - **By era and dimension** (header in row 4, as on every table sheet): one row per ``CoverageRow``, in the
///   report's order: era id, dimension id, candidates, cited, found, and the strongest uncited passages, one per
///   line as `#rank file:lines (score)`.
/// - **Passages**, under it: for each era × dimension its cited passages (found ones by rank, then those the scan
///   did not find) and then its strongest uncited ones: era id, dimension id, rank (`not found` for a cited passage
///   that is no candidate), score, cited (`yes`/`no`), file, lines, section, the evidence ids citing it and an
///   excerpt. The evidence ids of a cited passage link to the Evidence sheet row of the first of them, found through
///   the same ``EvidenceRows`` that lays out that sheet (an id that sheet does not hold, from a scan of another
///   casebook, stays plain text).
///
/// The two tables share their first two columns, which stay in view; no header row is frozen or repeated in print,
/// since the tables' headers differ (as on the Sensitivity sheet). The passage table has the filter buttons. Prints
/// landscape, one page wide, like the other sheets.
enum CoverageSheet {
    private static let coverageHeaders = ["Era id", "Dimension id", "Candidates", "Cited", "Found", "Strongest uncited"]
    private static let passageHeaders = ["Era id", "Dimension id", "Rank", "Score", "Cited", "File", "Lines", "Section",
                                         "Evidence", "Excerpt"]
    private static let sectionColumn = 7
    private static let evidenceColumn = 8
    private static let excerptColumn = 9
    /// The characters of a passage the excerpt keeps, cut at a word.
    static let excerptLength = 300

    /// Adds the sheet to `workbook`; `evidence` are the rows of the Evidence sheet the links lead to.
    static func write(_ report: ScanReport, evidence: EvidenceRows, title: String, in workbook: Workbook) throws {
        let writer = SheetWriter(try workbook.addWorksheet(named: WorkbookLayout.coverage),
                                 caps: [sectionColumn: 40, evidenceColumn: 40, excerptColumn: 70])
        try writer.text("Coverage of the source documents — \(title)", row: WorkbookLayout.titleRow, column: 0,
                        style: WorkbookStyle.title, measured: false)
        try writer.banner(caption(report), row: WorkbookLayout.captionRow, columns: 0...excerptColumn, style: WorkbookStyle.caption)
        for (column, text) in coverageHeaders.enumerated() {
            try writer.header(text, row: WorkbookLayout.headerRow, column: column)
        }
        for (offset, row) in report.coverage.enumerated() {
            try writeCoverage(row, at: WorkbookLayout.firstDataRow + offset, writer: writer)
        }

        let sectionRow = WorkbookLayout.firstDataRow + report.coverage.count + 1
        try writer.text("Passages", row: sectionRow, column: 0, style: WorkbookStyle.section, measured: false)
        let header = sectionRow + 1
        for (column, text) in passageHeaders.enumerated() {
            try writer.header(text, row: header, column: column)
        }
        let passages = Dictionary(report.passages.map { ($0.reference, $0.passage) }, uniquingKeysWith: { first, _ in first })
        var row = header + 1
        for coverage in report.coverage {
            for listed in coverage.cited.map(Listed.init) + coverage.strongestUncited.map(Listed.init) {
                try writePassage(listed, passage: passages[listed.reference], of: coverage, evidence: evidence, at: row,
                                 writer: writer)
                row += 1
            }
        }
        try writer.sheet.freezePanes(at: CellReference(row: 0, column: 2))
        try writer.sheet.setAutofilter(CellRange(rows: header...max(header, row - 1), columns: 0...excerptColumn))
        try writer.sheet.setPageSetup(WorkbookLayout.pageSetup(repeating: nil))
        try writer.finish()
    }

    /// One passage of the list: a cited one or one of the strongest uncited.
    private struct Listed {
        let reference: PassageReference
        let rank: Int?
        let score: Double
        let evidenceIDs: [String]

        init(_ cited: CitedPassage) {
            (reference, rank, score, evidenceIDs) = (cited.reference, cited.rank, cited.score, cited.evidenceIDs)
        }

        init(_ uncited: RankedPassage) {
            (reference, rank, score, evidenceIDs) = (uncited.reference, uncited.rank, uncited.score, [])
        }
    }

    private static func writeCoverage(_ row: CoverageRow, at sheetRow: Int, writer: SheetWriter) throws {
        try writer.text(row.eraID, row: sheetRow, column: 0, style: WorkbookStyle.text)
        try writer.text(row.dimensionID, row: sheetRow, column: 1, style: WorkbookStyle.text)
        for (offset, count) in [row.candidateCount, row.cited.count, row.citedFound].enumerated() {
            try writer.number(Double(count), row: sheetRow, column: 2 + offset, style: WorkbookStyle.integer, shown: String(count))
        }
        let strongest = row.strongestUncited.map { "#\($0.rank) \(lines($0.reference, withFile: true)) (\(scoreText($0.score)))" }
        try writer.text(strongest.isEmpty ? "none" : strongest.joined(separator: "\n"), row: sheetRow, column: 5,
                        style: WorkbookStyle.text)
    }

    private static func writePassage(_ listed: Listed, passage: Passage?, of coverage: CoverageRow, evidence: EvidenceRows,
                                     at row: Int, writer: SheetWriter) throws {
        try writer.text(coverage.eraID, row: row, column: 0, style: WorkbookStyle.text)
        try writer.text(coverage.dimensionID, row: row, column: 1, style: WorkbookStyle.text)
        if let rank = listed.rank {
            try writer.number(Double(rank), row: row, column: 2, style: WorkbookStyle.integer, shown: String(rank))
        } else {
            try writer.text("not found", row: row, column: 2, style: WorkbookStyle.notEvaluated)
        }
        try writer.plainNumber(listed.score, row: row, column: 3)
        try writer.text(listed.evidenceIDs.isEmpty ? "no" : "yes", row: row, column: 4, style: WorkbookStyle.text)
        try writer.text(listed.reference.file, row: row, column: 5, style: WorkbookStyle.text)
        try writer.text(lines(listed.reference, withFile: false), row: row, column: 6, style: WorkbookStyle.text)
        try writer.text(passage?.section ?? "", row: row, column: sectionColumn, style: WorkbookStyle.text)
        let ids = IDList.text(listed.evidenceIDs)
        if let first = listed.evidenceIDs.first, let target = evidence.sheetRow(of: first) {
            try writer.link(.cell(sheet: WorkbookLayout.evidence, CellReference(row: target, column: 0)), text: ids,
                            tooltip: "Go to row \(target + 1) of the Evidence sheet",
                            row: row, column: evidenceColumn)
        } else {
            try writer.text(listed.evidenceIDs.isEmpty ? "" : ids, row: row, column: evidenceColumn, style: WorkbookStyle.text)
        }
        try writer.text(excerpt(passage?.text ?? ""), row: row, column: excerptColumn, style: WorkbookStyle.wrappedText)
    }

    /// A cue score as the scan's text and CSV show it: at most two decimals, no trailing zeros.
    static func scoreText(_ score: Double) -> String {
        SheetWriter.plainText((score * 100).rounded() / 100)
    }

    /// `12` or `12-15`, after `file:` when asked.
    private static func lines(_ reference: PassageReference, withFile: Bool) -> String {
        withFile ? reference.description : String(reference.description.dropFirst(reference.file.count + 1))
    }

    /// The first ``excerptLength`` characters of a passage, cut at a word and ended with `…` when shortened.
    static func excerpt(_ text: String) -> String {
        guard text.count > excerptLength else { return text }
        let cut = text.prefix(excerptLength)
        return (cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut) + "…"
    }

    /// What the sheet shows and what was scanned, with what the scan could not place.
    private static func caption(_ report: ScanReport) -> String {
        var text = "The evidence scan of \(report.documents.count) source documents (\(report.passages.count) passages) with the "
            + "cues of rubric \(report.rubricID) \(report.rubricVersion), by era and dimension: candidates = passages placed "
            + "in the era that a cue of the dimension matches; cited = passages holding the line an evidence item of the "
            + "era's cases quotes for the dimension; found = cited passages that are candidates; strongest uncited = the "
            + "best-ranked candidates no such item cites. Under it, each of those passages; the evidence ids of a cited one "
            + "link to its row of the Evidence sheet. See docs/scan.md."
        if !report.missingFiles.isEmpty {
            text += " Casebook documents missing from the corpus: \(IDList.text(report.missingFiles))."
        }
        if !report.unplacedEvidence.isEmpty {
            text += " Evidence whose cited line lies in no passage: \(IDList.text(report.unplacedEvidence))."
        }
        return text
    }
}
