/// A passage with everything the scan found about it.
public struct ScannedPassage: Sendable, Hashable, Codable {
    /// The passage.
    public var passage: Passage
    /// The eras it is placed in, in casebook order; empty when nothing places it.
    public var eras: [EraAssignment]
    /// Dimension id → its cue score, for each dimension with a score above 0.
    public var scores: [String: CueScore]
    /// The casebook evidence whose cited line lies in the passage, in casebook order.
    public var citations: [PassageCitation]

    /// Creates a scanned passage.
    public init(passage: Passage, eras: [EraAssignment], scores: [String: CueScore], citations: [PassageCitation]) {
        self.passage = passage
        self.eras = eras
        self.scores = scores
        self.citations = citations
    }

    /// Where it is.
    public var reference: PassageReference { passage.reference }

    /// The score on a dimension, 0 when no cue of it occurs.
    public func score(_ dimensionID: String) -> Double {
        scores[dimensionID]?.score ?? 0
    }

    /// True when no cue of any dimension occurs in it.
    public var isUnmatched: Bool { scores.isEmpty }

    /// True when it is placed in the era.
    public func isIn(era eraID: String) -> Bool {
        eras.contains { $0.eraID == eraID }
    }
}
