import CasebookModel

/// The two outcomes of a pairing, when neither is unknown.
public struct OutcomeComparison: Sendable, Hashable {
    /// Our outcome.
    public var ours: Outcome
    /// Their outcome.
    public var theirs: Outcome

    /// Creates a comparison.
    public init(ours: Outcome, theirs: Outcome) {
        self.ours = ours
        self.theirs = theirs
    }

    /// True when both say the same.
    public var agrees: Bool { ours == theirs }
}
