/// Whether both sides coded an indicator, and alike.
public enum ComparisonStatus: String, Sendable, Hashable, CaseIterable {
    case agree
    case disagree
    case onlyOurs = "only_ours"
    case onlyTheirs = "only_theirs"
}
