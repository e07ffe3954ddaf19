/// Competition ranking ("1224") with a tolerance, shared by the scorer and the sensitivity analysis so both
/// rank the same way.
enum CompetitionRanking {
    /// Index differences at or below this are ties: floating noise (from reordered sums or scaled weights) never splits one.
    static let tolerance = 1e-12

    /// The 1-based rank of every value, highest first; tied values share the best rank; nil values get no rank.
    ///
    /// A value's rank is 1 + the number of values greater than it by more than ``tolerance``, counted by binary
    /// search in the sorted values (O(n log n); the pairwise count was O(n²), minutes for 20,000 cases).
    static func ranks(_ values: [Double?]) -> [Int?] {
        let ascending = values.compactMap { $0 }.sorted()
        return values.map { value in value.map { rank(of: $0, amongAscending: ascending, count: ascending.count) } }
    }

    /// 1 + the number of the first `count` elements of `ascending` that exceed `value + tolerance`.
    static func rank(of value: Double, amongAscending ascending: [Double], count: Int) -> Int {
        let threshold = value + tolerance
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if ascending[middle] > threshold { high = middle } else { low = middle + 1 }
        }
        return 1 + count - low
    }

    /// Copies the non-NaN values into the front of `sorted`, sorts them ascending and returns how many there are.
    static func sortedForRanking(_ values: [Double], into sorted: inout [Double]) -> Int {
        var count = 0
        for value in values where !value.isNaN {
            sorted[count] = value
            count += 1
        }
        sorted.withUnsafeMutableBufferPointer { buffer in
            buffer[0..<count].sort()
        }
        return count
    }
}
