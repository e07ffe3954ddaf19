/// A passage the casebook already cites for one era × dimension cell.
public struct CitedPassage: Sendable, Hashable, Codable {
    /// Where it is.
    public var reference: PassageReference
    /// The evidence items of the era's cases, for indicators of the dimension, that cite it; in casebook order.
    /// The workbook links each to its row of the Evidence sheet.
    public var evidenceIDs: [String]
    /// Its cue score on the dimension.
    public var score: Double
    /// Its rank among the cell's candidates; nil when the scan did not find it (no cue occurs, or it is not
    /// placed in the era).
    public var rank: Int?

    /// Creates a cited passage.
    public init(reference: PassageReference, evidenceIDs: [String], score: Double, rank: Int?) {
        self.reference = reference
        self.evidenceIDs = evidenceIDs
        self.score = score
        self.rank = rank
    }
}
