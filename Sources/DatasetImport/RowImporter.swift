import Foundation
import CasebookModel
import MatrixSupport

/// Imports one row at a time, remembering the ids already seen so a repeated id is caught.
struct RowImporter {
    /// What became of a row.
    enum Fate {
        /// It became this case.
        case imported(Case)
        /// A filter left it out.
        case excluded
        /// It has these problems.
        case bad([Diagnostic])
    }

    let table: DatasetTable
    let mapping: DatasetMapping
    let options: ImportOptions
    let columns: ColumnIndex
    private(set) var unobserved = 0
    private var firstLine: [String: Int] = [:]
    private let countryFilter: String?

    init(table: DatasetTable, mapping: DatasetMapping, options: ImportOptions, columns: ColumnIndex) {
        self.table = table
        self.mapping = mapping
        self.options = options
        self.columns = columns
        self.countryFilter = options.countryContains?.lowercased()
    }

    mutating func importRow(_ row: DatasetRow) -> Fate {
        let fields = row.fields
        let rowID = fields[columns.id]
        if let ids = options.rowIDs, !ids.contains(rowID) { return .excluded }
        if let countryFilter, let country = columns.country, !fields[country].lowercased().contains(countryFilter) { return .excluded }

        var problems: [Diagnostic] = []
        func report(_ column: Int, _ message: String) {
            let (line, character) = table.position(of: row, field: column)
            problems.append(Diagnostic(path: table.path, line: line, column: character, message: message))
        }
        let dateText = fields[columns.date]
        let date = mapping.dateFormat.parse(dateText)
        if let date, let years = options.years, !years.contains(date.year) { return .excluded }

        if rowID.isEmpty {
            report(columns.id, "row has no id in column '\(mapping.idColumn)'")
        } else if !YAMLReader.isIdentifier(mapping.caseID(rowID: rowID)) {
            report(columns.id, "id '\(rowID)' in column '\(mapping.idColumn)' cannot form a case id; "
                   + "case ids use only a-z, 0-9, '-' and '_' and are at most 64 characters")
        } else if let first = firstLine[rowID] {
            report(columns.id, "id '\(rowID)' appears again (first on line \(first))")
        } else {
            firstLine[rowID] = row.line
        }
        let name = fields[columns.name].trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { report(columns.name, "row has no name in column '\(mapping.nameColumn)'") }
        var era: Era?
        if let date {
            era = options.eras.era(for: date.year)
            if era == nil { report(columns.date, "year \(date.year) falls in no era (\(options.eras.description))") }
        } else {
            report(columns.date, "date '\(dateText)' in column '\(mapping.dateColumn)' is not a valid \(mapping.dateFormat.rawValue) date")
        }
        var outcome = Outcome.unknown
        if let rule = mapping.outcome, let column = columns.outcome {
            if let mapped = rule.outcome(for: fields[column]) {
                outcome = mapped
            } else {
                let listed = rule.values.map { $0.raw.isEmpty ? "(blank)" : $0.raw }.joined(separator: ", ")
                report(column, "\(rule.column) = \(fields[column]) is not a value the outcome mapping lists (\(listed))")
            }
        }
        let caseID = mapping.caseID(rowID: rowID)
        var observations: [Observation] = []
        var unobservedHere = 0
        for (rule, indices) in zip(mapping.indicators, columns.rules) {
            let cells = indices.map { fields[$0] }
            switch rule.evaluate(cells) {
            case let .value(value):
                observations.append(observation(rule, value: value, cells: cells, caseID: caseID, rowID: rowID))
            case .unobserved:
                unobservedHere += 1
            case let .invalid(cellProblems):
                for problem in cellProblems { report(indices[problem.column], problem.message) }
            }
        }
        guard problems.isEmpty, let date, let era else { return .bad(problems) }
        unobserved += unobservedHere
        return .imported(Case(id: caseID, name: name, era: era.id, date: CaseDate(from: date), venue: nil, kind: .accord,
                              outcome: outcome, sameAs: [mapping.link(rowID: rowID)], parties: [], mediators: [],
                              guarantors: [], observations: observations, notInSources: [], conflicts: []))
    }

    private func observation(_ rule: IndicatorRule, value: ObservedValue, cells: [String], caseID: String, rowID: String) -> Observation {
        let evidence = zip(rule.columns, cells).enumerated().map { index, pair in
            EvidenceItem(id: "\(caseID)/\(rule.indicatorID)/\(index + 1)", caseID: caseID, indicatorID: rule.indicatorID,
                         sourceID: mapping.sourceID, locator: .datasetRow(rowID: rowID, column: pair.0.name),
                         quote: pair.1.isEmpty ? "\(pair.0.name) is blank" : "\(pair.0.name) = \(pair.1)", stance: .supports)
        }
        let rationale = "Imported from \(mapping.name), version \(mapping.version), by the mapping \(rule.summary). \(rule.gap)"
        return Observation(indicatorID: rule.indicatorID, value: value, rationale: rationale, confidence: rule.confidence, evidence: evidence)
    }
}
