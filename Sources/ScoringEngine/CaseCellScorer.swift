import CasebookModel
import RubricModel

/// Scores one case × dimension cell: maps each coded indicator value to a level, applies the dimension's rule,
/// checks the evidence minimum and computes the confidence, writing every step down.
enum CaseCellScorer {
    /// An observation the rule uses: its indicator is scored by the dimension and its value fits the mapping.
    struct ScoredInput {
        let indicator: Indicator
        let observation: Observation
        let mapped: MappedLevel
    }

    /// The observations of `kase` that `dimension` scores, in the rubric's indicator order.
    ///
    /// The first observation of each indicator counts, so the casebook's observation order never changes a score.
    /// Context indicators and observations of indicators the dimension lacks are not inputs.
    static func inputs(of kase: Case, for dimension: Dimension, scale: Scale) -> (used: [ScoredInput], ignored: [Observation]) {
        var used: [ScoredInput] = [], ignored: [Observation] = []
        for indicator in dimension.indicators {
            guard let mapping = indicator.mapping, let observation = kase.observation(indicator.id) else { continue }
            if let mapped = MappedLevel(observation.value, mapping: mapping, scale: scale) {
                used.append(ScoredInput(indicator: indicator, observation: observation, mapped: mapped))
            } else {
                ignored.append(observation)
            }
        }
        return (used, ignored)
    }

    /// The cell of `kase` for `dimension`.
    static func score(_ kase: Case, dimension: Dimension, scale: Scale) -> DimensionScore {
        let (used, ignored) = inputs(of: kase, for: dimension, scale: scale)
        var steps = used.map(inputStep)
        steps += ignored.map { "\($0.indicatorID) = \($0.value): not a value its mapping knows, ignored" }

        let confidence = CellConfidence(observations: used.map(\.observation))
        let evidenceIDs = used.flatMap { $0.observation.evidence.map(\.id) }
        let provenanceInputs = used.map {
            ProvenanceInput(id: $0.indicator.id, value: $0.observation.value.description, level: $0.mapped.level,
                            weight: $0.indicator.weight, evidenceIDs: $0.observation.evidence.map(\.id))
        }
        func cell(_ value: CellValue, level: Int?, confidence: Double) -> DimensionScore {
            DimensionScore(dimensionID: dimension.id, value: value, level: level, confidence: confidence, evidenceIDs: evidenceIDs,
                           provenance: CellProvenance(rule: dimension.rule.name, inputs: provenanceInputs, steps: steps))
        }

        let items = confidence.evidenceItems
        guard items >= dimension.minimumEvidence else {
            steps.append("insufficient evidence: \(items) of \(dimension.minimumEvidence) required items")
            return cell(.insufficientEvidence, level: nil, confidence: 0)
        }
        guard !used.isEmpty else {
            steps.append("insufficient evidence: no scored observation")
            return cell(.insufficientEvidence, level: nil, confidence: 0)
        }
        steps.append("evidence: \(items) items, \(dimension.minimumEvidence) required "
            + "(\(confidence.supportingItems) supporting, \(confidence.distinctSources) \(confidence.distinctSources == 1 ? "source" : "sources"))")
        guard let ruled = apply(dimension.rule, to: used, scale: scale, steps: &steps) else {
            steps.append("insufficient evidence: the observed indicators' weights sum to 0")
            return cell(.insufficientEvidence, level: nil, confidence: 0)
        }
        let score = min(Double(scale.maximum), max(Double(scale.minimum), ruled))
        if score != ruled { steps.append("clamped to the scale \(scale.minimum)…\(scale.maximum): \(NumberText.fixed(score))") }
        let level = scale.level(for: score)
        steps.append("score \(NumberText.fixed(score)) → level \(level)\(scale.label(of: level).map { " (\($0))" } ?? "")")
        steps.append("confidence = \(confidence.formula)")
        return cell(.score(score), level: level, confidence: confidence.value)
    }

    private static func inputStep(_ input: ScoredInput) -> String {
        let detail = input.mapped.detail.map { "\($0), " } ?? ""
        return "\(input.indicator.id) = \(input.observation.value) → level \(NumberText.compact(input.mapped.level)) "
            + "(\(detail)weight \(NumberText.compact(input.indicator.weight)))"
    }

    /// The rule's value over the inputs, or nil when a weighted rule meets weights summing to 0.
    private static func apply(_ rule: DimensionRule, to inputs: [ScoredInput], scale: Scale, steps: inout [String]) -> Double? {
        let levels = inputs.map(\.mapped.level)
        switch rule {
        case .weightedMean:
            return weightedMean(inputs, steps: &steps)
        case .minimum:
            let value = levels.min() ?? Double(scale.minimum)
            steps.append("minimum of (\(levels.map(NumberText.compact).joined(separator: ", "))) = \(NumberText.fixed(value))")
            return value
        case .maximum:
            let value = levels.max() ?? Double(scale.minimum)
            steps.append("maximum of (\(levels.map(NumberText.compact).joined(separator: ", "))) = \(NumberText.fixed(value))")
            return value
        case let .thresholdTable(rows):
            guard let mean = weightedMean(inputs, steps: &steps) else { return nil }
            if let row = Threshold.firstReached(by: mean, in: rows) {
                steps.append("threshold table: \(NumberText.fixed(mean)) ≥ \(NumberText.compact(row.atLeast)) → level \(row.level)")
                return Double(row.level)
            }
            steps.append("threshold table: \(NumberText.fixed(mean)) below every row → level \(scale.minimum) (scale minimum)")
            return Double(scale.minimum)
        }
    }

    /// Σ wᵢ·ℓᵢ / Σ wᵢ, summed left to right in indicator order.
    private static func weightedMean(_ inputs: [ScoredInput], steps: inout [String]) -> Double? {
        var numerator = 0.0, denominator = 0.0
        for input in inputs {
            numerator += input.indicator.weight * input.mapped.level
            denominator += input.indicator.weight
        }
        guard denominator > 0 else { return nil }
        let value = numerator / denominator
        let terms = inputs.map { "\(NumberText.compact($0.indicator.weight))×\(NumberText.compact($0.mapped.level))" }
        steps.append("weighted mean = (\(terms.joined(separator: " + "))) / \(NumberText.compact(denominator)) = \(NumberText.fixed(value))")
        return value
    }
}
