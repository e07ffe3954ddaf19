/// A note (classic cell comment) as stored in commentsN.xml.
public struct NoteContents: Sendable, Equatable {
    /// The cell, "B2".
    public let reference: String
    /// The note's text, all runs joined.
    public let text: String
    /// The author, if any.
    public let author: String?

    /// A note; the reader builds these.
    public init(reference: String, text: String, author: String?) {
        self.reference = reference
        self.text = text
        self.author = author
    }
}
