/// Competition ranking ("1224") with a tolerance, shared by the scorer and the sensitivity analysis so both
/// rank the same way.
enum CompetitionRanking {
    /// Index differences at or below this are ties: floating noise (from reordered sums or scaled weights) never splits one.
    static let tolerance = 1e-12

    /// The 1-based rank of every value, highest first; tied values share the best rank; nil values get no rank.
    static func ranks(_ values: [Double?]) -> [Int?] {
        values.map { value in
            guard let value else { return nil }
            return 1 + values.reduce(0) { count, other in
                guard let other else { return count }
                return other > value + tolerance ? count + 1 : count
            }
        }
    }
}
