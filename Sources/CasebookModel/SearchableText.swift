/// A corpus file prepared for quote matching, with the only normalisations quotes are allowed:
/// runs of whitespace and line breaks become one space, typographic quotes (‘ ’ “ ”) become ' and ",
/// en and em dashes (– —) become -, and a hyphen that ends a line between two letters (`negoti-⏎ations`)
/// becomes optional, so the quote may read `negotiations` or `negoti-ations`. Case, punctuation, footnote
/// markers and everything else must match exactly.
struct SearchableText {
    /// One scalar of the normalised text and the 1-based line it came from.
    struct Unit {
        var scalar: Unicode.Scalar
        var line: Int
        /// A hyphen that ended a line between two letters: matched by `-` in a quote, or skipped.
        var isLineBreakHyphen: Bool
    }

    /// A matching window's line and opening words, for "closest passage" messages.
    struct Passage: Equatable {
        var line: Int
        var excerpt: String
    }

    let units: [Unit]
    /// The file's lines, split at line feeds.
    let lines: [Substring]
    /// Scalar → the indices of the units that hold it, so a search tries only the places a quote could start.
    private let positions: [Unicode.Scalar: [Int]]

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var units: [Unit] = []
        var line = 1
        var pendingSpace = false
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == "-", !pendingSpace, units.last?.scalar.properties.isAlphabetic == true,
               let next = Self.letterAfterLineBreak(scalars, from: i + 1) {
                units.append(Unit(scalar: "-", line: line, isLineBreakHyphen: true))
                line += 1
                i = next
                continue
            }
            if scalar.properties.isWhitespace {
                if scalar == "\n" { line += 1 }
                pendingSpace = !units.isEmpty
                i += 1
                continue
            }
            if pendingSpace {
                units.append(Unit(scalar: " ", line: line, isLineBreakHyphen: false))
                pendingSpace = false
            }
            units.append(Unit(scalar: Self.typographic(scalar), line: line, isLineBreakHyphen: false))
            i += 1
        }
        self.units = units
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        self.positions = Dictionary(grouping: units.indices.filter { !units[$0].isLineBreakHyphen }) { units[$0].scalar }
    }

    /// A quote normalised the same way (without the line-break rule, which only the file can need), trimmed.
    static func normalizedQuote(_ quote: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var pendingSpace = false
        for scalar in quote.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(typographic(scalar))
        }
        return result
    }

    /// The 1-based line of every place the normalised quote starts, in file order.
    func occurrences(of quote: [Unicode.Scalar]) -> [Int] {
        guard let first = quote.first else { return [] }
        return (positions[first] ?? []).filter { matches(quote, at: $0) }.map { units[$0].line }
    }

    /// The lines a quote cited at `line` may start on: that line and the rest of its paragraph (up to the
    /// next blank line), but no more than `tolerance` lines further down.
    func acceptedStartLines(citedLine line: Int, tolerance: Int) -> ClosedRange<Int> {
        var last = line
        while line >= 1, last < line + tolerance, last < lines.count, !Self.isBlank(lines[last - 1]), !Self.isBlank(lines[last]) {
            last += 1
        }
        return line...last
    }

    /// The passage of the file most like the quote, or nil when no word of the quote occurs in the file.
    ///
    /// Words are compared case-insensitively. The passage is anchored on the longest run of the quote's
    /// words that occurs in the file in the same order, and starts where the quote's first word would be;
    /// between equally long runs, the one whose quote-long window shares the most words wins, then the earliest.
    func closestPassage(to quote: [Unicode.Scalar], excerptLength: Int = 60) -> Passage? {
        let wanted = Self.words(in: quote.map { Unit(scalar: $0, line: 0, isLineBreakHyphen: false) }).map(\.text)
        let words = Self.words(in: units)
        guard !wanted.isEmpty else { return nil }
        // runs[j]: length of the common run ending at the current file word and at quote word j.
        var runs = [Int](repeating: 0, count: wanted.count)
        var longest = 0
        var starts: [Int] = []
        for (i, word) in words.enumerated() {
            for j in wanted.indices.reversed() {
                runs[j] = word.text == wanted[j] ? (j > 0 ? runs[j - 1] : 0) + 1 : 0
                guard runs[j] > 0, runs[j] >= longest else { continue }
                if runs[j] > longest {
                    longest = runs[j]
                    starts = []
                }
                starts.append(max(0, i - j))
            }
        }
        guard longest > 0 else { return nil }
        var needed: [String: Int] = [:]
        for word in wanted { needed[word, default: 0] += 1 }
        func shared(from start: Int) -> Int {
            var left = needed
            var count = 0
            for word in words[start..<min(words.count, start + wanted.count)] where left[word.text, default: 0] > 0 {
                left[word.text]! -= 1
                count += 1
            }
            return count
        }
        let scored = Set(starts).map { (start: $0, shared: shared(from: $0)) }
        guard let best = scored.min(by: { ($1.shared, $0.start) < ($0.shared, $1.start) }) else { return nil }
        var excerpt = String.UnicodeScalarView()
        for unit in units[words[best.start].unit...] where !unit.isLineBreakHyphen {
            if excerpt.count == excerptLength {
                if excerpt.last == " " { excerpt.removeLast() }
                excerpt.append("…")
                break
            }
            excerpt.append(unit.scalar)
        }
        return Passage(line: words[best.start].line, excerpt: String(excerpt))
    }

    private func matches(_ quote: [Unicode.Scalar], at start: Int) -> Bool {
        var u = start
        var q = 0
        while q < quote.count {
            guard u < units.count else { return false }
            let unit = units[u]
            if unit.isLineBreakHyphen {
                if quote[q] == "-" { q += 1 }
                u += 1
                continue
            }
            guard unit.scalar == quote[q] else { return false }
            u += 1
            q += 1
        }
        return true
    }

    /// The index of the letter that continues a word after `-`, optional spaces, one line break and optional spaces.
    private static func letterAfterLineBreak(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start
        func skipSpaces() {
            while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        }
        skipSpaces()
        if i < scalars.count, scalars[i] == "\r" { i += 1 }
        guard i < scalars.count, scalars[i] == "\n" else { return nil }
        i += 1
        skipSpaces()
        guard i < scalars.count, scalars[i].properties.isAlphabetic else { return nil }
        return i
    }

    private static func typographic(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "\u{2018}", "\u{2019}": return "'"
        case "\u{201C}", "\u{201D}": return "\""
        case "\u{2013}", "\u{2014}": return "-"
        default: return scalar
        }
    }

    private static func isBlank(_ line: Substring) -> Bool {
        line.unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }

    /// Lowercased runs of letters and digits, joined across line-break hyphens.
    private static func words(in units: [Unit]) -> [(text: String, unit: Int, line: Int)] {
        var result: [(text: String, unit: Int, line: Int)] = []
        var current: (text: String.UnicodeScalarView, unit: Int, line: Int)?
        for (index, unit) in units.enumerated() {
            if unit.isLineBreakHyphen { continue }
            if unit.scalar.properties.isAlphabetic || unit.scalar.properties.numericType != nil {
                if current == nil { current = (String.UnicodeScalarView(), index, unit.line) }
                current?.text.append(unit.scalar)
            } else if let word = current {
                result.append((String(word.text).lowercased(), word.unit, word.line))
                current = nil
            }
        }
        if let word = current { result.append((String(word.text).lowercased(), word.unit, word.line)) }
        return result
    }
}
