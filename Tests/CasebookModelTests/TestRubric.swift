import RubricModel

/// A small rubric built in code: four dimensions whose indicators cover every indicator type, and one
/// context indicator.
enum TestRubric {
    static let rubric = Rubric(
        id: "test", title: "Test rubric", version: "1", description: "For tests.", owner: "tests",
        scale: Scale(minimum: 0, maximum: 4, levels: (0...4).map { ScaleLevel(level: $0, label: "L\($0)", anchor: "Level \($0).") }),
        aggregation: Aggregation(era: .mean, index: .weightedMean),
        dimensions: [
            dimension("inclusivity", [
                categoryIndicator("armed_actors_at_table", ["all", "most", "some", "few", "none"]),
                Indicator(id: "society_represented", question: "Society?", type: .boolean, weight: 1,
                          mapping: .boolean(whenTrue: 4, whenFalse: 0)),
            ]),
            dimension("guarantors", [categoryIndicator("external_guarantee", ["great_powers", "regional_states", "none"])]),
            dimension("monitoring", [categoryIndicator("monitoring_mechanism", ["comprehensive", "partial", "none"])]),
            dimension("process", [
                Indicator(id: "talks_rounds", question: "Rounds?", type: .count, weight: 1,
                          mapping: .thresholds([Threshold(atLeast: 0, level: 0), Threshold(atLeast: 3, level: 4)])),
                Indicator(id: "faction_share", question: "Share?", type: .share, weight: 1,
                          mapping: .thresholds([Threshold(atLeast: 0, level: 0), Threshold(atLeast: 0.5, level: 4)])),
                Indicator(id: "trust", question: "Trust?", type: .ordinal, weight: 1, mapping: .ordinal(from: 1, to: 5)),
            ]),
        ],
        contextIndicators: [Indicator(id: "spoiler_unchecked", question: "Spoiler?", type: .boolean, weight: 0, mapping: nil)],
        lessons: [])

    private static func dimension(_ id: String, _ indicators: [Indicator]) -> Dimension {
        Dimension(id: id, name: id.capitalized, question: "\(id)?", weight: 1, direction: .higherIsBetter, minimumEvidence: 1,
                  rule: .weightedMean, anchors: [], indicators: indicators)
    }

    private static func categoryIndicator(_ id: String, _ names: [String]) -> Indicator {
        Indicator(id: id, question: "\(id)?", type: .category, weight: 1,
                  mapping: .categories(names.enumerated().map { CategoryLevel(name: $0.element, level: Double(names.count - 1 - $0.offset)) }))
    }
}
