/// How strongly a passage speaks to one dimension, by its cues.
public struct CueScore: Sendable, Hashable, Codable {
    /// The score (see ``CueScorer``); 0 when no term occurs.
    public var score: Double
    /// The terms that occur, in the rubric's order.
    public var mentions: [TermMention]

    /// Creates a score.
    public init(score: Double, mentions: [TermMention]) {
        self.score = score
        self.mentions = mentions
    }

    /// Occurrences that follow a negation: the passage speaks to the dimension by saying something is absent.
    public var negatedMentions: Int {
        mentions.reduce(0) { $0 + $1.negated }
    }

    /// No cue occurs.
    public static let none = CueScore(score: 0, mentions: [])
}
