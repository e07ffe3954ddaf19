import Foundation

/// What moved between two scored matrices: weights, dimensions, lessons, cases and eras added or removed,
/// changed cells (to and from insufficient evidence included), indexes, ranks and lesson statuses.
///
/// ```swift
/// let diff = MatrixDiff.between(old: before, new: after)
/// print(diff.isEmpty ? "no changes" : diff.text)
/// // guarantors weight 1 → 2
/// // era republic-taliban index 1.833 → 2.100
/// // rank geneva-accords-1988 3 → 1
/// ```
///
/// Scores and indexes are compared with the ranking tolerance (1e-12), so floating noise is never reported.
public struct MatrixDiff: Sendable, Hashable, Codable {
    /// Whether a change concerns a case row or an era row.
    public enum Level: String, Sendable, Hashable, Codable {
        case `case`, era
    }

    /// A dimension whose weight changed.
    public struct WeightChange: Sendable, Hashable, Codable {
        /// The dimension id.
        public let dimensionID: String
        /// The weight before.
        public let old: Double
        /// The weight after.
        public let new: Double

        /// Creates a value.
        public init(dimensionID: String, old: Double, new: Double) {
            self.dimensionID = dimensionID
            self.old = old
            self.new = new
        }
    }

    /// A cell whose value changed; nil stands for insufficient evidence.
    public struct CellChange: Sendable, Hashable, Codable {
        /// Case row or era row.
        public let level: Level
        /// The case or era id.
        public let subject: String
        /// The dimension id.
        public let dimensionID: String
        /// The value before.
        public let old: Double?
        /// The value after.
        public let new: Double?

        /// Creates a value.
        public init(level: Level, subject: String, dimensionID: String, old: Double?, new: Double?) {
            self.level = level
            self.subject = subject
            self.dimensionID = dimensionID
            self.old = old
            self.new = new
        }
    }

    /// A row whose index changed; nil stands for no index.
    public struct IndexChange: Sendable, Hashable, Codable {
        /// Case row or era row.
        public let level: Level
        /// The case or era id.
        public let subject: String
        /// The value before.
        public let old: Double?
        /// The value after.
        public let new: Double?

        /// Creates a value.
        public init(level: Level, subject: String, old: Double?, new: Double?) {
            self.level = level
            self.subject = subject
            self.old = old
            self.new = new
        }
    }

    /// A row whose rank changed; nil stands for unranked.
    public struct RankChange: Sendable, Hashable, Codable {
        /// Case row or era row.
        public let level: Level
        /// The case or era id.
        public let subject: String
        /// The rank before.
        public let old: Int?
        /// The rank after.
        public let new: Int?

        /// Creates a value.
        public init(level: Level, subject: String, old: Int?, new: Int?) {
            self.level = level
            self.subject = subject
            self.old = old
            self.new = new
        }
    }

    /// A lesson × era cell whose status changed.
    public struct LessonChange: Sendable, Hashable, Codable {
        /// The lesson id.
        public let lessonID: String
        /// The era id.
        public let eraID: String
        /// The status before.
        public let old: LessonStatus
        /// The status after.
        public let new: LessonStatus

        /// Creates a value.
        public init(lessonID: String, eraID: String, old: LessonStatus, new: LessonStatus) {
            self.lessonID = lessonID
            self.eraID = eraID
            self.old = old
            self.new = new
        }
    }

    /// Dimension ids in the new matrix only, in its order.
    public let dimensionsAdded: [String]
    /// Dimension ids in the old matrix only, in its order.
    public let dimensionsRemoved: [String]
    /// Lesson ids in the new matrix only.
    public let lessonsAdded: [String]
    /// Lesson ids in the old matrix only.
    public let lessonsRemoved: [String]
    /// Case ids in the new matrix only.
    public let casesAdded: [String]
    /// Case ids in the old matrix only.
    public let casesRemoved: [String]
    /// Era ids in the new matrix only.
    public let erasAdded: [String]
    /// Era ids in the old matrix only.
    public let erasRemoved: [String]
    /// Weight changes of dimensions in both, in the new rubric's order.
    public let weightChanges: [WeightChange]
    /// Changed cells of cases and eras in both, for dimensions in both: case rows first, in the new row order.
    public let cellChanges: [CellChange]
    /// Changed indexes: case rows first.
    public let indexChanges: [IndexChange]
    /// Changed ranks: case rows first.
    public let rankChanges: [RankChange]
    /// Changed lesson statuses, in the new lesson × era order.
    public let lessonChanges: [LessonChange]

    /// Compares two matrices; rows, dimensions and lessons are matched by id.
    public static func between(old: ScoredMatrix, new: ScoredMatrix) -> MatrixDiff {
        let oldDimensions = old.rubric.dimensions.map(\.id), newDimensions = new.rubric.dimensions.map(\.id)
        let sharedDimensions = newDimensions.filter(oldDimensions.contains)
        let oldCases = old.cases.map(\.caseID), newCases = new.cases.map(\.caseID)
        let oldCaseSet = Set(oldCases), newCaseSet = Set(newCases)
        let oldEras = old.eras.map(\.eraID), newEras = new.eras.map(\.eraID)
        let oldLessons = old.rubric.lessons.map(\.id), newLessons = new.rubric.lessons.map(\.id)

        let weightChanges = sharedDimensions.compactMap { id -> WeightChange? in
            guard let before = old.rubric.dimension(id)?.weight, let after = new.rubric.dimension(id)?.weight, before != after else { return nil }
            return WeightChange(dimensionID: id, old: before, new: after)
        }

        var cells: [CellChange] = [], indexes: [IndexChange] = [], ranks: [RankChange] = []
        let oldCaseRows = Dictionary(old.cases.map { ($0.caseID, $0) }, uniquingKeysWith: { first, _ in first })
        let caseRows = new.cases.compactMap { row in oldCaseRows[row.caseID].map { (old: $0, new: row) } }
        for (before, after) in caseRows {
            for id in sharedDimensions {
                let a = before[id]?.value.score, b = after[id]?.value.score
                if differ(a, b) { cells.append(CellChange(level: .case, subject: after.caseID, dimensionID: id, old: a, new: b)) }
            }
        }
        let eraRows = new.eras.compactMap { row in old.eraScore(row.eraID).map { (old: $0, new: row) } }
        for (before, after) in eraRows {
            for id in sharedDimensions {
                let a = before[id]?.value.score, b = after[id]?.value.score
                if differ(a, b) { cells.append(CellChange(level: .era, subject: after.eraID, dimensionID: id, old: a, new: b)) }
            }
        }
        for (before, after) in caseRows {
            if differ(before.index, after.index) {
                indexes.append(IndexChange(level: .case, subject: after.caseID, old: before.index, new: after.index))
            }
            if before.rank != after.rank { ranks.append(RankChange(level: .case, subject: after.caseID, old: before.rank, new: after.rank)) }
        }
        for (before, after) in eraRows {
            if differ(before.index, after.index) {
                indexes.append(IndexChange(level: .era, subject: after.eraID, old: before.index, new: after.index))
            }
            if before.rank != after.rank { ranks.append(RankChange(level: .era, subject: after.eraID, old: before.rank, new: after.rank)) }
        }

        let lessonChanges = new.lessons.compactMap { cell -> LessonChange? in
            guard let before = old.lessonCell(cell.lessonID, era: cell.eraID), before.status != cell.status else { return nil }
            return LessonChange(lessonID: cell.lessonID, eraID: cell.eraID, old: before.status, new: cell.status)
        }

        return MatrixDiff(
            dimensionsAdded: newDimensions.filter { !oldDimensions.contains($0) },
            dimensionsRemoved: oldDimensions.filter { !newDimensions.contains($0) },
            lessonsAdded: newLessons.filter { !oldLessons.contains($0) },
            lessonsRemoved: oldLessons.filter { !newLessons.contains($0) },
            casesAdded: newCases.filter { !oldCaseSet.contains($0) },
            casesRemoved: oldCases.filter { !newCaseSet.contains($0) },
            erasAdded: newEras.filter { !oldEras.contains($0) },
            erasRemoved: oldEras.filter { !newEras.contains($0) },
            weightChanges: weightChanges, cellChanges: cells, indexChanges: indexes, rankChanges: ranks, lessonChanges: lessonChanges)
    }

    /// True when nothing moved.
    public var isEmpty: Bool { lines.isEmpty }

    /// One line per change, or "no changes", ending with a newline.
    ///
    /// ```
    /// guarantors weight 1 → 2
    /// case geneva-accords-1988 guarantors 2.000 → insufficient evidence
    /// era republic-taliban index 1.833 → 2.100
    /// rank geneva-accords-1988 3 → 1
    /// rank era republic-taliban 2 → 1
    /// lesson mediator-bias in pdpa-mujahedin: partly → observed
    /// ```
    public var text: String {
        (isEmpty ? ["no changes"] : lines).joined(separator: "\n") + "\n"
    }

    /// Pretty-printed JSON with sorted keys.
    public func jsonString() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    private var lines: [String] {
        var lines: [String] = []
        lines += dimensionsAdded.map { "dimension added: \($0)" }
        lines += dimensionsRemoved.map { "dimension removed: \($0)" }
        lines += lessonsAdded.map { "lesson added: \($0)" }
        lines += lessonsRemoved.map { "lesson removed: \($0)" }
        lines += casesAdded.map { "case added: \($0)" }
        lines += casesRemoved.map { "case removed: \($0)" }
        lines += erasAdded.map { "era added: \($0)" }
        lines += erasRemoved.map { "era removed: \($0)" }
        lines += weightChanges.map { "\($0.dimensionID) weight \(NumberText.compact($0.old)) → \(NumberText.compact($0.new))" }
        lines += cellChanges.map { "\($0.level.rawValue) \($0.subject) \($0.dimensionID) \(Self.score($0.old)) → \(Self.score($0.new))" }
        lines += indexChanges.map { "\($0.level.rawValue) \($0.subject) index \(Self.index($0.old)) → \(Self.index($0.new))" }
        lines += rankChanges.map { change in
            let subject = change.level == .case ? change.subject : "era \(change.subject)"
            return "rank \(subject) \(change.old.map(String.init) ?? "unranked") → \(change.new.map(String.init) ?? "unranked")"
        }
        lines += lessonChanges.map { "lesson \($0.lessonID) in \($0.eraID): \($0.old.rawValue) → \($0.new.rawValue)" }
        return lines
    }

    private static func differ(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case let (a?, b?): return abs(a - b) > CompetitionRanking.tolerance
        case (nil, nil): return false
        default: return true
        }
    }

    private static func score(_ value: Double?) -> String { value.map(NumberText.fixed) ?? "insufficient evidence" }

    private static func index(_ value: Double?) -> String { value.map(NumberText.fixed) ?? "no index" }
}
