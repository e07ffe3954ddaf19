/// The documented ceilings on what the loaders accept, so hostile or accidental input
/// is refused with a message instead of exhausting memory or the stack.
///
/// The defaults are listed in the README's "Limits" section; tests exercise each at the limit and one past it.
public struct InputLimits: Sendable, Hashable {
    /// Largest input file accepted, in bytes.
    public var maximumFileBytes: Int
    /// Most YAML nodes a document may expand to, counting every alias expansion again.
    public var maximumNodes: Int
    /// Deepest nesting of YAML collections.
    public var maximumDepth: Int
    /// Longest single YAML scalar, in characters as Excel counts them (UTF-16 code units: an emoji or a decomposed
    /// accented letter counts twice), so that any text that loads fits in a workbook cell.
    public var maximumScalarCharacters: Int

    /// Creates limits.
    public init(maximumFileBytes: Int, maximumNodes: Int, maximumDepth: Int, maximumScalarCharacters: Int) {
        self.maximumFileBytes = maximumFileBytes
        self.maximumNodes = maximumNodes
        self.maximumDepth = maximumDepth
        self.maximumScalarCharacters = maximumScalarCharacters
    }

    /// The limits used for rubric, casebook, mapping and manifest files: 4 MiB, 200,000 nodes, depth 32, 32,767 characters.
    public static let standard = InputLimits(
        maximumFileBytes: 4 * 1024 * 1024,
        maximumNodes: 200_000,
        maximumDepth: 32,
        maximumScalarCharacters: 32_767
    )
}
