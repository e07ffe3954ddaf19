/// What a cell's style resolves to in styles.xml: font, fill, alignment, borders and number format.
///
/// Colours are six upper-case hex digits ("FF0000") when given as RGB, nil when absent or given as a theme or
/// indexed colour.
public struct CellFormatFacts: Sendable, Equatable {
    /// Bold font.
    public var bold = false
    /// Italic font.
    public var italic = false
    /// Underlined font.
    public var underline = false
    /// Font name.
    public var fontName: String?
    /// Font size in points.
    public var fontSize: Double?
    /// Font colour, RRGGBB.
    public var fontColor: String?
    /// Fill pattern ("solid", "none", "gray125"…), nil when absent.
    public var fillPattern: String?
    /// Fill colour of a solid fill, RRGGBB.
    public var fillColor: String?
    /// Text wraps.
    public var wrapText = false
    /// Horizontal alignment ("center", "left"…), nil for general.
    public var horizontalAlignment: String?
    /// Vertical alignment ("top", "center"…), nil for bottom.
    public var verticalAlignment: String?
    /// Border styles by side, "left", "right", "top", "bottom" → "thin", "medium"…; absent sides are left out.
    public var borders: [String: String] = [:]
    /// Border colours by side, RRGGBB.
    public var borderColors: [String: String] = [:]
    /// The number format's id.
    public var numberFormatID = 0
    /// The number format's code: custom codes from styles.xml, Excel's codes for built-in ids, "General" for 0.
    public var numberFormat = "General"

    /// Facts of Excel's default format.
    public init() {}
}
