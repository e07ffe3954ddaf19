/// Everything read back from one worksheet.
///
/// ```swift
/// let sheet = try #require(document.sheet(named: "Era matrix"))
/// #expect(sheet.cell("B2")?.number == 3)
/// #expect(sheet.frozenTopLeftCell == "B2")
/// ```
public struct SheetContents: Sendable {
    /// The sheet's name.
    public let name: String
    /// The package path of its XML, "xl/worksheets/sheet1.xml".
    public let path: String
    /// The cells, by A1 reference.
    public let cells: [String: CellContents]
    /// The notes, by A1 reference.
    public let notes: [String: NoteContents]
    /// Merged ranges, "A1:C1", in document order.
    public let mergedRanges: [String]
    /// The autofilter range, if any.
    public let autofilter: String?
    /// For frozen panes, the top-left cell of the bottom-right (scrolling) pane, "B2".
    public let frozenTopLeftCell: String?
    /// Column settings in document order.
    public let columns: [ColumnFacts]
    /// Custom row heights in points, by zero-based row.
    public let rowHeights: [Int: Double]
    /// Conditional-format rules in document order.
    public let conditionalFormats: [ConditionalFormatFacts]
    /// Data-validation rules in document order.
    public let dataValidations: [DataValidationFacts]
    /// Hyperlinks, by cell reference.
    public let hyperlinks: [String: HyperlinkFacts]
    /// Print setup.
    public let pageSetup: PageSetupFacts
    /// The tab colour, RRGGBB.
    public let tabColor: String?
    /// Whether gridlines show on screen.
    public let showsGridlines: Bool
    /// Charts drawn on the sheet, in drawing order.
    public let charts: [ChartFacts]

    /// Sheet contents; the reader builds these.
    public init(
        name: String, path: String, cells: [String: CellContents], notes: [String: NoteContents],
        mergedRanges: [String], autofilter: String?, frozenTopLeftCell: String?, columns: [ColumnFacts],
        rowHeights: [Int: Double], conditionalFormats: [ConditionalFormatFacts],
        dataValidations: [DataValidationFacts], hyperlinks: [String: HyperlinkFacts], pageSetup: PageSetupFacts,
        tabColor: String?, showsGridlines: Bool, charts: [ChartFacts]
    ) {
        self.name = name
        self.path = path
        self.cells = cells
        self.notes = notes
        self.mergedRanges = mergedRanges
        self.autofilter = autofilter
        self.frozenTopLeftCell = frozenTopLeftCell
        self.columns = columns
        self.rowHeights = rowHeights
        self.conditionalFormats = conditionalFormats
        self.dataValidations = dataValidations
        self.hyperlinks = hyperlinks
        self.pageSetup = pageSetup
        self.tabColor = tabColor
        self.showsGridlines = showsGridlines
        self.charts = charts
    }

    /// The cell at an A1 reference ("B2"), nil if nothing is stored there.
    public func cell(_ reference: String) -> CellContents? { cells[reference] }

    /// The cell at a zero-based row and column.
    public func cell(row: Int, column: Int) -> CellContents? {
        cells[Self.columnName(column) + String(row + 1)]
    }

    /// The width of a zero-based column, if a `<col>` element sets one.
    public func columnWidth(_ column: Int) -> Double? {
        columns.last { $0.columns.contains(column) }?.width
    }

    /// The cells' rows in ascending order, each as (zero-based row, cells sorted by column).
    public var rows: [(row: Int, cells: [CellContents])] {
        var grouped: [Int: [(Int, CellContents)]] = [:]
        for (reference, cell) in cells {
            let (row, column) = Self.split(reference)
            grouped[row, default: []].append((column, cell))
        }
        return grouped.keys.sorted().map { row in (row, grouped[row]!.sorted { $0.0 < $1.0 }.map(\.1)) }
    }

    static func columnName(_ column: Int) -> String {
        var remaining = column + 1
        var name = ""
        while remaining > 0 {
            name = String(UnicodeScalar(UInt8(65 + (remaining - 1) % 26))) + name
            remaining = (remaining - 1) / 26
        }
        return name
    }

    /// Zero-based (row, column) of an A1 reference without `$`.
    static func split(_ reference: String) -> (Int, Int) {
        let letters = reference.prefix { $0.isLetter }
        let digits = reference.dropFirst(letters.count)
        let column = letters.uppercased().unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
        return ((Int(digits) ?? 1) - 1, column)
    }
}
