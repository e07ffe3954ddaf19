import CasebookModel

/// How a rule turns cells into an indicator value. A nil value means "no observation": the cells are
/// valid, but they do not support any value of the indicator (written `~` in mapping files).
public enum ColumnTransform: Sendable, Hashable {
    /// One column: `then` when the cell is at least `atLeast`, `otherwise` below it.
    case threshold(atLeast: Int, then: ObservedValue?, otherwise: ObservedValue?)
    /// Several columns whose ranges start at 0: `then` when any cell is above 0, `otherwise` when all are 0.
    case anyOf(then: ObservedValue?, otherwise: ObservedValue?)
    /// One column: each listed raw value maps to a value; an unlisted value makes the row bad.
    case table([TableEntry<ObservedValue?>])
    /// One column: its codebook range mapped linearly onto `to`, for ordinal, count and share indicators.
    case rescale(to: ClosedRange<Double>)

    /// The name used in mapping files.
    public var name: String {
        switch self {
        case .threshold: return "threshold"
        case .anyOf: return "any_of"
        case .table: return "table"
        case .rescale: return "rescale"
        }
    }
}

extension ColumnTransform {
    /// False when every outcome of the transform is "no observation".
    var producesValue: Bool {
        switch self {
        case let .threshold(_, then, otherwise), let .anyOf(then, otherwise): return then != nil || otherwise != nil
        case let .table(entries): return entries.contains { $0.value != nil }
        case .rescale: return true
        }
    }
}
