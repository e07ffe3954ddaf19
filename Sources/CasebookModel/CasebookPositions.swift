import MatrixSupport

/// Where the parts of a loaded casebook sit in its YAML files, kept beside the model rather than in it
/// so that ``Casebook`` and its ``Casebook/contentHash`` stay independent of file layout.
///
/// Checks that run after loading, such as ``QuoteVerifier`` and ``CoverageReport``, use it to point their
/// diagnostics at the line an analyst has to edit.
public struct CasebookPositions: Sendable, Hashable {
    /// A position in a casebook file.
    public struct Position: Sendable, Hashable {
        /// The file, as named in ``CasebookFiles``.
        public var path: String
        /// 1-based line.
        public var line: Int
        /// 1-based column.
        public var column: Int

        /// Creates a position.
        public init(path: String, line: Int, column: Int) {
            self.path = path
            self.line = line
            self.column = column
        }

        /// A diagnostic at this position.
        public func diagnostic(_ message: String) -> Diagnostic {
            Diagnostic(path: path, line: line, column: column, message: message)
        }
    }

    /// Where one quote and its line number are written.
    public struct Citation: Sendable, Hashable {
        /// The `quote` value.
        public var quote: Position
        /// The `line` value.
        public var line: Position

        /// Creates a citation position.
        public init(quote: Position, line: Position) {
            self.quote = quote
            self.line = line
        }
    }

    /// Case id → the case file's `id` value.
    public var cases: [String: Position]
    /// Source id → the `file` value of its entry in `sources.yaml`.
    public var sourceFiles: [String: Position]
    /// Evidence id (`<case-id>/<indicator-id>/<n>`) → its quote and line.
    public var evidence: [String: Citation]
    /// ``claimKey(conflictID:number:)`` → the claim's quote and line.
    public var claims: [String: Citation]

    /// Creates a table.
    public init(cases: [String: Position] = [:], sourceFiles: [String: Position] = [:],
                evidence: [String: Citation] = [:], claims: [String: Citation] = [:]) {
        self.cases = cases
        self.sourceFiles = sourceFiles
        self.evidence = evidence
        self.claims = claims
    }

    /// The key of a conflict's claim: `<conflict-id>#<n>`, n counting from 1 in file order.
    public static func claimKey(conflictID: String, number: Int) -> String {
        "\(conflictID)#\(number)"
    }
}
