/// Every problem found in one pass over the inputs, in file and position order.
///
/// Loaders report all the errors they can find, not just the first, so an analyst fixes a file in one go.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    /// The problems, sorted by path, line and column.
    public let diagnostics: [Diagnostic]

    /// Creates a list, sorting the diagnostics and dropping exact repeats.
    public init(_ diagnostics: [Diagnostic]) {
        var seen = Set<Diagnostic>()
        self.diagnostics = diagnostics
            .filter { seen.insert($0).inserted }
            .sorted { ($0.path, $0.line, $0.column, $0.message) < ($1.path, $1.line, $1.column, $1.message) }
    }

    /// One diagnostic per line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
