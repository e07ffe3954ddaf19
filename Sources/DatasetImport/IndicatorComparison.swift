import CasebookModel

/// One indicator of one pairing.
public struct IndicatorComparison: Sendable, Hashable {
    /// The indicator id.
    public var indicatorID: String
    /// How the two codings relate.
    public var status: ComparisonStatus
    /// Our value, if coded.
    public var ours: ObservedValue?
    /// Their value, if coded.
    public var theirs: ObservedValue?
    /// Our evidence ids, such as `peshawar-accord-1992/external_guarantee/1`.
    public var oursEvidence: [String]
    /// Their evidence as cited: "row 482, column ImE: ImE = 0".
    public var theirsEvidence: [String]

    /// Creates a comparison.
    public init(indicatorID: String, status: ComparisonStatus, ours: ObservedValue?, theirs: ObservedValue?,
                oursEvidence: [String], theirsEvidence: [String]) {
        self.indicatorID = indicatorID
        self.status = status
        self.ours = ours
        self.theirs = theirs
        self.oursEvidence = oursEvidence
        self.theirsEvidence = theirsEvidence
    }
}
