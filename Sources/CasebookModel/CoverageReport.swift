import MatrixSupport
import RubricModel

/// For every case and every dimension of a rubric, whether the casebook observes it, says the documents
/// are silent on it, or leaves it missing, which is an error: each case must do one or the other.
///
/// ```swift
/// let coverage = CoverageReport(casebook: casebook, rubric: extended)
/// print(coverage.text)
/// let errors = coverage.diagnostics(positions: loaded.positions)
/// ```
public struct CoverageReport: Sendable, Hashable {
    /// The state of one case × dimension.
    public enum Cell: Sendable, Hashable {
        /// Indicators of the dimension are observed: how many, and how many evidence items they cite.
        case observed(observations: Int, evidence: Int)
        /// Listed under `not_in_sources`, with the coder's note.
        case notInSources(note: String)
        /// Neither observed nor listed under `not_in_sources`.
        case missing
    }

    /// One case's cells, in dimension order.
    public struct Row: Sendable, Hashable {
        /// The case id.
        public var caseID: String
        /// One cell per dimension of ``CoverageReport/dimensionIDs``.
        public var cells: [Cell]

        /// Creates a row.
        public init(caseID: String, cells: [Cell]) {
            self.caseID = caseID
            self.cells = cells
        }
    }

    /// The rubric's id.
    public let rubricID: String
    /// The rubric's dimension ids, in rubric order: the columns.
    public let dimensionIDs: [String]
    /// One row per case, in casebook (id) order.
    public let rows: [Row]

    /// Computes the coverage of a rubric's dimensions by a casebook.
    public init(casebook: Casebook, rubric: Rubric) {
        rubricID = rubric.id
        dimensionIDs = rubric.dimensions.map(\.id)
        rows = casebook.cases.map { item in
            Row(caseID: item.id, cells: rubric.dimensions.map { dimension in
                let scored = Set(dimension.indicators.map(\.id))
                let observations = item.observations.filter { scored.contains($0.indicatorID) }
                if !observations.isEmpty {
                    return .observed(observations: observations.count, evidence: observations.reduce(0) { $0 + $1.evidence.count })
                }
                if let marker = item.notInSources.first(where: { $0.dimensionID == dimension.id }) {
                    return .notInSources(note: marker.note)
                }
                return .missing
            })
        }
    }

    /// The number of missing cells.
    public var missingCount: Int {
        rows.reduce(0) { count, row in count + row.cells.filter { $0 == .missing }.count }
    }

    /// One error per missing cell, at the case file's `id`.
    public func diagnostics(positions: CasebookPositions) -> [Diagnostic] {
        rows.flatMap { row in
            zip(dimensionIDs, row.cells).filter { $0.1 == .missing }.map { dimensionID, _ in
                (positions.cases[row.caseID] ?? .init(path: row.caseID, line: 0, column: 0))
                    .diagnostic("case '\(row.caseID)' neither observes dimension '\(dimensionID)' nor lists it in not_in_sources")
            }
        }
    }

    /// A plain-text table, cases down and numbered dimensions across, followed by the legend:
    ///
    /// ```
    /// case      1    2  3
    /// accord-a  2/3  -  !
    /// ```
    /// where `2/3` is two observations citing three evidence items, `-` not in sources, `!` missing.
    public var text: String {
        let header = ["case"] + dimensionIDs.indices.map { String($0 + 1) }
        let body = rows.map { row in [row.caseID] + row.cells.map(Self.symbol) }
        let table = [header] + body
        let widths = header.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        var lines = ["Coverage of rubric '\(rubricID)': \(rows.count) case\(rows.count == 1 ? "" : "s") × "
                     + "\(dimensionIDs.count) dimension\(dimensionIDs.count == 1 ? "" : "s")", ""]
        lines += table.map { cells in
            // The last column is not padded, so no line ends in spaces.
            zip(cells, widths).enumerated().map { column, cell in
                column == cells.count - 1 ? cell.0 : cell.0 + String(repeating: " ", count: cell.1 - cell.0.count)
            }.joined(separator: "  ")
        }
        lines += ["", "Dimensions:"]
        lines += dimensionIDs.enumerated().map { "  \($0.offset + 1)  \($0.element)" }
        lines += [
            "Symbols:",
            "  n/e  observed: n observations citing e evidence items",
            "  -    not in sources: the case notes the documents are silent",
            "  !    missing: neither observed nor listed in not_in_sources (an error)",
            "",
            "Missing: \(missingCount) of \(rows.count * dimensionIDs.count) cells.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func symbol(_ cell: Cell) -> String {
        switch cell {
        case let .observed(observations, evidence): return "\(observations)/\(evidence)"
        case .notInSources: return "-"
        case .missing: return "!"
        }
    }
}
