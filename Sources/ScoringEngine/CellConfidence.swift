import CasebookModel

/// How far a case × dimension score can be trusted, from 0 to 1, and the four factors it is the product of.
///
/// ```
/// confidence = amount × independence × agreement × coder
/// amount       = 1 − 0.5ⁿ                      n = evidence items of the scored observations
/// independence = 0.75 for one distinct source, 1 for two or more (0 without evidence)
/// agreement    = supporting items / n           (0 without evidence)
/// coder        = mean CoderConfidence.factor    (high 1, medium 0.8, low 0.6) of the scored observations
/// ```
///
/// Each factor is monotone in the evidence: adding a supporting item to an observation never lowers
/// the product. A cell with insufficient evidence reports confidence 0; its factors are still computed
/// so that `explain` can show why. The same formula is in `docs/scoring.md`.
public struct CellConfidence: Sendable, Hashable, Codable {
    /// Evidence items of the scored observations, supporting or contradicting.
    public let evidenceItems: Int
    /// The supporting ones among them.
    public let supportingItems: Int
    /// Distinct source ids among them.
    public let distinctSources: Int
    /// 1 − 0.5ⁿ.
    public let amount: Double
    /// 0.75 for one source, 1 for two or more.
    public let independence: Double
    /// Supporting items / all items.
    public let agreement: Double
    /// Mean coder-confidence factor.
    public let coder: Double

    /// The factors for a cell computed from these observations (the ones whose values the rule used).
    public init(observations: [Observation]) {
        let evidence = observations.flatMap(\.evidence)
        evidenceItems = evidence.count
        supportingItems = evidence.filter { $0.stance == .supports }.count
        distinctSources = Set(evidence.map(\.sourceID)).count
        amount = 1 - Self.pow(0.5, evidenceItems)
        switch distinctSources {
        case 0: independence = 0
        case 1: independence = 0.75
        default: independence = 1
        }
        agreement = evidenceItems == 0 ? 0 : Double(supportingItems) / Double(evidenceItems)
        coder = observations.isEmpty ? 0 : observations.reduce(0) { $0 + $1.confidence.factor } / Double(observations.count)
    }

    /// amount × independence × agreement × coder.
    public var value: Double { amount * independence * agreement * coder }

    /// "amount 0.750 × independence 0.750 × agreement 1.000 × coder 1.000 = 0.563".
    public var formula: String {
        "amount \(NumberText.fixed(amount)) × independence \(NumberText.fixed(independence)) × "
            + "agreement \(NumberText.fixed(agreement)) × coder \(NumberText.fixed(coder)) = \(NumberText.fixed(value))"
    }

    // Repeated multiplication keeps the value exact for the small n met in practice and avoids Foundation.
    private static func pow(_ base: Double, _ exponent: Int) -> Double {
        (0..<exponent).reduce(1) { result, _ in result * base }
    }
}
