/// How one dataset export becomes casebook cases: which columns identify, name and date a row, and
/// which columns feed which rubric indicators, through which transform. Loaded and validated by
/// ``DatasetMappingLoader`` from `Rubrics/mappings/<dataset>.yaml` (format: `Rubrics/mappings/README.md`).
public struct DatasetMapping: Sendable, Hashable {
    /// Short dataset id, such as `pa-x`; the prefix of case ids (`pa-x-482`) and links (`pa-x:482`).
    public var dataset: String
    /// The dataset's name as its publisher gives it.
    public var name: String
    /// The release the mapping was written for, such as `3`.
    public var version: String
    /// Who publishes the dataset.
    public var publisher: String
    /// Who compiled it, or "not stated".
    public var author: String
    /// When the release came out, as stated, or "not stated".
    public var released: String
    /// The export's file name, recorded in the imported casebook's source.
    public var file: String
    /// The column holding each row's stable id (`AgtId`, `PAID`).
    public var idColumn: String
    /// The column holding the agreement's name.
    public var nameColumn: String
    /// The column holding the agreement's date.
    public var dateColumn: String
    /// How that date is written.
    public var dateFormat: DatasetDateFormat
    /// The column naming the country or conflict, which the country filter searches, if the dataset has one.
    public var countryColumn: String?
    /// What the country column holds and how to filter it, shown to users.
    public var countryHint: String?
    /// How a column maps to the case outcome; nil leaves every outcome `unknown`.
    public var outcome: OutcomeRule?
    /// The indicator mappings, in file order.
    public var indicators: [IndicatorRule]
    /// Columns deliberately left unmapped, each with the reason.
    public var unmapped: [UnmappedColumn]

    /// Creates a mapping. Prefer ``DatasetMappingLoader``, which validates.
    public init(dataset: String, name: String, version: String, publisher: String, author: String, released: String,
                file: String, idColumn: String, nameColumn: String, dateColumn: String, dateFormat: DatasetDateFormat,
                countryColumn: String?, countryHint: String?, outcome: OutcomeRule?, indicators: [IndicatorRule],
                unmapped: [UnmappedColumn]) {
        self.dataset = dataset
        self.name = name
        self.version = version
        self.publisher = publisher
        self.author = author
        self.released = released
        self.file = file
        self.idColumn = idColumn
        self.nameColumn = nameColumn
        self.dateColumn = dateColumn
        self.dateFormat = dateFormat
        self.countryColumn = countryColumn
        self.countryHint = countryHint
        self.outcome = outcome
        self.indicators = indicators
        self.unmapped = unmapped
    }

    /// The source id evidence cites: dataset and version, such as `pa-x-v3` (a `.` in the version becomes `-`).
    public var sourceID: String {
        "\(dataset)-v\(version.replacingOccurrences(of: ".", with: "-"))"
    }

    /// The case id of a row: `pa-x-482`.
    public func caseID(rowID: String) -> String {
        "\(dataset)-\(rowID)"
    }

    /// The `same_as` link of a row: `pa-x:482`.
    public func link(rowID: String) -> String {
        "\(dataset):\(rowID)"
    }

    /// Every column the importer reads, in first-use order, so a table can be checked before any row is.
    public var columnsRead: [String] {
        var names = [idColumn, nameColumn, dateColumn]
        if let countryColumn { names.append(countryColumn) }
        if let outcome { names.append(outcome.column) }
        names += indicators.flatMap { $0.columns.map(\.name) }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
