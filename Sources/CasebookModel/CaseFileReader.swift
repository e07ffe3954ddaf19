import MatrixSupport
import RubricModel

/// Reads one `cases/<case-id>.yaml` file and checks it against the rubric, the eras and the sources.
struct CaseFileReader {
    /// A case as far as it could be read, with the nodes and positions later checks need, so that
    /// cross-file checks (duplicate case and conflict ids) still run on a case that has other errors.
    struct Entry {
        /// The case, or nil when any part of it is invalid.
        var value: Case?
        /// The `id` value, when it is a valid identifier matching the file name.
        var idNode: YAMLValue?
        var evidencePositions: [String: CasebookPositions.Citation]
        var conflicts: [ConflictReader.Entry]

        var id: String? {
            if case let .scalar(text, _)? = idNode?.content { return text }
            return nil
        }
    }

    let reader: YAMLReader
    let rubric: Rubric
    /// The era ids of `eras.yaml`, or nil when that file could not be read.
    let eraIDs: [String]?
    let citations: CitationReader
    /// The file names of every case file, so that a mismatched id that is another file's case is called a duplicate.
    let caseFileNames: Set<String>

    func read(_ root: YAMLValue, fileName: String) -> Entry? {
        guard let map = reader.mapping(root, what: "case",
                                       required: ["id", "name", "era", "date", "venue", "kind", "outcome", "parties", "observations"],
                                       optional: ["same_as", "mediators", "guarantors", "not_in_sources", "conflicts"])
        else { return nil }
        let id = map["id"].flatMap { caseID($0, fileName: fileName) }
        // Evidence ids and conflict subjects still need a case id when the written one is wrong.
        let effectiveID = id ?? Self.caseID(forFileName: fileName)
        let name = map["name"].flatMap { reader.string($0, what: "name") }
        let era = map["era"].flatMap(era)
        let date = map["date"].flatMap(CaseDateReader(reader: reader).read)
        let venue = map["venue"].flatMap { reader.string($0, what: "venue") }
        let kind = map["kind"].flatMap { choice($0, what: "kind", as: CaseKind.self) }
        let outcome = map["outcome"].flatMap { choice($0, what: "outcome", as: Outcome.self) }
        let sameAs = map["same_as"].map(sameAs) ?? []
        let parties = map["parties"].flatMap { all($0, what: "parties", party) }
        let mediators = map["mediators"].map { all($0, what: "mediators", mediator) } ?? []
        let guarantors = map["guarantors"].map { all($0, what: "guarantors", guarantor) } ?? []
        let observed = map["observations"].map { observations($0, caseID: effectiveID) }
        let notInSources = map["not_in_sources"].map { missingDimensions($0, observed: observed?.indicatorLines ?? []) } ?? []
        let conflicts = map["conflicts"].map { caseConflicts($0, caseID: effectiveID) } ?? []
        let value: Case? = {
            guard let id, let name, let era, let date, let venue, let kind, let outcome, let parties, let mediators,
                  let guarantors, let observed, observed.complete, let notInSources,
                  case let readConflicts = conflicts.compactMap(\.conflict), readConflicts.count == conflicts.count
            else { return nil }
            return Case(id: id, name: name, era: era, date: date, venue: venue == "unknown" ? nil : venue,
                        kind: kind, outcome: outcome, sameAs: sameAs, parties: parties, mediators: mediators,
                        guarantors: guarantors, observations: observed.observations,
                        notInSources: notInSources, conflicts: readConflicts)
        }()
        return Entry(value: value, idNode: id == nil ? nil : map["id"], evidencePositions: observed?.positions ?? [:],
                     conflicts: conflicts)
    }

    /// The case id a file name stands for: `geneva-accords-1988.yaml` → `geneva-accords-1988`.
    static func caseID(forFileName fileName: String) -> String {
        fileName.hasSuffix(".yaml") ? String(fileName.dropLast(".yaml".count)) : fileName
    }

    private func caseID(_ node: YAMLValue, fileName: String) -> String? {
        guard let id = reader.identifier(node, what: "case id") else { return nil }
        guard fileName == id + ".yaml" else {
            if caseFileNames.contains(id + ".yaml") {
                reader.report("case id '\(id)' is already the case of \(id).yaml; give the case in '\(fileName)' its own id and name the file after it",
                              at: node)
            } else {
                reader.report("case id '\(id)' does not match the file name '\(fileName)'; name the file '\(id).yaml'", at: node)
            }
            return nil
        }
        return id
    }

    private func era(_ node: YAMLValue) -> String? {
        guard let id = reader.identifier(node, what: "era") else { return nil }
        guard let eraIDs else { return id }
        guard eraIDs.contains(id) else {
            var message = "unknown era '\(id)'"
            if let suggestion = YAMLReader.closest(to: id, among: eraIDs) { message += " (did you mean '\(suggestion)'?)" }
            reader.report(message, at: node)
            return nil
        }
        return id
    }

    private func choice<Choice: RawRepresentable & CaseIterable>(_ node: YAMLValue, what: String, as type: Choice.Type) -> Choice?
        where Choice.RawValue == String {
        reader.choice(node, what: what, among: Choice.allCases.map(\.rawValue)).flatMap(Choice.init(rawValue:))
    }

    private func sameAs(_ node: YAMLValue) -> [String] {
        (reader.list(node, what: "same_as") ?? []).compactMap { reader.string($0, what: "same_as entry") }
    }

    /// Reads every item of a list; nil when the list or any item is unreadable.
    private func all<Item>(_ node: YAMLValue, what: String, _ read: (YAMLValue) -> Item?) -> [Item]? {
        guard let items = reader.list(node, what: what) else { return nil }
        let values = items.compactMap(read)
        return values.count == items.count ? values : nil
    }

    private func party(_ node: YAMLValue) -> Party? {
        guard let map = reader.mapping(node, what: "party", required: ["name", "side", "at_table"]) else { return nil }
        let name = map["name"].flatMap { reader.string($0, what: "party name") }
        let side = map["side"].flatMap { reader.string($0, what: "side") }
        let atTable = map["at_table"].flatMap { reader.boolean($0, what: "at_table") }
        guard let name, let side, let atTable else { return nil }
        return Party(name: name, side: side, atTable: atTable)
    }

    private func mediator(_ node: YAMLValue) -> Mediator? {
        guard let map = reader.mapping(node, what: "mediator", required: ["name", "affiliation", "role"]) else { return nil }
        let name = map["name"].flatMap { reader.string($0, what: "mediator name") }
        let affiliation = map["affiliation"].flatMap { reader.string($0, what: "affiliation") }
        let role = map["role"].flatMap { choice($0, what: "role", as: MediatorRole.self) }
        guard let name, let affiliation, let role else { return nil }
        return Mediator(name: name, affiliation: affiliation, role: role)
    }

    private func guarantor(_ node: YAMLValue) -> String? {
        guard let map = reader.mapping(node, what: "guarantor", required: ["name"]) else { return nil }
        return map["name"].flatMap { reader.string($0, what: "guarantor name") }
    }

    /// The observations of a case, with the line each known indicator is named on, which the duplicate
    /// and not-in-sources checks need even when another observation is unreadable.
    private struct ObservationList {
        var observations: [Observation] = []
        var positions: [String: CasebookPositions.Citation] = [:]
        var indicatorLines: [(id: String, line: Int)] = []
        var complete = true
    }

    private func observations(_ node: YAMLValue, caseID: String) -> ObservationList {
        var list = ObservationList()
        guard let items = reader.list(node, what: "observations") else {
            list.complete = false
            return list
        }
        for item in items {
            guard let map = reader.mapping(item, what: "observation",
                                           required: ["indicator", "value", "rationale", "confidence", "evidence"]) else {
                list.complete = false
                continue
            }
            let indicator = map["indicator"].flatMap(indicator)
            if let indicator, let indicatorNode = map["indicator"] {
                if let first = list.indicatorLines.first(where: { $0.id == indicator.id }) {
                    reader.report("indicator '\(indicator.id)' is observed twice in this case (first on line \(first.line))", at: indicatorNode)
                    list.complete = false
                } else {
                    list.indicatorLines.append((indicator.id, indicatorNode.line))
                }
            }
            let value = indicator.flatMap { indicator in map["value"].flatMap { ObservedValueReader(reader: reader).read($0, for: indicator) } }
            let rationale = map["rationale"].flatMap { reader.string($0, what: "rationale") }
            let confidence = map["confidence"].flatMap { choice($0, what: "confidence", as: CoderConfidence.self) }
            let evidence = map["evidence"].flatMap { self.evidence($0, caseID: caseID, indicatorID: indicator?.id ?? "") }
            guard let indicator, let value, let rationale, let confidence, let evidence else {
                list.complete = false
                continue
            }
            list.positions.merge(evidence.positions) { first, _ in first }
            list.observations.append(Observation(indicatorID: indicator.id, value: value, rationale: rationale,
                                                 confidence: confidence, evidence: evidence.items))
        }
        return list
    }

    private func indicator(_ node: YAMLValue) -> Indicator? {
        guard let id = reader.identifier(node, what: "indicator") else { return nil }
        guard let indicator = rubric.indicator(id) else {
            var message = "unknown indicator '\(id)' in rubric '\(rubric.id)'"
            if let suggestion = YAMLReader.closest(to: id, among: rubric.allIndicators.map(\.id)) {
                message += " (did you mean '\(suggestion)'?)"
            }
            reader.report(message, at: node)
            return nil
        }
        return indicator
    }

    private func evidence(_ node: YAMLValue, caseID: String, indicatorID: String)
        -> (items: [EvidenceItem], positions: [String: CasebookPositions.Citation])? {
        guard let items = reader.list(node, what: "evidence") else { return nil }
        if items.isEmpty {
            reader.report("evidence must cite at least one quote", at: node)
            return nil
        }
        var result: [EvidenceItem] = []
        var positions: [String: CasebookPositions.Citation] = [:]
        for (index, item) in items.enumerated() {
            guard let map = reader.mapping(item, what: "evidence item",
                                           required: ["source", "quote"], optional: ["section", "line", "row", "column", "stance"]) else { continue }
            let citation = citations.read(map)
            let stance = map["stance"].map { choice($0, what: "stance", as: Stance.self) } ?? .supports
            guard let citation, let stance else { continue }
            let id = "\(caseID)/\(indicatorID)/\(index + 1)"
            result.append(EvidenceItem(id: id, caseID: caseID, indicatorID: indicatorID, sourceID: citation.sourceID,
                                       locator: citation.locator, quote: citation.quote, stance: stance))
            positions[id] = citation.positions
        }
        return result.count == items.count ? (result, positions) : nil
    }

    private func missingDimensions(_ node: YAMLValue, observed: [(id: String, line: Int)]) -> [MissingDimension]? {
        guard let items = reader.list(node, what: "not_in_sources") else { return nil }
        var result: [MissingDimension] = []
        var firstLine: [String: Int] = [:]
        for item in items {
            guard let map = reader.mapping(item, what: "not_in_sources entry", required: ["dimension", "note"]) else { continue }
            let dimension = map["dimension"].flatMap(missingDimension)
            let note = map["note"].flatMap { reader.string($0, what: "note") }
            guard let dimension, let note, let dimensionNode = map["dimension"] else { continue }
            if let first = firstLine[dimension.id] {
                reader.report("dimension '\(dimension.id)' is listed in not_in_sources twice (first on line \(first))", at: dimensionNode)
                continue
            }
            firstLine[dimension.id] = dimensionNode.line
            let scored = Set(dimension.indicators.map(\.id))
            if let clash = observed.first(where: { scored.contains($0.id) }) {
                reader.report("dimension '\(dimension.id)' is marked not_in_sources but its indicator '\(clash.id)' "
                              + "is observed on line \(clash.line)", at: dimensionNode)
                continue
            }
            result.append(MissingDimension(dimensionID: dimension.id, note: note))
        }
        return result.count == items.count ? result : nil
    }

    private func missingDimension(_ node: YAMLValue) -> Dimension? {
        guard let id = reader.identifier(node, what: "dimension") else { return nil }
        guard let dimension = rubric.dimension(id) else {
            var message = "unknown dimension '\(id)' in rubric '\(rubric.id)'"
            if let suggestion = YAMLReader.closest(to: id, among: rubric.dimensions.map(\.id)) { message += " (did you mean '\(suggestion)'?)" }
            reader.report(message, at: node)
            return nil
        }
        return dimension
    }

    /// The case's conflicts; an unreadable list counts as one unreadable conflict.
    private func caseConflicts(_ node: YAMLValue, caseID: String) -> [ConflictReader.Entry] {
        let conflicts = ConflictReader(reader: reader, citations: citations)
        guard let items = reader.list(node, what: "conflicts") else {
            return [ConflictReader.Entry(conflict: nil, idNode: nil, subjectNode: nil, claimPositions: [:])]
        }
        return items.map { conflicts.read($0, caseID: caseID) }
    }
}
