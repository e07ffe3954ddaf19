import CXlsxWriter

extension Worksheet {
    /// Sets the width of `columns` in Excel's character units (0–255; Excel's default is 8.43), optionally
    /// with a default style for their cells and hidden.
    public func setColumnWidth(
        _ width: Double, columns: ClosedRange<Int>, style: CellStyle? = nil, hidden: Bool = false
    ) throws {
        let operation = "set column widths"
        let range = CellRange(rows: 0...0, columns: columns)
        let place = "\(CellReference.columnName(columns.lowerBound)):\(CellReference.columnName(columns.upperBound))"
        guard (0...255).contains(width) else {
            throw XLSXError(
                .invalidArgument, "a column width must lie between 0 and 255; got \(width)", operation: operation,
                sheet: name, cell: place)
        }
        try perform(operation, range: range, label: place, style: style) { sheet, format in
            var options = lxw_row_col_options()
            options.hidden = hidden ? 1 : 0
            return worksheet_set_column_opt(
                sheet, lxw_col_t(columns.lowerBound), lxw_col_t(columns.upperBound), width, format, &options)
        }
    }

    /// Sets the width of one column; see ``setColumnWidth(_:columns:style:hidden:)``.
    public func setColumnWidth(_ width: Double, column: Int, style: CellStyle? = nil, hidden: Bool = false) throws {
        try setColumnWidth(width, columns: column...column, style: style, hidden: hidden)
    }

    /// Sets a row's height in points (0–409; Excel's default is 15), optionally with a default style and
    /// hidden. In constant-memory mode call it before writing the row's cells.
    public func setRowHeight(_ height: Double, row: Int, style: CellStyle? = nil, hidden: Bool = false) throws {
        let operation = "set a row height"
        let cell = CellReference(row: row, column: 0)
        let place = "\(row + 1):\(row + 1)"
        guard (0...409).contains(height) else {
            throw XLSXError(
                .invalidArgument, "a row height must lie between 0 and 409 points; got \(height)",
                operation: operation, sheet: name, cell: place)
        }
        try perform(operation, at: cell, label: place, style: style) { sheet, format in
            var options = lxw_row_col_options()
            options.hidden = hidden ? 1 : 0
            return worksheet_set_row_opt(sheet, lxw_row_t(row), height, format, &options)
        }
    }

    /// Freezes the rows above and the columns left of `cell`, which becomes the top-left cell of the
    /// scrolling pane: `CellReference(row: 1, column: 1)` (B2) keeps row 1 and column A in view.
    public func freezePanes(at cell: CellReference) throws {
        try perform("freeze panes", at: cell) { sheet, _ in
            worksheet_freeze_panes(sheet, lxw_row_t(cell.row), lxw_col_t(cell.column))
            return LXW_NO_ERROR
        }
    }

    /// Adds filter buttons to the first row of `range` (a sheet has at most one autofilter).
    public func setAutofilter(_ range: CellRange) throws {
        try perform("set the autofilter", range: range) { sheet, _ in
            worksheet_autofilter(
                sheet, lxw_row_t(range.first.row), lxw_col_t(range.first.column), lxw_row_t(range.last.row),
                lxw_col_t(range.last.column))
        }
    }

    /// Shades the cells of `range` by value with a two- or three-colour scale.
    public func addColorScale(_ scale: ColorScale, to range: CellRange) throws {
        let operation = "add a colour scale"
        guard scale.hasFiniteValues else {
            throw XLSXError(
                .invalidArgument, "colour-scale values must be finite numbers", operation: operation, sheet: name,
                cell: range.a1)
        }
        try perform(operation, range: range) { sheet, _ in
            var format = scale.libraryFormat
            return worksheet_conditional_format_range(
                sheet, lxw_row_t(range.first.row), lxw_col_t(range.first.column), lxw_row_t(range.last.row),
                lxw_col_t(range.last.column), &format)
        }
    }

    /// Merges `range` into one cell showing `text` with `style` (the style should carry the borders and
    /// alignment meant for the whole range). Not available in constant-memory mode.
    public func merge(_ range: CellRange, text: String = "", style: CellStyle? = nil) throws {
        let operation = "merge cells"
        try TextRules.checkCellText(text, operation: operation, sheet: name, cell: range.a1)
        if range.first == range.last {
            throw XLSXError(
                .invalidArgument, "a merged range needs at least two cells", operation: operation, sheet: name,
                cell: range.a1)
        }
        if workbook.options.constantMemory {
            throw XLSXError(
                .invalidArgument, "merged ranges are not available in constant-memory mode", operation: operation,
                sheet: name, cell: range.a1)
        }
        if let clash = mergedRanges.first(where: { $0.intersects(range) }) {
            // libxlsxwriter 1.1.4 accepts overlapping merges, which Excel then reports as a damaged file.
            throw XLSXError(
                .invalidArgument, "the range overlaps the merged range \(clash.a1)", operation: operation, sheet: name,
                cell: range.a1)
        }
        let stored = TextRules.escapedForCell(text)
        try perform(operation, range: range, style: style) { sheet, format in
            worksheet_merge_range(
                sheet, lxw_row_t(range.first.row), lxw_col_t(range.first.column), lxw_row_t(range.last.row),
                lxw_col_t(range.last.column), stored, format)
        }
        mergedRanges.append(range)
    }

    /// Restricts the cells of `range` to a drop-down list of `values`.
    ///
    /// The values must be ASCII: libxlsxwriter 1.1.4 overflows a buffer when a list has non-ASCII text (fixed
    /// in 1.1.6). They also must not contain commas, which Excel uses to separate them, and together take at
    /// most 255 characters.
    public func addListValidation(_ values: [String], to range: CellRange) throws {
        let operation = "add a list validation"
        guard !values.isEmpty else {
            throw XLSXError(.invalidArgument, "the list is empty", operation: operation, sheet: name, cell: range.a1)
        }
        for value in values {
            try TextRules.checkPlainText(value, limit: nil, what: "a list value", operation: operation, sheet: name,
                                         cell: range.a1)
            if !value.unicodeScalars.allSatisfy(\.isASCII) {
                throw XLSXError(
                    .invalidText,
                    "list values must be ASCII (libxlsxwriter 1.1.4 corrupts memory on other text); got '\(value)'",
                    operation: operation, sheet: name, cell: range.a1)
            }
            if value.contains(",") {
                throw XLSXError(
                    .invalidText, "list values must not contain commas; got '\(value)'", operation: operation,
                    sheet: name, cell: range.a1)
            }
        }
        let joinedLength = values.reduce(values.count - 1) { $0 + $1.utf8.count }
        if joinedLength > TextRules.shortTextLimit {
            throw XLSXError(
                .textTooLong,
                "a list may hold at most \(TextRules.shortTextLimit) characters with separators; this one has \(joinedLength)",
                operation: operation, sheet: name, cell: range.a1)
        }
        try perform(operation, range: range) { sheet, _ in
            CStrings.with(values) { strings in
                var list = strings + [nil]
                return list.withUnsafeMutableBufferPointer { buffer in
                    var validation = lxw_data_validation()
                    validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
                    validation.value_list = buffer.baseAddress
                    return worksheet_data_validation_range(
                        sheet, lxw_row_t(range.first.row), lxw_col_t(range.first.column), lxw_row_t(range.last.row),
                        lxw_col_t(range.last.column), &validation)
                }
            }
        }
    }

    /// Colours the sheet's tab.
    public func setTabColor(_ color: XLSXColor) throws {
        try perform("set the tab colour") { sheet, _ in
            worksheet_set_tab_color(sheet, color.libraryValue)
            return LXW_NO_ERROR
        }
    }

    /// Shows or hides gridlines on screen and in print (Excel shows them on screen and does not print them).
    public func setGridlines(onScreen: Bool, inPrint: Bool) throws {
        try perform("set gridlines") { sheet, _ in
            // libxlsxwriter's options only switch gridlines on; hiding everything first makes
            // "print but not on screen" possible.
            worksheet_gridlines(sheet, UInt8(LXW_HIDE_ALL_GRIDLINES.rawValue))
            if onScreen { worksheet_gridlines(sheet, UInt8(LXW_SHOW_SCREEN_GRIDLINES.rawValue)) }
            if inPrint { worksheet_gridlines(sheet, UInt8(LXW_SHOW_PRINT_GRIDLINES.rawValue)) }
            return LXW_NO_ERROR
        }
    }

    /// Places `chart` with its top-left corner in `cell`. A chart needs at least one series and can be placed
    /// only once.
    public func insertChart(_ chart: Chart, at cell: CellReference, placement: ChartPlacement = ChartPlacement())
        throws
    {
        let operation = "insert a chart"
        func refuse(_ message: String) -> XLSXError {
            XLSXError(.invalidArgument, message, operation: operation, sheet: name, cell: cell.a1)
        }
        guard chart.workbook === workbook else { throw refuse("the chart belongs to another workbook") }
        guard chart.seriesCount > 0 else { throw refuse("the chart has no series") }
        guard !chart.isInserted else { throw refuse("the chart was already placed; a chart can be placed once") }
        guard placement.width > 0, placement.height > 0, placement.width.isFinite, placement.height.isFinite else {
            throw refuse("a chart's width and height must be positive")
        }
        if let text = placement.altText {
            try TextRules.checkPlainText(
                text, limit: TextRules.shortTextLimit, what: "the alternative text", operation: operation, sheet: name,
                cell: cell.a1)
        }
        try perform(operation, at: cell) { sheet, _ in
            CStrings.with([placement.altText]) { strings in
                var options = lxw_chart_options()
                options.x_offset = Int32(clamping: placement.xOffset)
                options.y_offset = Int32(clamping: placement.yOffset)
                options.x_scale = placement.width / ChartPlacement.defaultWidth
                options.y_scale = placement.height / ChartPlacement.defaultHeight
                options.description = strings[0]
                return worksheet_insert_chart_opt(
                    sheet, lxw_row_t(cell.row), lxw_col_t(cell.column), chart.handle, &options)
            }
        }
        chart.isInserted = true
    }
}
