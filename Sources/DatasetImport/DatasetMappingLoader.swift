import CasebookModel
import MatrixSupport
import RubricModel

/// Builds a validated ``DatasetMapping`` from the text of a `Rubrics/mappings/<dataset>.yaml` file
/// (format: `Rubrics/mappings/README.md`).
///
/// Every problem is reported as `path:line:column: message`: unknown keys (with a suggestion), missing keys,
/// wrong types, unknown indicator ids and values outside an indicator's type or categories (when a rubric
/// is given), transforms that do not fit their columns, ranges that disagree between entries, an indicator
/// mapped twice, and a column both mapped and listed as unmapped.
///
/// ```swift
/// let mapping = try DatasetMappingLoader.load(SourceText(bytes: data, path: "Rubrics/mappings/pa-x.yaml"), rubric: extended)
/// mapping.sourceID                       // "pa-x-v3"
/// mapping.indicators.map(\.indicatorID)  // ["power_sharing_agreed", …]
/// ```
public enum DatasetMappingLoader {
    /// Loads and validates a mapping.
    /// - Parameter rubric: the rubric whose indicators the mapping must name and whose types and categories
    ///   its values must fit; nil checks the file's own consistency only, inferring value types from the YAML.
    /// - Throws: every problem found, in position order.
    public static func load(_ source: SourceText, rubric: Rubric?) throws(DiagnosticList) -> DatasetMapping {
        let root = try YAMLDocument.parse(source)
        let reader = YAMLReader()
        let mapping = MappingFileReader(reader: reader, rubric: rubric).read(root)
        guard reader.diagnostics.isEmpty, let mapping else {
            throw DiagnosticList(reader.diagnostics.isEmpty ? [root.diagnostic("mapping could not be read")] : reader.diagnostics)
        }
        return mapping
    }
}

/// Reads the top level of a mapping file.
struct MappingFileReader {
    let reader: YAMLReader
    let rubric: Rubric?

    private static let required = ["dataset", "name", "version", "publisher", "file", "id_column", "name_column",
                                   "date_column", "date_format", "indicators"]
    private static let optional = ["author", "released", "country_column", "country_hint", "outcome", "unmapped"]

    func read(_ root: YAMLValue) -> DatasetMapping? {
        guard let map = reader.mapping(root, what: "mapping file", required: Self.required, optional: Self.optional) else { return nil }
        let dataset = map["dataset"].flatMap { reader.identifier($0, what: "dataset") }
        let name = text(map, "name")
        let version = map["version"].flatMap(version)
        let publisher = text(map, "publisher")
        let author = map["author"].map { reader.string($0, what: "author") } ?? "not stated"
        let released = map["released"].map { reader.string($0, what: "released") } ?? "not stated"
        let file = map["file"].flatMap(fileName)
        let idColumn = text(map, "id_column")
        let nameColumn = text(map, "name_column")
        let dateColumn = text(map, "date_column")
        let dateFormat = map["date_format"]
            .flatMap { reader.choice($0, what: "date_format", among: DatasetDateFormat.allCases.map(\.rawValue)) }
            .flatMap(DatasetDateFormat.init(rawValue:))
        let countryColumn = map["country_column"].flatMap { reader.string($0, what: "country_column") }
        let countryHint = map["country_hint"].flatMap { reader.string($0, what: "country_hint") }
        if let hintNode = map["country_hint"], map["country_column"] == nil {
            reader.report("country_hint describes country_column, which is missing", at: hintNode)
        }
        let outcome = map["outcome"].flatMap(outcomeRule)
        let read = map["indicators"].map { IndicatorRuleReader(reader: reader, rubric: rubric).readAll($0) }
        var mappedColumns = read?.columnLines ?? [:]
        if let outcome, let columnNode = map["outcome"].flatMap(columnNodeOfOutcome) {
            mappedColumns[outcome.column] = mappedColumns[outcome.column] ?? columnNode.line
        }
        let indicators = read?.rules
        let unmapped = map["unmapped"].map { unmappedColumns($0, mapped: mappedColumns) } ?? []

        guard let dataset, let name, let version, let publisher, let author, let released, let file, let idColumn,
              let nameColumn, let dateColumn, let dateFormat, let indicators, let unmapped,
              map["country_column"] == nil || countryColumn != nil, map["country_hint"] == nil || countryHint != nil,
              map["outcome"] == nil || outcome != nil else { return nil }
        return DatasetMapping(dataset: dataset, name: name, version: version, publisher: publisher, author: author,
                              released: released, file: file, idColumn: idColumn, nameColumn: nameColumn,
                              dateColumn: dateColumn, dateFormat: dateFormat, countryColumn: countryColumn,
                              countryHint: countryHint, outcome: outcome, indicators: indicators, unmapped: unmapped)
    }

    private func text(_ map: YAMLMapping, _ key: String) -> String? {
        map[key].flatMap { reader.string($0, what: key) }
    }

    /// The version becomes part of the source id, so it must be identifier-safe once `.` reads as `-`.
    private func version(_ node: YAMLValue) -> String? {
        guard let version = reader.string(node, what: "version") else { return nil }
        guard YAMLReader.isIdentifier("v" + version.replacingOccurrences(of: ".", with: "-")) else {
            reader.report("version '\(version)' must use only a-z, 0-9, '.', '-' and '_', because it is part of the source id", at: node)
            return nil
        }
        return version
    }

    private func fileName(_ node: YAMLValue) -> String? {
        guard let name = reader.string(node, what: "file") else { return nil }
        if name.contains("/") || name.contains("\\") {
            reader.report("file '\(name)' must be the export's file name, not a path", at: node)
            return nil
        }
        return name
    }

    private func outcomeRule(_ node: YAMLValue) -> OutcomeRule? {
        guard let map = reader.mapping(node, what: "outcome", required: ["column", "meaning", "gap", "values"]) else { return nil }
        let column = text(map, "column")
        let meaning = text(map, "meaning")
        let gap = text(map, "gap")
        let values = map["values"].flatMap { node in
            RawTable(reader: reader).read(node, what: "outcome values") { valueNode in
                reader.choice(valueNode, what: "outcome", among: Outcome.allCases.map(\.rawValue)).flatMap(Outcome.init(rawValue:))
            }
        }
        guard let column, let meaning, let gap, let values else { return nil }
        return OutcomeRule(column: column, meaning: meaning, gap: gap, values: values)
    }

    private func columnNodeOfOutcome(_ node: YAMLValue) -> YAMLValue? {
        guard case let .mapping(entries) = node.content else { return nil }
        return entries.first { $0.key == "column" }?.value
    }

    private func unmappedColumns(_ node: YAMLValue, mapped: [String: Int]) -> [UnmappedColumn]? {
        guard let items = reader.list(node, what: "unmapped") else { return nil }
        var result: [UnmappedColumn] = []
        var firstLine: [String: Int] = [:]
        for item in items {
            guard let map = reader.mapping(item, what: "unmapped entry", required: ["column", "meaning", "reason"]) else { continue }
            let column = text(map, "column")
            let meaning = text(map, "meaning")
            let reason = text(map, "reason")
            guard let column, let meaning, let reason, let columnNode = map["column"] else { continue }
            if let line = mapped[column] {
                reader.report("column '\(column)' is listed as unmapped but is mapped on line \(line)", at: columnNode)
                continue
            }
            if let first = firstLine[column] {
                reader.report("column '\(column)' is listed as unmapped twice (first on line \(first))", at: columnNode)
                continue
            }
            firstLine[column] = columnNode.line
            result.append(UnmappedColumn(column: column, meaning: meaning, reason: reason))
        }
        return result.count == items.count ? result : nil
    }
}

/// Reads a mapping of raw cell values to values, such as a `table` transform's `values` or the outcome's.
struct RawTable {
    let reader: YAMLReader

    func read<Value: Sendable & Hashable>(_ node: YAMLValue, what: String, value: (YAMLValue) -> Value?) -> [TableEntry<Value>]? {
        guard case let .mapping(entries) = node.content else {
            reader.report("\(what) must be a mapping from raw value to value, found \(node.kindDescription)", at: node)
            return nil
        }
        if entries.isEmpty {
            reader.report("\(what) must list at least one raw value", at: node)
            return nil
        }
        let values = entries.compactMap { entry in value(entry.value).map { TableEntry(raw: entry.key, value: $0) } }
        return values.count == entries.count ? values : nil
    }
}
