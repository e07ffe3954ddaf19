import XLSXKit

/// A worksheet filled cell by cell that keeps track of how wide each column's content is and which cells wrap,
/// so that ``finish()`` can size every column to its content and every row to its wrapped lines.
///
/// Widths are counted by ``DisplayWidth`` (a Dari name counts its letters, a CJK character two) plus a margin.
/// Each column grows to at most its cap; a cell whose longest line is wider than that, or that has several lines,
/// gets its style's wrapping switched on instead, and its row is made tall enough for the wrapped lines (neither
/// Excel nor LibreOffice reliably grows rows on opening a file), so nothing is cut off on screen or in print.
///
/// ```swift
/// let writer = SheetWriter(sheet, caps: [9: 80])
/// try writer.header("Quote", row: 3, column: 9)
/// try writer.text(item.quote, row: 4, column: 9, style: WorkbookStyle.wrappedText)
/// try writer.finish()
/// ```
final class SheetWriter {
    /// A formula's result as Excel shows it until it recalculates.
    enum CachedResult {
        /// A number.
        case number(Double)
        /// Text, such as `n/e`.
        case text(String)
    }

    /// A cell, or merged cells, whose text wraps.
    private struct WrappedText {
        let columns: ClosedRange<Int>
        let text: String
        /// How much wider than its display width the text runs in the cell's font.
        let widening: Double
    }

    /// The widest a column grows unless given its own cap.
    static let defaultCap = 50
    /// The narrowest a fitted column gets.
    static let minimumWidth = 6
    /// The space added to the content's width, for the cell's padding and bold or wider glyphs.
    private static let margin = 2
    /// Excel's default column width, for columns nothing was measured in.
    private static let defaultWidth = 8.43
    /// The height of one line of 11-point text, Excel's default row height, and the most a row may have.
    private static let lineHeight = 15.0
    private static let maximumRowHeight = 409.0

    /// The sheet written.
    let sheet: Worksheet
    private let caps: [Int: Int]
    private var contentWidths: [Int: Int] = [:]
    private var wrapped: [Int: [WrappedText]] = [:]

    /// A writer for `sheet`; `caps` gives columns (zero-based) a cap other than ``defaultCap``.
    init(_ sheet: Worksheet, caps: [Int: Int] = [:]) {
        self.sheet = sheet
        self.caps = caps
    }

    /// Writes text. With `measured` false the text neither widens its column nor wraps: a title that may run on
    /// into the empty cells to its right, or a label that runs into those on its left.
    func text(_ text: String, row: Int, column: Int, style: CellStyle, measured: Bool = true) throws {
        let style = measured ? self.measured(text, row: row, column: column, style: style) : style
        try sheet.write(text, at: CellReference(row: row, column: column), style: style)
    }

    /// Writes a link showing `text`, measured and wrapped as ``text(_:row:column:style:measured:)`` does.
    func link(_ target: Hyperlink, text: String, tooltip: String, row: Int, column: Int, style: CellStyle = WorkbookStyle.link) throws {
        try sheet.writeLink(target, at: CellReference(row: row, column: column), text: text, tooltip: tooltip,
                            style: measured(text, row: row, column: column, style: style))
    }

    /// Writes a column header: it always wraps, at word boundaries, so only its longest word widens the column.
    func header(_ text: String, row: Int, column: Int, style: CellStyle = WorkbookStyle.header) throws {
        let longestWord = text.split(whereSeparator: { $0 == " " || $0.isNewline }).map { Self.width(String($0)) }.max()
        measure(column, longestWord ?? 0)
        wrap(text, row: row, columns: column...column, widening: 1.1)
        try sheet.write(text, at: CellReference(row: row, column: column), style: style)
    }

    /// Writes a caption across `columns`, merged and wrapped, so that it stays within the table's width on screen
    /// and in print.
    func banner(_ text: String, row: Int, columns: ClosedRange<Int>, style: CellStyle) throws {
        var style = style
        style.wrapsText = true
        style.verticalAlignment = .top
        wrap(text, row: row, columns: columns, widening: 1)
        let range = CellRange(rows: row...row, columns: columns)
        if columns.count > 1 {
            try sheet.merge(range, text: text, style: style)
        } else {
            try sheet.write(text, at: range.first, style: style)
        }
    }

    /// Writes a number; `shown` is the text the style's number format shows, which sets the column's width.
    func number(_ value: Double, row: Int, column: Int, style: CellStyle, shown: String) throws {
        measure(column, Self.width(shown))
        try sheet.write(value, at: CellReference(row: row, column: column), style: style)
    }

    /// Writes a formula with the result Excel shows until it recalculates; `shown` sets the column's width.
    func formula(_ formula: String, cached: CachedResult, row: Int, column: Int, style: CellStyle, shown: String) throws {
        measure(column, Self.width(shown))
        let cell = CellReference(row: row, column: column)
        switch cached {
        case .number(let value): try sheet.writeFormula(formula, cachedValue: value, at: cell, style: style)
        case .text(let text): try sheet.writeFormula(formula, cachedText: text, at: cell, style: style)
        }
    }

    /// Writes a score with three decimals, or `n/e` in grey when there is none.
    func score(_ score: Double?, row: Int, column: Int) throws {
        if let score {
            try number(score, row: row, column: column, style: WorkbookStyle.score, shown: FixedDecimal.string(score, decimals: 3))
        } else {
            try text(IndexFormula.notEvaluated, row: row, column: column, style: WorkbookStyle.notEvaluated)
        }
    }

    /// Writes a number in Excel's General format, as a weight or a coded value is written in the inputs.
    func plainNumber(_ value: Double, row: Int, column: Int, style: CellStyle = WorkbookStyle.plainNumber) throws {
        try number(value, row: row, column: column, style: style, shown: Self.plainText(value))
    }

    /// Sets the width of every column written to (its widest content plus a margin, between ``minimumWidth`` and
    /// the column's cap), then the height of every row with wrapped text.
    func finish() throws {
        var widths: [Int: Double] = [:]
        for (column, width) in contentWidths.sorted(by: { $0.key < $1.key }) {
            let fitted = Double(min(cap(column), max(Self.minimumWidth, width + Self.margin)))
            widths[column] = fitted
            try sheet.setColumnWidth(fitted, column: column)
        }
        for (row, cells) in wrapped.sorted(by: { $0.key < $1.key }) {
            let lines = cells.map { cell in
                Self.lineCount(cell.text, widening: cell.widening,
                               width: cell.columns.reduce(0) { $0 + (widths[$1] ?? Self.defaultWidth) })
            }.max() ?? 1
            if lines > 1 {
                try sheet.setRowHeight(min(Self.maximumRowHeight, Double(lines) * Self.lineHeight), row: row)
            }
        }
    }

    /// Roughly what Excel's General format shows for `value`: "2" for 2.0, "0.25" for 0.25.
    static func plainText(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    private func cap(_ column: Int) -> Int { caps[column] ?? Self.defaultCap }

    /// Widens the column for `text` and returns `style` with wrapping switched on when the text needs it.
    private func measured(_ text: String, row: Int, column: Int, style: CellStyle) -> CellStyle {
        var style = style
        let lines = Self.lineWidths(text)
        let widest = lines.max() ?? 0
        if widest > cap(column) || lines.count > 1 { style.wrapsText = true }
        measure(column, widest)
        if style.wrapsText { wrap(text, row: row, columns: column...column, widening: 1) }
        return style
    }

    private func measure(_ column: Int, _ width: Int) {
        contentWidths[column] = max(contentWidths[column] ?? 0, width)
    }

    private func wrap(_ text: String, row: Int, columns: ClosedRange<Int>, widening: Double) {
        wrapped[row, default: []].append(WrappedText(columns: columns, text: text, widening: widening))
    }

    /// The lines `text` takes when wrapped in `width` character units, erring on the generous side because
    /// words do not fill a line exactly.
    private static func lineCount(_ text: String, widening: Double, width: Double) -> Int {
        let usable = max(1, width - 1)
        return lineWidths(text).reduce(0) { lines, lineWidth in
            lines + max(1, Int((Double(lineWidth) * widening / usable).rounded(.up)))
        }
    }

    private static func lineWidths(_ text: String) -> [Int] {
        if isPrintableASCII(text) { return [text.utf8.count] }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { width(String($0)) }
    }

    /// The display width of one line.
    private static func width(_ line: String) -> Int {
        isPrintableASCII(line) ? line.utf8.count : DisplayWidth.of(line)
    }

    /// Printable ASCII, most of the text, takes one column per byte, which is much quicker to count.
    private static func isPrintableASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { (0x20...0x7E).contains($0) }
    }
}

/// Holds a libxlsxwriter worksheet, which is not safe to share between threads.
@available(*, unavailable)
extension SheetWriter: Sendable {}
