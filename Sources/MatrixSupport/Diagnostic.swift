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
    ///
    /// It is always one line, whatever text from the input the message quotes: line breaks and tabs show as `\n`,
    /// `\r` and `\t`; other control characters (which could also drive a terminal), bidirectional embeddings,
    /// overrides, isolates and marks, line and paragraph separators and invisible zero-width characters show as
    /// `<U+202E>` and the like.
    ///
    /// ```swift
    /// Diagnostic(path: "m.yaml", line: 6, column: 15, message: "format 'cs\nv' is not one of xlsx, csv").description
    /// // "m.yaml:6:15: format 'cs\\nv' is not one of xlsx, csv"
    /// ```
    public var description: String {
        "\(Self.visible(path)):\(max(line, 1)):\(max(column, 1)): \(Self.visible(message))"
    }

    /// Characters that are not control characters but still reorder or hide the text around them. The zero-width
    /// joiner and non-joiner are not among them: Dari and Pashto words are spelled with them.
    private static let hidingCharacters: [ClosedRange<UInt32>] = [
        0x061C...0x061C, 0x200B...0x200B, 0x200E...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0x2066...0x2069,
        0xFEFF...0xFEFF,
    ]

    private static func visible(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.properties.generalCategory == .control
                || hidingCharacters.contains(where: { $0.contains(scalar.value) }):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
