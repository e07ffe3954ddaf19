import CasebookModel
import RubricModel
import ScoringEngine

/// Writes a scored matrix as six CSV files, two wide and four long, for spreadsheets, R and pandas.
///
/// | file | one row per | columns |
/// | --- | --- | --- |
/// | `era_matrix.csv` | era | era_id, era, one per dimension id, index, rank |
/// | `lessons_matrix.csv` | lesson | lesson_id, lesson, one per era id (the status) |
/// | `case_scores.csv` | case × dimension | case_id, era_id, dimension_id, score, scale_min, scale_max, level, confidence, evidence_count, evidence_ids |
/// | `era_scores.csv` | era × dimension | era_id, dimension_id, score, scale_min, scale_max, cases_scored, min_case_score, max_case_score, confidence |
/// | `lessons.csv` | lesson × era | lesson_id, era_id, status, case_ids, evidence_ids |
/// | `evidence.csv` | evidence item | evidence_id, case_id, era_id, dimension_id, indicator_id, value, source_id, source_file, locator, quote |
///
/// - Insufficient evidence is never a number: the score cell is empty and, in `case_scores.csv`, `level` is
///   `insufficient-evidence`. The wide `era_matrix.csv` leaves such a cell empty too, and so is an index or rank
///   that has no value; every empty numeric cell means "no value", never 0.
/// - Scores, indexes and confidences have three decimals, a dot, no grouping ("1234.500"), rounded half away from
///   zero by ``FixedDecimal``; scale bounds, levels, counts and ranks are whole numbers.
/// - `status` is `observed`, `partly`, `not-observed` or `insufficient-evidence`; `case_ids` in `lessons.csv`
///   are the supporting cases. Lists inside a cell are separated by `;`.
/// - Rows follow the matrix: eras in casebook order, cases in era, date and id order, dimensions and lessons in
///   rubric order; `evidence.csv` follows the casebook (cases by id, then observations and items as coded).
/// - In `evidence.csv`, `dimension_id` is empty for a context indicator, `locator` reads
///   "§ Section, line 12" or "row 482, column best", and `quote` is verbatim.
/// - Encoding: RFC 4180 (a field with a comma, double quote, CR or LF is quoted and its quotes doubled), UTF-8,
///   `\n` after every record. With ``CSVOptions/neutraliseFormulas`` a text cell beginning with `=`, `+`, `-`,
///   `@`, tab or CR gets a leading `'`, so `=cmd|' /C calc'!A0` is written `'=cmd|' /C calc'!A0`; numeric cells
///   are never touched.
///
/// ```swift
/// let files = CSVMatrixWriter.files(for: matrix, options: CSVOptions(byteOrderMark: true))
/// files.map(\.path)  // ["era_matrix.csv", "lessons_matrix.csv", "case_scores.csv", "era_scores.csv", "lessons.csv", "evidence.csv"]
/// ```
public enum CSVMatrixWriter {
    /// The `level` of a case cell without a score.
    private static let insufficientEvidenceLevel = "insufficient-evidence"

    /// The six files, in the order of the table above, with paths relative to `Output/<rubric-id>/`.
    public static func files(for matrix: ScoredMatrix, options: CSVOptions = CSVOptions()) -> [OutputFile] {
        [eraMatrix(matrix), lessonsMatrix(matrix), caseScores(matrix), eraScores(matrix), lessons(matrix), evidence(matrix)]
            .map { $0.encoded(options: options) }
    }

    private static func eraMatrix(_ matrix: ScoredMatrix) -> CSVTable {
        let dimensionIDs = matrix.rubric.dimensions.map(\.id)
        return CSVTable(
            path: "era_matrix.csv",
            header: ["era_id", "era"] + dimensionIDs + ["index", "rank"],
            rows: matrix.eras.map { era in
                [.text(era.eraID), .text(matrix.casebook.era(era.eraID)?.name ?? "")]
                    + dimensionIDs.map { .decimal(era[$0]?.value.score) }
                    + [.decimal(era.index), .integer(era.rank)]
            })
    }

    private static func lessonsMatrix(_ matrix: ScoredMatrix) -> CSVTable {
        let eraIDs = matrix.eras.map(\.eraID)
        return CSVTable(
            path: "lessons_matrix.csv",
            header: ["lesson_id", "lesson"] + eraIDs,
            rows: matrix.rubric.lessons.map { lesson in
                [.text(lesson.id), .text(lesson.statement)]
                    + eraIDs.map { .text(matrix.lessonCell(lesson.id, era: $0)?.status.rawValue ?? "") }
            })
    }

    private static func caseScores(_ matrix: ScoredMatrix) -> CSVTable {
        let scale = matrix.rubric.scale
        return CSVTable(
            path: "case_scores.csv",
            header: ["case_id", "era_id", "dimension_id", "score", "scale_min", "scale_max", "level", "confidence",
                     "evidence_count", "evidence_ids"],
            rows: matrix.cases.flatMap { row in
                row.dimensions.map { cell -> [CSVField] in
                    let level: CSVField = switch cell.value {
                    case .insufficientEvidence: .text(insufficientEvidenceLevel)
                    case .score: .integer(cell.level)
                    }
                    return [.text(row.caseID), .text(row.eraID), .text(cell.dimensionID), .decimal(cell.value.score),
                            .integer(scale.minimum), .integer(scale.maximum), level, .decimal(cell.confidence),
                            .integer(cell.evidenceIDs.count), .list(cell.evidenceIDs)]
                }
            })
    }

    private static func eraScores(_ matrix: ScoredMatrix) -> CSVTable {
        let scale = matrix.rubric.scale
        return CSVTable(
            path: "era_scores.csv",
            header: ["era_id", "dimension_id", "score", "scale_min", "scale_max", "cases_scored", "min_case_score",
                     "max_case_score", "confidence"],
            rows: matrix.eras.flatMap { row in
                row.dimensions.map { cell in
                    [.text(row.eraID), .text(cell.dimensionID), .decimal(cell.value.score), .integer(scale.minimum),
                     .integer(scale.maximum), .integer(cell.casesScored), .decimal(cell.minimumCaseScore),
                     .decimal(cell.maximumCaseScore), .decimal(cell.confidence)]
                }
            })
    }

    private static func lessons(_ matrix: ScoredMatrix) -> CSVTable {
        CSVTable(
            path: "lessons.csv",
            header: ["lesson_id", "era_id", "status", "case_ids", "evidence_ids"],
            rows: matrix.lessons.map { cell in
                [.text(cell.lessonID), .text(cell.eraID), .text(cell.status.rawValue), .list(cell.supportingCaseIDs),
                 .list(cell.evidenceIDs)]
            })
    }

    private static func evidence(_ matrix: ScoredMatrix) -> CSVTable {
        let casebook = matrix.casebook
        return CSVTable(
            path: "evidence.csv",
            header: ["evidence_id", "case_id", "era_id", "dimension_id", "indicator_id", "value", "source_id",
                     "source_file", "locator", "quote"],
            rows: casebook.cases.flatMap { negotiation in
                negotiation.observations.flatMap { observation in
                    observation.evidence.map { item in
                        [.text(item.id), .text(negotiation.id), .text(negotiation.era),
                         .text(matrix.rubric.dimension(scoring: observation.indicatorID)?.id ?? ""),
                         .text(observation.indicatorID), field(observation.value), .text(item.sourceID),
                         .text(casebook.source(item.sourceID)?.file ?? ""), .text(item.locator.description),
                         .text(item.quote)]
                    }
                }
            })
    }

    private static func field(_ value: ObservedValue) -> CSVField {
        if case .number = value { return .number(value.description) }
        return .text(value.description)
    }
}
