import MatrixSupport

/// The text of every casebook file, as read by the shell, for ``CasebookLoader``.
///
/// ```swift
/// let files = CasebookFiles(
///     sources: SourceText(text: sourcesYAML, path: "Casebook/sources.yaml"),
///     eras: SourceText(text: erasYAML, path: "Casebook/eras.yaml"),
///     cases: [SourceText(text: genevaYAML, path: "Casebook/cases/geneva-accords-1988.yaml")],
///     conflicts: nil)
/// ```
public struct CasebookFiles: Sendable, Hashable {
    /// `sources.yaml`.
    public var sources: SourceText
    /// `eras.yaml`.
    public var eras: SourceText
    /// One `cases/<case-id>.yaml` per case; each path must end in the case's id and `.yaml`.
    public var cases: [SourceText]
    /// `conflicts.yaml`, when the casebook has one.
    public var conflicts: SourceText?

    /// Bundles the files.
    public init(sources: SourceText, eras: SourceText, cases: [SourceText], conflicts: SourceText?) {
        self.sources = sources
        self.eras = eras
        self.cases = cases
        self.conflicts = conflicts
    }
}
