/// One problem found in an input file, located precisely enough for an editor to jump to it.
///
/// Its description is the one-line form every command prints:
///
/// ```
/// Rubrics/default.yaml:12:5: unknown key 'wieght' (did you mean 'weight'?)
/// ```
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file the problem is in, as the user named it.
    public var path: String
    /// The 1-based line, or 0 when the problem concerns the whole file.
    public var line: Int
    /// The 1-based column, or 0 when the problem concerns the whole file or line.
    public var column: Int
    /// What is wrong, in words the user can act on.
    public var message: String

    /// Creates a diagnostic at a position in a file.
    public init(path: String, line: Int, column: Int, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:column: message`; a whole-file problem still names line 1, column 1 so tools can parse it.
    public var description: String {
        "\(path):\(max(line, 1)):\(max(column, 1)): \(message)"
    }
}
