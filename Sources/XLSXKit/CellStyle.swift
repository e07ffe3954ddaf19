import CXlsxWriter

/// How a cell looks: font, fill, alignment, borders and number format.
///
/// A style is a plain value; pass it to any write. The workbook creates one libxlsxwriter format per distinct
/// style and reuses it, so callers never hold format handles whose lifetime they would have to manage.
///
/// ```swift
/// let header = CellStyle(bold: true, fontColor: .white, backgroundColor: XLSXColor(rgb: 0x1F4E78),
///                        wrapsText: true, horizontalAlignment: .center, border: .thin)
/// let score = CellStyle(numberFormat: "0.00")
/// try sheet.write("Era", at: CellReference(row: 0, column: 0), style: header)
/// ```
public struct CellStyle: Hashable, Sendable {
    /// Horizontal placement of the cell's content.
    public enum HorizontalAlignment: Hashable, Sendable {
        /// Excel's horizontal alignments; `centerAcrossSelection` centres over the following empty cells.
        case left, center, right, fill, justify, centerAcrossSelection, distributed
    }

    /// Vertical placement of the cell's content.
    public enum VerticalAlignment: Hashable, Sendable {
        /// Excel's vertical alignments.
        case top, center, bottom, justify, distributed
    }

    /// Line style of a cell border.
    public enum BorderStyle: Hashable, Sendable {
        /// Excel's common border line styles.
        case thin, medium, thick, dashed, dotted, double, hair
    }

    /// Bold font.
    public var bold: Bool
    /// Italic font.
    public var italic: Bool
    /// Single underline.
    public var underline: Bool
    /// Font family name (at most 31 characters); nil keeps Calibri.
    public var fontName: String?
    /// Font size in points (1–409); nil keeps 11.
    public var fontSize: Double?
    /// Font colour; nil keeps the automatic colour.
    public var fontColor: XLSXColor?
    /// Solid fill colour; nil leaves the cell unfilled.
    public var backgroundColor: XLSXColor?
    /// Wraps text onto several lines within the column width.
    public var wrapsText: Bool
    /// Horizontal alignment; nil keeps Excel's default (text left, numbers right).
    public var horizontalAlignment: HorizontalAlignment?
    /// Vertical alignment; nil keeps Excel's default (bottom).
    public var verticalAlignment: VerticalAlignment?
    /// Border on all four sides; nil for none.
    public var border: BorderStyle?
    /// Colour of that border; nil for automatic.
    public var borderColor: XLSXColor?
    /// Excel number format code such as "0.00", "0%" or "yyyy-mm-dd"; nil for General.
    public var numberFormat: String?

    /// A style; every argument defaults to Excel's default look.
    public init(
        bold: Bool = false,
        italic: Bool = false,
        underline: Bool = false,
        fontName: String? = nil,
        fontSize: Double? = nil,
        fontColor: XLSXColor? = nil,
        backgroundColor: XLSXColor? = nil,
        wrapsText: Bool = false,
        horizontalAlignment: HorizontalAlignment? = nil,
        verticalAlignment: VerticalAlignment? = nil,
        border: BorderStyle? = nil,
        borderColor: XLSXColor? = nil,
        numberFormat: String? = nil
    ) {
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.fontName = fontName
        self.fontSize = fontSize
        self.fontColor = fontColor
        self.backgroundColor = backgroundColor
        self.wrapsText = wrapsText
        self.horizontalAlignment = horizontalAlignment
        self.verticalAlignment = verticalAlignment
        self.border = border
        self.borderColor = borderColor
        self.numberFormat = numberFormat
    }

    /// Excel's look for hyperlinks: blue and underlined. Links written without a style get it.
    public static let hyperlink = CellStyle(underline: true, fontColor: .hyperlinkBlue)
}

extension CellStyle.HorizontalAlignment {
    var libraryValue: UInt8 {
        let value: lxw_format_alignments
        switch self {
        case .left: value = LXW_ALIGN_LEFT
        case .center: value = LXW_ALIGN_CENTER
        case .right: value = LXW_ALIGN_RIGHT
        case .fill: value = LXW_ALIGN_FILL
        case .justify: value = LXW_ALIGN_JUSTIFY
        case .centerAcrossSelection: value = LXW_ALIGN_CENTER_ACROSS
        case .distributed: value = LXW_ALIGN_DISTRIBUTED
        }
        return UInt8(value.rawValue)
    }
}

extension CellStyle.VerticalAlignment {
    var libraryValue: UInt8 {
        let value: lxw_format_alignments
        switch self {
        case .top: value = LXW_ALIGN_VERTICAL_TOP
        case .center: value = LXW_ALIGN_VERTICAL_CENTER
        case .bottom: value = LXW_ALIGN_VERTICAL_BOTTOM
        case .justify: value = LXW_ALIGN_VERTICAL_JUSTIFY
        case .distributed: value = LXW_ALIGN_VERTICAL_DISTRIBUTED
        }
        return UInt8(value.rawValue)
    }
}

extension CellStyle.BorderStyle {
    var libraryValue: UInt8 {
        let value: lxw_format_borders
        switch self {
        case .thin: value = LXW_BORDER_THIN
        case .medium: value = LXW_BORDER_MEDIUM
        case .thick: value = LXW_BORDER_THICK
        case .dashed: value = LXW_BORDER_DASHED
        case .dotted: value = LXW_BORDER_DOTTED
        case .double: value = LXW_BORDER_DOUBLE
        case .hair: value = LXW_BORDER_HAIR
        }
        return UInt8(value.rawValue)
    }
}
