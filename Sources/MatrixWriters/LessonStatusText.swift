import ScoringEngine

/// How a lesson status is shown to readers: one symbol in a matrix cell and a sentence in the legend, the same in
/// the text, Markdown and workbook outputs.
///
/// ```swift
/// LessonStatusText.symbol(.partly)    // "◐"
/// LessonStatusText.meaning(.partly)   // "partly: it holds for some of them, but fewer than half"
/// ```
enum LessonStatusText {
    /// ● observed, ◐ partly, ○ not observed, ? insufficient evidence.
    static func symbol(_ status: LessonStatus) -> String {
        switch status {
        case .observed: "●"
        case .partly: "◐"
        case .notObserved: "○"
        case .insufficientEvidence: "?"
        }
    }

    /// The status as a phrase: "Partly observed".
    static func phrase(_ status: LessonStatus) -> String {
        switch status {
        case .observed: "Observed"
        case .partly: "Partly observed"
        case .notObserved: "Not observed"
        case .insufficientEvidence: "Insufficient evidence"
        }
    }

    /// The legend's explanation of the symbol.
    static func meaning(_ status: LessonStatus) -> String {
        switch status {
        case .observed: "observed: the condition holds for at least half of the era's decidable cases"
        case .partly: "partly: it holds for some of them, but fewer than half"
        case .notObserved: "not observed: it holds for none of them"
        case .insufficientEvidence: "insufficient evidence: no case of the era could be decided"
        }
    }
}
