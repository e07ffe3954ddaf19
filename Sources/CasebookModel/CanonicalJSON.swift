import Foundation

/// Writes a casebook as the exact bytes `JSONEncoder` with `.sortedKeys` gives — keys in byte order, `/` escaped,
/// control characters as `\b \t \n \f \r` or `\u00xx`, other text as UTF-8, nil optionals left out — without the
/// encoder's tree of boxed values, at a fraction of its time. ``Casebook/contentHash`` hashes these bytes, so
/// they must never drift from the encoder's: a test compares both on real and hostile casebooks.
struct CanonicalJSON {
    private(set) var bytes: [UInt8] = []
    /// Numbers go through `JSONEncoder` itself, once per distinct value (a casebook has few), so their spelling
    /// is the encoder's by construction.
    private var numbers: [UInt64: [UInt8]] = [:]
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    mutating func write(_ casebook: Casebook) throws {
        open()
        key("cases"); list(casebook.cases) { $0.write($1) }
        key("conflicts"); list(casebook.conflicts) { $0.write($1) }
        key("eras"); list(casebook.eras) { json, era in
            json.open()
            if let end = era.end { json.key("end"); json.integer(end) }
            json.key("id"); json.string(era.id)
            json.key("name"); json.string(era.name)
            json.key("start"); json.integer(era.start)
            json.close()
        }
        key("sources"); list(casebook.sources) { json, source in
            json.open()
            json.key("author"); json.string(source.author)
            json.key("date"); json.string(source.date)
            json.key("file"); json.string(source.file)
            json.key("id"); json.string(source.id)
            json.key("kind"); json.string(source.kind.rawValue)
            json.key("publisher"); json.string(source.publisher)
            json.key("title"); json.string(source.title)
            json.close()
        }
        close()
        if let failure { throw failure }
    }

    private var failure: Error?

    private mutating func write(_ kase: Case) {
        open()
        key("conflicts"); list(kase.conflicts) { $0.write($1) }
        key("date"); open()
        if let from = kase.date.from { key("from"); write(from) }
        if let to = kase.date.to { key("to"); write(to) }
        close()
        key("era"); string(kase.era)
        key("guarantors"); list(kase.guarantors) { $0.string($1) }
        key("id"); string(kase.id)
        key("kind"); string(kase.kind.rawValue)
        key("mediators"); list(kase.mediators) { json, mediator in
            json.open()
            json.key("affiliation"); json.string(mediator.affiliation)
            json.key("name"); json.string(mediator.name)
            json.key("role"); json.string(mediator.role.rawValue)
            json.close()
        }
        key("name"); string(kase.name)
        key("notInSources"); list(kase.notInSources) { json, missing in
            json.open()
            json.key("dimensionID"); json.string(missing.dimensionID)
            json.key("note"); json.string(missing.note)
            json.close()
        }
        key("observations"); list(kase.observations) { $0.write($1) }
        key("outcome"); string(kase.outcome.rawValue)
        key("parties"); list(kase.parties) { json, party in
            json.open()
            json.key("atTable"); json.bool(party.atTable)
            json.key("name"); json.string(party.name)
            json.key("side"); json.string(party.side)
            json.close()
        }
        key("sameAs"); list(kase.sameAs) { $0.string($1) }
        if let venue = kase.venue { key("venue"); string(venue) }
        close()
    }

    private mutating func write(_ date: PartialDate) {
        open()
        if let day = date.day { key("day"); integer(day) }
        if let month = date.month { key("month"); integer(month) }
        key("year"); integer(date.year)
        close()
    }

    private mutating func write(_ observation: Observation) {
        open()
        key("confidence"); string(observation.confidence.rawValue)
        key("evidence"); list(observation.evidence) { json, item in
            json.open()
            json.key("caseID"); json.string(item.caseID)
            json.key("id"); json.string(item.id)
            json.key("indicatorID"); json.string(item.indicatorID)
            json.key("locator"); json.write(item.locator)
            json.key("quote"); json.string(item.quote)
            json.key("sourceID"); json.string(item.sourceID)
            json.key("stance"); json.string(item.stance.rawValue)
            json.close()
        }
        key("indicatorID"); string(observation.indicatorID)
        key("rationale"); string(observation.rationale)
        key("value"); open()
        switch observation.value {
        case let .boolean(flag): key("boolean"); open(); key("_0"); bool(flag); close()
        case let .number(number): key("number"); open(); key("_0"); double(number); close()
        case let .category(category): key("category"); open(); key("_0"); string(category); close()
        }
        close()
        close()
    }

    private mutating func write(_ locator: Locator) {
        open()
        switch locator {
        case let .document(section, line):
            key("document"); open(); key("line"); integer(line); key("section"); string(section); close()
        case let .datasetRow(rowID, column):
            key("datasetRow"); open(); key("column"); string(column); key("rowID"); string(rowID); close()
        }
        close()
    }

    private mutating func write(_ conflict: Conflict) {
        open()
        key("claims"); list(conflict.claims) { json, claim in
            json.open()
            json.key("locator"); json.write(claim.locator)
            json.key("quote"); json.string(claim.quote)
            json.key("sourceID"); json.string(claim.sourceID)
            json.key("value"); json.string(claim.value)
            json.close()
        }
        key("fact"); string(conflict.fact)
        key("id"); string(conflict.id)
        if let note = conflict.note { key("note"); string(note) }
        key("subject"); string(conflict.subject)
        close()
    }

    /// Whether the next key needs a comma before it, one entry per open object.
    private var needsComma: [Bool] = []

    private mutating func open() {
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
    }

    private mutating func close() {
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func list<Element>(_ elements: [Element], _ write: (inout CanonicalJSON, Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (offset, element) in elements.enumerated() {
            if offset > 0 { bytes.append(UInt8(ascii: ",")) }
            write(&self, element)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func key(_ name: StaticString) {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    private mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "/"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "/")])
            case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    private mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    private mutating func double(_ value: Double) {
        if let spelled = numbers[value.bitPattern] { return bytes.append(contentsOf: spelled) }
        do {
            let list = try encoder.encode([value])
            let spelled = Array(list.dropFirst().dropLast())
            numbers[value.bitPattern] = spelled
            bytes.append(contentsOf: spelled)
        } catch {
            failure = failure ?? error
        }
    }
}
