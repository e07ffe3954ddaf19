/// Locale-free fixed-point formatting of numbers: a dot before the decimals, no grouping, whatever the
/// process locale, because it never calls a C or Foundation formatter.
///
/// It rounds the shortest decimal form that reads back as the same `Double` (what `description` prints),
/// half away from zero. So 2.0005 becomes "2.001", as a reader of the number expects, although the binary
/// value nearest to 2.0005 lies just below it. A result that rounds to zero never carries a minus sign.
///
/// ```swift
/// FixedDecimal.string(2.0005, decimals: 3)   // "2.001"
/// FixedDecimal.string(-0.0001, decimals: 3)  // "0.000"
/// FixedDecimal.string(1234567.5, decimals: 0) // "1234568"
/// ```
public enum FixedDecimal {
    /// `value` with exactly `decimals` digits after the dot (none and no dot for 0; negative counts as 0).
    /// Non-finite values, which scores never are, print as `nan`, `inf` and `-inf`.
    public static func string(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.description }
        let decimals = max(0, decimals)
        let (digits, pointPosition) = shortestDigits(of: value.magnitude)

        // The magnitude is 0.d₁d₂… × 10^pointPosition: keep the digits down to the last decimal, round on the next.
        let keptCount = pointPosition + decimals
        var kept: [UInt8] = []
        if keptCount >= 0 {
            kept = Array(digits.prefix(keptCount))
            kept += Array(repeating: 0, count: keptCount - kept.count)
            if keptCount < digits.count && digits[keptCount] >= 5 { kept = incremented(kept) }
        }

        let integerCount = kept.count - decimals
        let integerDigits = integerCount > 0 ? Array(kept.prefix(integerCount)) : [0]
        let fractionDigits = Array(repeating: 0, count: max(0, -integerCount)) + kept.suffix(min(decimals, kept.count))
        let sign = value < 0 && kept.contains { $0 != 0 } ? "-" : ""
        let integerText = integerDigits.map(String.init).joined()
        return decimals == 0 ? sign + integerText : sign + integerText + "." + fractionDigits.map(String.init).joined()
    }

    /// Adds one to the number the digits spell, growing it by a digit when every digit was 9.
    private static func incremented(_ digits: [UInt8]) -> [UInt8] {
        var digits = digits
        var index = digits.count - 1
        while index >= 0 && digits[index] == 9 {
            digits[index] = 0
            index -= 1
        }
        if index >= 0 {
            digits[index] += 1
        } else {
            digits.insert(1, at: 0)
        }
        return digits
    }

    /// The significant decimal digits of a finite non-negative value, without leading zeros, and the position of
    /// the decimal point relative to the first of them (1 for 2.5 = 0.25 × 10¹, −2 for 0.00123); no digits for zero.
    private static func shortestDigits(of magnitude: Double) -> (digits: [UInt8], pointPosition: Int) {
        let text = magnitude.description
        let parts = text.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        var digits: [UInt8] = []
        var pointPosition: Int?
        for character in mantissa {
            if character == "." {
                pointPosition = digits.count
            } else if let digit = character.wholeNumberValue {
                digits.append(UInt8(digit))
            }
        }
        var position = (pointPosition ?? digits.count) + exponent
        let leadingZeros = digits.prefix { $0 == 0 }.count
        digits.removeFirst(leadingZeros)
        position -= leadingZeros
        while digits.last == 0 { digits.removeLast() }
        return (digits, digits.isEmpty ? 0 : position)
    }
}
