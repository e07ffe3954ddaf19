import CasebookModel
import MatrixSupport
import RubricModel

/// Reads the `indicators` list of a mapping file, checking each entry against its transform and,
/// when there is one, against the rubric.
struct IndicatorRuleReader {
    let reader: YAMLReader
    let rubric: Rubric?

    private static let common = ["indicator", "transform", "columns", "confidence", "gap"]
    private static let specific: [String: [String]] = [
        "threshold": ["at_least", "then", "otherwise"],
        "any_of": ["then", "otherwise"],
        "table": ["values"],
        "rescale": ["to"],
    ]
    private static let transformNames = ["threshold", "any_of", "table", "rescale"]

    /// The rules, nil when any entry is invalid, and the line each column is first mapped on.
    func readAll(_ node: YAMLValue) -> (rules: [IndicatorRule]?, columnLines: [String: Int]) {
        guard let items = reader.list(node, what: "indicators") else { return (nil, [:]) }
        if items.isEmpty {
            reader.report("indicators must map at least one indicator", at: node)
            return (nil, [:])
        }
        var rules: [IndicatorRule] = []
        var firstLine: [String: Int] = [:]
        var ranges: [String: (range: ClosedRange<Int>?, line: Int)] = [:]
        for item in items {
            guard let (rule, idNode, columnNodes) = read(item) else { continue }
            if let first = firstLine[rule.indicatorID] {
                reader.report("indicator '\(rule.indicatorID)' is mapped twice (first on line \(first))", at: idNode)
                continue
            }
            firstLine[rule.indicatorID] = idNode.line
            var consistent = true
            for (column, columnNode) in zip(rule.columns, columnNodes) {
                guard let first = ranges[column.name] else {
                    ranges[column.name] = (column.range, columnNode.line)
                    continue
                }
                if let a = first.range, let b = column.range, a != b {
                    reader.report("column '\(column.name)' has range \(b.lowerBound)...\(b.upperBound) here but "
                                  + "\(a.lowerBound)...\(a.upperBound) on line \(first.line)", at: columnNode)
                    consistent = false
                }
            }
            if consistent { rules.append(rule) }
        }
        return (rules.count == items.count ? rules : nil, ranges.mapValues(\.line))
    }

    private func read(_ node: YAMLValue) -> (IndicatorRule, YAMLValue, [YAMLValue])? {
        guard case let .mapping(entries) = node.content else {
            reader.report("indicator entry must be a mapping, found \(node.kindDescription)", at: node)
            return nil
        }
        let peekedID = entries.first { $0.key == "indicator" }.flatMap { entry -> String? in
            if case let .scalar(text, _) = entry.value.content { return text }
            return nil
        }
        let what = peekedID.map { "indicator entry '\($0)'" } ?? "indicator entry"
        let transformNode = entries.first { $0.key == "transform" }?.value
        let transformName = transformNode.flatMap { reader.choice($0, what: "transform", among: Self.transformNames) }
        // An unreadable transform still lets every transform's keys through, so one mistake is reported once.
        let specificKeys = transformName.flatMap { Self.specific[$0] } ?? []
        let otherKeys = transformName == nil ? Self.specific.values.flatMap { $0 } : []
        guard let map = reader.mapping(node, what: what, required: Self.common + specificKeys, optional: otherKeys) else { return nil }

        let indicator = map["indicator"].flatMap(indicatorID)
        let columnsRead = map["columns"].flatMap { columns($0, transform: transformName) }
        let confidence = map["confidence"]
            .flatMap { reader.choice($0, what: "confidence", among: CoderConfidence.allCases.map(\.rawValue)) }
            .flatMap(CoderConfidence.init(rawValue:))
        let gap = map["gap"].flatMap { reader.string($0, what: "gap") }
        let values = MappedValueReader(reader: reader, indicator: indicator?.definition, indicatorID: indicator?.id)
        let transform = transformName.flatMap { name in
            self.transform(name, map: map, columns: columnsRead?.columns, values: values, what: what)
        }
        guard let indicator, let columnsRead, let confidence, let gap, let transform, let idNode = map["indicator"] else { return nil }
        let rule = IndicatorRule(indicatorID: indicator.id, columns: columnsRead.columns, transform: transform,
                                 confidence: confidence, gap: gap)
        return (rule, idNode, columnsRead.nodes)
    }

    private func indicatorID(_ node: YAMLValue) -> (id: String, definition: Indicator?)? {
        guard let id = reader.identifier(node, what: "indicator") else { return nil }
        guard let rubric else { return (id, nil) }
        guard let indicator = rubric.indicator(id) else {
            var message = "unknown indicator '\(id)' in rubric '\(rubric.id)'"
            if let suggestion = YAMLReader.closest(to: id, among: rubric.allIndicators.map(\.id)) {
                message += " (did you mean '\(suggestion)'?)"
            }
            reader.report(message, at: node)
            return nil
        }
        return (id, indicator)
    }

    private func columns(_ node: YAMLValue, transform: String?) -> (columns: [MappedColumn], nodes: [YAMLValue])? {
        guard let items = reader.list(node, what: "columns") else { return nil }
        switch transform {
        case "any_of" where items.count < 2:
            reader.report("any_of needs at least two columns; for one column use threshold or table", at: node)
            return nil
        case "threshold", "table", "rescale":
            if items.count != 1 {
                reader.report("\(transform ?? "") reads exactly one column, found \(items.count)", at: node)
                return nil
            }
        default:
            if items.isEmpty {
                reader.report("columns must name at least one column", at: node)
                return nil
            }
        }
        var columns: [MappedColumn] = []
        var nodes: [YAMLValue] = []
        var seen: [String: Int] = [:]
        // A table's keys are its codebook values; every other transform reads numbers within a stated range.
        let needsRange = transform != "table"
        let rangeKey = needsRange ? ["range"] : []
        for item in items {
            guard let map = reader.mapping(item, what: "column", required: ["name", "meaning"] + (transform == nil ? [] : rangeKey),
                                           optional: transform == nil ? rangeKey : []),
                  let nameNode = map["name"] else { continue }
            let name = reader.string(nameNode, what: "column name")
            let meaning = map["meaning"].flatMap { reader.string($0, what: "meaning") }
            let range = map["range"].flatMap { codebookRange($0, startsAtZero: transform == "any_of") }
            guard let name, let meaning, map["range"] == nil || range != nil else { continue }
            if let first = seen[name] {
                reader.report("column '\(name)' is read twice by this entry (first on line \(first))", at: nameNode)
                continue
            }
            seen[name] = nameNode.line
            columns.append(MappedColumn(name: name, meaning: meaning, range: range))
            nodes.append(nameNode)
        }
        return columns.count == items.count ? (columns, nodes) : nil
    }

    private func codebookRange(_ node: YAMLValue, startsAtZero: Bool) -> ClosedRange<Int>? {
        guard case let .sequence(items) = node.content, items.count == 2 else {
            reader.report("range must be a list of two whole numbers [minimum, maximum]", at: node)
            return nil
        }
        guard let low = reader.integer(items[0], what: "range minimum"),
              let high = reader.integer(items[1], what: "range maximum") else { return nil }
        guard low < high else {
            reader.report("range [\(low), \(high)] must go from a minimum to a larger maximum", at: node)
            return nil
        }
        if startsAtZero && low != 0 {
            reader.report("any_of counts a column as present when it is above 0, so its range must start at 0, not \(low)", at: node)
            return nil
        }
        return low...high
    }

    private func transform(_ name: String, map: YAMLMapping, columns: [MappedColumn]?, values: MappedValueReader,
                           what: String) -> ColumnTransform? {
        let transform: ColumnTransform?
        switch name {
        case "threshold":
            let atLeast = map["at_least"].flatMap { threshold($0, range: columns?.first?.range) }
            let then = map["then"].flatMap(values.read)
            let otherwise = map["otherwise"].flatMap(values.read)
            guard let atLeast, let then, let otherwise else { return nil }
            transform = .threshold(atLeast: atLeast, then: then.value, otherwise: otherwise.value)
        case "any_of":
            let then = map["then"].flatMap(values.read)
            let otherwise = map["otherwise"].flatMap(values.read)
            guard let then, let otherwise else { return nil }
            transform = .anyOf(then: then.value, otherwise: otherwise.value)
        case "table":
            guard let entries = map["values"].flatMap({ RawTable(reader: reader).read($0, what: "values", value: values.read) })
            else { return nil }
            transform = .table(entries.map { TableEntry(raw: $0.raw, value: $0.value.value) })
        default:
            guard let toNode = map["to"], let to = target(toNode),
                  let range = columns?.first?.range, values.checkRescale(from: range, to: to, at: toNode) else { return nil }
            transform = .rescale(to: to)
        }
        if let transform, !transform.producesValue, let node = map["transform"] {
            reader.report("\(what) maps every value to ~, so it never produces an observation", at: node)
            return nil
        }
        return transform
    }

    private func threshold(_ node: YAMLValue, range: ClosedRange<Int>?) -> Int? {
        guard let value = reader.integer(node, what: "at_least") else { return nil }
        if let range, !(range.lowerBound + 1...range.upperBound).contains(value) {
            reader.report("at_least \(value) does not split the range \(range.lowerBound)...\(range.upperBound); "
                          + "it must be from \(range.lowerBound + 1) to \(range.upperBound)", at: node)
            return nil
        }
        return value
    }

    private func target(_ node: YAMLValue) -> ClosedRange<Double>? {
        guard case let .sequence(items) = node.content, items.count == 2 else {
            reader.report("to must be a list of two numbers [low, high]", at: node)
            return nil
        }
        guard let low = reader.number(items[0], what: "to low"), let high = reader.number(items[1], what: "to high") else { return nil }
        guard low < high else {
            reader.report("to [\(ObservedValue.number(low)), \(ObservedValue.number(high))] must go from a low to a higher value", at: node)
            return nil
        }
        return low...high
    }
}
