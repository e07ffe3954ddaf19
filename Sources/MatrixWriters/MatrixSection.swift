import CasebookModel
import RubricModel
import ScoringEngine

/// One titled table with its explanation and legend, shared by the text and Markdown writers so that both show
/// the same content: the dimensions and weights, then the era, case and lessons matrices.
struct MatrixSection: Sendable, Hashable {
    /// A titled list of keys used in the table and their meanings.
    struct Legend: Sendable, Hashable {
        /// One key and what it means.
        struct Entry: Sendable, Hashable {
            let key: String
            let meaning: String
        }

        let title: String
        let entries: [Entry]
    }

    /// The table's title.
    let title: String
    /// One sentence on what the table holds.
    let caption: String
    /// The table.
    let table: MatrixTable
    /// The legends, in order; none for a table that needs none.
    let legends: [Legend]

    /// How a missing score, index or rank is shown.
    static let insufficientEvidence = "n/e"

    /// The four sections of a matrix, in output order.
    static func all(of matrix: ScoredMatrix) -> [MatrixSection] {
        [dimensions(of: matrix), eras(of: matrix), cases(of: matrix), lessons(of: matrix)]
    }

    /// The dimensions with their weights as written and as the index uses them.
    static func dimensions(of matrix: ScoredMatrix) -> MatrixSection {
        let weights = matrix.weights
        return MatrixSection(
            title: "Dimensions",
            caption: "The index of a row is the weighted mean of its scored dimensions with the index weights "
                + "(weight / \(decimal(weights.total))); a lower_is_better score s enters as "
                + "\(matrix.rubric.scale.minimum) + \(matrix.rubric.scale.maximum) − s.",
            table: MatrixTable(
                columns: [.init(header: "dimension", alignment: .left), .init(header: "name", alignment: .left),
                          .init(header: "direction", alignment: .left), .init(header: "weight", alignment: .right),
                          .init(header: "index weight", alignment: .right)],
                rows: matrix.rubric.dimensions.map { dimension in
                    [dimension.id, dimension.name, dimension.direction.rawValue,
                     weight(weights.raw[dimension.id]), weight(weights.normalized[dimension.id])]
                }),
            legends: [])
    }

    /// Eras down, dimensions across, with the index and rank.
    static func eras(of matrix: ScoredMatrix) -> MatrixSection {
        let dimensionIDs = matrix.rubric.dimensions.map(\.id)
        return MatrixSection(
            title: "Era matrix",
            caption: "Era scores by dimension on the scale \(scaleRange(matrix.rubric.scale)): the "
                + "\(matrix.rubric.aggregation.era.rawValue) of the scores of the era's cases that have one; "
                + "index and rank across eras.",
            table: MatrixTable(
                columns: [.init(header: "era", alignment: .left), .init(header: "name", alignment: .left),
                          .init(header: "period", alignment: .left)] + scoreColumns(dimensionIDs),
                rows: matrix.eras.map { row in
                    let era = matrix.casebook.era(row.eraID)
                    return [row.eraID, era?.name ?? "", era?.period ?? ""]
                        + dimensionIDs.map { decimal(row[$0]?.value.score) }
                        + [decimal(row.index), row.rank.map(String.init) ?? insufficientEvidence]
                }),
            legends: [scaleLegend(matrix.rubric.scale)])
    }

    /// Cases down with their era, date and outcome, dimensions across, with the index and rank.
    static func cases(of matrix: ScoredMatrix) -> MatrixSection {
        let dimensionIDs = matrix.rubric.dimensions.map(\.id)
        let casesByID = matrix.casebook.casesByID
        return MatrixSection(
            title: "Case matrix",
            caption: "Case scores by dimension on the scale \(scaleRange(matrix.rubric.scale)), cases in era and date "
                + "order; index and rank across all cases.",
            table: MatrixTable(
                columns: [.init(header: "case", alignment: .left), .init(header: "name", alignment: .left),
                          .init(header: "era", alignment: .left), .init(header: "date", alignment: .left),
                          .init(header: "outcome", alignment: .left)] + scoreColumns(dimensionIDs),
                rows: matrix.cases.map { row in
                    let negotiation = casesByID[row.caseID]
                    return [row.caseID, negotiation?.name ?? "", row.eraID, negotiation?.date.description ?? "",
                            negotiation?.outcome.rawValue ?? ""]
                        + dimensionIDs.map { decimal(row[$0]?.value.score) }
                        + [decimal(row.index), row.rank.map(String.init) ?? insufficientEvidence]
                }),
            legends: [scaleLegend(matrix.rubric.scale)])
    }

    /// Lessons down, eras across, a status symbol in each cell; a second legend gives each lesson's statement.
    static func lessons(of matrix: ScoredMatrix) -> MatrixSection {
        let eraIDs = matrix.eras.map(\.eraID)
        return MatrixSection(
            title: "Lessons matrix",
            caption: "Whether each lesson holds in each era, judged case by case by the lesson's condition.",
            table: MatrixTable(
                columns: [.init(header: "lesson", alignment: .left)]
                    + eraIDs.map { .init(header: $0, alignment: .left) },
                rows: matrix.rubric.lessons.map { lesson in
                    [lesson.id] + eraIDs.map { era in matrix.lessonCell(lesson.id, era: era).map { LessonStatusText.symbol($0.status) } ?? "" }
                }),
            legends: [
                Legend(title: "Legend", entries: LessonStatus.allCases.map { .init(key: LessonStatusText.symbol($0), meaning: LessonStatusText.meaning($0)) }),
                Legend(title: "Lessons", entries: matrix.rubric.lessons.map { .init(key: $0.id, meaning: $0.statement) }),
            ])
    }

    private static func scoreColumns(_ dimensionIDs: [String]) -> [MatrixTable.Column] {
        dimensionIDs.map { MatrixTable.Column(header: $0, alignment: .right) }
            + [.init(header: "index", alignment: .right), .init(header: "rank", alignment: .right)]
    }

    private static func scaleRange(_ scale: Scale) -> String {
        "\(scale.minimum)–\(scale.maximum)"
    }

    private static func scaleLegend(_ scale: Scale) -> Legend {
        Legend(title: "Legend", entries: scale.levels.map { .init(key: String($0.level), meaning: $0.label) }
            + [.init(key: insufficientEvidence, meaning: "insufficient evidence: no score, never counted as \(scale.minimum)")])
    }

    private static func decimal(_ value: Double?) -> String {
        value.map { FixedDecimal.string($0, decimals: 3) } ?? insufficientEvidence
    }

    /// A weight, or nothing for a dimension the normalisation lacks (which ``MatrixScorer`` never produces).
    private static func weight(_ value: Double?) -> String {
        value.map { FixedDecimal.string($0, decimals: 3) } ?? ""
    }
}
