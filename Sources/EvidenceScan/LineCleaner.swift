import RubricModel

/// Cleans one line of a source document for reading and matching, and joins cleaned lines into a paragraph.
///
/// Footnote markers go in three forms: `<sup>12</sup>` (Markdown from HTML), `[12]` (encyclopedia references),
/// and in PDF text a bare number of 1–3 digits right after a word and its punctuation (`process.1 More`,
/// `review,2 is`, `words."10`), or after sentence punctuation and one space at the end of a line (`the past. 3`).
/// A bare number counts as a marker only when it is followed by a space, the end of the line or a capital letter,
/// so years, ranges and amounts (`1,660-mile`, `2016-17`, `1.5`) stay. Other HTML tags, Markdown emphasis
/// (`*`, `**`) and link targets (`[text](url)` → `text`) go too.
enum LineCleaner {
    /// The cleaned line, with runs of spaces collapsed and no leading or trailing space.
    static func clean(_ line: String) -> String {
        var scalars = Array(line.unicodeScalars)
        scalars = removingTags(scalars)
        scalars = removingLinkTargets(scalars)
        scalars = removingBracketMarkers(scalars)
        scalars = removingBareMarkers(scalars)
        scalars.removeAll { $0 == "*" }
        return collapsingSpaces(scalars)
    }

    /// Joins cleaned lines with one space, except that a word hyphenated at a line end (`negoti-` + `ations`) is
    /// rejoined without the hyphen when the next line goes on in lowercase.
    static func join(_ lines: [String]) -> String {
        var text = ""
        for line in lines where !line.isEmpty {
            guard let last = text.unicodeScalars.last else {
                text = line
                continue
            }
            let beforeHyphen = text.unicodeScalars.dropLast().last
            if last == "-", beforeHyphen?.properties.isAlphabetic == true,
               line.unicodeScalars.first?.properties.isLowercase == true {
                text.unicodeScalars.removeLast()
                text += line
            } else {
                text += " " + line
            }
        }
        return text
    }

    /// True when a cleaned line ends a sentence: with `.`, `!`, `?`, `:` or `…`, possibly followed by closing
    /// quotes or brackets.
    static func endsSentence(_ line: String) -> Bool {
        var scalars = line.unicodeScalars.reversed().makeIterator()
        var sawCloser = false
        while let scalar = scalars.next() {
            if closers.contains(scalar) {
                sawCloser = true
                continue
            }
            return enders.contains(scalar) && (scalar != ":" || !sawCloser)
        }
        return false
    }

    /// True when a cleaned line stops mid-sentence: it ends with a letter, a digit, a comma, a semicolon or a dash,
    /// as a paragraph cut by a page break does.
    static func isUnfinished(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last else { return false }
        return CueWords.isWordScalar(last) || ",;-–—".unicodeScalars.contains(last)
    }

    /// True when a raw line can open a paragraph: a capital letter (or a letter of a script without case), an opening
    /// quote before one, a numbered item (`1.`, `2)`) or a bullet (`-`, `•`).
    static func startsParagraph(_ line: String) -> Bool {
        let scalars = Array(line.unicodeScalars.drop { $0 == " " || $0 == "\t" })
        guard let first = scalars.first else { return false }
        func opensWithCapital(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic && !scalar.properties.isLowercase
        }
        if opensWithCapital(first) { return true }
        if "\"“‘'".unicodeScalars.contains(first), scalars.count > 1, opensWithCapital(scalars[1]) { return true }
        if "-•".unicodeScalars.contains(first), scalars.count > 1, scalars[1] == " " { return true }
        let digits = scalars.prefix { $0.properties.numericType != nil }
        if !digits.isEmpty, digits.count <= 2, scalars.count > digits.count + 1,
           ".)".unicodeScalars.contains(scalars[digits.count]), scalars[digits.count + 1] == " " {
            return true
        }
        return false
    }

    private static let enders: Set<Unicode.Scalar> = [".", "!", "?", ":", "…"]
    private static let closers: Set<Unicode.Scalar> = ["\"", "”", "’", "'", ")", "]"]

    /// Drops `<sup>…</sup>` with its content, and any other tag (`<hr/>`, `<https://…>`) whole.
    private static func removingTags(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var i = 0
        while i < scalars.count {
            if scalars[i] == "<", let close = scalars[i...].firstIndex(of: ">"), close > i + 1,
               scalars[i + 1].properties.isAlphabetic || scalars[i + 1] == "/" {
                let tag = String(String.UnicodeScalarView(scalars[(i + 1)..<close])).lowercased()
                if tag == "sup", let end = endOfSup(scalars, from: close + 1) {
                    i = end
                } else {
                    i = close + 1
                }
                continue
            }
            result.append(scalars[i])
            i += 1
        }
        return result
    }

    /// The index after the `</sup>` that closes a marker a few characters on, if there is one.
    private static func endOfSup(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        let closing = "</sup>"
        let width = closing.unicodeScalars.count
        var i = start
        while i + width <= scalars.count, i - start <= 8 {
            if String(String.UnicodeScalarView(scalars[i..<(i + width)])).lowercased() == closing {
                return i + width
            }
            i += 1
        }
        return nil
    }

    /// `[text](target)` → `text`.
    private static func removingLinkTargets(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var i = 0
        while i < scalars.count {
            if scalars[i] == "]", i + 1 < scalars.count, scalars[i + 1] == "(",
               let close = scalars[(i + 1)...].firstIndex(of: ")"),
               let open = result.lastIndex(of: "[") {
                result.remove(at: open)
                i = close + 1
                continue
            }
            result.append(scalars[i])
            i += 1
        }
        return result
    }

    /// `[12]` → nothing.
    private static func removingBracketMarkers(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var i = 0
        while i < scalars.count {
            if scalars[i] == "[" {
                let digits = scalars[(i + 1)...].prefix { $0.properties.numericType != nil }
                let close = i + 1 + digits.count
                if !digits.isEmpty, digits.count <= 4, close < scalars.count, scalars[close] == "]" {
                    i = close + 1
                    continue
                }
            }
            result.append(scalars[i])
            i += 1
        }
        return result
    }

    /// PDF footnote numbers glued to a word's punctuation, and a lone number after a sentence at the line's end.
    private static func removingBareMarkers(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            guard scalar.properties.numericType != nil, i > 0, scalars[i - 1].properties.numericType == nil else {
                result.append(scalar)
                i += 1
                continue
            }
            let digits = scalars[i...].prefix { $0.properties.numericType != nil }.count
            let next = i + digits < scalars.count ? scalars[i + digits] : nil
            let endsLine = next == nil || scalars[(i + digits)...].allSatisfy { $0 == " " || $0 == "\t" }
            let followedWell = next == nil || next == " " || next == "\t" || next?.properties.isUppercase == true
            if digits <= 3, followedWell, gluedToPunctuation(scalars, before: i) || (endsLine && afterSentenceAndSpace(scalars, before: i)) {
                if let next, next.properties.isUppercase { result.append(" ") }
                i += digits
                continue
            }
            result.append(scalar)
            i += 1
        }
        return result
    }

    /// `word.` `word,` `word."` `word)` directly before index `i`.
    private static func gluedToPunctuation(_ scalars: [Unicode.Scalar], before i: Int) -> Bool {
        var j = i - 1
        var sawMark = false
        while j >= 0, ".,;:!?\"”’)".unicodeScalars.contains(scalars[j]) {
            sawMark = true
            j -= 1
        }
        return sawMark && j >= 0 && scalars[j].properties.isAlphabetic
    }

    /// `sentence. 3` at the end of a line: sentence punctuation (and closing quotes), one space, the number.
    private static func afterSentenceAndSpace(_ scalars: [Unicode.Scalar], before i: Int) -> Bool {
        guard i >= 2, scalars[i - 1] == " " else { return false }
        return gluedToPunctuation(scalars, before: i - 1) && ".!?\"”’".unicodeScalars.contains(scalars[i - 2])
    }

    private static func collapsingSpaces(_ scalars: [Unicode.Scalar]) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in scalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar)
        }
        return String(result)
    }
}
