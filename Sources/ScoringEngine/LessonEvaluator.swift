import CasebookModel
import RubricModel

/// Decides each lesson in each era by evaluating its condition on every case of the era.
enum LessonEvaluator {
    /// The lesson × era cell, from the era's cases and their scored rows (same order).
    static func evaluate(_ lesson: Lesson, eraID: String, cases: [(kase: Case, row: CaseScore)], rubric: Rubric) -> LessonCell {
        var supporting: [String] = [], contrary: [String] = [], undecided: [String] = []
        var evidenceIDs: [String] = []
        // The ids already listed: a list search per id is quadratic in an era of thousands of cases.
        var listed: Set<String> = []
        for (kase, row) in cases {
            switch lesson.condition.evaluate({ value(of: $0, for: kase, row: row, rubric: rubric) }) {
            case true?:
                supporting.append(kase.id)
                for name in lesson.condition.names {
                    for id in evidence(behind: name, for: kase, row: row, rubric: rubric) where listed.insert(id).inserted {
                        evidenceIDs.append(id)
                    }
                }
            case false?: contrary.append(kase.id)
            case nil: undecided.append(kase.id)
            }
        }
        return LessonCell(lessonID: lesson.id, eraID: eraID,
                          status: status(holding: supporting.count, decidable: supporting.count + contrary.count),
                          supportingCaseIDs: supporting, contraryCaseIDs: contrary, undecidedCaseIDs: undecided, evidenceIDs: evidenceIDs)
    }

    /// None decidable: insufficient evidence; none holding: not observed; at least half: observed; else partly.
    static func status(holding: Int, decidable: Int) -> LessonStatus {
        if decidable == 0 { return .insufficientEvidence }
        if holding == 0 { return .notObserved }
        return holding * 2 >= decidable ? .observed : .partly
    }

    /// A name's value for one case: a dimension's score, a rubric indicator's coded value, or a case fact.
    static func value(of name: String, for kase: Case, row: CaseScore, rubric: Rubric) -> ConditionValue? {
        if let cell = row[name] { return cell.value.score.map(ConditionValue.number) }
        switch name {
        case "outcome": return .text(kase.outcome.rawValue)
        case "kind": return .text(kase.kind.rawValue)
        case "era": return .text(kase.era)
        case "year": return kase.date.year.map { .number(Double($0)) }
        default: break
        }
        guard rubric.indicator(name) != nil, let observation = kase.observation(name) else { return nil }
        switch observation.value {
        case let .boolean(flag): return .boolean(flag)
        case let .number(number): return .number(number)
        case let .category(category): return .text(category)
        }
    }

    private static func evidence(behind name: String, for kase: Case, row: CaseScore, rubric: Rubric) -> [String] {
        if let cell = row[name] { return cell.evidenceIDs }
        guard rubric.indicator(name) != nil else { return [] }
        return kase.observation(name)?.evidence.map(\.id) ?? []
    }
}
