/// The document properties in docProps/core.xml and docProps/app.xml.
public struct DocumentPropertiesFacts: Sendable, Equatable {
    /// dc:title.
    public var title: String?
    /// dc:subject.
    public var subject: String?
    /// dc:creator, the author.
    public var creator: String?
    /// cp:keywords.
    public var keywords: String?
    /// dc:description, the comments.
    public var description: String?
    /// cp:category.
    public var category: String?
    /// cp:contentStatus.
    public var status: String?
    /// cp:lastModifiedBy.
    public var lastModifiedBy: String?
    /// dcterms:created as written, "2021-04-01T00:00:00Z".
    public var created: String?
    /// dcterms:modified as written.
    public var modified: String?
    /// Manager, from app.xml.
    public var manager: String?
    /// Company, from app.xml.
    public var company: String?

    /// Empty properties.
    public init() {}
}
