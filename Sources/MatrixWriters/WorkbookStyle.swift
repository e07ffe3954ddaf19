import XLSXKit

/// The cell styles of the analyst workbook, in one place so that every sheet looks the same.
enum WorkbookStyle {
    /// Grey for `n/e` and other cells that carry no value.
    static let grey = XLSXColor(rgb: 0x808080)
    /// The fill of the cells an analyst may edit (the weights).
    static let editableFill = XLSXColor(rgb: 0xFFF2CC)
    private static let headerFill = XLSXColor(rgb: 0xDDEBF7)
    private static let gridColor = XLSXColor(rgb: 0xBFBFBF)

    /// The sheet's title in its first cell.
    static let title = CellStyle(bold: true, fontSize: 14)
    /// One line explaining the sheet, under the title.
    static let caption = CellStyle(italic: true, fontColor: XLSXColor(rgb: 0x595959))
    /// The title of a section of a sheet that holds several tables.
    static let section = CellStyle(bold: true, fontSize: 12)
    /// Column headers: bold on a light fill, bordered, wrapped at word boundaries.
    static let header = CellStyle(bold: true, backgroundColor: headerFill, wrapsText: true, verticalAlignment: .center,
                                  border: .thin, borderColor: gridColor)
    /// Text in a table.
    static let text = body()
    /// Text that always wraps, such as quotes.
    static let wrappedText = body(wrapsText: true)
    /// A score on the rubric's scale, shown with three decimals.
    static let score = body(numberFormat: "0.000")
    /// The weighted index, shown with three decimals.
    static let index = body(bold: true, numberFormat: "0.000")
    /// A whole number: ranks, counts, levels.
    static let integer = body(horizontalAlignment: .center, numberFormat: "0")
    /// A number shown as it is: weights, observed values, settings.
    static let plainNumber = body(horizontalAlignment: .right)
    /// A probability or share, shown with three decimals.
    static let probability = body(numberFormat: "0.000")
    /// A percentage such as a weight change.
    static let percent = body(horizontalAlignment: .right, numberFormat: "0.0%")
    /// `n/e`: no value because the evidence is insufficient, in grey.
    static let notEvaluated = body(fontColor: grey, horizontalAlignment: .center)
    /// A bold `n/e`, for the index column.
    static let notEvaluatedIndex = body(bold: true, fontColor: grey, horizontalAlignment: .center)
    /// A weight an analyst may edit.
    static let editableWeight = body(backgroundColor: editableFill, horizontalAlignment: .right)
    /// A weight repeated from the Rubric sheet above a matrix, in grey italics.
    static let linkedWeight = CellStyle(italic: true, fontColor: grey, horizontalAlignment: .right)
    /// The label of the linked weights, right-aligned so that it runs into the empty cells on its left.
    static let linkedWeightLabel = CellStyle(italic: true, fontColor: grey, horizontalAlignment: .right)
    /// A lesson status symbol, centred and a little larger.
    static let symbol = body(fontSize: 13, horizontalAlignment: .center)
    /// A key in a key–value list (About sheet, settings).
    static let key = body(bold: true)
    /// A link to another place in the workbook: Excel's hyperlink blue, underlined.
    static let link = body(underline: true, fontColor: XLSXColor(rgb: 0x0563C1))

    private static func body(
        bold: Bool = false, underline: Bool = false, fontSize: Double? = nil, fontColor: XLSXColor? = nil, backgroundColor: XLSXColor? = nil,
        wrapsText: Bool = false, horizontalAlignment: CellStyle.HorizontalAlignment? = nil, numberFormat: String? = nil
    ) -> CellStyle {
        CellStyle(bold: bold, underline: underline, fontSize: fontSize, fontColor: fontColor, backgroundColor: backgroundColor, wrapsText: wrapsText,
                  horizontalAlignment: horizontalAlignment, verticalAlignment: .top, border: .thin, borderColor: gridColor,
                  numberFormat: numberFormat)
    }
}
