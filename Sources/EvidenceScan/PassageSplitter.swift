import Foundation
import RubricModel

/// Cuts a source document into passages (paragraphs), each with its lines, section heading and cleaned text.
///
/// The documents come in three shapes, and one set of rules serves them all:
///
/// - **Markdown** (`000_…`): paragraphs are separated by blank lines; `#` lines and paragraphs wholly in `**bold**`
///   are headings. Footnote definitions (a paragraph starting with `<sup>n</sup>` or `[n]`) and rules (`---`) are
///   not passages.
/// - **Hard-wrapped PDF text** (`001_…`): lines are cut at a fixed width and paragraphs are not separated by blank
///   lines. Inside a block of lines, a paragraph ends where a line ends a sentence (`.`, `!`, `?`, `:` or `…`,
///   perhaps followed by closing quotes, after footnote markers are removed) and the next line opens one (a capital
///   letter, a quote before one, a numbered item or a bullet). A sentence that happens to end at a line's end
///   before a capitalised line splits a paragraph in two; both halves remain passages with their own lines.
/// - **One paragraph per line** (`003_…`): the same rule splits every line that ends a sentence; lines of a
///   `|` table stay together and apart from the prose.
///
/// Page breaks cut paragraphs: a paragraph of at least 12 words that stops mid-sentence (it ends with a letter,
/// digit, comma, semicolon or dash) is continued by the next paragraph of text, across blank lines, rules and footnote definitions but
/// never across a heading. Its line range then spans the footnotes in between.
///
/// Headings: in a document with Markdown or bold headings only those count. Otherwise a paragraph of one short
/// line (at most 60 characters and 8 words) that opens with a capital, has no digits and no `|():;,.!?`, ends
/// with a letter, is not the document's first line and is followed by more text is a heading (`Armed Resistance`); a caption naming a person
/// in the same shape counts as a heading too. The first line of a document that repeats its title is neither
/// heading nor passage. Headings rank by Markdown level, an ALL-CAPS heading above a mixed-case one of the same
/// level, so `## Parallels` sits under `## PDPA GOVERNMENTS AND THE MUJAHEDIN FACTIONS`.
///
/// Text in any script is kept whole: a Dari paragraph is one passage like any other.
///
/// ```swift
/// let document = PassageSplitter.split("## Talks\n\nThe sides met in 1992.\n", file: "a.txt", title: "A")
/// document.passages[0].reference   // a.txt:3
/// document.passages[0].section     // "Talks"
/// ```
public enum PassageSplitter {
    /// Splits `text`; `title` is the document's known title, or nil to take its first heading or line.
    public static func split(_ text: String, file: String, title: String?) -> SplitDocument {
        let lines = sourceLines(text)
        let blocks = makeBlocks(lines)
        let hasMarkupHeadings = blocks.contains { block in
            if case .heading = block { return true }
            if case let .text(lines) = block { return boldHeading(lines) != nil }
            return false
        }
        let documentTitle = title ?? fallbackTitle(blocks, file: file)
        var headings: [Heading] = []
        var paragraphs: [Paragraph] = []
        var continues = false
        var firstText = true
        for (index, block) in blocks.enumerated() {
            switch block {
            case let .heading(heading):
                headings.append(heading)
                continues = false
            case let .text(lines):
                defer { firstText = false }
                if isFootnoteDefinition(lines) || isTableOfContents(lines) { continue }
                if let heading = boldHeading(lines) {
                    headings.append(heading)
                    continues = false
                    continue
                }
                if firstText, lines.count == 1, sameTitle(lines[0].text, documentTitle) { continue }
                if !hasMarkupHeadings, !firstText,
                   let heading = plainHeading(lines, followedByText: blocks[(index + 1)...].contains(where: \.isText)) {
                    headings.append(heading)
                    continues = false
                    continue
                }
                for (part, cleaned) in paragraphsOf(lines).enumerated() {
                    if part == 0, continues, !paragraphs.isEmpty {
                        paragraphs[paragraphs.count - 1].lines += cleaned
                    } else {
                        paragraphs.append(Paragraph(lines: cleaned, heading: headings.indices.last))
                    }
                }
                continues = paragraphs.last.map(isCutOff) ?? false
            }
        }
        let passages = paragraphs.compactMap { paragraph -> Passage? in
            let text = LineCleaner.join(paragraph.lines.map(\.text))
            guard text.unicodeScalars.contains(where: CueWords.isWordScalar),
                  let first = paragraph.lines.first?.number, let last = paragraph.lines.last?.number else { return nil }
            let chain = headingChain(paragraph.heading, in: headings)
            return Passage(reference: PassageReference(file: file, firstLine: first, lastLine: last), headings: chain,
                           section: chain.first ?? documentTitle, text: text, script: TextScript.of(text))
        }
        return SplitDocument(file: file, title: documentTitle, passages: passages)
    }

    /// One numbered line of the file.
    struct Line {
        var number: Int
        var text: String
    }

    struct Heading {
        var text: String
        /// Lower ranks are higher in the outline.
        var rank: Int
    }

    enum Block {
        case heading(Heading)
        case text([Line])

        var isText: Bool {
            if case .text = self { return true }
            return false
        }
    }

    struct Paragraph {
        /// Cleaned lines with their numbers.
        var lines: [Line]
        /// The index of the nearest heading above.
        var heading: Int?
    }

    /// The file's lines split at line feeds (a carriage return before one is dropped), numbered from 1.
    static func sourceLines(_ text: String) -> [Line] {
        var lines: [Line] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if current.last == "\r" { current.removeLast() }
                lines.append(Line(number: lines.count + 1, text: String(current)))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { lines.append(Line(number: lines.count + 1, text: String(current))) }
        return lines
    }

    /// Runs of text lines between blank lines and rules; a `#` heading is a block of its own.
    static func makeBlocks(_ lines: [Line]) -> [Block] {
        var blocks: [Block] = []
        var current: [Line] = []
        func close() {
            if !current.isEmpty { blocks.append(.text(current)) }
            current = []
        }
        for line in lines {
            let trimmed = line.text.trimmingSpaces
            if trimmed.isEmpty || isRule(trimmed) {
                close()
            } else if let heading = markdownHeading(trimmed) {
                close()
                blocks.append(.heading(heading))
            } else {
                current.append(line)
            }
        }
        close()
        return blocks
    }

    static func isRule(_ trimmed: String) -> Bool {
        let lowered = trimmed.lowercased()
        if lowered == "<hr/>" || lowered == "<hr>" || lowered == "<hr />" { return true }
        guard let first = trimmed.first, "-*_".contains(first), trimmed.count >= 3 else { return false }
        return trimmed.allSatisfy { $0 == first || $0 == " " }
    }

    static func markdownHeading(_ trimmed: String) -> Heading? {
        let level = trimmed.prefix { $0 == "#" }.count
        guard (1...6).contains(level), trimmed.dropFirst(level).first == " " else { return nil }
        let text = LineCleaner.clean(String(trimmed.dropFirst(level)).trimming("# "))
        return text.isEmpty ? nil : Heading(text: text, rank: rank(level: level, text: text))
    }

    /// A paragraph wholly in `**bold**`: a heading in Markdown converted from a PDF.
    static func boldHeading(_ lines: [Line]) -> Heading? {
        let joined = lines.map(\.text.trimmingSpaces).joined(separator: " ")
        guard joined.hasPrefix("**"), joined.hasSuffix("**"), joined.count > 4,
              joined.dropFirst(2).dropLast(2).range(of: "**") == nil else { return nil }
        let text = LineCleaner.clean(joined)
        return text.isEmpty ? nil : Heading(text: text, rank: rank(level: 3, text: text))
    }

    /// A short title-like line in a document without Markdown headings (see the type's documentation).
    static func plainHeading(_ lines: [Line], followedByText: Bool) -> Heading? {
        guard lines.count == 1, followedByText else { return nil }
        let text = lines[0].text.trimmingSpaces
        guard text.count <= 60, text.split(separator: " ").count <= 8,
              let first = text.unicodeScalars.first, first.properties.isUppercase,
              let last = text.unicodeScalars.last, last.properties.isAlphabetic,
              !text.unicodeScalars.contains(where: { $0.properties.numericType != nil || "|():;,.!?".unicodeScalars.contains($0) })
        else { return nil }
        return Heading(text: text, rank: rank(level: 3, text: text) | 1)
    }

    /// Footnote definitions: `<sup>4</sup>Cordovez and Harrison, 203-5.` or `[4] …`.
    static func isFootnoteDefinition(_ lines: [Line]) -> Bool {
        let first = lines[0].text.trimmingSpaces.lowercased()
        if first.hasPrefix("<sup>") { return true }
        guard first.hasPrefix("[") else { return false }
        let digits = first.dropFirst().prefix { $0.isNumber }
        return !digits.isEmpty && first.dropFirst(1 + digits.count).first == "]"
    }

    /// Words a paragraph needs before it can be taken as cut off by a page break: a short line that ends without
    /// punctuation (a byline, a caption) is a paragraph of its own.
    static let minimumCutOffWords = 12

    /// True when a paragraph stops mid-sentence and is long enough to have been cut by a page break.
    static func isCutOff(_ paragraph: Paragraph) -> Bool {
        guard let last = paragraph.lines.last, LineCleaner.isUnfinished(last.text) else { return false }
        return paragraph.lines.reduce(0) { $0 + $1.text.split(separator: " ").count } >= minimumCutOffWords
    }

    /// A table of contents: most lines end in a page number after a tab (`Parallels⇥6`).
    static func isTableOfContents(_ lines: [Line]) -> Bool {
        let entries = lines.filter { line in
            let trimmed = line.text.trimming(" ")
            let digits = trimmed.reversed().prefix { $0.isNumber }
            return !digits.isEmpty && trimmed.dropLast(digits.count).last == "\t"
        }
        return entries.count * 2 > lines.count
    }

    /// The paragraphs of a block of lines, each as its cleaned, non-empty lines.
    static func paragraphsOf(_ lines: [Line]) -> [[Line]] {
        var paragraphs: [[Line]] = []
        var current: [Line] = []
        var previous: (cleaned: String, isTable: Bool)?
        for line in lines {
            let cleaned = LineCleaner.clean(line.text)
            guard !cleaned.isEmpty else { continue }
            let isTable = line.text.contains("|")
            if let previous, previous.isTable != isTable
                || (LineCleaner.endsSentence(previous.cleaned) && LineCleaner.startsParagraph(cleaned)) {
                paragraphs.append(current)
                current = []
            }
            current.append(Line(number: line.number, text: cleaned))
            previous = (cleaned, isTable)
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }

    /// The heading at `index` and, after it, each heading above it of a higher rank.
    static func headingChain(_ index: Int?, in headings: [Heading]) -> [String] {
        guard let index else { return [] }
        var chain = [headings[index].text]
        var rank = headings[index].rank
        for heading in headings[..<index].reversed() where heading.rank < rank {
            chain.append(heading.text)
            rank = heading.rank
        }
        return chain
    }

    /// Twice the level, plus one unless the heading is in capitals: ALL-CAPS headings outrank mixed-case ones.
    static func rank(level: Int, text: String) -> Int {
        let letters = text.unicodeScalars.filter(\.properties.isAlphabetic)
        let lower = letters.filter(\.properties.isLowercase).count
        return 2 * level + (lower * 10 <= letters.count ? 0 : 1)
    }

    /// The first heading's text, else the first line's, else the file name.
    static func fallbackTitle(_ blocks: [Block], file: String) -> String {
        for block in blocks {
            switch block {
            case let .heading(heading): return heading.text
            case let .text(lines):
                if let heading = boldHeading(lines) { return heading.text }
                let first = LineCleaner.clean(lines[0].text)
                if !first.isEmpty { return String(first.prefix(100)) }
            }
        }
        return file
    }

    /// Equal up to case, spacing, emphasis and typographic quotes.
    static func sameTitle(_ line: String, _ title: String) -> Bool {
        func normalized(_ text: String) -> String {
            LineCleaner.clean(text).lowercased().replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
        }
        return normalized(line) == normalized(title)
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        trimming(" \t")
    }

    /// Without the given characters at either end.
    func trimming(_ set: String) -> String {
        let scalars = unicodeScalars
        let drop = Set(set.unicodeScalars)
        guard let start = scalars.firstIndex(where: { !drop.contains($0) }),
              let end = scalars.lastIndex(where: { !drop.contains($0) }) else { return "" }
        return String(scalars[start...end])
    }
}
