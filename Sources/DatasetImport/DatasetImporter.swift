import CasebookModel
import MatrixSupport

/// Turns the rows of a dataset export into casebook cases, following a ``DatasetMapping``.
///
/// Each kept row becomes a case `<dataset>-<row id>` of kind `accord`, dated from the date column, in the
/// era its year falls in, linked back with `same_as: ["<dataset>:<row id>"]`, with one observation per
/// rule that yields a value. Each observation cites its cells as `Locator.datasetRow(rowID:column:)` with
/// a quote such as `Ce = 2`. Nothing is coerced: a cell outside its codebook values makes the row bad.
///
/// ```swift
/// let table = try DatasetCSV.parse(data, path: "pax_v3.csv")
/// let result = try DatasetImporter.importCases(csv: table, mapping: paX, options: ImportOptions(countryContains: "Afghanistan"))
/// result.casebook.case("pa-x-482")?.observation("external_guarantee")?.value   // .category("none")
/// ```
public enum DatasetImporter {
    /// Imports the rows the options keep.
    /// - Throws: when a column the mapping or a filter needs is missing from the table, or, under
    ///   ``BadRowPolicy/fail``, every problem of every bad row.
    public static func importCases(csv table: DatasetTable, mapping: DatasetMapping, options: ImportOptions) throws(DiagnosticList) -> ImportResult {
        let columns = try ColumnIndex(table: table, mapping: mapping, options: options)
        var builder = RowImporter(table: table, mapping: mapping, options: options, columns: columns)
        var cases: [Case] = []
        var skipped: [SkippedRow] = []
        var excluded = 0
        for row in table.rows {
            switch builder.importRow(row) {
            case let .imported(importedCase): cases.append(importedCase)
            case .excluded: excluded += 1
            case let .bad(diagnostics): skipped.append(SkippedRow(rowID: row.fields[columns.id], line: row.line, diagnostics: diagnostics))
            }
        }
        if options.badRows == .fail, !skipped.isEmpty {
            throw DiagnosticList(skipped.flatMap(\.diagnostics))
        }
        let source = Source(id: mapping.sourceID, title: mapping.name, author: mapping.author, publisher: mapping.publisher,
                            date: mapping.released, file: mapping.file, kind: .dataset)
        let eras = Self.eras(for: cases, plan: options.eras)
        let observations = cases.flatMap(\.observations)
        let counts = ImportCounts(rowsRead: table.rows.count, rowsExcluded: excluded, rowsSkipped: skipped.count,
                                  casesImported: cases.count, observations: observations.count,
                                  valuesLeftUnobserved: builder.unobserved,
                                  observationsByIndicator: Dictionary(grouping: observations, by: \.indicatorID).mapValues(\.count))
        return ImportResult(casebook: Casebook(sources: [source], eras: eras, cases: cases, conflicts: []),
                            skipped: skipped, counts: counts)
    }

    /// The eras the cases use, in chronological order; with named ranges, every range given.
    private static func eras(for cases: [Case], plan: EraPlan) -> [Era] {
        switch plan {
        case .decades:
            let years = Set(cases.compactMap { $0.date.year.map { $0 - (($0 % 10) + 10) % 10 } })
            return years.sorted().compactMap { plan.era(for: $0) }
        case let .yearRanges(ranges):
            return ranges.sorted { $0.start < $1.start }.map { Era(id: $0.id, name: $0.id, start: $0.start, end: $0.end) }
        }
    }
}
