import EvidenceScan
import Foundation
import MatrixSupport

/// The shell of `lessons-matrix scan`: reads the rubric, the casebook and the corpus folder, then runs the pure
/// ``EvidenceScanner``.
///
/// ```swift
/// let report = try EvidenceScanRun.scan(corpusFolder: "../shared/seeds", rubricPath: "Rubrics/extended.yaml",
///                                       casebookFolder: "Casebook")
/// print(ScanTextRenderer.render(report))
/// ```
public enum EvidenceScanRun {
    /// Scans every `.txt` file of the corpus folder against the rubric's cues and the casebook's citations.
    ///
    /// - Parameters:
    ///   - codingRubric: the rubric the casebook is coded against; nil for `extended.yaml` beside `rubricPath`.
    ///   - top: how many uncited candidates each era × dimension row lists.
    public static func scan(corpusFolder: String, rubricPath: String, casebookFolder: String, codingRubric: String? = nil,
                            top: Int = 5) throws(ToolError) -> ScanReport {
        let workspace = Workspace(rubricFolder: (rubricPath as NSString).deletingLastPathComponent, casebookFolder: casebookFolder,
                                  codingRubric: codingRubric, corpusFolder: corpusFolder)
        let inputs = try MatrixInputs.load(rubricPaths: [rubricPath], workspace: workspace)
        return EvidenceScanner.scan(corpus: try readCorpus(corpusFolder), rubric: inputs.rubrics[0].rubric,
                                    casebook: inputs.casebook, top: top)
    }

    /// The documents a build scans for the workbook's Coverage sheet: those of `folder` when one is given (it must
    /// hold documents), else those of `defaultFolder` when that folder exists, else nil: no Coverage sheet.
    ///
    /// ```swift
    /// let corpus = try EvidenceScanRun.workbookCorpus(folder: nil, defaultFolder: "../shared/seeds")
    /// ```
    public static func workbookCorpus(folder: String?, defaultFolder: String) throws(ToolError) -> [String: String]? {
        if let folder { return try readCorpus(folder) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: defaultFolder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return nil
        }
        return try readCorpus(defaultFolder)
    }

    /// File name → text of every `.txt` file directly inside the folder (other files, such as its README, are not
    /// documents).
    public static func readCorpus(_ folder: String) throws(ToolError) -> [String: String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw .inputOutput("\(folder): cannot list the corpus folder (does it exist?)")
        }
        var corpus: [String: String] = [:]
        for name in names.sorted() where name.hasSuffix(".txt") && !name.hasPrefix(".") {
            corpus[name] = try InputFiles.read((folder as NSString).appendingPathComponent(name), limits: .corpus).text
        }
        if corpus.isEmpty { throw .inputOutput("\(folder): no documents (*.txt) in the corpus folder") }
        return corpus
    }
}
