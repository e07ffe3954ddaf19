/// An RGB colour for fonts, fills, borders, tabs and colour scales.
///
/// ```swift
/// let amber = XLSXColor(rgb: 0xFFC000)
/// let fromHex = XLSXColor(hex: "#63BE7B")   // optional: nil for malformed text
/// amber.hex                                 // "FFC000"
/// ```
public struct XLSXColor: Hashable, Sendable, CustomStringConvertible {
    /// The colour as 0xRRGGBB.
    public let rgb: UInt32

    /// A colour from 0xRRGGBB; bits above the low 24 are ignored.
    public init(rgb: UInt32) {
        self.rgb = rgb & 0xFF_FFFF
    }

    /// A colour from six hexadecimal digits, with or without a leading "#"; nil if malformed.
    public init?(hex: String) {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16)
        else { return nil }
        self.init(rgb: value)
    }

    /// Six upper-case hexadecimal digits, "RRGGBB", as styles.xml writes them (after an "FF" alpha byte).
    public var hex: String {
        let text = String(rgb, radix: 16, uppercase: true)
        return String(repeating: "0", count: 6 - text.count) + text
    }

    /// "#RRGGBB".
    public var description: String { "#" + hex }

    /// The value libxlsxwriter expects: it reads 0 as "no colour", so black has its own marker value
    /// (`LXW_COLOR_BLACK`, 0x1000000).
    var libraryValue: UInt32 { rgb == 0 ? 0x100_0000 : rgb }

    /// Black, 000000.
    public static let black = XLSXColor(rgb: 0x000000)
    /// White, FFFFFF.
    public static let white = XLSXColor(rgb: 0xFFFFFF)
    /// Excel's default hyperlink blue, 0563C1.
    public static let hyperlinkBlue = XLSXColor(rgb: 0x0563C1)
    /// The red end of Excel's default three-colour scale, F8696B.
    public static let scaleRed = XLSXColor(rgb: 0xF8696B)
    /// The middle of Excel's default three-colour scale, FFEB84.
    public static let scaleYellow = XLSXColor(rgb: 0xFFEB84)
    /// The green end of Excel's default three-colour scale, 63BE7B.
    public static let scaleGreen = XLSXColor(rgb: 0x63BE7B)
}
