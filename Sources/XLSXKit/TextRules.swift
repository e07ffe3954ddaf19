/// Excel's and XML's limits on text, checked before anything reaches libxlsxwriter.
///
/// Lengths are counted in UTF-16 code units because that is how Excel counts characters; libxlsxwriter 1.1.4
/// counts Unicode scalars, so it would accept up to twice Excel's limit of text outside the Basic Multilingual
/// Plane.
enum TextRules {
    /// Excel's limit for the text of one cell.
    static let cellTextLimit = 32_767
    /// Excel's limit for the text of one note (cell comment).
    static let noteLimit = 32_767
    /// Excel's limit for the length of a formula.
    static let formulaLimit = 8_192
    /// Excel's limit for a hyperlink target (LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED in libxlsxwriter).
    static let urlLimit = 2_079
    /// Excel's limit for hyperlink tooltips, header and footer texts, and data-validation lists.
    static let shortTextLimit = 255

    /// Checks text that becomes a cell's string. libxlsxwriter escapes control characters in cell strings
    /// (as `_xHHHH_`), so only NUL, which would end the C string early, and the XML non-characters are refused.
    /// The cell's name is only worked out for a message: this check runs for every text cell of a workbook.
    static func checkCellText(_ text: String, operation: String, sheet: String?, cell: @autoclosure () -> String?) throws {
        try checkCharacters(text, allowControls: true, what: "cell text", operation: operation, sheet: sheet, cell: cell())
        try checkLength(text, limit: cellTextLimit, what: "cell text", operation: operation, sheet: sheet, cell: cell())
    }

    /// Checks text that libxlsxwriter writes into XML verbatim (notes, properties, formulas, titles, links):
    /// control characters other than tab, line feed and carriage return would make the file unreadable.
    static func checkPlainText(
        _ text: String, limit: Int?, what: String, operation: String, sheet: String? = nil, cell: String? = nil
    ) throws {
        try checkCharacters(text, allowControls: false, what: what, operation: operation, sheet: sheet, cell: cell)
        if let limit {
            try checkLength(text, limit: limit, what: what, operation: operation, sheet: sheet, cell: cell)
        }
    }

    /// Protects literal `_xHHHH_` sequences in cell text: Excel reads them as escaped characters (so
    /// "_x0041_" would show as "A"). Escaping the underscore as `_x005F_` makes Excel show the text as written.
    static func escapedForCell(_ text: String) -> String {
        guard containsEscapeStart(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x",
                scalars[index + 2...index + 5].allSatisfy({ $0.properties.isASCIIHexDigit }),
                scalars[index + 6] == "_"
            {
                output.append(contentsOf: "_x005F".unicodeScalars)
            }
            output.append(scalars[index])
            index += 1
        }
        return String(output)
    }

    /// Whether `text` holds "_x": a byte scan, since this runs for every text cell and Foundation's `contains`
    /// bridges the string to NSString first.
    private static func containsEscapeStart(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "_") && byte == UInt8(ascii: "x") { return true }
            previous = byte
        }
        return false
    }

    private static func checkCharacters(
        _ text: String, allowControls: Bool, what: String, operation: String, sheet: String?, cell: @autoclosure () -> String?
    ) throws {
        // Most text is ASCII without a refused control character: one pass over its bytes settles it.
        let plainASCII = text.utf8.allSatisfy { byte in
            byte < 0x80 && byte != 0 && (allowControls || byte >= 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D)
        }
        if plainASCII { return }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let refused: String?
            switch value {
            case 0:
                refused = "\(what) contains a NUL character"
            case 0xFFFE, 0xFFFF:
                refused = "\(what) contains U+\(String(value, radix: 16, uppercase: true)), which XML cannot store"
            case 0x09, 0x0A, 0x0D:
                refused = nil
            case 0x01...0x1F where !allowControls:
                refused = "\(what) contains the control character U+\(hex4(value)), which XML cannot store"
            default:
                refused = nil
            }
            if let refused {
                throw XLSXError(.invalidText, refused, operation: operation, sheet: sheet, cell: cell())
            }
        }
    }

    private static func checkLength(
        _ text: String, limit: Int, what: String, operation: String, sheet: String?, cell: @autoclosure () -> String?
    ) throws {
        let length = text.utf16.count
        guard length > limit else { return }
        throw XLSXError(
            .textTooLong,
            "\(what) is \(length) characters long (UTF-16 units); Excel allows at most \(limit)",
            operation: operation, sheet: sheet, cell: cell())
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
