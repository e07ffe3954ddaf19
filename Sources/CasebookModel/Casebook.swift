import MatrixSupport
import Foundation

/// The coded negotiations: sources, eras, cases with their observations and evidence, and the
/// conflicts between documents. Built and validated by ``CasebookLoader``.
public struct Casebook: Sendable, Hashable, Codable {
    /// The documents (or datasets) every evidence item cites.
    public var sources: [Source]
    /// The eras, in chronological order.
    public var eras: [Era]
    /// The cases, sorted by id so that file order never changes a result.
    public var cases: [Case]
    /// Casebook-wide disagreements between documents (case-level ones live on the case).
    public var conflicts: [Conflict]

    /// Creates a casebook, sorting cases by id.
    public init(sources: [Source], eras: [Era], cases: [Case], conflicts: [Conflict]) {
        self.sources = sources
        self.eras = eras
        self.cases = cases.sorted { $0.id < $1.id }
        self.conflicts = conflicts
    }

    /// The source with this id.
    public func source(_ id: String) -> Source? { sources.first { $0.id == id } }

    /// The era with this id.
    public func era(_ id: String) -> Era? { eras.first { $0.id == id } }

    /// The case with this id.
    public func `case`(_ id: String) -> Case? { cases.first { $0.id == id } }

    /// The cases of an era, by id.
    public func cases(inEra eraID: String) -> [Case] { cases.filter { $0.era == eraID } }

    /// Every evidence item of every case, in case then observation order.
    public var evidence: [EvidenceItem] { cases.flatMap { $0.observations.flatMap(\.evidence) } }

    /// Every conflict: casebook-wide first, then each case's.
    public var allConflicts: [Conflict] { conflicts + cases.flatMap(\.conflicts) }

    /// SHA-256 of the canonical JSON form: independent of file layout, key order and comments.
    ///
    /// The canonical form is the casebook's JSON as `JSONEncoder` writes it with sorted keys and no whitespace.
    /// ``CanonicalJSON`` writes those very bytes directly: the encoder builds a tree of boxed values for the whole
    /// casebook first, which took 0.2 s for the PA-X import and hundreds of megabytes for 20,000 cases.
    public var contentHash: String {
        var json = CanonicalJSON()
        do {
            try json.write(self)
            return SHA256.hex(of: json.bytes)
        } catch {
            return SHA256.hex(of: [UInt8]())
        }
    }
}

/// A document (or dataset) that evidence cites.
public struct Source: Sendable, Hashable, Codable {
    /// Short id used by evidence items.
    public var id: String
    /// Title as the document states it.
    public var title: String
    /// Author as stated, or "not stated".
    public var author: String
    /// Publisher as stated, or "not stated".
    public var publisher: String
    /// Date as stated, or "not stated".
    public var date: String
    /// File name inside the corpus folder (or the dataset file).
    public var file: String
    /// What kind of document it is.
    public var kind: SourceKind

    /// Creates a source.
    public init(id: String, title: String, author: String, publisher: String, date: String, file: String, kind: SourceKind) {
        self.id = id
        self.title = title
        self.author = author
        self.publisher = publisher
        self.date = date
        self.file = file
        self.kind = kind
    }
}

/// What kind of document a source is.
public enum SourceKind: String, Sendable, Hashable, Codable, CaseIterable {
    case study
    case issueBrief = "issue_brief"
    case article
    case encyclopediaEntry = "encyclopedia_entry"
    /// A dataset row export such as PA-X or UCDP.
    case dataset
}

/// A period of the conflict.
public struct Era: Sendable, Hashable, Codable {
    /// Stable id, such as `pdpa-mujahedin`.
    public var id: String
    /// Name as the documents call it.
    public var name: String
    /// First year.
    public var start: Int
    /// Last year, nil while open.
    public var end: Int?

    /// Creates an era.
    public init(id: String, name: String, start: Int, end: Int?) {
        self.id = id
        self.name = name
        self.start = start
        self.end = end
    }

    /// "1980–1992" or "2021–".
    public var period: String { "\(start)–\(end.map(String.init) ?? "")" }
}
