import RubricModel

/// The words of a text as cues see them: runs of letters, digits and combining marks, lowercased.
/// Everything else (spaces, punctuation, hyphens, apostrophes, the zero-width non-joiner of Persian script)
/// separates words, so `power-sharing` is `power sharing` and `Pakistan's` is `pakistan s`.
enum WordSequence {
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if CueWords.isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current).lowercased())
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current).lowercased()) }
        return words
    }
}
