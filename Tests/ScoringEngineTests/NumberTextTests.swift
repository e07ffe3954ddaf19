@testable import ScoringEngine
import Testing

/// Number text in steps, explanations and diffs is fixed-point and independent of the locale.
@Suite struct NumberTextTests {
    @Test func fixedHasThreeDecimalsAndADot() {
        #expect(NumberText.fixed(4.0 / 3.0) == "1.333")
        #expect(NumberText.fixed(2) == "2.000")
        #expect(NumberText.fixed(0.0625) == "0.063")
        #expect(NumberText.fixed(-0.5) == "-0.500")
        #expect(NumberText.fixed(-0.0001) == "0.000")
        #expect(NumberText.fixed(1234.5678) == "1234.568")
    }

    @Test func compactDropsTheDecimalsOfWholeNumbers() {
        #expect(NumberText.compact(2) == "2")
        #expect(NumberText.compact(-3) == "-3")
        #expect(NumberText.compact(0.25) == "0.250")
    }

    @Test func competitionRanksUseTheTolerance() {
        #expect(CompetitionRanking.ranks([1, 1 + 1e-13, 0.5, nil, 2]) == [2, 2, 4, nil, 1])
        #expect(CompetitionRanking.ranks([1, 1 + 1e-9]) == [2, 1])
    }
}
