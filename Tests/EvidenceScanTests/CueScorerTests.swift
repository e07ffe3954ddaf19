import Testing
import EvidenceScan
import RubricModel

struct CueScorerTests {
    let scorer = CueScorer(cues: DimensionCues(
        terms: [CueTerm(text: "guarant*", weight: 3), CueTerm(text: "third party", weight: 2), CueTerm(text: "binding", weight: 2),
                CueTerm(text: "not included", weight: 3), CueTerm(text: "included", weight: 2)],
        negations: ["not", "no", "lack*"]))

    @Test func weightsOfTheDistinctTermsThatOccur() {
        let score = scorer.score("The accord was binding, guaranteed by a Third-Party.")
        #expect(score.score == 7)
        #expect(score.mentions == [
            TermMention(term: "guarant*", weight: 3, count: 1, negated: 0),
            TermMention(term: "third party", weight: 2, count: 1, negated: 0),
            TermMention(term: "binding", weight: 2, count: 1, negated: 0),
        ])
    }

    @Test func aTermCountsOnceHoweverOftenItOccurs() {
        let score = scorer.score("A guarantee, guarantees and guarantors.")
        #expect(score.score == 3)
        #expect(score.mentions == [TermMention(term: "guarant*", weight: 3, count: 3, negated: 0)])
    }

    @Test func negatedMentionsStillCount() {
        let score = scorer.score("No guarantee, and no guarantor either.")
        #expect(score.score == 3)
        #expect(score.negatedMentions == 2)
        #expect(scorer.score("There was a lack of a guarantee.").negatedMentions == 1)
    }

    @Test func aNegationReachesThreeWordsBack() {
        #expect(scorer.score("not at all binding").negatedMentions == 1)
        #expect(scorer.score("not a thing at all binding").negatedMentions == 0)
    }

    @Test func theLongestTermWins() {
        let score = scorer.score("They were not included; later they were included.")
        #expect(score.score == 5)
        #expect(score.mentions == [
            TermMention(term: "not included", weight: 3, count: 1, negated: 0),
            TermMention(term: "included", weight: 2, count: 1, negated: 0),
        ])
    }

    @Test func textInAnotherScriptMatchesNothing() {
        #expect(scorer.score("پس از امضای توافقنامه صلح") == .none)
    }
}
