import MatrixSupport

/// One pass over a rubric file's YAML tree. It reads every part it can, records every problem in its
/// ``YAMLReader`` and remembers the ids it has seen, so a later reference is checked even when the part
/// that defines it had errors of its own.
final class RubricFileReader {
    static let topKeys = ["id", "title", "version", "description", "owner", "scale", "aggregation", "dimensions"]
    static let maximumScaleLevels = 100

    let source: SourceText
    let reader = YAMLReader()
    /// The scale's range once minimum and maximum are valid; range checks against the scale are skipped without it.
    var scaleBounds: ClosedRange<Int>?
    /// Dimension id → line of its first definition.
    var dimensionLines: [String: Int] = [:]
    /// Indicator id (scored and context) → line of its first definition.
    var indicatorLines: [String: Int] = [:]
    /// Indicator ids with their nodes, to check against dimension ids once all are known.
    var indicatorNodes: [(id: String, node: YAMLValue)] = []
    /// The names lesson conditions may use.
    var vocabulary = ConditionVocabulary(names: ConditionVocabulary.caseFacts)
    private var locator: ScalarLocator?

    init(source: SourceText) {
        self.source = source
    }

    var diagnostics: [Diagnostic] {
        reader.diagnostics
    }

    /// The rubric, or nil when anything was wrong.
    func read(_ root: YAMLValue) -> Rubric? {
        guard let top = reader.mapping(root, what: "rubric", required: Self.topKeys,
                                       optional: ["context_indicators", "lessons"]) else { return nil }
        let id = top["id"].flatMap { reader.identifier($0, what: "rubric id") }
        let title = top["title"].flatMap { reader.string($0, what: "title") }
        let version = top["version"].flatMap { reader.string($0, what: "version") }
        let description = top["description"].flatMap { reader.string($0, what: "description") }
        let owner = top["owner"].flatMap { reader.string($0, what: "owner") }
        let scale = top["scale"].flatMap(readScale)
        let aggregation = top["aggregation"].flatMap(readAggregation)
        let dimensions = top["dimensions"].flatMap(readDimensions)
        let contextIndicators = top["context_indicators"].map(readContextIndicators) ?? []
        checkIndicatorsAgainstDimensions()
        // Lessons name dimensions and indicators: without a dimension list to read, every name would be reported
        // as unknown, burying the one real problem, so they wait until the dimensions can be read.
        let dimensionsListed = if case .sequence? = top["dimensions"]?.content { true } else { false }
        let lessons = dimensionsListed ? top["lessons"].map(readLessons) ?? [] : nil
        guard let id, let title, let version, let description, let owner, let scale, let aggregation,
              let dimensions, let contextIndicators, let lessons else { return nil }
        return Rubric(id: id, title: title, version: version, description: description, owner: owner, scale: scale,
                      aggregation: aggregation, dimensions: dimensions, contextIndicators: contextIndicators, lessons: lessons)
    }

    // MARK: Scale and aggregation

    private func readScale(_ node: YAMLValue) -> Scale? {
        guard let map = reader.mapping(node, what: "scale", required: ["minimum", "maximum", "levels"]) else { return nil }
        let minimum = map["minimum"].flatMap { reader.integer($0, what: "scale minimum") }
        let maximum = map["maximum"].flatMap { reader.integer($0, what: "scale maximum") }
        if let minimum, let maximum, let minimumNode = map["minimum"], let maximumNode = map["maximum"] {
            if minimum >= maximum {
                reader.report("scale minimum \(minimum) must be below its maximum \(maximum)", at: minimumNode)
            } else if maximum - minimum + 1 > Self.maximumScaleLevels {
                reader.report("scale \(minimum)...\(maximum) has \(maximum - minimum + 1) levels; the limit is \(Self.maximumScaleLevels)",
                              at: maximumNode)
            } else {
                scaleBounds = minimum...maximum
            }
        }
        guard let levelsNode = map["levels"], let items = reader.list(levelsNode, what: "scale levels") else { return nil }
        var levels: [ScaleLevel] = []
        var firstLine: [Int: Int] = [:]
        var complete = true
        for item in items {
            guard let entry = reader.mapping(item, what: "scale level", required: ["level", "label", "anchor"]) else {
                complete = false
                continue
            }
            let level = entry["level"].flatMap { node in
                reader.integer(node, what: "scale level").flatMap { withinScale($0, what: "scale level", at: node) }
            }
            let label = entry["label"].flatMap { reader.string($0, what: "label of a scale level") }
            let anchor = entry["anchor"].flatMap { reader.string($0, what: "anchor of a scale level") }
            if let level, let node = entry["level"] {
                if let previous = firstLine[level] {
                    reader.report("duplicate scale level \(level) (first on line \(previous))", at: node)
                    complete = false
                    continue
                }
                firstLine[level] = node.line
            }
            guard let level, let label, let anchor else {
                complete = false
                continue
            }
            levels.append(ScaleLevel(level: level, label: label, anchor: anchor))
        }
        guard let bounds = scaleBounds, let minimum, let maximum else { return nil }
        for level in bounds where firstLine[level] == nil {
            reader.report("scale has no entry for level \(level)", at: levelsNode)
            complete = false
        }
        guard complete else { return nil }
        return Scale(minimum: minimum, maximum: maximum, levels: levels.sorted { $0.level < $1.level })
    }

    private func readAggregation(_ node: YAMLValue) -> Aggregation? {
        guard let map = reader.mapping(node, what: "aggregation", required: ["era", "index"]) else { return nil }
        let era = map["era"]
            .flatMap { reader.choice($0, what: "era aggregation", among: EraAggregation.allCases.map(\.rawValue)) }
            .flatMap(EraAggregation.init(rawValue:))
        let index = map["index"]
            .flatMap { reader.choice($0, what: "index aggregation", among: IndexAggregation.allCases.map(\.rawValue)) }
            .flatMap(IndexAggregation.init(rawValue:))
        guard let era, let index else { return nil }
        return Aggregation(era: era, index: index)
    }

    // MARK: Shared readers

    /// How to refer to the `index`-th item of a list in messages before its id is known to be valid:
    /// "dimension 'guarantors'" when it has a readable id, "dimension 2" otherwise.
    func label(_ node: YAMLValue, kind: String, index: Int) -> String {
        if case let .mapping(entries) = node.content, let id = entries.first(where: { $0.key == "id" })?.value,
           case let .scalar(text, _) = id.content, YAMLReader.isIdentifier(text) {
            return "\(kind) '\(text)'"
        }
        return "\(kind) \(index + 1)"
    }

    /// A finite number; `-0` reads as `0` so that equal rubrics encode (and hash) alike.
    func number(_ node: YAMLValue, what: String) -> Double? {
        reader.number(node, what: what).map { $0 + 0 }
    }

    /// A non-negative weight.
    func weight(_ node: YAMLValue, what: String) -> Double? {
        guard let value = number(node, what: what) else { return nil }
        guard value >= 0 else {
            reader.report("\(what) must not be negative, found \(RubricCanonicalForm.number(value))", at: node)
            return nil
        }
        return value
    }

    /// `value` when it lies on the scale (or the scale is unknown); reports and returns nil otherwise.
    func withinScale(_ value: Double, what: String, at node: YAMLValue) -> Double? {
        guard let bounds = scaleBounds, !(Double(bounds.lowerBound)...Double(bounds.upperBound)).contains(value) else { return value }
        reader.report("\(what) is \(RubricCanonicalForm.number(value)), outside the scale \(bounds.lowerBound)...\(bounds.upperBound)", at: node)
        return nil
    }

    func withinScale(_ value: Int, what: String, at node: YAMLValue) -> Int? {
        withinScale(Double(value), what: what, at: node).map { _ in value }
    }

    /// An id that lesson conditions can use as a name: reported when it breaks the name grammar or is reserved,
    /// but still returned so that references to it are not reported again as unknown.
    func conditionName(_ node: YAMLValue, what: String) -> String? {
        guard let id = reader.identifier(node, what: what) else { return nil }
        if ConditionVocabulary.keywords.contains(id) {
            reader.report("\(what) '\(id)' is a keyword of lesson conditions", at: node)
        } else if ConditionVocabulary.caseFacts[id] != nil {
            reader.report("\(what) '\(id)' is the name of a case fact in lesson conditions", at: node)
        } else if !Self.isConditionName(id) {
            reader.report("\(what) '\(id)' must be lowercase letters, digits and '_', starting with a letter, so that lesson conditions can name it",
                          at: node)
        }
        return id
    }

    /// `[a-z][a-z0-9_]*`, the NAME of the condition grammar.
    static func isConditionName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// The file position of a character inside a scalar value; the line index is built on first use.
    func position(ofOffset offset: Int, in node: YAMLValue) -> (line: Int, column: Int) {
        let locator = self.locator ?? ScalarLocator(source)
        self.locator = locator
        return locator.position(ofOffset: offset, in: node)
    }
}
