/// Whether both sides coded an indicator, and alike.
public enum ComparisonStatus: String, Sendable, Hashable, CaseIterable {
    /// Both coded it, with the same value.
    case agree
    /// Both coded it, with different values.
    case disagree
    /// Only our casebook coded it.
    case onlyOurs = "only_ours"
    /// Only the dataset's casebook coded it.
    case onlyTheirs = "only_theirs"
}
