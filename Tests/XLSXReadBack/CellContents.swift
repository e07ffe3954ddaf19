/// One cell as stored: its value (the cached result for formulas), formula, and style.
public struct CellContents: Sendable, Equatable {
    /// A stored cell value.
    public enum Value: Sendable, Equatable {
        /// Text (shared, inline, or a formula's string result), with Excel's `_xHHHH_` escapes resolved.
        case string(String)
        /// A number.
        case number(Double)
        /// TRUE or FALSE.
        case bool(Bool)
        /// An error value such as "#N/A".
        case error(String)
        /// No value (a styled blank cell).
        case empty
    }

    /// The cell's A1 reference, "B2".
    public let reference: String
    /// The value, or a formula's cached result.
    public let value: Value
    /// The formula as stored (without a leading "="), nil for plain values.
    public let formula: String?
    /// The index into styles.xml's cellXfs.
    public let styleIndex: Int
    /// The resolved style.
    public let format: CellFormatFacts

    /// A cell; the reader builds these.
    public init(reference: String, value: Value, formula: String?, styleIndex: Int, format: CellFormatFacts) {
        self.reference = reference
        self.value = value
        self.formula = formula
        self.styleIndex = styleIndex
        self.format = format
    }

    /// The text value, if the cell holds text.
    public var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    /// The numeric value, if the cell holds a number.
    public var number: Double? {
        if case .number(let number) = value { return number }
        return nil
    }

    /// The boolean value, if the cell holds one.
    public var bool: Bool? {
        if case .bool(let flag) = value { return flag }
        return nil
    }
}
