/// How a note (cell comment) is shown.
///
/// ```swift
/// try sheet.writeNote("Source: 004, paragraph 13", at: CellReference(row: 3, column: 2),
///                     options: NoteOptions(author: "LessonsMatrix", width: 320, height: 120))
/// ```
public struct NoteOptions: Hashable, Sendable {
    /// Author shown in the note's status bar; nil for libxlsxwriter's default (empty).
    public var author: String?
    /// Box width in pixels; nil for Excel's default (128).
    public var width: Int?
    /// Box height in pixels; nil for Excel's default (74).
    public var height: Int?
    /// Shows the note permanently instead of on hover.
    public var visible: Bool

    /// Options; every argument defaults to Excel's default.
    public init(author: String? = nil, width: Int? = nil, height: Int? = nil, visible: Bool = false) {
        self.author = author
        self.width = width
        self.height = height
        self.visible = visible
    }
}
