/// What a bad row (no id, a repeated id, a broken date, no name, a year in no era, or a mapped cell
/// outside its codebook values) does to an import. Either way nothing is coerced into a value.
public enum BadRowPolicy: String, Sendable, Hashable, CaseIterable {
    /// Leave the row out and report it in ``ImportResult/skipped``.
    case skip
    /// Fail the whole import, reporting every bad row.
    case fail
}
