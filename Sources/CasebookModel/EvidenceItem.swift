/// One verbatim quote (or dataset cell) that supports — or contradicts — an observation.
public struct EvidenceItem: Sendable, Hashable, Codable {
    /// Derived id `<case-id>/<indicator-id>/<n>`, shared by notes, CSVs and `explain`.
    public var id: String
    /// The case it belongs to.
    public var caseID: String
    /// The indicator it supports.
    public var indicatorID: String
    /// The source id.
    public var sourceID: String
    /// Where in the source.
    public var locator: Locator
    /// The verbatim quote (at most 400 characters), or for dataset evidence `column = value`.
    public var quote: String
    /// Whether the item supports or contradicts the coded value.
    public var stance: Stance

    /// Creates an evidence item.
    public init(id: String, caseID: String, indicatorID: String, sourceID: String, locator: Locator, quote: String, stance: Stance) {
        self.id = id
        self.caseID = caseID
        self.indicatorID = indicatorID
        self.sourceID = sourceID
        self.locator = locator
        self.quote = quote
        self.stance = stance
    }
}

/// Where evidence sits in its source.
public enum Locator: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A document: the nearest heading above the quote and the 1-based line it starts on.
    case document(section: String, line: Int)
    /// A dataset: the row's id and the column.
    case datasetRow(rowID: String, column: String)

    /// "§ Divergence, line 152" or "row 482, column Ce".
    public var description: String {
        switch self {
        case let .document(section, line): return "§ \(section), line \(line)"
        case let .datasetRow(rowID, column): return "row \(rowID), column \(column)"
        }
    }
}

/// Whether an evidence item supports or contradicts its observation.
public enum Stance: String, Sendable, Hashable, Codable, CaseIterable {
    case supports, contradicts
}

/// Documents that disagree on a fact, with every claim kept.
public struct Conflict: Sendable, Hashable, Codable {
    /// Stable id.
    public var id: String
    /// The case or era id the fact is about.
    public var subject: String
    /// The fact in words.
    public var fact: String
    /// Two or more claims.
    public var claims: [ConflictClaim]
    /// The coder's note.
    public var note: String?

    /// Creates a conflict.
    public init(id: String, subject: String, fact: String, claims: [ConflictClaim], note: String?) {
        self.id = id
        self.subject = subject
        self.fact = fact
        self.claims = claims
        self.note = note
    }
}

/// One document's claim in a ``Conflict``.
public struct ConflictClaim: Sendable, Hashable, Codable {
    /// The claimed value.
    public var value: String
    /// The source id.
    public var sourceID: String
    /// Where in the source.
    public var locator: Locator
    /// The verbatim quote.
    public var quote: String

    /// Creates a claim.
    public init(value: String, sourceID: String, locator: Locator, quote: String) {
        self.value = value
        self.sourceID = sourceID
        self.locator = locator
        self.quote = quote
    }
}
