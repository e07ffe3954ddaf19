/// Locale-independent number text for provenance steps, explanations and diffs, so the same matrix
/// always prints the same characters whatever machine renders it.
enum NumberText {
    /// Exactly three decimals with a "." separator, rounding half away from zero: `1.333`, `2.000`, `-0.500`.
    static func fixed(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return String(value) }
        let thousandths = Int64((abs(value) * 1000).rounded())
        let sign = value < 0 && thousandths != 0 ? "-" : ""
        let fraction = String(thousandths % 1000)
        return "\(sign)\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }

    /// A value given by the rubric or the coder (a weight, a level): whole numbers without decimals (`2`),
    /// anything else as ``fixed(_:)`` (`0.250`).
    static func compact(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15, value == value.rounded() else { return fixed(value) }
        return String(Int64(value))
    }
}
