import CasebookModel
import MatrixSupport

/// Reads the files of ``CasebookYAMLWriter`` back into a `Casebook`, through Yams (by way of
/// `YAMLDocument`), so the writer's round trip can be checked value for value. The project's own
/// `CasebookLoader` is another module's work; this reader knows only the written layout.
enum CasebookYAMLReader {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ files: [(path: String, contents: String)]) throws -> Casebook {
        func root(_ path: String) throws -> YAMLValue {
            guard let file = files.first(where: { $0.path == path }) else { throw Failure(description: "no \(path)") }
            return try YAMLDocument.parse(SourceText(text: file.contents, path: path))
        }
        let sources = try list(root("sources.yaml"), "sources").map { node in
            Source(id: try text(node, "id"), title: try text(node, "title"), author: try text(node, "author"),
                   publisher: try text(node, "publisher"), date: try text(node, "date"), file: try text(node, "file"),
                   kind: try choice(node, "kind"))
        }
        let eras = try list(root("eras.yaml"), "eras").map { node in
            Era(id: try text(node, "id"), name: try text(node, "name"), start: try number(node, "start"),
                end: child(node, "end") == nil ? nil : try number(node, "end"))
        }
        let conflicts = files.contains { $0.path == "conflicts.yaml" }
            ? try list(root("conflicts.yaml"), "conflicts").map { try conflict($0, subject: nil) } : []
        let cases = try files.filter { $0.path.hasPrefix("cases/") }.map { try caseFile(root($0.path)) }
        return Casebook(sources: sources, eras: eras, cases: cases, conflicts: conflicts)
    }

    private static func caseFile(_ node: YAMLValue) throws -> Case {
        let id = try text(node, "id")
        let observations = try list(node, "observations").map { item -> Observation in
            let indicator = try text(item, "indicator")
            let evidence = try list(item, "evidence").enumerated().map { index, entry in
                EvidenceItem(id: "\(id)/\(indicator)/\(index + 1)", caseID: id, indicatorID: indicator, sourceID: try text(entry, "source"),
                             locator: try locator(entry), quote: try text(entry, "quote"),
                             stance: child(entry, "stance") == nil ? .supports : try choice(entry, "stance"))
            }
            return Observation(indicatorID: indicator, value: try value(child(item, "value")), rationale: try text(item, "rationale"),
                               confidence: try choice(item, "confidence"), evidence: evidence)
        }
        let venueNode = child(node, "venue")
        let venue: String? = venueNode.flatMap { if case let .scalar(text, isPlain) = $0.content, isPlain, text == "unknown" { return nil }; return scalar($0) }
        return Case(id: id, name: try text(node, "name"), era: try text(node, "era"), date: try date(child(node, "date")),
                    venue: venue, kind: try choice(node, "kind"), outcome: try choice(node, "outcome"),
                    sameAs: try list(node, "same_as").map { try scalarOrFail($0) },
                    parties: try list(node, "parties").map { Party(name: try text($0, "name"), side: try text($0, "side"), atTable: try text($0, "at_table") == "true") },
                    mediators: try list(node, "mediators").map { Mediator(name: try text($0, "name"), affiliation: try text($0, "affiliation"), role: try choice($0, "role")) },
                    guarantors: try list(node, "guarantors").map { try text($0, "name") },
                    observations: observations,
                    notInSources: try list(node, "not_in_sources").map { MissingDimension(dimensionID: try text($0, "dimension"), note: try text($0, "note")) },
                    conflicts: try list(node, "conflicts").map { try conflict($0, subject: id) })
    }

    private static func conflict(_ node: YAMLValue, subject: String?) throws -> Conflict {
        Conflict(id: try text(node, "id"), subject: try subject ?? text(node, "subject"), fact: try text(node, "fact"),
                 claims: try list(node, "claims").map {
                     ConflictClaim(value: try text($0, "value"), sourceID: try text($0, "source"), locator: try locator($0), quote: try text($0, "quote"))
                 },
                 note: child(node, "note") == nil ? nil : try text(node, "note"))
    }

    private static func locator(_ node: YAMLValue) throws -> Locator {
        if child(node, "row") != nil { return .datasetRow(rowID: try text(node, "row"), column: try text(node, "column")) }
        return .document(section: try text(node, "section"), line: try number(node, "line"))
    }

    private static func date(_ node: YAMLValue?) throws -> CaseDate {
        guard let node else { throw Failure(description: "no date") }
        if case .mapping = node.content {
            return CaseDate(from: try partial(child(node, "from")), to: try partial(child(node, "to")))
        }
        if scalar(node) == "unknown" { return .unknown }
        return CaseDate(from: try partial(node))
    }

    private static func partial(_ node: YAMLValue?) throws -> PartialDate {
        let parts = try scalarOrFail(node).split(separator: "-").compactMap { Int($0) }
        guard let year = parts.first else { throw Failure(description: "bad date") }
        return PartialDate(year: year, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
    }

    private static func value(_ node: YAMLValue?) throws -> ObservedValue {
        guard let node, case let .scalar(text, isPlain) = node.content else { throw Failure(description: "no value") }
        if isPlain, text == "true" || text == "false" { return .boolean(text == "true") }
        if isPlain, let number = Double(text) { return .number(number) }
        return .category(text)
    }

    private static func child(_ node: YAMLValue, _ key: String) -> YAMLValue? {
        guard case let .mapping(entries) = node.content else { return nil }
        return entries.first { $0.key == key }?.value
    }

    private static func list(_ node: YAMLValue, _ key: String) throws -> [YAMLValue] {
        guard let child = child(node, key) else { return [] }
        guard case let .sequence(items) = child.content else { throw Failure(description: "\(key) is not a list") }
        return items
    }

    private static func scalar(_ node: YAMLValue) -> String? {
        if case let .scalar(text, _) = node.content { return text }
        return nil
    }

    private static func scalarOrFail(_ node: YAMLValue?) throws -> String {
        guard let node, let text = scalar(node) else { throw Failure(description: "not a scalar") }
        return text
    }

    private static func text(_ node: YAMLValue, _ key: String) throws -> String {
        try scalarOrFail(child(node, key))
    }

    private static func number(_ node: YAMLValue, _ key: String) throws -> Int {
        guard let number = Int(try text(node, key)) else { throw Failure(description: "\(key) is not a number") }
        return number
    }

    private static func choice<Choice: RawRepresentable>(_ node: YAMLValue, _ key: String) throws -> Choice where Choice.RawValue == String {
        guard let value = Choice(rawValue: try text(node, key)) else { throw Failure(description: "bad \(key)") }
        return value
    }
}
