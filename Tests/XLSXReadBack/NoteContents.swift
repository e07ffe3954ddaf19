/// A note (classic cell comment): its text from commentsN.xml and its box from the sheet's VML drawing.
public struct NoteContents: Sendable, Equatable {
    /// The cell, "B2".
    public let reference: String
    /// The note's text, all runs joined.
    public let text: String
    /// The author, if any.
    public let author: String?
    /// The box width in points (pixels × 0.75), from the VML shape's style.
    public let width: Double?
    /// The box height in points.
    public let height: Double?
    /// Whether the note is always shown rather than on hover.
    public let visible: Bool

    /// A note; the reader builds these.
    public init(reference: String, text: String, author: String?, width: Double?, height: Double?, visible: Bool) {
        self.reference = reference
        self.text = text
        self.author = author
        self.width = width
        self.height = height
        self.visible = visible
    }
}
