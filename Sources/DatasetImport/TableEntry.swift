/// One row of a lookup table: a raw cell value and what it maps to.
public struct TableEntry<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The cell text, exactly.
    public var raw: String
    /// What it maps to.
    public var value: Value

    /// Creates an entry.
    public init(raw: String, value: Value) {
        self.raw = raw
        self.value = value
    }
}
