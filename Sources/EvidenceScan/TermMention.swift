/// How often one cue term occurs in a passage.
public struct TermMention: Sendable, Hashable, Codable {
    /// The term as the rubric writes it.
    public var term: String
    /// Its weight.
    public var weight: Double
    /// Its occurrences.
    public var count: Int
    /// How many of them follow a negation.
    public var negated: Int

    /// Creates a mention.
    public init(term: String, weight: Double, count: Int, negated: Int) {
        self.term = term
        self.weight = weight
        self.count = count
        self.negated = negated
    }
}
