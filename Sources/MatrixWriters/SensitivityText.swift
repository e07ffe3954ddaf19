import ScoringEngine

/// Renders a ``SensitivityReport`` as aligned text tables: for each era and case, its rank under the rubric's
/// weights, the probability of keeping that rank, and the probability of each rank; then the weight changes
/// that flip the top rank.
///
/// ```swift
/// print(SensitivityText.render(report, matrix: scored))
/// ```
public enum SensitivityText {
    /// The report as text, wrapped to `width` columns.
    public static func render(_ report: SensitivityReport, matrix: ScoredMatrix, width: Int = 100) -> String {
        var lines = [
            "Sensitivity of the ranking — rubric \(matrix.rubric.id) \(matrix.rubric.version)",
            "\(report.draws) weight vectors drawn uniformly from the simplex (seed \(report.seed)); each weight perturbed by ±\(FixedDecimal.string(report.perturbation * 100, decimals: 1))%.",
            "",
            "Eras",
        ]
        lines += TextTable(table: table(report.eras)).lines(width: width)
        lines += ["", "Cases"]
        lines += TextTable(table: table(report.cases)).lines(width: width)
        lines += ["", "Weight changes that flip the top rank"]
        if report.flips.isEmpty {
            lines.append("none: no single weight change of ±\(FixedDecimal.string(report.perturbation * 100, decimals: 1))% changes who ranks first")
        } else {
            let rows = report.flips.map { flip in
                [flip.level, flip.dimensionID, (flip.change > 0 ? "+" : "") + FixedDecimal.string(flip.change * 100, decimals: 1) + "%", flip.before, flip.after]
            }
            lines += TextTable(table: MatrixTable(
                columns: [.init(header: "level", alignment: .left), .init(header: "dimension", alignment: .left),
                          .init(header: "weight change", alignment: .right), .init(header: "top before", alignment: .left),
                          .init(header: "top after", alignment: .left)],
                rows: rows)).lines(width: width)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func table(_ distributions: [RankDistribution]) -> MatrixTable {
        let ranks = distributions.map(\.probabilities.count).max() ?? 0
        var columns: [MatrixTable.Column] = [.init(header: "id", alignment: .left), .init(header: "rank", alignment: .right),
                                             .init(header: "P(rank kept)", alignment: .right)]
        columns += (0..<ranks).map { .init(header: "P(\($0 + 1))", alignment: .right) }
        let rows = distributions.map { distribution in
            [distribution.id, String(distribution.baseRank), FixedDecimal.string(distribution.probabilityOfBaseRank, decimals: 3)]
                + (0..<ranks).map { $0 < distribution.probabilities.count ? FixedDecimal.string(distribution.probabilities[$0], decimals: 3) : "" }
        }
        return MatrixTable(columns: columns, rows: rows)
    }
}
