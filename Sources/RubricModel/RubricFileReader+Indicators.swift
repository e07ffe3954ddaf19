import MatrixSupport

extension RubricFileReader {
    /// The key that holds each type's mapping onto the scale.
    static let mappingKeys: [IndicatorType: String] = [
        .boolean: "levels", .category: "categories", .ordinal: "range", .count: "thresholds", .share: "thresholds",
    ]

    func readScoredIndicators(_ node: YAMLValue, of dimension: String, rule: DimensionRule?) -> [Indicator]? {
        guard let items = reader.list(node, what: "indicators of \(dimension)") else { return nil }
        if items.isEmpty {
            reader.report("indicators of \(dimension) must list at least one indicator", at: node)
            return nil
        }
        var indicators: [Indicator] = []
        var weights: [Double] = []
        for (index, item) in items.enumerated() {
            let (indicator, weight) = readIndicator(item, index: index, context: false)
            if let weight { weights.append(weight) }
            if let indicator { indicators.append(indicator) }
        }
        let usesWeights: Bool
        switch rule {
        case .weightedMean?, .thresholdTable?: usesWeights = true
        default: usesWeights = false
        }
        if let rule, usesWeights, weights.count == items.count, weights.reduce(0, +) == 0 {
            reader.report("indicator weights of \(dimension) add up to 0; its rule \(rule.name) needs at least one positive weight", at: node)
            return nil
        }
        return indicators.count == items.count ? indicators : nil
    }

    func readContextIndicators(_ node: YAMLValue) -> [Indicator]? {
        guard let items = reader.list(node, what: "context_indicators") else { return nil }
        let indicators = items.enumerated().compactMap { index, item in readIndicator(item, index: index, context: true).0 }
        return indicators.count == items.count ? indicators : nil
    }

    /// Reports an indicator id that is also a dimension id: a condition name must mean one thing.
    func checkIndicatorsAgainstDimensions() {
        for (id, node) in indicatorNodes {
            if let line = dimensionLines[id] {
                reader.report("indicator id '\(id)' is also the id of the dimension on line \(line); lesson conditions need each name to mean one thing",
                              at: node)
            }
        }
    }

    /// The indicator when it is valid, and its weight whenever that could be read (for the sum check).
    private func readIndicator(_ node: YAMLValue, index: Int, context: Bool) -> (Indicator?, Double?) {
        let kind = context ? "context indicator" : "indicator"
        var what = label(node, kind: kind, index: index)
        let required = context ? ["id", "question", "type"] : ["id", "question", "type", "weight"]
        let optional = context ? ["categories"] : ["levels", "categories", "range", "thresholds"]
        guard let map = reader.mapping(node, what: what, required: required, optional: optional) else { return (nil, nil) }
        let id = map["id"].flatMap { conditionName($0, what: "indicator id") }
        var isFirst = false
        if let id, let idNode = map["id"] {
            if let previous = indicatorLines[id] {
                reader.report("duplicate indicator id '\(id)' (first on line \(previous))", at: idNode)
            } else {
                indicatorLines[id] = idNode.line
                indicatorNodes.append((id, idNode))
                isFirst = true
            }
            what = "\(kind) '\(id)'"
        }
        let question = map["question"].flatMap { reader.string($0, what: "question of \(what)") }
        let type = map["type"]
            .flatMap { reader.choice($0, what: "type of \(what)", among: IndicatorType.allCases.map(\.rawValue)) }
            .flatMap(IndicatorType.init(rawValue:))
        let weight = context ? 0 : map["weight"].flatMap { self.weight($0, what: "weight of \(what)") }
        var mapping: IndicatorMapping?
        var categories: [String] = []
        var mappingValid = true
        if let type {
            if context {
                (categories, mappingValid) = readContextCategories(map, type: type, of: what)
            } else {
                (mapping, categories) = readMapping(map, type: type, of: what)
                mappingValid = mapping != nil
            }
        }
        if let id, isFirst, vocabulary.names[id] == nil {
            let valueType = type.map { ConditionValueType($0, categories: categories) } ?? .unresolved
            vocabulary.names[id] = ConditionName(role: .indicator, type: valueType)
        }
        guard let id, let question, let type, let weight, mappingValid else { return (nil, weight) }
        return (Indicator(id: id, question: question, type: type, weight: weight, mapping: mapping,
                          contextCategories: context ? categories : []), weight)
    }

    /// The mapping under the key the type needs (nil when invalid), and the category names that could be read,
    /// which lesson conditions are checked against even when a level is wrong.
    /// A mapping key that belongs to another type is an error.
    private func readMapping(_ map: YAMLMapping, type: IndicatorType, of what: String) -> (IndicatorMapping?, [String]) {
        let expected = Self.mappingKeys[type] ?? ""
        var valid = true
        for entry in map.entries where Self.mappingKeys.values.contains(entry.key) && entry.key != expected {
            reader.report("\(what) is of type \(type.rawValue), which maps values with '\(expected)', not '\(entry.key)'", at: entry.keyNode)
            valid = false
        }
        guard let node = map[expected] else {
            reader.report("missing required key '\(expected)' in \(what) (type \(type.rawValue))", at: map.node)
            return (nil, [])
        }
        var categories: [String] = []
        let mapping: IndicatorMapping?
        switch type {
        case .boolean: mapping = readBooleanLevels(node, of: what)
        case .category: (mapping, categories) = readCategoryLevels(node, of: what)
        case .ordinal: mapping = readRange(node, of: what)
        case .count:
            mapping = readThresholds(node, of: what, bounds: ThresholdBounds(
                range: 0...Double.greatestFiniteMagnitude, complaint: "below 0; counts are never negative",
                lowest: 0, lowestReason: "every count gets a level")).map(IndicatorMapping.thresholds)
        case .share:
            mapping = readThresholds(node, of: what, bounds: ThresholdBounds(
                range: 0...1, complaint: "outside the share range 0...1",
                lowest: 0, lowestReason: "every share gets a level")).map(IndicatorMapping.thresholds)
        }
        return (valid ? mapping : nil, categories)
    }

    private func readBooleanLevels(_ node: YAMLValue, of what: String) -> IndicatorMapping? {
        guard let map = reader.mapping(node, what: "levels of \(what)", required: ["true", "false"]) else { return nil }
        let whenTrue = map["true"].flatMap { level($0, what: "level for true in \(what)") }
        let whenFalse = map["false"].flatMap { level($0, what: "level for false in \(what)") }
        guard let whenTrue, let whenFalse else { return nil }
        return .boolean(whenTrue: whenTrue, whenFalse: whenFalse)
    }

    private func readCategoryLevels(_ node: YAMLValue, of what: String) -> (IndicatorMapping?, [String]) {
        guard case let .mapping(entries) = node.content else {
            reader.report("categories of \(what) must be a mapping of category names to levels, found \(node.kindDescription)", at: node)
            return (nil, [])
        }
        if entries.isEmpty {
            reader.report("categories of \(what) must list at least one category", at: node)
            return (nil, [])
        }
        var categories: [CategoryLevel] = []
        var names: [String] = []
        for entry in entries {
            let name = reader.identifier(entry.keyNode, what: "category of \(what)")
            let level = level(entry.value, what: "level of category '\(entry.key)' in \(what)")
            if let name { names.append(name) }
            if let name, let level { categories.append(CategoryLevel(name: name, level: level)) }
        }
        return (categories.count == entries.count ? .categories(categories) : nil, names)
    }

    private func readRange(_ node: YAMLValue, of what: String) -> IndicatorMapping? {
        guard let items = reader.list(node, what: "range of \(what)") else { return nil }
        guard items.count == 2 else {
            reader.report("range of \(what) must be two whole numbers [from, to], found \(items.count)", at: node)
            return nil
        }
        let from = reader.integer(items[0], what: "range start of \(what)")
        let to = reader.integer(items[1], what: "range end of \(what)")
        guard let from, let to else { return nil }
        guard from < to else {
            reader.report("range of \(what) must go from a lower to a higher number, found [\(from), \(to)]", at: node)
            return nil
        }
        return .ordinal(from: from, to: to)
    }

    private func level(_ node: YAMLValue, what: String) -> Double? {
        number(node, what: what).flatMap { withinScale($0, what: what, at: node) }
    }

    /// Context indicators are not scored; a category one lists its categories so values can be checked.
    private func readContextCategories(_ map: YAMLMapping, type: IndicatorType, of what: String) -> ([String], Bool) {
        let entry = map.entries.first { $0.key == "categories" }
        guard type == .category else {
            if let entry {
                reader.report("\(what) is of type \(type.rawValue) and takes no 'categories'", at: entry.keyNode)
                return ([], false)
            }
            return ([], true)
        }
        guard let node = entry?.value else {
            reader.report("missing required key 'categories' in \(what) (type category)", at: map.node)
            return ([], false)
        }
        guard let items = reader.list(node, what: "categories of \(what)") else { return ([], false) }
        if items.isEmpty {
            reader.report("categories of \(what) must list at least one category", at: node)
            return ([], false)
        }
        var names: [String] = []
        var firstLine: [String: Int] = [:]
        var valid = true
        for item in items {
            guard let name = reader.identifier(item, what: "category of \(what)") else {
                valid = false
                continue
            }
            if let previous = firstLine[name] {
                reader.report("duplicate category '\(name)' in \(what) (first on line \(previous))", at: item)
                valid = false
                continue
            }
            firstLine[name] = item.line
            names.append(name)
        }
        return (names, valid)
    }
}
