/// How cue terms and negations are cut into words, and which words are valid.
///
/// A word is a run of letters and digits, lowercased; spaces and hyphens separate words (so `power-sharing` is
/// the two words `power sharing`, as it is in the documents' text); a word may end in `*`, which matches any word
/// starting with the letters before it, and needs at least ``minimumPrefix`` of them.
public enum CueWords {
    /// Letters and digits a word before `*` must have, so that `a*` cannot match half the corpus.
    public static let minimumPrefix = 3

    /// The lowercased words of a term; empty when it has none.
    public static func split(_ text: String) -> [String] {
        text.lowercased().split { $0 == " " || $0 == "-" || $0 == "\t" || $0 == "\n" }.map(String.init)
    }

    /// Why a word is not valid in a cue, or nil when it is.
    static func problem(with word: String) -> String? {
        let stem = word.hasSuffix("*") ? String(word.dropLast()) : word
        guard !stem.isEmpty, stem.unicodeScalars.allSatisfy(isWordScalar) else {
            return "must be letters and digits separated by spaces or hyphens, with '*' only at the end of a word"
        }
        if word.hasSuffix("*"), stem.count < minimumPrefix {
            return "must have at least \(minimumPrefix) letters before '*' (in '\(word)')"
        }
        return nil
    }

    /// A letter, a digit, or a combining mark (part of a letter in many scripts).
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII is settled without Unicode's property tables: the evidence scan asks for every character of the corpus.
        if scalar.isASCII {
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
            default: return false
            }
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
    }
}
