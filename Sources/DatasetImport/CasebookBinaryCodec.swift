import CasebookModel
import Foundation
import MatrixSupport

/// The `--format bin` form of a casebook: a one-line text header, then a string table holding each distinct
/// string once and the casebook's values in a fixed order (counts and integers as varints, doubles as their 8
/// bit-pattern bytes, strings as indexes into the table).
///
/// It round-trips every value exactly, is a third the size of the JSON (ids, source ids, stances and column names
/// recur in every evidence item of an import), and loads a 20,000-case casebook in a fraction of a second: the
/// binary property list of format 1 took seconds and hundreds of megabytes through Foundation's decoder, which
/// builds a tree of the whole file first. Files of format 1 are still read. The header names the format and its
/// version so a wrong file is refused with a message, not misread; a damaged file is refused with the reason.
///
/// ```swift
/// let data = try CasebookBinaryCodec.encode(result.casebook)
/// let back = try CasebookBinaryCodec.decode(data, path: "pa-x.bin")   // == result.casebook
/// ```
public enum CasebookBinaryCodec {
    /// The bytes every file written now starts with.
    public static let header = Array("lessons-matrix casebook 2\n".utf8)
    /// The header of format 1, a binary property list, still read.
    static let propertyListHeader = Array("lessons-matrix casebook bplist 1\n".utf8)

    /// Encodes a casebook.
    /// - Throws: never for a casebook in memory; the signature matches ``decode(_:path:)``'s diagnostics.
    public static func encode(_ casebook: Casebook, path: String = "<casebook>") throws(Diagnostic) -> Data {
        var writer = BinaryWriter()
        writer.list(casebook.sources) { writer, source in
            for text in [source.id, source.title, source.author, source.publisher, source.date, source.file] { writer.string(text) }
            writer.string(source.kind.rawValue)
        }
        writer.list(casebook.eras) { writer, era in
            writer.string(era.id)
            writer.string(era.name)
            writer.integer(era.start)
            writer.optional(era.end) { $0.integer($1) }
        }
        writer.list(casebook.cases) { writer, kase in write(kase, to: &writer) }
        writer.list(casebook.conflicts) { writer, conflict in write(conflict, to: &writer) }
        return Data(header + writer.bytes)
    }

    /// Decodes what ``encode(_:path:)`` wrote, or a file of format 1.
    /// - Throws: a diagnostic when the header is missing or of another version, or the payload is damaged.
    public static func decode(_ data: Data, path: String) throws(Diagnostic) -> Casebook {
        if data.starts(with: propertyListHeader) {
            do {
                return try PropertyListDecoder().decode(Casebook.self, from: Data(data.dropFirst(propertyListHeader.count)))
            } catch {
                throw Diagnostic(path: path, line: 1, column: 1, message: "binary casebook is damaged: \(error)")
            }
        }
        guard data.starts(with: header) else {
            let prefix = Array("lessons-matrix casebook ".utf8)
            let message = data.starts(with: prefix)
                ? "binary casebook has another format version; this tool reads '\(String(decoding: header.dropLast(), as: UTF8.self))'"
                : "not a lessons-matrix binary casebook (it does not start with '\(String(decoding: header.dropLast(), as: UTF8.self))')"
            throw Diagnostic(path: path, line: 1, column: 1, message: message)
        }
        var reader = BinaryReader(bytes: Array(data), offset: header.count)
        do throws(BinaryReader.Damage) {
            try reader.readStringTable()
            let sources = try reader.list { reader throws(BinaryReader.Damage) in
                Source(id: try reader.string(), title: try reader.string(), author: try reader.string(), publisher: try reader.string(),
                       date: try reader.string(), file: try reader.string(), kind: try reader.choice(SourceKind.self))
            }
            let eras = try reader.list { reader throws(BinaryReader.Damage) in
                Era(id: try reader.string(), name: try reader.string(), start: try reader.integer(),
                    end: try reader.optional { reader throws(BinaryReader.Damage) in try reader.integer() })
            }
            let cases = try reader.list(readCase)
            let conflicts = try reader.list(readConflict)
            guard reader.isAtEnd else { throw BinaryReader.Damage(reason: "bytes follow the casebook") }
            return Casebook(sources: sources, eras: eras, cases: cases, conflicts: conflicts)
        } catch {
            throw Diagnostic(path: path, line: 1, column: 1, message: "binary casebook is damaged: \(error.reason)")
        }
    }

    private static func write(_ kase: Case, to writer: inout BinaryWriter) {
        writer.string(kase.id)
        writer.string(kase.name)
        writer.string(kase.era)
        writer.optional(kase.date.from) { write($1, to: &$0) }
        writer.optional(kase.date.to) { write($1, to: &$0) }
        writer.optional(kase.venue) { $0.string($1) }
        writer.string(kase.kind.rawValue)
        writer.string(kase.outcome.rawValue)
        writer.list(kase.sameAs) { $0.string($1) }
        writer.list(kase.parties) { writer, party in
            writer.string(party.name)
            writer.string(party.side)
            writer.bool(party.atTable)
        }
        writer.list(kase.mediators) { writer, mediator in
            writer.string(mediator.name)
            writer.string(mediator.affiliation)
            writer.string(mediator.role.rawValue)
        }
        writer.list(kase.guarantors) { $0.string($1) }
        writer.list(kase.observations) { writer, observation in
            writer.string(observation.indicatorID)
            switch observation.value {
            case let .boolean(flag):
                writer.tag(0)
                writer.bool(flag)
            case let .number(number):
                writer.tag(1)
                writer.double(number)
            case let .category(category):
                writer.tag(2)
                writer.string(category)
            }
            writer.string(observation.rationale)
            writer.string(observation.confidence.rawValue)
            writer.list(observation.evidence) { writer, item in
                writer.string(item.id)
                writer.string(item.caseID)
                writer.string(item.indicatorID)
                writer.string(item.sourceID)
                write(item.locator, to: &writer)
                writer.string(item.quote)
                writer.string(item.stance.rawValue)
            }
        }
        writer.list(kase.notInSources) { writer, missing in
            writer.string(missing.dimensionID)
            writer.string(missing.note)
        }
        writer.list(kase.conflicts) { writer, conflict in write(conflict, to: &writer) }
    }

    private static func write(_ date: PartialDate, to writer: inout BinaryWriter) {
        writer.integer(date.year)
        writer.optional(date.month) { $0.integer($1) }
        writer.optional(date.day) { $0.integer($1) }
    }

    private static func write(_ locator: Locator, to writer: inout BinaryWriter) {
        switch locator {
        case let .document(section, line):
            writer.tag(0)
            writer.string(section)
            writer.integer(line)
        case let .datasetRow(rowID, column):
            writer.tag(1)
            writer.string(rowID)
            writer.string(column)
        }
    }

    private static func write(_ conflict: Conflict, to writer: inout BinaryWriter) {
        writer.string(conflict.id)
        writer.string(conflict.subject)
        writer.string(conflict.fact)
        writer.list(conflict.claims) { writer, claim in
            writer.string(claim.value)
            writer.string(claim.sourceID)
            write(claim.locator, to: &writer)
            writer.string(claim.quote)
        }
        writer.optional(conflict.note) { $0.string($1) }
    }

    private static func readCase(_ reader: inout BinaryReader) throws(BinaryReader.Damage) -> Case {
        let id = try reader.string(), name = try reader.string(), era = try reader.string()
        let from = try reader.optional(readDate), to = try reader.optional(readDate)
        let venue = try reader.optional { reader throws(BinaryReader.Damage) in try reader.string() }
        let kind = try reader.choice(CaseKind.self), outcome = try reader.choice(Outcome.self)
        let sameAs = try reader.list { reader throws(BinaryReader.Damage) in try reader.string() }
        let parties = try reader.list { reader throws(BinaryReader.Damage) in
            Party(name: try reader.string(), side: try reader.string(), atTable: try reader.bool())
        }
        let mediators = try reader.list { reader throws(BinaryReader.Damage) in
            Mediator(name: try reader.string(), affiliation: try reader.string(), role: try reader.choice(MediatorRole.self))
        }
        let guarantors = try reader.list { reader throws(BinaryReader.Damage) in try reader.string() }
        let observations = try reader.list { reader throws(BinaryReader.Damage) in
            let indicatorID = try reader.string()
            let value: ObservedValue
            switch try reader.flag() {
            case 0: value = .boolean(try reader.bool())
            case 1: value = .number(try reader.double())
            case 2: value = .category(try reader.string())
            default: throw BinaryReader.Damage(reason: "an observed value has an unknown type")
            }
            let rationale = try reader.string(), confidence = try reader.choice(CoderConfidence.self)
            let evidence = try reader.list { reader throws(BinaryReader.Damage) in
                EvidenceItem(id: try reader.string(), caseID: try reader.string(), indicatorID: try reader.string(),
                             sourceID: try reader.string(), locator: try readLocator(&reader), quote: try reader.string(),
                             stance: try reader.choice(Stance.self))
            }
            return Observation(indicatorID: indicatorID, value: value, rationale: rationale, confidence: confidence, evidence: evidence)
        }
        let notInSources = try reader.list { reader throws(BinaryReader.Damage) in
            MissingDimension(dimensionID: try reader.string(), note: try reader.string())
        }
        let conflicts = try reader.list(readConflict)
        return Case(id: id, name: name, era: era, date: CaseDate(from: from, to: to), venue: venue, kind: kind, outcome: outcome,
                    sameAs: sameAs, parties: parties, mediators: mediators, guarantors: guarantors, observations: observations,
                    notInSources: notInSources, conflicts: conflicts)
    }

    private static func readDate(_ reader: inout BinaryReader) throws(BinaryReader.Damage) -> PartialDate {
        PartialDate(year: try reader.integer(), month: try reader.optional { reader throws(BinaryReader.Damage) in try reader.integer() },
                    day: try reader.optional { reader throws(BinaryReader.Damage) in try reader.integer() })
    }

    private static func readLocator(_ reader: inout BinaryReader) throws(BinaryReader.Damage) -> Locator {
        switch try reader.flag() {
        case 0: return .document(section: try reader.string(), line: try reader.integer())
        case 1: return .datasetRow(rowID: try reader.string(), column: try reader.string())
        default: throw BinaryReader.Damage(reason: "a locator has an unknown kind")
        }
    }

    private static func readConflict(_ reader: inout BinaryReader) throws(BinaryReader.Damage) -> Conflict {
        Conflict(id: try reader.string(), subject: try reader.string(), fact: try reader.string(),
                 claims: try reader.list { reader throws(BinaryReader.Damage) in
                     ConflictClaim(value: try reader.string(), sourceID: try reader.string(), locator: try readLocator(&reader),
                                   quote: try reader.string())
                 },
                 note: try reader.optional { reader throws(BinaryReader.Damage) in try reader.string() })
    }
}
