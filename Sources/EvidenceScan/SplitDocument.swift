/// A source document cut into passages.
public struct SplitDocument: Sendable, Hashable, Codable {
    /// The corpus file name.
    public var file: String
    /// The document's title: the casebook's title for the file, else its first heading or first line.
    public var title: String
    /// The passages in file order.
    public var passages: [Passage]

    /// Creates a split document.
    public init(file: String, title: String, passages: [Passage]) {
        self.file = file
        self.title = title
        self.passages = passages
    }
}
