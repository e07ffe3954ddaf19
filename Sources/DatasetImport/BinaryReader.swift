/// Reads what ``BinaryWriter`` wrote, checking every length and index against the bytes there are, so that a
/// damaged file is refused with a reason and never read out of bounds.
struct BinaryReader {
    struct Damage: Error {
        let reason: String
    }

    private let bytes: [UInt8]
    private var offset: Int
    private var strings: [String] = []

    init(bytes: [UInt8], offset: Int) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func readStringTable() throws(Damage) {
        let total = try count()
        strings.reserveCapacity(total)
        for _ in 0..<total {
            let length = try count()
            guard length <= bytes.count - offset else { throw Damage(reason: "a string runs past the end of the file") }
            guard let string = String(validating: bytes[offset..<(offset + length)], as: UTF8.self) else {
                throw Damage(reason: "a string is not valid UTF-8")
            }
            strings.append(string)
            offset += length
        }
    }

    mutating func unsigned() throws(Damage) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count else { throw Damage(reason: "the file ends in the middle of a value") }
            let byte = bytes[offset]
            offset += 1
            guard shift < 64 else { throw Damage(reason: "a number is too long") }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// A count or index: never more than the bytes left could hold, which also bounds every allocation.
    mutating func count() throws(Damage) -> Int {
        let value = try unsigned()
        guard value <= UInt64(bytes.count) else { throw Damage(reason: "a count is larger than the file") }
        return Int(value)
    }

    mutating func integer() throws(Damage) -> Int {
        let raw = try unsigned()
        let value = Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
        guard let integer = Int(exactly: value) else { throw Damage(reason: "an integer is out of range") }
        return integer
    }

    mutating func double() throws(Damage) -> Double {
        guard bytes.count - offset >= 8 else { throw Damage(reason: "the file ends in the middle of a value") }
        var bits: UInt64 = 0
        for index in (0..<8).reversed() { bits = bits << 8 | UInt64(bytes[offset + index]) }
        offset += 8
        return Double(bitPattern: bits)
    }

    mutating func bool() throws(Damage) -> Bool {
        switch try flag() {
        case 0: return false
        case 1: return true
        default: throw Damage(reason: "a flag is neither 0 nor 1")
        }
    }

    mutating func string() throws(Damage) -> String {
        let index = try count()
        guard index < strings.count else { throw Damage(reason: "a string index is outside the string table") }
        return strings[index]
    }

    /// A string naming one case of a `String`-backed enumeration.
    mutating func choice<Value: RawRepresentable>(_ type: Value.Type) throws(Damage) -> Value where Value.RawValue == String {
        let raw = try string()
        guard let value = Value(rawValue: raw) else { throw Damage(reason: "'\(raw)' is not a \(type)") }
        return value
    }

    mutating func optional<Value>(_ read: (inout BinaryReader) throws(Damage) -> Value) throws(Damage) -> Value? {
        try bool() ? try read(&self) : nil
    }

    mutating func list<Element>(_ read: (inout BinaryReader) throws(Damage) -> Element) throws(Damage) -> [Element] {
        let total = try count()
        var elements: [Element] = []
        elements.reserveCapacity(total)
        for _ in 0..<total { elements.append(try read(&self)) }
        return elements
    }

    /// A tag byte: which case of an enumeration with associated values follows.
    mutating func flag() throws(Damage) -> UInt8 {
        guard offset < bytes.count else { throw Damage(reason: "the file ends in the middle of a value") }
        defer { offset += 1 }
        return bytes[offset]
    }
}
