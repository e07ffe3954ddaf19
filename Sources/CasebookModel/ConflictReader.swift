import MatrixSupport

/// Reads conflicts: the entries of `conflicts.yaml`, which name their subject, and a case's own
/// `conflicts`, whose subject is the case.
struct ConflictReader {
    /// A conflict as far as it could be read, with the nodes later checks need, so that cross-file checks
    /// (duplicate ids, unknown subjects) still run on a conflict that has other errors.
    struct Entry {
        /// The conflict, or nil when any part of it is invalid.
        var conflict: Conflict?
        /// The `id` value, when it is a valid identifier.
        var idNode: YAMLValue?
        /// The `subject` value, for conflicts of `conflicts.yaml` whose subject is a valid identifier.
        var subjectNode: YAMLValue?
        /// Claim key → positions, see ``CasebookPositions/claimKey(conflictID:number:)``.
        var claimPositions: [String: CasebookPositions.Citation]

        var id: String? { idNode.flatMap(Self.text) }
        var subject: String? { subjectNode.flatMap(Self.text) }

        private static func text(_ node: YAMLValue) -> String? {
            if case let .scalar(text, _) = node.content { return text }
            return nil
        }
    }

    let reader: YAMLReader
    let citations: CitationReader

    /// Reads one conflict; `caseID` is nil for an entry of `conflicts.yaml`.
    func read(_ node: YAMLValue, caseID: String?) -> Entry {
        let required = caseID == nil ? ["id", "subject", "fact", "claims"] : ["id", "fact", "claims"]
        guard let map = reader.mapping(node, what: "conflict", required: required, optional: ["note"]) else {
            return Entry(conflict: nil, idNode: nil, subjectNode: nil, claimPositions: [:])
        }
        let id = map["id"].flatMap { reader.identifier($0, what: "conflict id") }
        let subject = caseID ?? map["subject"].flatMap { reader.identifier($0, what: "subject") }
        let fact = map["fact"].flatMap { reader.string($0, what: "fact") }
        let note = map["note"].flatMap { $0.isNull ? nil : reader.string($0, what: "note") }
        let claims = map["claims"].flatMap { readClaims($0, conflictID: id) }
        let conflict: Conflict? = {
            guard let id, let subject, let fact, let claims else { return nil }
            return Conflict(id: id, subject: subject, fact: fact, claims: claims.claims, note: note)
        }()
        return Entry(conflict: conflict, idNode: id == nil ? nil : map["id"],
                     subjectNode: caseID == nil && subject != nil ? map["subject"] : nil,
                     claimPositions: claims?.positions ?? [:])
    }

    /// Every claim, or nil when one of them is unreadable or there are fewer than two.
    private func readClaims(_ node: YAMLValue, conflictID: String?)
        -> (claims: [ConflictClaim], positions: [String: CasebookPositions.Citation])? {
        guard let items = reader.list(node, what: "claims") else { return nil }
        if items.count < 2 {
            let name = conflictID.map { "conflict '\($0)'" } ?? "conflict"
            reader.report("\(name) has \(items.count) claim\(items.count == 1 ? "" : "s"); it needs at least two", at: node)
        }
        var claims: [ConflictClaim] = []
        var positions: [String: CasebookPositions.Citation] = [:]
        for (index, item) in items.enumerated() {
            guard let claim = readClaim(item) else { continue }
            claims.append(ConflictClaim(value: claim.value, sourceID: claim.citation.sourceID,
                                        locator: claim.citation.locator, quote: claim.citation.quote))
            positions[CasebookPositions.claimKey(conflictID: conflictID ?? "", number: index + 1)] = claim.citation.positions
        }
        guard items.count >= 2, claims.count == items.count else { return nil }
        return (claims, positions)
    }

    private func readClaim(_ node: YAMLValue) -> (value: String, citation: CitationReader.Citation)? {
        guard let map = reader.mapping(node, what: "claim", required: ["value", "source", "quote"], optional: ["section", "line", "row", "column"]) else { return nil }
        let value = map["value"].flatMap { reader.string($0, what: "claim value") }
        let citation = citations.read(map)
        guard let value, let citation else { return nil }
        return (value, citation)
    }
}
