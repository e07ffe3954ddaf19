import CXlsxWriter

/// One sheet of a ``Workbook``: cells, notes, links, layout, conditional formats, print setup and charts.
///
/// Obtained from ``Workbook/addWorksheet(named:)``. Rows and columns are zero-based. Every method throws
/// ``XLSXError`` naming this sheet and the cell or range involved.
///
/// ```swift
/// let sheet = try workbook.addWorksheet(named: "Era matrix")
/// try sheet.write("Criterion", at: CellReference(row: 0, column: 0), style: CellStyle(bold: true))
/// try sheet.write(3, at: CellReference(row: 1, column: 1))
/// try sheet.writeFormula("=AVERAGE(B2:B9)", cachedValue: 2.75, at: CellReference(row: 9, column: 1))
/// try sheet.writeNote("Two sources disagree", at: CellReference(row: 1, column: 1))
/// try sheet.setColumnWidth(40, columns: 0...0)
/// try sheet.freezePanes(at: CellReference(row: 1, column: 1))
/// ```
///
/// Text is always written as text: a string beginning with "=", "+", "-" or "@" stays a string, and only
/// ``writeFormula(_:cachedValue:at:style:)`` and ``writeFormula(_:cachedText:at:style:)`` write formulas.
public final class Worksheet {
    /// The sheet's name, as shown on its tab.
    public let name: String

    let handle: UnsafeMutablePointer<lxw_worksheet>
    let workbook: Workbook
    /// Ranges merged so far, to refuse overlaps.
    var mergedRanges: [CellRange] = []

    init(name: String, handle: UnsafeMutablePointer<lxw_worksheet>, workbook: Workbook) {
        self.name = name
        self.handle = handle
        self.workbook = workbook
    }

    /// Writes text. Empty text without a style leaves the cell empty (Excel has no empty-string cells); with a
    /// style it makes a styled blank cell. Throws if the text has more than 32,767 characters (UTF-16 units, as
    /// Excel counts) or contains NUL.
    public func write(_ text: String, at cell: CellReference, style: CellStyle? = nil) throws {
        let operation = "write a string"
        try TextRules.checkCellText(text, operation: operation, sheet: name, cell: cell.a1)
        let stored = TextRules.escapedForCell(text)
        try perform(operation, at: cell, style: style) { sheet, format in
            worksheet_write_string(sheet, lxw_row_t(cell.row), lxw_col_t(cell.column), stored, format)
        }
    }

    /// Writes a number. Throws for NaN and infinities, which Excel cannot store.
    public func write(_ number: Double, at cell: CellReference, style: CellStyle? = nil) throws {
        let operation = "write a number"
        try requireFinite(number, operation: operation, cell: cell)
        try perform(operation, at: cell, style: style) { sheet, format in
            worksheet_write_number(sheet, lxw_row_t(cell.row), lxw_col_t(cell.column), number, format)
        }
    }

    /// Writes TRUE or FALSE.
    public func write(_ value: Bool, at cell: CellReference, style: CellStyle? = nil) throws {
        try perform("write a boolean", at: cell, style: style) { sheet, format in
            worksheet_write_boolean(sheet, lxw_row_t(cell.row), lxw_col_t(cell.column), value ? 1 : 0, format)
        }
    }

    /// Writes an empty cell that carries a style (borders or fill on an empty cell). Without a style
    /// libxlsxwriter writes nothing, as Excel would.
    public func writeBlank(at cell: CellReference, style: CellStyle?) throws {
        try perform("write a blank cell", at: cell, style: style) { sheet, format in
            worksheet_write_blank(sheet, lxw_row_t(cell.row), lxw_col_t(cell.column), format)
        }
    }

    /// Writes a formula ("=SUM(B2:B9)"; the "=" is optional) with the numeric result Excel shows until it
    /// recalculates. libxlsxwriter does not check formula syntax; Excel reports a broken formula on opening.
    public func writeFormula(
        _ formula: String, cachedValue: Double, at cell: CellReference, style: CellStyle? = nil
    ) throws {
        let operation = "write a formula"
        try checkFormula(formula, operation: operation, cell: cell)
        try requireFinite(cachedValue, operation: operation, cell: cell)
        try perform(operation, at: cell, style: style) { sheet, format in
            worksheet_write_formula_num(
                sheet, lxw_row_t(cell.row), lxw_col_t(cell.column), formula, format, cachedValue)
        }
    }

    /// Writes a formula whose result is text, with that text as the cached result.
    public func writeFormula(
        _ formula: String, cachedText: String, at cell: CellReference, style: CellStyle? = nil
    ) throws {
        let operation = "write a formula"
        try checkFormula(formula, operation: operation, cell: cell)
        try TextRules.checkPlainText(
            cachedText, limit: TextRules.cellTextLimit, what: "the cached result", operation: operation,
            sheet: name, cell: cell.a1)
        try perform(operation, at: cell, style: style) { sheet, format in
            worksheet_write_formula_str(
                sheet, lxw_row_t(cell.row), lxw_col_t(cell.column), formula, format, cachedText)
        }
    }

    /// Writes a hyperlink showing `text` (the address itself if nil), with an optional hover `tooltip`.
    /// Without a style the cell gets Excel's hyperlink look (blue, underlined).
    public func writeLink(
        _ link: Hyperlink, at cell: CellReference, text: String? = nil, tooltip: String? = nil,
        style: CellStyle? = nil
    ) throws {
        let operation = "write a hyperlink"
        let place = cell.a1
        try TextRules.checkPlainText(
            link.limitedPart, limit: TextRules.urlLimit, what: "the link target", operation: operation, sheet: name,
            cell: place)
        switch link {
        case .url(let address):
            guard Self.hasScheme(address) else {
                throw XLSXError(
                    .invalidArgument,
                    "an external link needs a scheme such as https:, mailto: or file:; got '\(address)'",
                    operation: operation, sheet: name, cell: place)
            }
        case .cell(let sheet, _), .range(let sheet, _):
            try SheetName.validate(sheet)
        }
        if let text {
            try TextRules.checkCellText(text, operation: operation, sheet: name, cell: place)
        }
        if let tooltip {
            try TextRules.checkPlainText(
                tooltip, limit: TextRules.shortTextLimit, what: "the tooltip", operation: operation, sheet: name,
                cell: place)
        }
        let shown = text.map(TextRules.escapedForCell)
        try perform(operation, at: cell, style: style) { sheet, format in
            worksheet_write_url_opt(
                sheet, lxw_row_t(cell.row), lxw_col_t(cell.column), link.libraryTarget, format, shown, tooltip)
        }
    }

    /// Attaches a note (Excel's classic cell comment) to a cell. In constant-memory mode, write it while its
    /// row is the current one, as for cell values.
    public func writeNote(_ text: String, at cell: CellReference, options: NoteOptions = NoteOptions()) throws {
        let operation = "write a note"
        try TextRules.checkPlainText(
            text, limit: TextRules.noteLimit, what: "the note", operation: operation, sheet: name, cell: cell.a1)
        if let author = options.author {
            try TextRules.checkPlainText(
                author, limit: TextRules.shortTextLimit, what: "the note's author", operation: operation, sheet: name,
                cell: cell.a1)
        }
        for size in [options.width, options.height].compactMap({ $0 }) where !(1...Int(UInt16.max)).contains(size) {
            throw XLSXError(
                .invalidArgument, "a note's width and height must lie between 1 and 65535 pixels; got \(size)",
                operation: operation, sheet: name, cell: cell.a1)
        }
        try perform(operation, at: cell) { sheet, _ in
            CStrings.with([options.author]) { strings in
                var libraryOptions = lxw_comment_options()
                libraryOptions.author = strings[0]
                libraryOptions.width = UInt16(options.width ?? 0)
                libraryOptions.height = UInt16(options.height ?? 0)
                libraryOptions.visible = UInt8(
                    options.visible ? LXW_COMMENT_DISPLAY_VISIBLE.rawValue : LXW_COMMENT_DISPLAY_DEFAULT.rawValue)
                return worksheet_write_comment_opt(
                    sheet, lxw_row_t(cell.row), lxw_col_t(cell.column), text, &libraryOptions)
            }
        }
    }

    /// Runs one libxlsxwriter call for `cell` or `range` after checking that the workbook is open and the
    /// place lies in Excel's grid, and turns its result into an ``XLSXError`` naming sheet and place (`label`
    /// names whole rows or columns, "3:3" or "B:F", as Excel does).
    func perform(
        _ operation: String,
        at cell: CellReference? = nil,
        range: CellRange? = nil,
        label: String? = nil,
        style: CellStyle? = nil,
        _ call: (UnsafeMutablePointer<lxw_worksheet>, UnsafeMutablePointer<lxw_format>?) -> lxw_error
    ) throws {
        // Named only for a message: working out "B2" for every cell written costs more than writing it.
        func place() -> String? { label ?? range?.a1 ?? cell?.a1 }
        _ = try workbook.requireOpen(operation: operation, sheet: name, cell: place())
        if cell.map({ !$0.isInsideGrid }) ?? false || range.map({ !$0.isInsideGrid }) ?? false {
            throw XLSXError(
                .cellOutOfRange,
                "Excel sheets have \(CellReference.rowCount) rows and \(CellReference.columnCount) columns (A–XFD)",
                operation: operation, sheet: name, cell: place())
        }
        let format = try workbook.format(for: style, operation: operation, sheet: name, cell: place())
        let result = call(handle, format)
        guard let error = XLSXError.library(result, operation: operation, sheet: name, cell: place()) else { return }
        if result == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE && workbook.options.constantMemory {
            throw XLSXError(
                error.code, error.message + " (in constant-memory mode rows must be written top to bottom)",
                operation: operation, sheet: name, cell: place())
        }
        throw error
    }

    private func requireFinite(_ number: Double, operation: String, cell: CellReference) throws {
        guard number.isFinite else {
            throw XLSXError(
                .invalidArgument, "Excel cannot store \(number); numbers must be finite", operation: operation,
                sheet: name, cell: cell.a1)
        }
    }

    private func checkFormula(_ formula: String, operation: String, cell: CellReference) throws {
        try TextRules.checkPlainText(
            formula, limit: TextRules.formulaLimit, what: "the formula", operation: operation, sheet: name,
            cell: cell.a1)
        let body = formula.hasPrefix("=") ? formula.dropFirst() : Substring(formula)
        if body.isEmpty {
            throw XLSXError(.invalidArgument, "the formula is empty", operation: operation, sheet: name, cell: cell.a1)
        }
    }

    private static func hasScheme(_ address: String) -> Bool {
        guard let colon = address.firstIndex(of: ":"), colon != address.startIndex else { return false }
        let scheme = address[..<colon]
        return scheme.first!.isASCII && scheme.first!.isLetter
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}

/// Worksheets belong to a workbook whose libxlsxwriter state is not safe to share between threads.
@available(*, unavailable)
extension Worksheet: Sendable {}
