import MatrixSupport

extension RubricFileReader {
    static let dimensionKeys = ["id", "name", "question", "weight", "direction", "minimum_evidence", "rule", "indicators"]

    func readDimensions(_ node: YAMLValue) -> [Dimension]? {
        guard let items = reader.list(node, what: "dimensions") else { return nil }
        if items.isEmpty {
            reader.report("dimensions must list at least one dimension", at: node)
            return nil
        }
        var dimensions: [Dimension] = []
        var weights: [Double?] = []
        for (index, item) in items.enumerated() {
            let (dimension, weight) = readDimension(item, index: index)
            weights.append(weight)
            if let dimension { dimensions.append(dimension) }
        }
        let known = weights.compactMap { $0 }
        if known.count == items.count, known.reduce(0, +) == 0 {
            reader.report("dimension weights add up to 0; at least one dimension needs a positive weight", at: node)
            return nil
        }
        return dimensions.count == items.count ? dimensions : nil
    }

    /// The dimension when it is valid, and its weight whenever that could be read (for the sum check).
    private func readDimension(_ node: YAMLValue, index: Int) -> (Dimension?, Double?) {
        var what = label(node, kind: "dimension", index: index)
        guard let map = reader.mapping(node, what: what, required: Self.dimensionKeys, optional: ["anchors", "cues"]) else { return (nil, nil) }
        let id = map["id"].flatMap { conditionName($0, what: "dimension id") }
        if let id, let idNode = map["id"] {
            if let previous = dimensionLines[id] {
                reader.report("duplicate dimension id '\(id)' (first on line \(previous))", at: idNode)
            } else {
                dimensionLines[id] = idNode.line
                vocabulary.names[id] = vocabulary.names[id] ?? ConditionName(role: .dimension, type: .number)
            }
            what = "dimension '\(id)'"
        }
        let name = map["name"].flatMap { reader.string($0, what: "name of \(what)") }
        let question = map["question"].flatMap { reader.string($0, what: "question of \(what)") }
        let weight = map["weight"].flatMap { self.weight($0, what: "weight of \(what)") }
        let direction = map["direction"]
            .flatMap { reader.choice($0, what: "direction of \(what)", among: Direction.allCases.map(\.rawValue)) }
            .flatMap(Direction.init(rawValue:))
        let minimumEvidence = map["minimum_evidence"]
            .flatMap { reader.integer($0, what: "minimum_evidence of \(what)", in: 0...1_000_000) }
        let rule = map["rule"].flatMap { readRule($0, of: what) }
        let anchors = map["anchors"].map { readAnchors($0, of: what) } ?? []
        let indicators = map["indicators"].flatMap { readScoredIndicators($0, of: what, rule: rule) }
        let cues = map["cues"].map { readCues($0, of: what) }
        guard let id, let name, let question, let weight, let direction, let minimumEvidence, let rule, let anchors,
              let indicators, cues.map({ $0 != nil }) ?? true else { return (nil, weight) }
        return (Dimension(id: id, name: name, question: question, weight: weight, direction: direction,
                          minimumEvidence: minimumEvidence, rule: rule, anchors: anchors, indicators: indicators,
                          cues: cues.flatMap { $0 }), weight)
    }

    private func readRule(_ node: YAMLValue, of dimension: String) -> DimensionRule? {
        let what = "rule of \(dimension)"
        guard let map = reader.mapping(node, what: what, required: ["kind"], optional: ["thresholds"]),
              let kindNode = map["kind"],
              let kind = reader.choice(kindNode, what: "kind of \(what)",
                                       among: ["weighted_mean", "minimum", "maximum", "threshold_table"]) else { return nil }
        switch kind {
        case "weighted_mean", "minimum", "maximum":
            if let thresholds = map.entries.first(where: { $0.key == "thresholds" }) {
                reader.report("thresholds are only used by kind threshold_table, not \(kind)", at: thresholds.keyNode)
                return nil
            }
            return kind == "weighted_mean" ? .weightedMean : kind == "minimum" ? .minimum : .maximum
        default:
            guard let thresholdsNode = map["thresholds"] else {
                reader.report("missing required key 'thresholds' in \(what) (kind threshold_table)", at: node)
                return nil
            }
            let bounds = scaleBounds.map { bounds in
                ThresholdBounds(range: Double(bounds.lowerBound)...Double(bounds.upperBound),
                                complaint: "outside the scale \(bounds.lowerBound)...\(bounds.upperBound)",
                                lowest: Double(bounds.lowerBound), lowestReason: "every score gets a level")
            }
            return readThresholds(thresholdsNode, of: what, bounds: bounds).map(DimensionRule.thresholdTable)
        }
    }

    private func readAnchors(_ node: YAMLValue, of dimension: String) -> [LevelAnchor]? {
        guard let items = reader.list(node, what: "anchors of \(dimension)") else { return nil }
        var anchors: [LevelAnchor] = []
        var firstLine: [Int: Int] = [:]
        for item in items {
            guard let map = reader.mapping(item, what: "anchor of \(dimension)", required: ["level", "description"]) else { continue }
            let level = map["level"].flatMap { node in
                reader.integer(node, what: "anchor level in \(dimension)").flatMap {
                    withinScale($0, what: "anchor level in \(dimension)", at: node)
                }
            }
            let description = map["description"].flatMap { reader.string($0, what: "anchor description in \(dimension)") }
            if let level, let levelNode = map["level"] {
                if let previous = firstLine[level] {
                    reader.report("duplicate anchor for level \(level) in \(dimension) (first on line \(previous))", at: levelNode)
                    continue
                }
                firstLine[level] = levelNode.line
            }
            if let level, let description { anchors.append(LevelAnchor(level: level, description: description)) }
        }
        return anchors.count == items.count ? anchors : nil
    }

    /// What a threshold's `at_least` may be, and the value the last row must reach down to.
    struct ThresholdBounds {
        var range: ClosedRange<Double>
        var complaint: String
        var lowest: Double
        var lowestReason: String
    }

    /// A threshold list, highest `at_least` first, ending at the lowest possible value so that every value maps.
    /// Without `bounds` (the scale is invalid) only the order and the levels' types are checked.
    func readThresholds(_ node: YAMLValue, of owner: String, bounds: ThresholdBounds?) -> [Threshold]? {
        guard let items = reader.list(node, what: "thresholds of \(owner)") else { return nil }
        if items.isEmpty {
            reader.report("thresholds of \(owner) must list at least one threshold", at: node)
            return nil
        }
        var thresholds: [Threshold] = []
        var previous: Double?
        var lastAtLeast: (value: Double, node: YAMLValue)?
        for item in items {
            guard let map = reader.mapping(item, what: "threshold of \(owner)", required: ["at_least", "level"]) else {
                previous = nil
                continue
            }
            var atLeast = map["at_least"].flatMap { number($0, what: "at_least in \(owner)") }
            if let value = atLeast, let atLeastNode = map["at_least"] {
                if let bounds, !bounds.range.contains(value) {
                    reader.report("at_least in \(owner) is \(RubricCanonicalForm.number(value)), \(bounds.complaint)", at: atLeastNode)
                    atLeast = nil
                } else if let previous, value >= previous {
                    reader.report("thresholds of \(owner) must go from the highest at_least down; \(RubricCanonicalForm.number(value)) is not below \(RubricCanonicalForm.number(previous))",
                                  at: atLeastNode)
                    atLeast = nil
                }
                lastAtLeast = (value, atLeastNode)
            }
            previous = atLeast
            let level = map["level"].flatMap { node in
                reader.integer(node, what: "threshold level in \(owner)").flatMap {
                    withinScale($0, what: "threshold level in \(owner)", at: node)
                }
            }
            if let atLeast, let level { thresholds.append(Threshold(atLeast: atLeast, level: level)) }
        }
        guard thresholds.count == items.count else { return nil }
        if let bounds, let last = lastAtLeast, last.value > bounds.lowest {
            reader.report("the last threshold of \(owner) must have at_least \(RubricCanonicalForm.number(bounds.lowest)) so that \(bounds.lowestReason)",
                          at: last.node)
            return nil
        }
        return thresholds
    }
}
