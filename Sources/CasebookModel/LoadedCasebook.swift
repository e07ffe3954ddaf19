/// A validated casebook together with where its parts were written.
public struct LoadedCasebook: Sendable, Hashable {
    /// The casebook.
    public var casebook: Casebook
    /// Positions of cases, source files, quotes and line numbers in the YAML files.
    public var positions: CasebookPositions

    /// Pairs a casebook with its positions.
    public init(casebook: Casebook, positions: CasebookPositions) {
        self.casebook = casebook
        self.positions = positions
    }
}
