import CasebookModel
import RubricModel
import ScoringEngine
import Testing

/// Rank probabilities under random weights and the single-weight perturbations that change the top rank.
@Suite struct SensitivityTests {
    /// Case a (era e1) scores 4 on d1 and 0 on d2, case b (era e2) 0 and 3: a leads 2 to 1.5 under equal weights.
    private let duel = MatrixScorer.score(
        rubric: Fixtures.rubric([Fixtures.simpleDimension("d1"), Fixtures.simpleDimension("d2")]),
        casebook: Fixtures.casebook(eras: ["e1", "e2"], cases: [
            Fixtures.simpleCase("a", era: "e1", levels: [("d1", "all"), ("d2", "none")]),
            Fixtures.simpleCase("b", era: "e2", levels: [("d1", "none"), ("d2", "most")]),
        ]))

    private let world = MatrixScorer.score(rubric: RandomWorld.rubric(weights: [1, 2, 1.5]),
                                           casebook: RandomWorld.casebook(codes: (0..<40).map { ($0 * 7 + 3) % 6 }))

    @Test func theSameSeedGivesTheSameReport() {
        let first = SensitivityAnalysis.run(matrix: world, draws: 2_000, seed: 7, perturbation: 0.3)
        #expect(first == SensitivityAnalysis.run(matrix: world, draws: 2_000, seed: 7, perturbation: 0.3))
        #expect(first.cases != SensitivityAnalysis.run(matrix: world, draws: 2_000, seed: 8, perturbation: 0.3).cases)
        #expect(first.draws == 2_000)
        #expect(first.seed == 7)
        #expect(first.perturbation == 0.3)
    }

    @Test func probabilitiesSumToOne() {
        let report = SensitivityAnalysis.run(matrix: world, draws: 3_000, seed: 1, perturbation: 0.2)
        #expect(report.cases.map(\.id) == world.cases.filter { $0.index != nil }.map(\.caseID))
        #expect(report.eras.map(\.id) == world.eras.filter { $0.index != nil }.map(\.eraID))
        for distribution in report.cases + report.eras {
            #expect(abs(distribution.probabilities.reduce(0, +) - 1) < 1e-9)
        }
        #expect(report.cases.allSatisfy { $0.probabilities.count == report.cases.count })
        #expect(report.cases.map(\.baseRank) == world.cases.compactMap(\.rank))
    }

    /// A limited tally counts the first ranks exactly as a full one does and pools the rest, so the workbook's
    /// dataset-scale run holds rows × (limit + 2) counters instead of rows².
    @Test func aRankLimitKeepsTheFirstRanksAndPoolsTheRest() {
        let full = SensitivityAnalysis.run(matrix: world, draws: 1_500, seed: 5, perturbation: 0.2)
        let limited = SensitivityAnalysis.run(matrix: world, draws: 1_500, seed: 5, perturbation: 0.2, rankLimit: 3)
        #expect(limited.flips == full.flips)
        #expect(limited.cases.count == full.cases.count)
        for (l, f) in zip(limited.cases + limited.eras, full.cases + full.eras) {
            #expect(l.id == f.id)
            #expect(l.baseRank == f.baseRank)
            #expect(l.probabilities == Array(f.probabilities.prefix(3)))
            #expect(abs(l.probabilityBeyond - f.probabilities.dropFirst(3).reduce(0, +)) < 1e-12)
            #expect(l.probabilityOfBaseRank == f.probabilityOfBaseRank)
            #expect(f.probabilityBeyond == 0)
        }
        #expect(full.cases.contains { $0.baseRank > 3 && $0.probabilityOfBaseRank > 0 })
    }

    @Test func withOneDimensionRanksNeverChange() {
        let matrix = MatrixScorer.score(rubric: Fixtures.rubric([Fixtures.simpleDimension("d", weight: 3)]),
                                        casebook: Fixtures.casebook(eras: ["e1", "e2"], cases: [
                                            Fixtures.simpleCase("a", era: "e1", levels: [("d", "few")]),
                                            Fixtures.simpleCase("b", era: "e1", levels: [("d", "all")]),
                                            Fixtures.simpleCase("c", era: "e2", levels: [("d", "all")]),
                                            Fixtures.simpleCase("d", era: "e2", levels: [("d", "none")]),
                                        ]))
        let report = SensitivityAnalysis.run(matrix: matrix, draws: 500, seed: 99, perturbation: 0.5)
        #expect(report.cases.map(\.baseRank) == [3, 1, 1, 4])
        #expect(report.cases.allSatisfy { $0.probabilityOfBaseRank == 1 })
        #expect(report.eras.allSatisfy { $0.probabilityOfBaseRank == 1 })
        #expect(report.flips.isEmpty)
    }

    @Test func aFiftyPercentPerturbationThatFlipsTheTopIsReported() {
        // d1 × 0.5: a = 2/1.5 = 1.333, b = 3/1.5 = 2. d2 × 1.5: a = 4/2.5 = 1.6, b = 4.5/2.5 = 1.8.
        // d1 × 1.5 and d2 × 0.5 only widen a's lead.
        let report = SensitivityAnalysis.run(matrix: duel, draws: 0, seed: 0, perturbation: 0.5)
        #expect(report.flips == [
            TopRankFlip(level: "case", dimensionID: "d1", change: -0.5, before: "a", after: "b"),
            TopRankFlip(level: "case", dimensionID: "d2", change: 0.5, before: "a", after: "b"),
            TopRankFlip(level: "era", dimensionID: "d1", change: -0.5, before: "e1", after: "e2"),
            TopRankFlip(level: "era", dimensionID: "d2", change: 0.5, before: "e1", after: "e2"),
        ])
    }

    @Test func aTwentyPercentPerturbationDoesNotFlipTheDuel() {
        // d1 × 0.8: a = 3.2/1.8 = 1.778 > b = 3/1.8 = 1.667; d2 × 1.2: a = 4/2.2 = 1.818 > b = 3.6/2.2 = 1.636.
        #expect(SensitivityAnalysis.run(matrix: duel, draws: 0, seed: 0, perturbation: 0.2).flips.isEmpty)
    }

    @Test func drawsAreUniformOnTheSimplex() {
        // With w1 = u uniform on (0, 1) and w2 = 1 − u, a ranks first when 4u > 3(1 − u), that is u > 3/7: probability 4/7.
        let report = SensitivityAnalysis.run(matrix: duel, draws: 10_000, seed: 2024, perturbation: 0.2)
        let a = report.cases[0]
        #expect(a.id == "a")
        #expect(a.baseRank == 1)
        #expect(abs(a.probabilities[0] - 4.0 / 7.0) < 0.03)
        #expect(abs(report.eras[0].probabilities[0] - 4.0 / 7.0) < 0.03)
        #expect(abs(a.probabilities[0] + report.cases[1].probabilities[0] - 1) < 1e-12)
    }

    @Test func zeroDrawsGiveZeroProbabilitiesAndRowsWithoutIndexAreLeftOut() {
        let matrix = MatrixScorer.score(rubric: Fixtures.rubric([Fixtures.simpleDimension("d")]),
                                        casebook: Fixtures.casebook(cases: [
                                            Fixtures.simpleCase("a", levels: [("d", "few")]), Fixtures.kase("b", observations: []),
                                        ]))
        let report = SensitivityAnalysis.run(matrix: matrix, draws: 0, seed: 3, perturbation: 0.2)
        #expect(report.cases == [RankDistribution(id: "a", baseRank: 1, probabilities: [0])])
    }
}
