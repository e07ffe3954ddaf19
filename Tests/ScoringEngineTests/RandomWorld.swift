import CasebookModel
import RubricModel

/// A rubric of three dimensions (weighted mean, minimum with lower-is-better, threshold table) covering every
/// mapping type, and a casebook of eight cases in three eras whose coded values come from a list of numbers,
/// so property tests can generate whole worlds from plain integer arrays.
enum RandomWorld {
    static let caseCount = 8
    static let indicatorsPerCase = 5
    /// A code of 5 leaves the indicator uncoded.
    static let uncoded = 5

    static func rubric(weights: [Double], era: EraAggregation = .mean) -> Rubric {
        let table = DimensionRule.thresholdTable([Threshold(atLeast: 3, level: 4), Threshold(atLeast: 1.5, level: 2), Threshold(atLeast: 0, level: 0)])
        let lesson = Lesson(id: "weak-and-failed", statement: "s", dimensions: ["d1"], conditionText: #"d1 <= 2 and outcome == "failed""#,
                            condition: .and(.comparison(.name("d1"), .lessOrEqual, .number(2)),
                                            .comparison(.name("outcome"), .equal, .text("failed"))))
        return Fixtures.rubric([
            Fixtures.dimension("d1", weight: weights[0], indicators: [
                Fixtures.indicator("i1", weight: 2, Fixtures.fiveCategories),
                Fixtures.indicator("i2", weight: 1, .boolean(whenTrue: 4, whenFalse: 1)),
            ]),
            Fixtures.dimension("d2", weight: weights[1], direction: .lowerIsBetter, rule: .minimum, indicators: [
                Fixtures.indicator("i3", .ordinal(from: 0, to: 4)),
                Fixtures.indicator("i5", .boolean(whenTrue: 3, whenFalse: 0)),
            ]),
            Fixtures.dimension("d3", weight: weights[2], rule: table, indicators: [
                Fixtures.indicator("i4", .thresholds([Threshold(atLeast: 0, level: 0), Threshold(atLeast: 2, level: 2), Threshold(atLeast: 4, level: 4)])),
            ]),
        ], lessons: [lesson], era: era)
    }

    /// Case `c<n>` takes codes `codes[n*5 ..< n*5+5]` for i1…i5 (0…4, or 5 for uncoded).
    static func casebook(codes: [Int]) -> Casebook {
        Fixtures.casebook(eras: ["e0", "e1", "e2"], cases: (0..<caseCount).map { n in
            let id = "c\(n)"
            let own = Array(codes[(n * indicatorsPerCase)..<((n + 1) * indicatorsPerCase)])
            let values: [(String, ObservedValue)] = [
                ("i1", .category(Fixtures.category(own[0] % 5))),
                ("i2", .boolean(own[1] >= 2)),
                ("i3", .number(Double(own[2]))),
                ("i4", .number(Double(own[3]))),
                ("i5", .boolean(own[4] % 2 == 1)),
            ]
            let observations = zip(values, own).filter { $0.1 != uncoded }.map { value, code in
                Fixtures.observation(id, value.0, value.1, confidence: CoderConfidence.allCases[code % 3],
                                     evidence: code % 2 == 0 ? [("s1", .supports)] : [("s1", .supports), ("s2", .contradicts)])
            }
            return Fixtures.kase(id, era: "e\(n % 3)", year: n == 7 ? nil : 1980 + n % 4, outcome: n % 2 == 0 ? .failed : .held,
                                 observations: observations)
        })
    }
}

/// A tiny seeded generator for shuffles inside property tests.
struct TestGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state ^ (state >> 29)
    }
}
