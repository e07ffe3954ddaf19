/// How a worksheet prints: orientation, paper, scaling, repeated rows, margins, header and footer.
///
/// ```swift
/// var setup = PageSetup(orientation: .landscape, paper: .a4)
/// setup.fitToPagesWide = 1          // as many pages tall as needed
/// setup.repeatRows = 0...0          // the header row on every page
/// setup.footer = "&LLessons matrix&RPage &P of &N"
/// try sheet.setPageSetup(setup)
/// ```
public struct PageSetup: Hashable, Sendable {
    /// Page orientation.
    public enum Orientation: Hashable, Sendable {
        /// Upright or sideways pages.
        case portrait, landscape
    }

    /// Paper size, by Excel's paper code.
    public enum Paper: Hashable, Sendable {
        /// Common sizes: US Letter (code 1), US Legal (5), A3 (8), A4 (9), A5 (11).
        case letter, legal, a3, a4, a5
        /// Any other of Excel's paper codes (1–41; 0 is the printer's default).
        case code(UInt8)

        var code: UInt8 {
            switch self {
            case .letter: 1
            case .legal: 5
            case .a3: 8
            case .a4: 9
            case .a5: 11
            case .code(let value): value
            }
        }
    }

    /// Page margins in inches.
    public struct Margins: Hashable, Sendable {
        /// Left margin.
        public var left: Double
        /// Right margin.
        public var right: Double
        /// Top margin.
        public var top: Double
        /// Bottom margin.
        public var bottom: Double

        /// Margins in inches; Excel's defaults are 0.7 left and right, 0.75 top and bottom.
        public init(left: Double = 0.7, right: Double = 0.7, top: Double = 0.75, bottom: Double = 0.75) {
            self.left = left
            self.right = right
            self.top = top
            self.bottom = bottom
        }
    }

    /// Orientation; portrait by default.
    public var orientation: Orientation
    /// Paper; nil for the printer's default.
    public var paper: Paper?
    /// Scales the sheet to this many pages wide; nil for no fitting.
    public var fitToPagesWide: Int?
    /// With ``fitToPagesWide``, this many pages tall; 0 means as many as needed.
    public var fitToPagesTall: Int
    /// Zero-based rows printed at the top of every page.
    public var repeatRows: ClosedRange<Int>?
    /// Zero-based columns printed at the left of every page.
    public var repeatColumns: ClosedRange<Int>?
    /// Margins; nil for Excel's defaults.
    public var margins: Margins?
    /// Header text with Excel's codes (`&L`, `&C`, `&R`, `&P`, `&N`, `&A`…), at most 255 characters.
    public var header: String?
    /// Footer text, as for ``header``.
    public var footer: String?
    /// Centres the printed area between the left and right margins.
    public var centerHorizontally: Bool

    /// A page setup; every argument defaults to Excel's default.
    public init(
        orientation: Orientation = .portrait,
        paper: Paper? = nil,
        fitToPagesWide: Int? = nil,
        fitToPagesTall: Int = 0,
        repeatRows: ClosedRange<Int>? = nil,
        repeatColumns: ClosedRange<Int>? = nil,
        margins: Margins? = nil,
        header: String? = nil,
        footer: String? = nil,
        centerHorizontally: Bool = false
    ) {
        self.orientation = orientation
        self.paper = paper
        self.fitToPagesWide = fitToPagesWide
        self.fitToPagesTall = fitToPagesTall
        self.repeatRows = repeatRows
        self.repeatColumns = repeatColumns
        self.margins = margins
        self.header = header
        self.footer = footer
        self.centerHorizontally = centerHorizontally
    }
}
