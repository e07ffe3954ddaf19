/// Appends the primitives of ``CasebookBinaryCodec``'s format: LEB128 varints, zigzag integers, doubles as their
/// 8 bit-pattern bytes, and strings as indexes into a table that holds each distinct string once.
struct BinaryWriter {
    private(set) var body: [UInt8] = []
    private(set) var strings: [String] = []
    private var stringIndexes: [String: Int] = [:]

    mutating func unsigned(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            body.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        body.append(UInt8(rest))
    }

    mutating func count(_ value: Int) { unsigned(UInt64(value)) }

    mutating func integer(_ value: Int) {
        let wide = Int64(value)
        unsigned(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    mutating func double(_ value: Double) {
        var bits = value.bitPattern
        for _ in 0..<8 {
            body.append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    mutating func bool(_ value: Bool) { body.append(value ? 1 : 0) }

    /// Which case of an enumeration with associated values follows.
    mutating func tag(_ value: UInt8) { body.append(value) }

    mutating func string(_ value: String) {
        if let index = stringIndexes[value] {
            count(index)
        } else {
            stringIndexes[value] = strings.count
            count(strings.count)
            strings.append(value)
        }
    }

    mutating func optional<Value>(_ value: Value?, _ write: (inout BinaryWriter, Value) -> Void) {
        guard let value else { return body.append(0) }
        body.append(1)
        write(&self, value)
    }

    mutating func list<Element>(_ elements: [Element], _ write: (inout BinaryWriter, Element) -> Void) {
        count(elements.count)
        for element in elements { write(&self, element) }
    }

    /// The string table, then the body: what follows the header in a file.
    var bytes: [UInt8] {
        var table = BinaryWriter()
        table.count(strings.count)
        for string in strings {
            table.count(string.utf8.count)
            table.body.append(contentsOf: string.utf8)
        }
        return table.body + body
    }
}
