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
        scores.reserveCapacity(rows.count * dimensions.count)
        mask.reserveCapacity(rows.count * dimensions.count)
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

    /// Tallies one draw: the competition rank of every row under `weights` (``CompetitionRanking``, with its
    /// tolerance) into `tally`. `buffer` and `sorted` are scratch space of `rowCount` elements.
    ///
    /// The ranks come from one sort per draw and a binary search per row, so a draw costs O(n log n), not the
    /// O(n²) of comparing every pair of rows — the difference between milliseconds and minutes at dataset scale.
    ///
    /// With a limited tally most rows rank below the limit; two reads of the sorted values tell, without a search,
    /// that a row does and whether it kept its base rank: a row ranks r when exactly r − 1 values beat it.
    func tallyRanks(weights: [Double], buffer: inout [Double], sorted: inout [Double], tally: inout RankTally) {
        indexes(weights: weights, into: &buffer)
        let ranked = CompetitionRanking.sortedForRanking(buffer, into: &sorted)
        let columns = tally.rankColumns
        for row in 0..<rowCount {
            let value = buffer[row]
            guard !value.isNaN else { continue }
            let threshold = value + CompetitionRanking.tolerance
            // More than `columns` values beat it when the (columns + 1)-th largest does.
            if columns < ranked, sorted[ranked - 1 - columns] > threshold {
                let beaten = baseRanks[row] - 1
                let keepsBaseRank = beaten < ranked && sorted[ranked - 1 - beaten] <= threshold
                    && (beaten == 0 || sorted[ranked - beaten] > threshold)
                tally.recordBeyond(row: row, keepsBaseRank: keepsBaseRank)
            } else {
                tally.record(rank: CompetitionRanking.rank(of: value, amongAscending: sorted, count: ranked), row: row)
            }
        }
    }

    /// The ids ranked first under `weights`, in row order: the rows no other row beats by more than the tolerance.
    func top(weights: [Double]) -> [String] {
        var buffer = [Double](repeating: 0, count: rowCount)
        indexes(weights: weights, into: &buffer)
        guard let best = buffer.filter({ !$0.isNaN }).max() else { return [] }
        return (0..<rowCount).filter { !buffer[$0].isNaN && !(best > buffer[$0] + CompetitionRanking.tolerance) }.map { ids[$0] }
    }

    func distributions(_ tally: RankTally, draws: Int) -> [RankDistribution] {
        (0..<rowCount).map { row in
            func share(_ count: Int) -> Double { draws == 0 ? 0 : Double(count) / Double(draws) }
            return RankDistribution(id: ids[row], baseRank: baseRanks[row],
                                    probabilities: (0..<tally.rankColumns).map { share(tally.count(row: row, rank: $0 + 1)) },
                                    probabilityBeyond: share(tally.beyond(row: row)),
                                    probabilityOfBaseRank: share(tally.baseRankHits(row: row)))
        }
    }
}

/// How often each row took each rank, for the first `rankColumns` ranks one by one, the ranks beyond them together,
/// and the row's own base rank: `rowCount × (rankColumns + 2)` counters, so a limited tally stays linear in the rows.
struct RankTally {
    let rankColumns: Int
    private let stride: Int
    private let baseRanks: [Int]
    private var counts: [Int]

    /// A tally of every rank one by one when `limit` is nil, else of the first `limit`.
    init(baseRanks: [Int], limit: Int?) {
        rankColumns = min(baseRanks.count, max(0, limit ?? baseRanks.count))
        stride = rankColumns + 2
        self.baseRanks = baseRanks
        counts = [Int](repeating: 0, count: baseRanks.count * stride)
    }

    mutating func record(rank: Int, row: Int) {
        let start = row * stride
        counts[start + (rank <= rankColumns ? rank - 1 : rankColumns)] += 1
        if rank == baseRanks[row] { counts[start + rankColumns + 1] += 1 }
    }

    /// A draw in which the row ranked below the tallied ranks.
    mutating func recordBeyond(row: Int, keepsBaseRank: Bool) {
        let start = row * stride
        counts[start + rankColumns] += 1
        if keepsBaseRank { counts[start + rankColumns + 1] += 1 }
    }

    func count(row: Int, rank: Int) -> Int { counts[row * stride + rank - 1] }
    func beyond(row: Int) -> Int { counts[row * stride + rankColumns] }
    func baseRankHits(row: Int) -> Int { counts[row * stride + rankColumns + 1] }
}
