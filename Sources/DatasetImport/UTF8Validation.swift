/// Finds invalid UTF-8 in raw bytes, per the Unicode well-formedness table (no overlong forms,
/// no surrogates, nothing above U+10FFFF), so the CSV reader can name the exact byte.
enum UTF8Validation {
    /// The offset of the first byte of every ill-formed sequence, in order.
    static func invalidOffsets(in bytes: [UInt8]) -> [Int] {
        var result: [Int] = []
        var i = 0
        let count = bytes.count
        while i < count {
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let width = sequenceLength(at: i, in: bytes)
            if width == 0 {
                result.append(i)
                i += 1
            } else {
                i += width
            }
        }
        return result
    }

    /// The length of the well-formed sequence starting at `i`, or 0 when it is ill-formed.
    private static func sequenceLength(at i: Int, in bytes: [UInt8]) -> Int {
        let lead = bytes[i]
        let secondRange: ClosedRange<UInt8>
        let width: Int
        switch lead {
        case 0xC2...0xDF: width = 2; secondRange = 0x80...0xBF
        case 0xE0: width = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: width = 3; secondRange = 0x80...0xBF
        case 0xED: width = 3; secondRange = 0x80...0x9F
        case 0xF0: width = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: width = 4; secondRange = 0x80...0xBF
        case 0xF4: width = 4; secondRange = 0x80...0x8F
        default: return 0
        }
        guard i + width <= bytes.count, secondRange.contains(bytes[i + 1]) else { return 0 }
        for j in (i + 2)..<(i + width) where !(0x80...0xBF).contains(bytes[j]) {
            return 0
        }
        return width
    }
}
