/// A paragraph of a source document, cleaned for reading and matching, with where it came from.
public struct Passage: Sendable, Hashable, Codable {
    /// The file and the lines it spans.
    public var reference: PassageReference
    /// The headings above it, nearest first, each followed by the heading it sits under; empty before the first heading.
    public var headings: [String]
    /// The nearest heading above it, or the document title when there is none.
    public var section: String
    /// The text: lines joined with single spaces, words hyphenated across lines rejoined, footnote markers and
    /// Markdown emphasis removed.
    public var text: String
    /// The writing system most of its letters belong to.
    public var script: TextScript

    /// Creates a passage.
    public init(reference: PassageReference, headings: [String], section: String, text: String, script: TextScript) {
        self.reference = reference
        self.headings = headings
        self.section = section
        self.text = text
        self.script = script
    }
}
