import CXlsxWriter

/// A chart of worksheet data, created by ``Workbook/addChart(_:)`` and placed with
/// ``Worksheet/insertChart(_:at:placement:)``.
///
/// ```swift
/// let chart = try workbook.addChart(.column)
/// try chart.addSeries(
///     name: "1980s",
///     categories: SheetRange(sheet: "Era matrix", range: CellRange(rows: 1...6, columns: 0...0)),
///     values: SheetRange(sheet: "Era matrix", range: CellRange(rows: 1...6, columns: 1...1)))
/// try chart.setTitle("Scores by criterion")
/// try chart.setAxisTitles(category: "Criterion", value: "Score")
/// try chart.setLegendPosition(.bottom)
/// try sheet.insertChart(chart, at: CellReference(row: 1, column: 8))
/// ```
public final class Chart {
    /// The kind of chart.
    public enum Kind: Hashable, Sendable {
        /// Clustered horizontal bars.
        case bar
        /// Clustered vertical columns.
        case column
        /// Lines.
        case line
        /// Radar (spider) chart with lines only.
        case radar
        /// Radar chart with markers at the points.
        case radarWithMarkers
        /// Radar chart with filled areas.
        case radarFilled

        var libraryType: UInt8 {
            let type: lxw_chart_type
            switch self {
            case .bar: type = LXW_CHART_BAR
            case .column: type = LXW_CHART_COLUMN
            case .line: type = LXW_CHART_LINE
            case .radar: type = LXW_CHART_RADAR
            case .radarWithMarkers: type = LXW_CHART_RADAR_WITH_MARKERS
            case .radarFilled: type = LXW_CHART_RADAR_FILLED
            }
            return UInt8(type.rawValue)
        }
    }

    /// Where the legend sits.
    public enum LegendPosition: Hashable, Sendable {
        /// No legend, or the side it sits on.
        case none, right, left, top, bottom

        var libraryValue: UInt8 {
            let position: lxw_chart_legend_position
            switch self {
            case .none: position = LXW_CHART_LEGEND_NONE
            case .right: position = LXW_CHART_LEGEND_RIGHT
            case .left: position = LXW_CHART_LEGEND_LEFT
            case .top: position = LXW_CHART_LEGEND_TOP
            case .bottom: position = LXW_CHART_LEGEND_BOTTOM
            }
            return UInt8(position.rawValue)
        }
    }

    /// The kind of chart.
    public let kind: Kind
    /// How many series have been added.
    public private(set) var seriesCount = 0
    /// Whether the chart has been placed on a worksheet; a chart can be placed only once.
    public internal(set) var isInserted = false

    let handle: UnsafeMutablePointer<lxw_chart>
    let workbook: Workbook

    init(kind: Kind, handle: UnsafeMutablePointer<lxw_chart>, workbook: Workbook) {
        self.kind = kind
        self.handle = handle
        self.workbook = workbook
    }

    /// Adds a series of `values`, labelled by `categories` (the first series' categories apply to all when
    /// later ones have none) and named in the legend by `name`.
    public func addSeries(name: ChartText? = nil, categories: SheetRange? = nil, values: SheetRange) throws {
        let operation = "add a chart series"
        _ = try workbook.requireOpen(operation: operation, sheet: values.sheet, cell: values.range.a1)
        for range in [categories, values].compactMap({ $0 }) {
            try check(range, operation: operation)
        }
        if let name { try check(name, operation: operation) }
        guard let series = chart_add_series(handle, nil, nil) else {
            throw XLSXError(
                .library(Int32(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue)), "libxlsxwriter could not add the series",
                operation: operation)
        }
        if let categories {
            chart_series_set_categories(
                series, categories.sheet, lxw_row_t(categories.range.first.row),
                lxw_col_t(categories.range.first.column), lxw_row_t(categories.range.last.row),
                lxw_col_t(categories.range.last.column))
        }
        chart_series_set_values(
            series, values.sheet, lxw_row_t(values.range.first.row), lxw_col_t(values.range.first.column),
            lxw_row_t(values.range.last.row), lxw_col_t(values.range.last.column))
        switch name {
        case .text(let text)?: chart_series_set_name(series, text)
        case .cell(let sheet, let cell)?:
            chart_series_set_name_range(series, sheet, lxw_row_t(cell.row), lxw_col_t(cell.column))
        case nil: break
        }
        seriesCount += 1
    }

    /// Sets the chart's title.
    public func setTitle(_ title: ChartText) throws {
        let operation = "set the chart title"
        _ = try workbook.requireOpen(operation: operation)
        try check(title, operation: operation)
        switch title {
        case .text(let text): chart_title_set_name(handle, text)
        case .cell(let sheet, let cell):
            chart_title_set_name_range(handle, sheet, lxw_row_t(cell.row), lxw_col_t(cell.column))
        }
    }

    /// Sets the titles of the category axis (the labels' axis) and the value axis; nil leaves one untitled.
    public func setAxisTitles(category: ChartText? = nil, value: ChartText? = nil) throws {
        let operation = "set the chart's axis titles"
        _ = try workbook.requireOpen(operation: operation)
        for (title, axis) in [(category, categoryAxis), (value, valueAxis)] {
            guard let title else { continue }
            try check(title, operation: operation)
            switch title {
            case .text(let text): chart_axis_set_name(axis, text)
            case .cell(let sheet, let cell):
                chart_axis_set_name_range(axis, sheet, lxw_row_t(cell.row), lxw_col_t(cell.column))
            }
        }
    }

    /// Fixes the value axis's bounds, for scales whose range is known (scores 0–4) rather than data-driven.
    public func setValueAxisBounds(minimum: Double?, maximum: Double?) throws {
        let operation = "set the value axis bounds"
        _ = try workbook.requireOpen(operation: operation)
        for bound in [minimum, maximum].compactMap({ $0 }) where !bound.isFinite {
            throw XLSXError(.invalidArgument, "axis bounds must be finite numbers", operation: operation)
        }
        if let minimum { chart_axis_set_min(valueAxis, minimum) }
        if let maximum { chart_axis_set_max(valueAxis, maximum) }
    }

    /// Places the legend, or hides it with `.none`.
    public func setLegendPosition(_ position: LegendPosition) throws {
        _ = try workbook.requireOpen(operation: "set the chart legend")
        chart_legend_set_position(handle, position.libraryValue)
    }

    /// Applies one of Excel's 48 built-in chart styles (1–48; 2 is Excel's default).
    public func setStyle(_ style: Int) throws {
        let operation = "set the chart style"
        _ = try workbook.requireOpen(operation: operation)
        guard (1...48).contains(style) else {
            throw XLSXError(.invalidArgument, "chart styles are numbered 1 to 48; got \(style)", operation: operation)
        }
        chart_set_style(handle, UInt8(style))
    }

    /// For bar charts libxlsxwriter, like Excel, puts the categories on the y axis.
    private var categoryAxis: UnsafeMutablePointer<lxw_chart_axis> {
        kind == .bar ? handle.pointee.y_axis : handle.pointee.x_axis
    }

    private var valueAxis: UnsafeMutablePointer<lxw_chart_axis> {
        kind == .bar ? handle.pointee.x_axis : handle.pointee.y_axis
    }

    private func check(_ range: SheetRange, operation: String) throws {
        try SheetName.validate(range.sheet)
        guard range.range.isInsideGrid else {
            throw XLSXError(
                .cellOutOfRange, "the range lies outside Excel's grid", operation: operation, sheet: range.sheet,
                cell: range.range.a1)
        }
    }

    private func check(_ text: ChartText, operation: String) throws {
        switch text {
        case .text(let text):
            try TextRules.checkPlainText(text, limit: TextRules.shortTextLimit, what: "chart text", operation: operation)
            if text.hasPrefix("=") {
                throw XLSXError(
                    .invalidText,
                    "chart text must not begin with '=' (libxlsxwriter would read it as a reference); "
                        + "use ChartText.cell for text taken from a cell",
                    operation: operation)
            }
        case .cell(let sheet, let cell):
            try SheetName.validate(sheet)
            guard cell.isInsideGrid else {
                throw XLSXError(
                    .cellOutOfRange, "the cell lies outside Excel's grid", operation: operation, sheet: sheet,
                    cell: cell.a1)
            }
        }
    }
}

/// Charts belong to a workbook whose libxlsxwriter state is not safe to share between threads.
@available(*, unavailable)
extension Chart: Sendable {}
