import RubricModel

/// Scores passages against one dimension's cues.
///
/// The passage's words (``WordSequence``) are matched against the terms left to right, longest term first and
/// without overlaps (``PhraseMatcher``). Each term counts at most ``occurrenceCap`` (1) times, so that a long
/// passage repeating one word does not outrank a passage that names several aspects of the dimension; the score is
/// the sum of the weights of the distinct terms that occur:
///
///     score = Σ over terms t: weight(t) · min(occurrences(t), occurrenceCap)
///
/// (Caps of 2 and 3 retrieved fewer of the casebook's citations on four dimensions and more only on ceasefire
/// compliance; `docs/scan.md`.)
///
/// An occurrence is **negated** when one of the dimension's negations is among the ``negationWindow`` words before
/// it (`the Mujahedin factions were neither included`, `lack of a guarantee`). A negated occurrence counts like any
/// other, because a passage that says something is absent speaks to the dimension; it is reported apart so an
/// analyst sees at once which passages record an absence.
///
/// ```swift
/// let scorer = CueScorer(cues: DimensionCues(terms: [CueTerm(text: "guarant*", weight: 2)], negations: ["no"]))
/// scorer.score("No guarantee, and no guarantor either.").score   // 2, with 2 negated occurrences
/// ```
public struct CueScorer: Sendable {
    /// How many times one term can count in one passage.
    public static let occurrenceCap = 1
    /// How many words before a term a negation reaches.
    public static let negationWindow = 3

    private let terms: [CueTerm]
    private let negations: [String]
    private let matcher: PhraseMatcher

    /// A scorer for these cues.
    public init(cues: DimensionCues) {
        terms = cues.terms
        negations = cues.negations.map { $0.lowercased() }
        matcher = PhraseMatcher(phrases: cues.terms.map(\.words), priorities: cues.terms.map(\.weight))
    }

    /// The passage's score and the terms that occur in it.
    public func score(_ text: String) -> CueScore {
        score(words: WordSequence.words(in: text))
    }

    func score(words passage: [String]) -> CueScore {
        var counts = Array(repeating: 0, count: terms.count)
        var negated = Array(repeating: 0, count: terms.count)
        for match in matcher.matches(in: passage) {
            counts[match.phrase] += 1
            let window = passage[max(0, match.start - Self.negationWindow)..<match.start]
            if PhraseMatcher.containsAny(negations, in: window) { negated[match.phrase] += 1 }
        }
        var score = 0.0
        var mentions: [TermMention] = []
        for (index, term) in terms.enumerated() where counts[index] > 0 {
            score += term.weight * Double(min(counts[index], Self.occurrenceCap))
            mentions.append(TermMention(term: term.text, weight: term.weight, count: counts[index], negated: negated[index]))
        }
        return CueScore(score: score, mentions: mentions)
    }
}
