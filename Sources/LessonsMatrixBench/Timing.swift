import Foundation

/// The wall-clock times of repeated runs of one phase, after a warm-up run that is not counted.
struct Timing: Encodable {
    let runs: [Double]

    var median: Double {
        let sorted = runs.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// Times `body` `count` times after one warm-up run.
    static func measure(runs count: Int, _ body: () throws -> Void) rethrows -> Timing {
        try body()
        let clock = ContinuousClock()
        var runs: [Double] = []
        for _ in 0..<max(1, count) {
            let elapsed = try clock.measure(body)
            runs.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return Timing(runs: runs)
    }

    enum CodingKeys: String, CodingKey { case runs, median, min, max }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(runs, forKey: .runs)
        try container.encode(median, forKey: .median)
        try container.encode(runs.min() ?? 0, forKey: .min)
        try container.encode(runs.max() ?? 0, forKey: .max)
    }
}
