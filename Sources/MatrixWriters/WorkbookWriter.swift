import EvidenceScan
import Foundation
import ScoringEngine
import XLSXKit

/// Writes a scored matrix as the analyst workbook `matrix.xlsx`, one per rubric.
///
/// | sheet | holds |
/// | --- | --- |
/// | Era matrix | eras down, dimensions across, live index and rank, a colour scale, a chart of eras by dimension |
/// | Case matrix | cases down with era, date and outcome; dimensions, live index and rank; filterable |
/// | Lessons | lessons down, eras across, a status symbol per cell with a note: cases and a quote with its id |
/// | Evidence | one row per evidence item: ids, source, locator, verbatim quote |
/// | Rubric | dimensions, editable weights, live index weights, directions, anchors; the scale |
/// | Sensitivity | rank probabilities of eras and cases under random weights; the weight changes that flip the top rank |
/// | Coverage | only with an evidence scan: per era × dimension the passages found, cited and found, the strongest uncited; then those passages, cited ones linked to their Evidence row |
/// | About | rubric and casebook hashes, tool version, command, the evidence scan, weight normalisation, legend, sources |
///
/// - Scores show three decimals but are stored whole, to the 16 significant digits libxlsxwriter writes (within
///   1e-15 of the engine's doubles); insufficient evidence shows a grey `n/e`, never 0.
/// - The index and rank are `SUMPRODUCT` formulas over the weights on the Rubric sheet, cached with the
///   engine's values: they equal the engine's until an analyst edits a weight, and then follow it in Excel and
///   LibreOffice.
/// - Text from the inputs is always text: a quote beginning with `=` is a string, not a formula. Text longer than
///   a cell holds is an error naming the sheet and cell, never cut.
/// - Deterministic: the document's creation time is the latest case date (2000-01-01 when none), not the clock,
///   so the same matrix gives the same bytes.
///
/// ```swift
/// let writer = WorkbookWriter(commandLine: "lessons-matrix build", toolVersion: "0.1.0")
/// let file = try writer.file(for: matrix)   // OutputFile(path: "matrix.xlsx", …)
/// let report = EvidenceScanner.scan(corpus: documents, rubric: matrix.rubric, casebook: matrix.casebook)
/// let withCoverage = try writer.file(for: matrix, coverage: report)   // adds the Coverage sheet
/// ```
public struct WorkbookWriter: Sendable {
    /// The file name inside `Output/<rubric-id>/`.
    public static let fileName = "matrix.xlsx"

    /// The command line recorded on the About sheet and in the document's comments.
    public var commandLine: String
    /// The tool's version, recorded likewise.
    public var toolVersion: String
    /// Weight vectors drawn for the Sensitivity sheet.
    public var sensitivityDraws: Int
    /// The sensitivity run's random seed.
    public var sensitivitySeed: UInt64
    /// The relative single-weight change of the Sensitivity sheet (0.2 for ±20%).
    public var sensitivityPerturbation: Double

    /// A writer; the sensitivity defaults are 1000 draws, seed 1 and ±20%.
    public init(commandLine: String, toolVersion: String, sensitivityDraws: Int = 1000, sensitivitySeed: UInt64 = 1,
                sensitivityPerturbation: Double = 0.2) {
        self.commandLine = commandLine
        self.toolVersion = toolVersion
        self.sensitivityDraws = sensitivityDraws
        self.sensitivitySeed = sensitivitySeed
        self.sensitivityPerturbation = sensitivityPerturbation
    }

    /// `matrix.xlsx` for `matrix`.
    /// - Parameter coverage: an evidence scan of the same rubric and casebook (`matrix.rubric`, `matrix.casebook`),
    ///   shown on a Coverage sheet before About; nil leaves that sheet out.
    /// - Throws: ``XLSXError`` naming the sheet and cell when an input breaks one of Excel's limits (a text longer
    ///   than 32,767 characters, more rows than a sheet has), or when the file cannot be staged.
    public func file(for matrix: ScoredMatrix, coverage: ScanReport? = nil) throws -> OutputFile {
        OutputFile(path: Self.fileName, contents: try data(for: matrix, coverage: coverage))
    }

    /// The workbook's bytes.
    /// - Throws: as ``file(for:coverage:)``.
    public func data(for matrix: ScoredMatrix, coverage: ScanReport? = nil) throws -> Data {
        let created = CreationDate(casebook: matrix.casebook)
        let report = SensitivityAnalysis.run(matrix: matrix, draws: sensitivityDraws, seed: sensitivitySeed,
                                             perturbation: sensitivityPerturbation, rankLimit: SensitivitySheet.rankColumnLimit)
        let facts = AboutSheet.Facts(toolVersion: toolVersion, commandLine: commandLine, created: created, sensitivity: report,
                                     coverage: coverage)
        let evidence = EvidenceRows(matrix.casebook)
        return try Workbook.data(properties: properties(matrix, created: created)) { workbook in
            let (eraWriter, eraLayout) = try ScoreMatrixSheet.eras(of: matrix).write(matrix, in: workbook)
            try EraChart.write(matrix, layout: eraLayout, writer: eraWriter, in: workbook)
            try eraWriter.finish()
            let (caseWriter, _) = try ScoreMatrixSheet.cases(of: matrix).write(matrix, in: workbook)
            try caseWriter.finish()
            try LessonsSheet.write(matrix, in: workbook)
            try EvidenceSheet.write(matrix, rows: evidence, in: workbook)
            try RubricSheet.write(matrix, in: workbook)
            try SensitivitySheet.write(report, matrix: matrix, in: workbook)
            if let coverage {
                try CoverageSheet.write(coverage, evidence: evidence, title: matrix.rubric.title, in: workbook)
            }
            try AboutSheet.write(matrix, facts: facts, in: workbook)
        }
    }

    /// Title, subject, author, keywords and comments from the rubric and the run; the creation time from the casebook.
    func properties(_ matrix: ScoredMatrix, created: CreationDate) -> DocumentProperties {
        let rubric = matrix.rubric
        return DocumentProperties(
            created: created.moment,
            title: "Lessons matrix — \(rubric.title)",
            subject: "Rubric \(rubric.id) \(rubric.version) applied to the casebook",
            author: "LessonsMatrix \(toolVersion)",
            category: "Lessons matrix",
            keywords: (["lessons matrix", rubric.id] + rubric.dimensions.map(\.id)).joined(separator: ", "),
            comments: "Rubric SHA-256 \(matrix.rubricHash); casebook SHA-256 \(matrix.casebookHash); \(commandLine)")
    }
}
