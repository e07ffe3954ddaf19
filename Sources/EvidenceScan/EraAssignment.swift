/// One era a passage is placed in, and why.
public struct EraAssignment: Sendable, Hashable, Codable {
    /// The era id.
    public var eraID: String
    /// The evidence, in words: `mentions 1992`, `names 'Najibullah'`, `section 'PDPA GOVERNMENTS …'`,
    /// `document title '…'`, `follows the passage at line 94`.
    public var reasons: [String]

    /// Creates an assignment.
    public init(eraID: String, reasons: [String]) {
        self.eraID = eraID
        self.reasons = reasons
    }
}
