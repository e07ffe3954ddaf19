/// A hyperlink of a sheet.
public struct HyperlinkFacts: Sendable, Equatable {
    /// The cell or range holding the link, "D2".
    public let reference: String
    /// The external address from the sheet's relationships (as stored, so URL-escaped), nil for internal links.
    public let target: String?
    /// The place inside the workbook, "'Evidence'!A5", nil for external links.
    public let location: String?
    /// The hover text, if any.
    public let tooltip: String?
    /// The display attribute, if any (the shown text is the cell's value).
    public let display: String?

    /// A hyperlink; the reader builds these.
    public init(reference: String, target: String?, location: String?, tooltip: String?, display: String?) {
        self.reference = reference
        self.target = target
        self.location = location
        self.tooltip = tooltip
        self.display = display
    }
}
