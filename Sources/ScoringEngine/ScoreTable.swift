import RubricModel

/// Oriented scores of the ranked rows as one flat row-major array (0 and mask 0 where insufficient), so
/// each draw is a tight loop of multiply-adds.
struct ScoreTable {
    let ids: [String]
    let baseRanks: [Int]
    let rowCount: Int
    let dimensionCount: Int
    let scores: [Double]
    let mask: [Double]

    init(rows: [(id: String, rank: Int, values: [CellValue])], dimensions: [Dimension], scale: Scale) {
        ids = rows.map(\.id)
        baseRanks = rows.map(\.rank)
        rowCount = rows.count
        dimensionCount = dimensions.count
        var scores: [Double] = [], mask: [Double] = []
        for row in rows {
            for (value, dimension) in zip(row.values, dimensions) {
                scores.append(value.score.map { WeightedIndex.oriented($0, direction: dimension.direction, scale: scale) } ?? 0)
                mask.append(value.score == nil ? 0 : 1)
            }
        }
        self.scores = scores
        self.mask = mask
    }

    /// Σ w·s / Σ w·mask per row into `buffer`, NaN for a row whose scored dimensions all weigh 0.
    func indexes(weights: [Double], into buffer: inout [Double]) {
        for row in 0..<rowCount {
            var numerator = 0.0, denominator = 0.0
            let start = row * dimensionCount
            for d in 0..<dimensionCount {
                numerator += weights[d] * scores[start + d]
                denominator += weights[d] * mask[start + d]
            }
            buffer[row] = denominator > 0 ? numerator / denominator : .nan
        }
    }

    /// The competition rank of each row in `buffer` (0 for NaN), with ``CompetitionRanking/tolerance``.
    func rank(_ row: Int, in buffer: [Double]) -> Int {
        let value = buffer[row]
        guard !value.isNaN else { return 0 }
        var rank = 1
        for other in buffer where other > value + CompetitionRanking.tolerance { rank += 1 }
        return rank
    }

    func tallyRanks(weights: [Double], buffer: inout [Double], counts: inout [Int]) {
        indexes(weights: weights, into: &buffer)
        for row in 0..<rowCount {
            let rank = rank(row, in: buffer)
            if rank > 0 { counts[row * rowCount + rank - 1] += 1 }
        }
    }

    /// The ids ranked first under `weights`, in row order.
    func top(weights: [Double]) -> [String] {
        var buffer = [Double](repeating: 0, count: rowCount)
        indexes(weights: weights, into: &buffer)
        return (0..<rowCount).filter { rank($0, in: buffer) == 1 }.map { ids[$0] }
    }

    func distributions(counts: [Int], draws: Int) -> [RankDistribution] {
        (0..<rowCount).map { row in
            RankDistribution(id: ids[row], baseRank: baseRanks[row],
                             probabilities: (0..<rowCount).map { draws == 0 ? 0 : Double(counts[row * rowCount + $0]) / Double(draws) })
        }
    }
}
