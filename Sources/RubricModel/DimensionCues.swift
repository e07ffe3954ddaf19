/// The words and phrases that show a passage of a source document speaks to a dimension, for the evidence scan.
///
/// Cues are data, like the rest of a rubric: `lessons-matrix scan` scores every passage of the corpus by the
/// weighted occurrences of its dimension's ``terms``, and flags an occurrence as a negative mention when one of
/// the ``negations`` stands shortly before it (see `docs/scan.md`). A negated occurrence still counts: a passage
/// saying the parties were *not* included speaks to inclusivity as much as one saying they were.
///
/// ```yaml
/// cues:
///   terms:
///     - {text: guarantor*, weight: 2}
///     - {text: third party, weight: 1}
///   negations: [not, no, without]
/// ```
public struct DimensionCues: Sendable, Hashable, Codable {
    /// The terms, in file order; each is matched on whole words, case-insensitively.
    public var terms: [CueTerm]
    /// Single words (optionally ending in `*`) that make a following term a negative mention.
    public var negations: [String]

    /// Creates cues.
    public init(terms: [CueTerm], negations: [String]) {
        self.terms = terms
        self.negations = negations
    }
}
