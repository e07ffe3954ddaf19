import RubricModel

/// Aggregates an era's case cells for one dimension with the rubric's era statistic. Cases with insufficient
/// evidence are counted but never enter the statistic.
enum EraCellAggregator {
    /// The era cell for `dimensionID` from the era's case rows (in case-row order).
    static func aggregate(_ rows: [CaseScore], dimensionID: String, statistic: EraAggregation, scale: Scale) -> EraDimensionScore {
        let cells = rows.compactMap { row in row[dimensionID].map { (row.caseID, $0) } }
        let scored = cells.compactMap { id, cell in cell.value.score.map { (id: id, score: $0, confidence: cell.confidence) } }
        let insufficient = cells.filter { $0.1.value.score == nil }.map(\.0)
        let inputs = cells.map { id, cell in
            ProvenanceInput(id: id, value: cell.value.score.map(NumberText.fixed) ?? "insufficient evidence",
                            level: cell.value.score, weight: 1, evidenceIDs: cell.evidenceIDs)
        }
        var steps: [String] = []
        if !insufficient.isEmpty { steps.append("excluded as insufficient evidence: \(insufficient.joined(separator: ", "))") }
        let scores = scored.map(\.score)
        guard !scores.isEmpty else {
            steps.append("insufficient evidence: no case of the era has a score")
            return EraDimensionScore(dimensionID: dimensionID, value: .insufficientEvidence, casesScored: 0,
                                     casesInsufficient: insufficient.count, minimumCaseScore: nil, maximumCaseScore: nil,
                                     confidence: 0, provenance: CellProvenance(rule: statistic.rawValue, inputs: inputs, steps: steps))
        }
        let statisticValue = apply(statistic, to: scores, steps: &steps)
        let value = min(Double(scale.maximum), max(Double(scale.minimum), statisticValue))
        if value != statisticValue { steps.append("clamped to the scale \(scale.minimum)…\(scale.maximum): \(NumberText.fixed(value))") }
        let confidences = scored.map(\.confidence)
        let confidence = confidences.reduce(0, +) / Double(confidences.count)
        steps.append("confidence = mean of case confidences (\(confidences.map(NumberText.fixed).joined(separator: " + ")))"
            + " / \(confidences.count) = \(NumberText.fixed(confidence))")
        return EraDimensionScore(dimensionID: dimensionID, value: .score(value), casesScored: scores.count,
                                 casesInsufficient: insufficient.count, minimumCaseScore: scores.min(), maximumCaseScore: scores.max(),
                                 confidence: confidence, provenance: CellProvenance(rule: statistic.rawValue, inputs: inputs, steps: steps))
    }

    /// The statistic of a non-empty list, summed in the given order.
    static func apply(_ statistic: EraAggregation, to scores: [Double], steps: inout [String]) -> Double {
        let listed = scores.map(NumberText.fixed).joined(separator: ", ")
        switch statistic {
        case .mean:
            let value = scores.reduce(0, +) / Double(scores.count)
            steps.append("mean = (\(scores.map(NumberText.fixed).joined(separator: " + "))) / \(scores.count) = \(NumberText.fixed(value))")
            return value
        case .median:
            let sorted = scores.sorted()
            let middle = sorted.count / 2
            let sortedList = sorted.map(NumberText.fixed).joined(separator: ", ")
            if sorted.count % 2 == 1 {
                steps.append("median of sorted (\(sortedList)) = \(NumberText.fixed(sorted[middle]))")
                return sorted[middle]
            }
            let value = (sorted[middle - 1] + sorted[middle]) / 2
            steps.append("median of sorted (\(sortedList)) = (\(NumberText.fixed(sorted[middle - 1])) + "
                + "\(NumberText.fixed(sorted[middle]))) / 2 = \(NumberText.fixed(value))")
            return value
        case .minimum:
            let value = scores.min() ?? 0
            steps.append("minimum of (\(listed)) = \(NumberText.fixed(value))")
            return value
        case .maximum:
            let value = scores.max() ?? 0
            steps.append("maximum of (\(listed)) = \(NumberText.fixed(value))")
            return value
        }
    }
}
