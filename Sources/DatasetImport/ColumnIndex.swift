import MatrixSupport

/// The table positions of the columns an import reads, checked once before any row.
struct ColumnIndex {
    let id: Int
    let name: Int
    let date: Int
    let country: Int?
    let outcome: Int?
    /// Per rule, the positions of its columns in rule order.
    let rules: [[Int]]

    init(table: DatasetTable, mapping: DatasetMapping, options: ImportOptions) throws(DiagnosticList) {
        var diagnostics: [Diagnostic] = []
        func index(_ name: String) -> Int {
            if let index = table.columnIndex(name) { return index }
            var message = "column '\(name)' named by mapping '\(mapping.dataset)' is not in the table's header"
            if let suggestion = YAMLReader.closest(to: name, among: table.columns) { message += " (did you mean '\(suggestion)'?)" }
            diagnostics.append(Diagnostic(path: table.path, line: 1, column: 1, message: message))
            return 0
        }
        id = index(mapping.idColumn)
        name = index(mapping.nameColumn)
        date = index(mapping.dateColumn)
        country = mapping.countryColumn.map(index)
        outcome = mapping.outcome.map { index($0.column) }
        rules = mapping.indicators.map { $0.columns.map { index($0.name) } }
        if options.countryContains != nil, mapping.countryColumn == nil {
            diagnostics.append(Diagnostic(path: table.path, line: 1, column: 1,
                                          message: "mapping '\(mapping.dataset)' names no country_column, so rows cannot be filtered by country"))
        }
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
    }
}
