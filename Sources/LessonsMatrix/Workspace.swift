import Foundation

/// Where the inputs and outputs live. The defaults are the repository layout, relative to the current folder.
///
/// ```swift
/// let workspace = Workspace()   // Rubrics/, Casebook/, Output/, ../shared/seeds
/// ```
public struct Workspace: Sendable, Hashable {
    /// Folder of rubric files built when no `--rubric` is given.
    public var rubricFolder: String
    /// Casebook folder (sources.yaml, eras.yaml, cases/, conflicts.yaml).
    public var casebookFolder: String
    /// The rubric the casebook is coded against; its indicators validate the observations.
    public var codingRubric: String
    /// Root of the matrices, one subfolder per rubric id.
    public var outputFolder: String
    /// The source documents, for the quote check.
    public var corpusFolder: String

    /// Creates a workspace; every argument defaults to the repository layout.
    public init(rubricFolder: String = "Rubrics", casebookFolder: String = "Casebook", codingRubric: String? = nil,
                outputFolder: String = "Output", corpusFolder: String = "../shared/seeds") {
        self.rubricFolder = rubricFolder
        self.casebookFolder = casebookFolder
        self.codingRubric = codingRubric ?? (rubricFolder as NSString).appendingPathComponent("extended.yaml")
        self.outputFolder = outputFolder
        self.corpusFolder = corpusFolder
    }
}
