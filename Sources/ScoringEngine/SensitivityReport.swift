/// Whether the rankings survive other weightings: rank probabilities under random weights drawn
/// from the simplex, and the ±X% single-weight perturbations that change who ranks first.
public struct SensitivityReport: Sendable, Hashable {
    /// Number of weight vectors drawn.
    public let draws: Int
    /// The random seed; the same seed gives the same report.
    public let seed: UInt64
    /// The perturbation applied to each weight, as a fraction (0.2 for ±20%).
    public let perturbation: Double
    /// One distribution per case with an index, in case-row order.
    public let cases: [RankDistribution]
    /// One distribution per era with an index, in era order.
    public let eras: [RankDistribution]
    /// Single-weight changes of ±perturbation that change the top-ranked case or era.
    public let flips: [TopRankFlip]

    /// Creates a report.
    public init(draws: Int, seed: UInt64, perturbation: Double, cases: [RankDistribution], eras: [RankDistribution], flips: [TopRankFlip]) {
        self.draws = draws
        self.seed = seed
        self.perturbation = perturbation
        self.cases = cases
        self.eras = eras
        self.flips = flips
    }
}

/// How often one case or era took each rank across the draws.
public struct RankDistribution: Sendable, Hashable {
    /// The case or era id.
    public let id: String
    /// Its rank under the rubric's own weights.
    public let baseRank: Int
    /// `probabilities[r - 1]` is the share of draws in which it ranked r. Every rank is listed (and the shares sum
    /// to 1) unless the analysis ran with a rank limit; then only the first ranks are, and ``probabilityBeyond``
    /// holds the rest.
    public let probabilities: [Double]
    /// The share of draws in which it ranked below the ranks ``probabilities`` lists; 0 when they list every rank.
    public let probabilityBeyond: Double
    /// The share of draws in which it kept its base rank.
    public let probabilityOfBaseRank: Double

    /// Creates a distribution that lists every rank.
    public init(id: String, baseRank: Int, probabilities: [Double]) {
        self.init(id: id, baseRank: baseRank, probabilities: probabilities, probabilityBeyond: 0,
                  probabilityOfBaseRank: baseRank >= 1 && baseRank <= probabilities.count ? probabilities[baseRank - 1] : 0)
    }

    /// Creates a distribution that lists the first ranks only.
    public init(id: String, baseRank: Int, probabilities: [Double], probabilityBeyond: Double, probabilityOfBaseRank: Double) {
        self.id = id
        self.baseRank = baseRank
        self.probabilities = probabilities
        self.probabilityBeyond = probabilityBeyond
        self.probabilityOfBaseRank = probabilityOfBaseRank
    }
}

/// A single-weight change that changes the top rank.
public struct TopRankFlip: Sendable, Hashable {
    /// "case" or "era".
    public let level: String
    /// The dimension whose weight changed.
    public let dimensionID: String
    /// The relative change applied, such as -0.2.
    public let change: Double
    /// Top id before.
    public let before: String
    /// Top id after.
    public let after: String

    /// Creates a flip.
    public init(level: String, dimensionID: String, change: Double, before: String, after: String) {
        self.level = level
        self.dimensionID = dimensionID
        self.change = change
        self.before = before
        self.after = after
    }
}
