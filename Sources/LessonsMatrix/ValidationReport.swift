import CasebookModel
import Foundation
import MatrixSupport

/// What `lessons-matrix validate` reports beyond load errors: coverage, conflicts, and the quote check.
public struct ValidationReport: Sendable {
    /// Case × dimension coverage of the coding rubric.
    public let coverage: CoverageReport
    /// The disagreements between documents.
    public let conflicts: ConflictReport
    /// Problems: missing coverage cells and quotes not found where they say.
    public let diagnostics: [Diagnostic]
    /// Number of quotes checked against the corpus, 0 without a corpus.
    public let quotesChecked: Int

    /// Builds the report; with a corpus folder, reads each source file and verifies every quote.
    public static func make(_ inputs: MatrixInputs, corpusFolder: String?) throws(ToolError) -> ValidationReport {
        let casebook = inputs.casebook
        let coverage = CoverageReport(casebook: casebook, rubric: inputs.codingRubric)
        var diagnostics = coverage.diagnostics(positions: inputs.loadedCasebook.positions)
        var quotesChecked = 0
        if let corpusFolder {
            var corpus: [String: String] = [:]
            for source in casebook.sources where source.kind != .dataset {
                let path = (corpusFolder as NSString).appendingPathComponent(source.file)
                guard InputFiles.fileExists(path) else { continue }
                corpus[source.file] = try InputFiles.read(path, limits: .corpus).text
            }
            diagnostics += QuoteVerifier.verify(casebook, positions: inputs.loadedCasebook.positions, corpus: corpus)
            quotesChecked = casebook.evidence.filter { if case .document = $0.locator { return true }; return false }.count
                + casebook.allConflicts.reduce(0) { $0 + $1.claims.count }
        }
        return ValidationReport(coverage: coverage, conflicts: ConflictReport(casebook: casebook),
                                diagnostics: DiagnosticList(diagnostics).diagnostics, quotesChecked: quotesChecked)
    }
}

extension InputLimits {
    /// Source documents are prose, not YAML: only the file size limit matters.
    static let corpus = InputLimits(maximumFileBytes: 16 * 1024 * 1024, maximumNodes: 0, maximumDepth: 0, maximumScalarCharacters: 0)
}
