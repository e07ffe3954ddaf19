/// One negotiation, accord, ceasefire, proposal or mediation effort, coded from the documents.
public struct Case: Sendable, Hashable, Codable {
    /// Stable id, such as `geneva-accords-1988`.
    public var id: String
    /// Human name.
    public var name: String
    /// The era id.
    public var era: String
    /// When, as precisely as the sources allow.
    public var date: CaseDate
    /// Where, or nil when the documents do not say.
    public var venue: String?
    /// What sort of process it was.
    public var kind: CaseKind
    /// How it ended.
    public var outcome: Outcome
    /// Links to the same agreement in datasets, such as `pa-x:482`.
    public var sameAs: [String]
    /// The parties, at the table or not.
    public var parties: [Party]
    /// Mediators and facilitators.
    public var mediators: [Mediator]
    /// Guarantors named by the documents.
    public var guarantors: [String]
    /// The coded indicator values with their evidence.
    public var observations: [Observation]
    /// Dimensions the documents say nothing about for this case, each with a note.
    public var notInSources: [MissingDimension]
    /// Facts about this case on which the documents disagree.
    public var conflicts: [Conflict]

    /// Creates a case.
    public init(id: String, name: String, era: String, date: CaseDate, venue: String?, kind: CaseKind, outcome: Outcome,
                sameAs: [String], parties: [Party], mediators: [Mediator], guarantors: [String],
                observations: [Observation], notInSources: [MissingDimension], conflicts: [Conflict]) {
        self.id = id
        self.name = name
        self.era = era
        self.date = date
        self.venue = venue
        self.kind = kind
        self.outcome = outcome
        self.sameAs = sameAs
        self.parties = parties
        self.mediators = mediators
        self.guarantors = guarantors
        self.observations = observations
        self.notInSources = notInSources
        self.conflicts = conflicts
    }

    /// The observation of an indicator, if coded.
    public func observation(_ indicatorID: String) -> Observation? {
        observations.first { $0.indicatorID == indicatorID }
    }
}

/// What sort of process a case was.
public enum CaseKind: String, Sendable, Hashable, Codable, CaseIterable {
    case accord, ceasefire, proposal, talks, mediation, programme, charter
}

/// How a case ended.
public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
    case held, failed, partial, unknown
}

/// A party to a negotiation.
public struct Party: Sendable, Hashable, Codable {
    /// Name as the documents give it.
    public var name: String
    /// The side it belonged to, in the coder's words (government, mujahedin, taliban, …).
    public var side: String
    /// Whether it took part in the negotiation itself.
    public var atTable: Bool

    /// Creates a party.
    public init(name: String, side: String, atTable: Bool) {
        self.name = name
        self.side = side
        self.atTable = atTable
    }
}

/// A mediator or facilitator.
public struct Mediator: Sendable, Hashable, Codable {
    /// Name.
    public var name: String
    /// The organisation or state it acted for.
    public var affiliation: String
    /// Mediator or facilitator.
    public var role: MediatorRole

    /// Creates a mediator.
    public init(name: String, affiliation: String, role: MediatorRole) {
        self.name = name
        self.affiliation = affiliation
        self.role = role
    }
}

/// A third party's role.
public enum MediatorRole: String, Sendable, Hashable, Codable, CaseIterable {
    case mediator, facilitator
}

/// A rubric dimension the documents say nothing about for a case.
public struct MissingDimension: Sendable, Hashable, Codable {
    /// The dimension id.
    public var dimensionID: String
    /// Why it is missing.
    public var note: String

    /// Creates a marker.
    public init(dimensionID: String, note: String) {
        self.dimensionID = dimensionID
        self.note = note
    }
}
