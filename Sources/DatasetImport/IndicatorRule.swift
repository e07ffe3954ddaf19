import CasebookModel

/// One indicator fed by one or more dataset columns through a transform, with the confidence its
/// observations carry and the semantic gap between what the columns record and what the indicator asks.
public struct IndicatorRule: Sendable, Hashable {
    /// The rubric indicator id.
    public var indicatorID: String
    /// The columns read, in the order the transform uses them.
    public var columns: [MappedColumn]
    /// How the cells become a value.
    public var transform: ColumnTransform
    /// The confidence of every observation the rule produces.
    public var confidence: CoderConfidence
    /// How what the columns record differs from what the indicator asks.
    public var gap: String

    /// Creates a rule. Prefer ``DatasetMappingLoader``, which checks that the transform fits the columns.
    public init(indicatorID: String, columns: [MappedColumn], transform: ColumnTransform, confidence: CoderConfidence, gap: String) {
        self.indicatorID = indicatorID
        self.columns = columns
        self.transform = transform
        self.confidence = confidence
        self.gap = gap
    }

    /// The rule in one line: "Polps ≥ 1 → true, otherwise false".
    public var summary: String {
        func show(_ value: ObservedValue?) -> String { value?.description ?? "no observation" }
        let names = columns.map(\.name)
        switch transform {
        case let .threshold(atLeast, then, otherwise):
            return "\(names.joined()) ≥ \(atLeast) → \(show(then)), otherwise \(show(otherwise))"
        case let .anyOf(then, otherwise):
            return "any of \(names.joined(separator: ", ")) above 0 → \(show(then)), otherwise \(show(otherwise))"
        case let .table(entries):
            return "\(names.joined()): " + entries.map { "\($0.raw.isEmpty ? "(blank)" : $0.raw) → \(show($0.value))" }.joined(separator: ", ")
        case let .rescale(to):
            let from = columns.first?.range.map { "\($0.lowerBound)...\($0.upperBound)" } ?? ""
            return "\(names.joined()) \(from) rescaled to \(ObservedValue.number(to.lowerBound))...\(ObservedValue.number(to.upperBound))"
        }
    }

    /// Applies the rule to one row's cells, given in the order of ``columns``.
    func evaluate(_ cells: [String]) -> RuleResult {
        if case let .table(entries) = transform {
            guard let column = columns.first, let cell = cells.first else { return .unobserved }
            guard let entry = entries.first(where: { $0.raw == cell }) else {
                let listed = entries.map { $0.raw.isEmpty ? "(blank)" : $0.raw }.joined(separator: ", ")
                let shown = cell.isEmpty ? "\(column.name) is blank" : "\(column.name) = \(cell) is not a value the mapping lists"
                return .invalid([CellProblem(column: 0, message: "\(shown) (\(listed))")])
            }
            return entry.value.map(RuleResult.value) ?? .unobserved
        }
        var numbers: [Int] = []
        var problems: [CellProblem] = []
        for (index, (column, cell)) in zip(columns, cells).enumerated() {
            guard let range = column.range else { continue }
            let rangeText = "the codebook range is \(range.lowerBound)...\(range.upperBound)"
            if cell.isEmpty {
                problems.append(CellProblem(column: index, message: "\(column.name) is blank; \(rangeText)"))
            } else if let number = Self.wholeNumber(cell) {
                if range.contains(number) {
                    numbers.append(number)
                } else {
                    problems.append(CellProblem(column: index, message: "\(column.name) = \(cell) is outside the codebook range \(range.lowerBound)...\(range.upperBound)"))
                }
            } else {
                problems.append(CellProblem(column: index, message: "\(column.name) = '\(cell)' is not a whole number; \(rangeText)"))
            }
        }
        if !problems.isEmpty { return .invalid(problems) }
        // The loader guarantees a range for every column these transforms read; a hand-built rule without one yields nothing.
        guard let first = numbers.first, numbers.count == columns.count else { return .unobserved }
        let result: ObservedValue?
        switch transform {
        case let .threshold(atLeast, then, otherwise):
            result = first >= atLeast ? then : otherwise
        case let .anyOf(then, otherwise):
            result = numbers.contains { $0 > 0 } ? then : otherwise
        case let .rescale(to):
            guard let from = columns.first?.range, from.upperBound > from.lowerBound else { return .unobserved }
            let fraction = Double(first - from.lowerBound) / Double(from.upperBound - from.lowerBound)
            result = .number(to.lowerBound + fraction * (to.upperBound - to.lowerBound))
        case .table:
            result = nil
        }
        return result.map(RuleResult.value) ?? .unobserved
    }

    /// Digits with an optional leading minus, nothing else: " 2", "2.0" and "+2" are not codebook values.
    private static func wholeNumber(_ text: String) -> Int? {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return Int(text)
    }
}
