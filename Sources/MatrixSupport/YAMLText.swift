/// Scalar spelling for the YAML the tool writes (canonical rubrics, imported casebooks): free text always
/// double-quoted with escapes, so no content can change the document's structure; words plain only when YAML
/// cannot read them as anything else.
///
/// ```swift
/// YAMLText.quoted("a \"b\"\n")   // "\"a \\\"b\\\"\\n\""
/// YAMLText.word("yes")            // "\"yes\"" — plain yes would read as a boolean
/// ```
public enum YAMLText {
    /// Words YAML 1.1 or 1.2 reads as booleans or null when plain.
    private static let reserved: Set<String> = [
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
    ]

    /// A double-quoted scalar: `"`, `\` and control characters escaped, everything else verbatim.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar == "\u{FEFF}" || scalar == "\u{FFFE}" || scalar == "\u{FFFF}" {
                    result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A word plain when it starts with a letter and holds only a-z, 0-9, `-` and `_` (so YAML cannot read it as
    /// a number, date or boolean), quoted otherwise.
    public static func word(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first), !reserved.contains(text),
              text.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" })
        else { return quoted(text) }
        return text
    }
}
