/// Finds phrases in a sequence of words, left to right, without overlaps.
///
/// At each word the longest phrase that starts there wins (so `not included` beats `included`, and
/// `mujahedin factions and the taliban` beats `mujahedin factions`); between equally long phrases the one with the
/// higher priority, then the earlier one. The words it covers are then skipped. A phrase word ending in `*`
/// matches every word that starts with the letters before it.
struct PhraseMatcher {
    /// One occurrence: which phrase, and the words it covers.
    struct Match: Equatable {
        var phrase: Int
        var start: Int
        var length: Int
    }

    /// One word of a phrase: the exact word, or the letters a prefix pattern (`guarant*`) requires.
    private struct Pattern {
        let text: String
        let isPrefix: Bool
        let isASCII: Bool

        init(_ word: String) {
            isPrefix = word.hasSuffix("*")
            text = isPrefix ? String(word.dropLast()) : word
            isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        }

        /// As ``PhraseMatcher/wordMatches(_:_:)``, with ASCII words compared byte by byte: the scan tests every
        /// word of the corpus against every prefix pattern, and `hasPrefix` compares characters.
        func matches(_ word: String) -> Bool {
            guard isPrefix else { return text == word }
            guard isASCII, word.utf8.allSatisfy({ $0 < 0x80 }) else { return word.hasPrefix(text) }
            return word.utf8.starts(with: text.utf8)
        }
    }

    private let phrases: [[Pattern]]
    private let priorities: [Double]
    /// Exact first word → phrases starting with it.
    private let byFirstWord: [String: [Int]]
    /// Phrases whose first word is a prefix pattern.
    private let prefixFirst: [Int]

    /// - Parameters:
    ///   - phrases: each phrase's lowercased words.
    ///   - priorities: breaks ties between equally long phrases, higher first; all equal when omitted.
    init(phrases: [[String]], priorities: [Double]? = nil) {
        self.phrases = phrases.map { $0.map(Pattern.init) }
        self.priorities = priorities ?? Array(repeating: 0, count: phrases.count)
        var byFirstWord: [String: [Int]] = [:]
        var prefixFirst: [Int] = []
        for (index, phrase) in phrases.enumerated() {
            guard let first = phrase.first else { continue }
            if first.hasSuffix("*") { prefixFirst.append(index) } else { byFirstWord[first, default: []].append(index) }
        }
        self.byFirstWord = byFirstWord
        self.prefixFirst = prefixFirst
    }

    /// Every occurrence in `words`, in order.
    func matches(in words: [String]) -> [Match] {
        var result: [Match] = []
        var i = 0
        while i < words.count {
            var best: Match?
            for index in [byFirstWord[words[i]] ?? [], prefixFirst].joined() where matches(phrases[index], words, at: i) {
                let length = phrases[index].count
                if let current = best {
                    let better = length > current.length
                        || (length == current.length && priorities[index] > priorities[current.phrase])
                        || (length == current.length && priorities[index] == priorities[current.phrase] && index < current.phrase)
                    if !better { continue }
                }
                best = Match(phrase: index, start: i, length: length)
            }
            if let best {
                result.append(best)
                i += best.length
            } else {
                i += 1
            }
        }
        return result
    }

    /// True when any word of `words[range]` matches one of the single-word `patterns`.
    static func containsAny(_ patterns: [String], in words: ArraySlice<String>) -> Bool {
        words.contains { word in patterns.contains { wordMatches($0, word) } }
    }

    static func wordMatches(_ pattern: String, _ word: String) -> Bool {
        pattern.hasSuffix("*") ? word.hasPrefix(pattern.dropLast()) : pattern == word
    }

    private func matches(_ phrase: [Pattern], _ words: [String], at start: Int) -> Bool {
        guard start + phrase.count <= words.count else { return false }
        for (offset, pattern) in phrase.enumerated() where !pattern.matches(words[start + offset]) {
            return false
        }
        return true
    }
}
