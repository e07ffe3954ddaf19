/// A passage's place among the candidates of one era × dimension cell.
public struct RankedPassage: Sendable, Hashable, Codable {
    /// Where it is.
    public var reference: PassageReference
    /// 1 for the highest score; ties are ranked in file and line order.
    public var rank: Int
    /// Its cue score on the dimension.
    public var score: Double
    /// Cue occurrences that follow a negation.
    public var negatedMentions: Int

    /// Creates a ranked passage.
    public init(reference: PassageReference, rank: Int, score: Double, negatedMentions: Int) {
        self.reference = reference
        self.rank = rank
        self.score = score
        self.negatedMentions = negatedMentions
    }
}
