import CasebookModel
import PropertyBased
import RubricModel
import ScoringEngine
import Testing

/// Invariants of the scorer over generated rubrics and casebooks.
@Suite struct PropertyTests {
    private static let codes = Gen.int(in: 0...RandomWorld.uncoded).array(of: RandomWorld.caseCount * RandomWorld.indicatorsPerCase)
    private static let weights = Gen.double(in: 0.1...5).array(of: 3)

    /// Ranks come from a sort and binary search; they must be the pairwise definition: 1 + the rows whose index
    /// is higher by more than the tolerance.
    @Test func ranksAreOnePlusTheRowsThatBeatTheIndex() async {
        await propertyCheck(input: Self.codes, Self.weights) { codes, weights in
            let matrix = MatrixScorer.score(rubric: RandomWorld.rubric(weights: weights), casebook: RandomWorld.casebook(codes: codes))
            for rows in [matrix.cases.map { ($0.index, $0.rank) }, matrix.eras.map { ($0.index, $0.rank) }] {
                for (index, rank) in rows {
                    let expected = index.map { value in 1 + rows.filter { ($0.0 ?? -.infinity) > value + 1e-12 }.count }
                    #expect(rank == expected)
                }
            }
        }
    }

    @Test func multiplyingAllWeightsByAConstantChangesNothing() async {
        await propertyCheck(input: Self.codes, Self.weights, Gen.double(in: 0.001...1000)) { codes, weights, factor in
            let casebook = RandomWorld.casebook(codes: codes)
            let base = MatrixScorer.score(rubric: RandomWorld.rubric(weights: weights), casebook: casebook)
            let scaled = MatrixScorer.score(rubric: RandomWorld.rubric(weights: weights.map { $0 * factor }), casebook: casebook)
            #expect(base.cases.map { $0.dimensions } == scaled.cases.map { $0.dimensions })
            #expect(base.eras.map { $0.dimensions } == scaled.eras.map { $0.dimensions })
            #expect(base.cases.map(\.rank) == scaled.cases.map(\.rank))
            #expect(base.eras.map(\.rank) == scaled.eras.map(\.rank))
            #expect(base.lessons == scaled.lessons)
            for (a, b) in zip(base.cases.map(\.index) + base.eras.map(\.index), scaled.cases.map(\.index) + scaled.eras.map(\.index)) {
                #expect((a == nil) == (b == nil))
                #expect(abs((a ?? 0) - (b ?? 0)) <= 1e-9)
            }
        }
    }

    @Test func theOrderOfCasesAndObservationsChangesNothing() async {
        await propertyCheck(input: Self.codes, Self.weights, Gen.uint64(in: 0...UInt64.max)) { codes, weights, seed in
            let rubric = RandomWorld.rubric(weights: weights)
            let casebook = RandomWorld.casebook(codes: codes)
            var generator = TestGenerator(state: seed)
            let shuffledCases = casebook.cases.shuffled(using: &generator).map { kase in
                var kase = kase
                kase.observations.shuffle(using: &generator)
                return kase
            }
            let shuffled = Casebook(sources: casebook.sources, eras: casebook.eras, cases: shuffledCases, conflicts: casebook.conflicts)
            let a = MatrixScorer.score(rubric: rubric, casebook: casebook), b = MatrixScorer.score(rubric: rubric, casebook: shuffled)
            #expect(a.cases == b.cases)
            #expect(a.eras == b.eras)
            #expect(a.lessons == b.lessons)
        }
    }

    @Test func everyScoreLiesWithinTheScale() async {
        let outOfScaleLevels = Gen.double(in: -6...10).array(of: 5)
        let tableLevels = Gen.int(in: -3...9).array(of: 3)
        await propertyCheck(input: Self.codes, outOfScaleLevels, tableLevels, Gen.int(in: -3...12)) { codes, categoryLevels, rowLevels, ordinalTop in
            var rubric = RandomWorld.rubric(weights: [1, 2, 3])
            rubric.dimensions[0].indicators[0].mapping = .categories(categoryLevels.enumerated().map {
                CategoryLevel(name: Fixtures.category($0.offset), level: $0.element)
            })
            rubric.dimensions[1].indicators[0].mapping = .ordinal(from: 1, to: ordinalTop == 1 ? 2 : ordinalTop)
            rubric.dimensions[2].rule = .thresholdTable(zip([3.0, 1.0, 0.0], rowLevels).map { Threshold(atLeast: $0, level: $1) })
            let matrix = MatrixScorer.score(rubric: rubric, casebook: RandomWorld.casebook(codes: codes))
            let scale = rubric.scale
            for score in matrix.cases.flatMap({ $0.dimensions.compactMap(\.value.score) }) + matrix.eras.flatMap({ $0.dimensions.compactMap(\.value.score) }) {
                #expect(scale.contains(score))
            }
            for index in matrix.cases.compactMap(\.index) + matrix.eras.compactMap(\.index) {
                #expect(scale.contains(index))
            }
            for input in matrix.cases.flatMap({ $0.dimensions.flatMap(\.provenance.inputs) }) {
                #expect(input.level.map(scale.contains) == true)
            }
        }
    }

    @Test func addingASupportingEvidenceItemNeverLowersConfidence() async {
        // Per item: 0 supports from s1, 1 supports from s2, 2 contradicts from s1, 3 contradicts from s2.
        let items = Gen.int(in: 0...3).array(of: 0...4)
        await propertyCheck(input: items, items, Gen.int(in: 0...2), Gen.int(in: 0...3), Gen.bool, Gen.int(in: 0...1)) {
            firstItems, secondItems, coder, minimum, toSecond, newSource in
            let evidence: ([Int]) -> [(String, Stance)] = { codes in
                codes.map { ($0 % 2 == 0 ? "s1" : "s2", $0 >= 2 ? .contradicts : .supports) }
            }
            let dimension = Fixtures.dimension("d", minimumEvidence: minimum, indicators: [
                Fixtures.indicator("a", Fixtures.fiveCategories), Fixtures.indicator("b", Fixtures.fiveCategories),
            ])
            let confidence: ([Int], [Int]) -> Double = { first, second in
                let kase = Fixtures.kase("c", observations: [
                    Fixtures.observation("c", "a", .category("some"), confidence: CoderConfidence.allCases[coder], evidence: evidence(first)),
                    Fixtures.observation("c", "b", .category("all"), confidence: .low, evidence: evidence(second)),
                ])
                let matrix = MatrixScorer.score(rubric: Fixtures.rubric([dimension]), casebook: Fixtures.casebook(cases: [kase]))
                return matrix.caseScore("c")?["d"]?.confidence ?? -1
            }
            let before = confidence(firstItems, secondItems)
            let after = toSecond ? confidence(firstItems, secondItems + [newSource]) : confidence(firstItems + [newSource], secondItems)
            #expect(after >= before)
        }
    }

    @Test func aCaseWithInsufficientEvidenceNeverChangesAnEra() async {
        await propertyCheck(input: Self.codes, Self.weights, Gen.int(in: 0...2), Gen.int(in: 0...3)) {
            codes, weights, era, statistic in
            let rubric = RandomWorld.rubric(weights: weights, era: EraAggregation.allCases[statistic])
            let casebook = RandomWorld.casebook(codes: codes)
            let uncited = Fixtures.kase("uncited", era: "e\(era)", observations: [
                Fixtures.observation("uncited", "i1", .category("all"), evidence: []),
                Fixtures.observation("uncited", "i2", .boolean(true), evidence: []),
                Fixtures.observation("uncited", "i3", .number(4), evidence: []),
                Fixtures.observation("uncited", "i4", .number(4), evidence: []),
                Fixtures.observation("uncited", "i5", .boolean(true), evidence: []),
            ])
            let extended = Casebook(sources: casebook.sources, eras: casebook.eras, cases: casebook.cases + [uncited], conflicts: [])
            let a = MatrixScorer.score(rubric: rubric, casebook: casebook), b = MatrixScorer.score(rubric: rubric, casebook: extended)
            #expect(b.caseScore("uncited")?.dimensions.allSatisfy { $0.value == .insufficientEvidence } == true)
            for (before, after) in zip(a.eras, b.eras) {
                #expect(before.dimensions.map(\.value) == after.dimensions.map(\.value))
                #expect(before.dimensions.map(\.confidence) == after.dimensions.map(\.confidence))
                #expect(before.index == after.index)
                #expect(after.dimensions.map(\.casesInsufficient)
                    == before.dimensions.map { $0.casesInsufficient + (before.eraID == "e\(era)" ? 1 : 0) })
            }
        }
    }
}

/// The index a spreadsheet recomputes from the row's cells agrees with the engine's.
@Suite struct SpreadsheetAgreementTests {
    @Test func indexIsSumproductOverScoredCells() async {
        await propertyCheck(input: Gen.int(in: 0...RandomWorld.uncoded).array(of: RandomWorld.caseCount * RandomWorld.indicatorsPerCase),
                            Gen.double(in: 0...7).array(of: 3)) { codes, weights in
            let matrix = MatrixScorer.score(rubric: RandomWorld.rubric(weights: weights), casebook: RandomWorld.casebook(codes: codes))
            let dimensions = matrix.rubric.dimensions
            // =SUMPRODUCT(weights, oriented) / SUMPRODUCT(weights, ISNUMBER(oriented)), weights as normalised in the output.
            func spreadsheet(_ values: [CellValue]) -> Double? {
                let weights = dimensions.map { matrix.weights.normalized[$0.id] ?? 0 }
                let oriented = zip(values, dimensions).map { value, dimension in
                    value.score.map { dimension.direction == .lowerIsBetter ? 4 - $0 : $0 }
                }
                let numerator = zip(weights, oriented).reduce(0.0) { $0 + $1.0 * ($1.1 ?? 0) }
                let denominator = zip(weights, oriented).reduce(0.0) { $0 + ($1.1 == nil ? 0 : $1.0) }
                return denominator > 0 ? numerator / denominator : nil
            }
            for row in matrix.cases {
                let expected = spreadsheet(row.dimensions.map(\.value))
                #expect((expected == nil) == (row.index == nil))
                #expect(abs((expected ?? 0) - (row.index ?? 0)) <= 1e-9)
            }
            for row in matrix.eras {
                let expected = spreadsheet(row.dimensions.map(\.value))
                #expect((expected == nil) == (row.index == nil))
                #expect(abs((expected ?? 0) - (row.index ?? 0)) <= 1e-9)
            }
        }
    }
}
