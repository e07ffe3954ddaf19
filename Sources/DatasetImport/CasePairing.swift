/// One of our cases and one of theirs that a `same_as` link says are the same agreement.
public struct CasePairing: Sendable, Hashable {
    /// The link, such as `pa-x:482`.
    public var link: String
    /// Our case id.
    public var oursID: String
    /// Our case name.
    public var oursName: String
    /// Their case id, such as `pa-x-482`.
    public var theirsID: String
    /// Their case name.
    public var theirsName: String
    /// Indicator by indicator, ordered by indicator id.
    public var indicators: [IndicatorComparison]
    /// Set when the years differ.
    public var dateConflict: DateConflict?
    /// Set when both sides know the outcome.
    public var outcome: OutcomeComparison?

    /// Creates a pairing.
    public init(link: String, oursID: String, oursName: String, theirsID: String, theirsName: String,
                indicators: [IndicatorComparison], dateConflict: DateConflict?, outcome: OutcomeComparison?) {
        self.link = link
        self.oursID = oursID
        self.oursName = oursName
        self.theirsID = theirsID
        self.theirsName = theirsName
        self.indicators = indicators
        self.dateConflict = dateConflict
        self.outcome = outcome
    }
}
