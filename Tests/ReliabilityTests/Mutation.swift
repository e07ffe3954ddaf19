import PropertyBased

/// One change to a file's bytes. Positions are fractions of the file's length, so a generated list of mutations
/// applies to any file.
enum Mutation: Sendable, CustomStringConvertible {
    /// Flips one bit of one byte.
    case flipBit(position: Double, bit: Int)
    /// Deletes up to `length` bytes.
    case delete(position: Double, length: Int)
    /// Inserts one of the ``pieces``.
    case insert(position: Double, piece: Int)
    /// Repeats the line the position falls in.
    case duplicateLine(position: Double)
    /// Cuts the file off.
    case truncate(position: Double)

    /// What insertions add: YAML's significant characters and constructs, and Unicode that breaks lines,
    /// reorders or hides text, marks the byte order, ends C strings, or is not UTF-8 at all.
    static let pieces: [[UInt8]] = [
        ":", ": ", "- ", "? ", "[", "]", "{", "}", ",", "#", "&a ", "*a", "!", "!!str ", "|", ">", "'", "\"", "%", "@",
        "`", "\\", "\t", "\n", "\r\n", "\r", "  ", "---\n", "...\n", "<<: *a\n", "~", "null", "1e400", ".nan", "-0",
        "\u{202E}", "\u{2066}", "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{0}", "\u{7}", "\u{1B}[2J", "\u{85}", "\u{2028}",
        "\u{2029}", "e\u{301}", "👍🏽", "درس‌ها", "\u{FFFE}", "\u{10FFFF}",
    ].map { Array(($0 as String).utf8) } + [
        [0xFF], [0x80], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80],
        Array(String(repeating: "a", count: 40_000).utf8),
    ]

    /// Lists of one to four mutations, insertions the most frequent.
    static let lists = Gen.frequency(
        (weight: 1.0, gen: zip(Gen.double(in: 0..<1), Gen.int(in: 0...7)).map { Mutation.flipBit(position: $0, bit: $1) }),
        (weight: 1.0, gen: zip(Gen.double(in: 0..<1), Gen.int(in: 1...64)).map { Mutation.delete(position: $0, length: $1) }),
        (weight: 4.0, gen: zip(Gen.double(in: 0..<1), Gen.int(in: 0..<pieces.count)).map { Mutation.insert(position: $0, piece: $1) }),
        (weight: 1.0, gen: Gen.double(in: 0..<1).map { Mutation.duplicateLine(position: $0) }),
        (weight: 0.5, gen: Gen.double(in: 0..<1).map { Mutation.truncate(position: $0) })
    ).array(of: 1...4)

    /// `bytes` with this mutation applied.
    func apply(to bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        func index(_ position: Double) -> Int { min(bytes.count, Int(position * Double(bytes.count))) }
        switch self {
        case let .flipBit(position, bit):
            guard !bytes.isEmpty else { return bytes }
            bytes[min(bytes.count - 1, index(position))] ^= UInt8(1) << UInt8(bit)
        case let .delete(position, length):
            let start = index(position)
            bytes.removeSubrange(start..<min(bytes.count, start + length))
        case let .insert(position, piece):
            bytes.insert(contentsOf: Self.pieces[piece], at: index(position))
        case let .duplicateLine(position):
            let at = index(position)
            let start = bytes[..<at].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let end = bytes[at...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
            bytes.insert(contentsOf: bytes[start..<end], at: end)
        case let .truncate(position):
            bytes.removeSubrange(index(position)...)
        }
        return bytes
    }

    var description: String {
        switch self {
        case let .flipBit(position, bit): return "flip bit \(bit) at \(position)"
        case let .delete(position, length): return "delete \(length) at \(position)"
        case let .insert(position, piece): return "insert \(String(decoding: Self.pieces[piece].prefix(20), as: UTF8.self).debugDescription) at \(position)"
        case let .duplicateLine(position): return "duplicate the line at \(position)"
        case let .truncate(position): return "truncate at \(position)"
        }
    }
}
