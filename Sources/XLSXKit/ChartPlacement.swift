/// Where and how large a chart sits on a worksheet, in pixels.
///
/// ```swift
/// try sheet.insertChart(chart, at: CellReference(row: 1, column: 8),
///                       placement: ChartPlacement(width: 720, height: 432, altText: "Scores by era"))
/// ```
public struct ChartPlacement: Hashable, Sendable {
    /// libxlsxwriter's default chart width in pixels.
    public static let defaultWidth = 480.0
    /// libxlsxwriter's default chart height in pixels.
    public static let defaultHeight = 288.0

    /// Width in pixels.
    public var width: Double
    /// Height in pixels.
    public var height: Double
    /// Horizontal offset from the anchor cell's left edge, in pixels.
    public var xOffset: Int
    /// Vertical offset from the anchor cell's top edge, in pixels.
    public var yOffset: Int
    /// Description for screen readers; nil for none.
    public var altText: String?

    /// A placement; the defaults give libxlsxwriter's 480 × 288 chart at the cell's corner.
    public init(
        width: Double = ChartPlacement.defaultWidth,
        height: Double = ChartPlacement.defaultHeight,
        xOffset: Int = 0,
        yOffset: Int = 0,
        altText: String? = nil
    ) {
        self.width = width
        self.height = height
        self.xOffset = xOffset
        self.yOffset = yOffset
        self.altText = altText
    }
}
