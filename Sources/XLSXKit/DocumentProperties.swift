import Foundation

/// The workbook's document properties (File › Info in Excel), stored in docProps/core.xml and app.xml.
///
/// `created` is required and must come from the inputs (a source date, a version date), never from the clock:
/// libxlsxwriter writes it as both the created and modified time, and it is the only thing that would make two
/// runs over the same inputs produce different bytes.
///
/// ```swift
/// let properties = DocumentProperties(
///     created: Date(timeIntervalSince1970: 1_618_000_000),
///     title: "Lessons matrix", author: "LessonsMatrix", keywords: "Afghanistan, negotiations")
/// ```
public struct DocumentProperties: Hashable, Sendable {
    /// Creation time, written with whole-second precision (fractions are dropped). Must lie in 1970-01-01
    /// 00:00:01 … 9999-12-31 23:59:59 UTC, because libxlsxwriter reads 0 as "now".
    public var created: Date
    /// Title.
    public var title: String?
    /// Subject.
    public var subject: String?
    /// Author (dc:creator).
    public var author: String?
    /// Manager (app.xml).
    public var manager: String?
    /// Company (app.xml).
    public var company: String?
    /// Category.
    public var category: String?
    /// Keywords.
    public var keywords: String?
    /// Comments (dc:description).
    public var comments: String?
    /// Status.
    public var status: String?

    /// Properties with a fixed creation time; every text is optional.
    public init(
        created: Date,
        title: String? = nil,
        subject: String? = nil,
        author: String? = nil,
        manager: String? = nil,
        company: String? = nil,
        category: String? = nil,
        keywords: String? = nil,
        comments: String? = nil,
        status: String? = nil
    ) {
        self.created = created
        self.title = title
        self.subject = subject
        self.author = author
        self.manager = manager
        self.company = company
        self.category = category
        self.keywords = keywords
        self.comments = comments
        self.status = status
    }

    /// The creation time as whole seconds since 1970, checked against the range libxlsxwriter can write.
    func createdSeconds(operation: String) throws -> Int {
        let seconds = created.timeIntervalSince1970.rounded(.down)
        guard seconds >= 1, seconds <= 253_402_300_799 else {
            throw XLSXError(
                .invalidArgument,
                "the creation time must lie between 1970-01-01T00:00:01Z and 9999-12-31T23:59:59Z; got \(created)",
                operation: operation)
        }
        return Int(seconds)
    }
}
