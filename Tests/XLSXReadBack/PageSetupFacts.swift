/// How a sheet prints, from its pageSetup, pageMargins, printOptions, sheetPr and headerFooter elements and
/// the workbook's print-titles name.
public struct PageSetupFacts: Sendable, Equatable {
    /// "portrait" or "landscape"; nil when not stated (Excel's default is portrait).
    public var orientation: String?
    /// Excel's paper code, nil when not stated.
    public var paperSize: Int?
    /// Whether fitting to pages is on (sheetPr/pageSetUpPr fitToPage).
    public var fitToPage = false
    /// Pages wide when fitting; 1, Excel's default, when not stated.
    public var fitToWidth = 1
    /// Pages tall when fitting (0 means as many as needed); 1, Excel's default, when not stated.
    public var fitToHeight = 1
    /// Margins in inches: "left", "right", "top", "bottom", "header", "footer".
    public var margins: [String: Double] = [:]
    /// Odd-page header text with Excel's codes.
    public var header: String?
    /// Odd-page footer text with Excel's codes.
    public var footer: String?
    /// Whether gridlines print.
    public var printGridlines = false
    /// Whether the print is centred horizontally.
    public var centeredHorizontally = false
    /// The `_xlnm.Print_Titles` defined name of this sheet, such as "'Era matrix'!$1:$1".
    public var printTitles: String?

    /// Facts of Excel's default setup.
    public init() {}
}
