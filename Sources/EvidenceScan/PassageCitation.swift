/// A casebook evidence item whose quote lies in a passage.
public struct PassageCitation: Sendable, Hashable, Codable {
    /// The evidence id, `<case-id>/<indicator-id>/<n>`.
    public var evidenceID: String
    /// The case it belongs to.
    public var caseID: String
    /// The case's era.
    public var eraID: String
    /// The indicator it is evidence for.
    public var indicatorID: String
    /// The rubric dimension that scores the indicator; nil for a context indicator of the rubric.
    public var dimensionID: String?

    /// Creates a citation.
    public init(evidenceID: String, caseID: String, eraID: String, indicatorID: String, dimensionID: String?) {
        self.evidenceID = evidenceID
        self.caseID = caseID
        self.eraID = eraID
        self.indicatorID = indicatorID
        self.dimensionID = dimensionID
    }
}
