import MatrixSupport
import CasebookModel

/// Writes a casebook in the folder format of `Casebook/README.md`: `sources.yaml`, `eras.yaml`,
/// one `cases/<case-id>.yaml` per case, and `conflicts.yaml` when there are casebook-wide conflicts.
///
/// Dataset evidence is written with `row` and `column` where document evidence has `section` and `line`:
///
/// ```yaml
/// evidence:
///   - source: pa-x-v3
///     row: "409"
///     column: "Polps"
///     quote: "Polps = 3"
/// ```
///
/// ```swift
/// for file in CasebookYAMLWriter.files(for: result.casebook) {
///     // write file.contents to <output folder>/<file.path>
/// }
/// ```
public enum CasebookYAMLWriter {
    /// The files, paths relative to the casebook folder, in a fixed order (sources, eras, conflicts, cases by id).
    public static func files(for casebook: Casebook) -> [(path: String, contents: String)] {
        var files: [(path: String, contents: String)] = [
            ("sources.yaml", sources(casebook.sources)),
            ("eras.yaml", eras(casebook.eras)),
        ]
        if !casebook.conflicts.isEmpty {
            files.append(("conflicts.yaml", conflictsFile(casebook.conflicts)))
        }
        files += casebook.cases.map { ("cases/\($0.id).yaml", caseFile($0)) }
        return files
    }

    private static func sources(_ sources: [Source]) -> String {
        var out = "sources:\n"
        for source in sources {
            out += "  - id: \(YAMLText.word(source.id))\n"
            out += "    title: \(YAMLText.quoted(source.title))\n"
            out += "    author: \(YAMLText.quoted(source.author))\n"
            out += "    publisher: \(YAMLText.quoted(source.publisher))\n"
            out += "    date: \(YAMLText.quoted(source.date))\n"
            out += "    file: \(YAMLText.quoted(source.file))\n"
            out += "    kind: \(YAMLText.word(source.kind.rawValue))\n"
        }
        return sources.isEmpty ? "sources: []\n" : out
    }

    private static func eras(_ eras: [Era]) -> String {
        var out = "eras:\n"
        for era in eras {
            out += "  - id: \(YAMLText.word(era.id))\n"
            out += "    name: \(YAMLText.quoted(era.name))\n"
            out += "    start: \(era.start)\n"
            if let end = era.end { out += "    end: \(end)\n" }
        }
        return eras.isEmpty ? "eras: []\n" : out
    }

    private static func conflictsFile(_ conflicts: [Conflict]) -> String {
        "conflicts:\n" + conflicts.map { conflict($0, indent: "  ", withSubject: true) }.joined()
    }

    private static func caseFile(_ item: Case) -> String {
        var out = "id: \(YAMLText.word(item.id))\n"
        out += "name: \(YAMLText.quoted(item.name))\n"
        out += "era: \(YAMLText.word(item.era))\n"
        out += "date: \(date(item.date))\n"
        out += "venue: \(item.venue.map(YAMLText.quoted) ?? "unknown")\n"
        out += "kind: \(YAMLText.word(item.kind.rawValue))\n"
        out += "outcome: \(YAMLText.word(item.outcome.rawValue))\n"
        if !item.sameAs.isEmpty {
            out += "same_as: [\(item.sameAs.map(YAMLText.quoted).joined(separator: ", "))]\n"
        }
        out += item.parties.isEmpty ? "parties: []\n" : "parties:\n"
        for party in item.parties {
            out += "  - name: \(YAMLText.quoted(party.name))\n"
            out += "    side: \(YAMLText.quoted(party.side))\n"
            out += "    at_table: \(party.atTable)\n"
        }
        if !item.mediators.isEmpty {
            out += "mediators:\n"
            for mediator in item.mediators {
                out += "  - name: \(YAMLText.quoted(mediator.name))\n"
                out += "    affiliation: \(YAMLText.quoted(mediator.affiliation))\n"
                out += "    role: \(YAMLText.word(mediator.role.rawValue))\n"
            }
        }
        if !item.guarantors.isEmpty {
            out += "guarantors:\n" + item.guarantors.map { "  - name: \(YAMLText.quoted($0))\n" }.joined()
        }
        out += item.observations.isEmpty ? "observations: []\n" : "observations:\n"
        for observation in item.observations {
            out += "  - indicator: \(YAMLText.word(observation.indicatorID))\n"
            out += "    value: \(value(observation.value))\n"
            out += "    rationale: \(YAMLText.quoted(observation.rationale))\n"
            out += "    confidence: \(YAMLText.word(observation.confidence.rawValue))\n"
            out += "    evidence:\n"
            for evidence in observation.evidence {
                out += "      - source: \(YAMLText.word(evidence.sourceID))\n"
                out += locator(evidence.locator, indent: "        ")
                out += "        quote: \(YAMLText.quoted(evidence.quote))\n"
                if evidence.stance != .supports { out += "        stance: \(YAMLText.word(evidence.stance.rawValue))\n" }
            }
        }
        if !item.notInSources.isEmpty {
            out += "not_in_sources:\n"
            for missing in item.notInSources {
                out += "  - dimension: \(YAMLText.word(missing.dimensionID))\n"
                out += "    note: \(YAMLText.quoted(missing.note))\n"
            }
        }
        if !item.conflicts.isEmpty {
            out += "conflicts:\n" + item.conflicts.map { conflict($0, indent: "  ", withSubject: false) }.joined()
        }
        return out
    }

    private static func conflict(_ conflict: Conflict, indent: String, withSubject: Bool) -> String {
        var out = "\(indent)- id: \(YAMLText.word(conflict.id))\n"
        if withSubject { out += "\(indent)  subject: \(YAMLText.word(conflict.subject))\n" }
        out += "\(indent)  fact: \(YAMLText.quoted(conflict.fact))\n"
        out += "\(indent)  claims:\n"
        for claim in conflict.claims {
            out += "\(indent)    - value: \(YAMLText.quoted(claim.value))\n"
            out += "\(indent)      source: \(YAMLText.word(claim.sourceID))\n"
            out += locator(claim.locator, indent: indent + "      ")
            out += "\(indent)      quote: \(YAMLText.quoted(claim.quote))\n"
        }
        if let note = conflict.note { out += "\(indent)  note: \(YAMLText.quoted(note))\n" }
        return out
    }

    private static func locator(_ locator: Locator, indent: String) -> String {
        switch locator {
        case let .document(section, line):
            return "\(indent)section: \(YAMLText.quoted(section))\n\(indent)line: \(line)\n"
        case let .datasetRow(rowID, column):
            return "\(indent)row: \(YAMLText.quoted(rowID))\n\(indent)column: \(YAMLText.quoted(column))\n"
        }
    }

    private static func date(_ date: CaseDate) -> String {
        guard let from = date.from else { return "unknown" }
        guard let to = date.to else { return YAMLText.quoted(from.description) }
        return "{from: \(YAMLText.quoted(from.description)), to: \(YAMLText.quoted(to.description))}"
    }

    private static func value(_ value: ObservedValue) -> String {
        switch value {
        case let .boolean(flag): return flag ? "true" : "false"
        case .number: return value.description
        case let .category(word): return YAMLText.word(word)
        }
    }
}
