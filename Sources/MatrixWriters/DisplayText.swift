/// Makes text from the inputs safe to place in a plain-text or Markdown table: nothing in a cell can start a new
/// line, hide itself or reorder the table around it.
///
/// - LF, CR and tab become the two-character escapes `\n`, `\r` and `\t`.
/// - Other control characters (C0, DEL, C1), bidi embeddings, overrides and isolates (U+202A–U+202E,
///   U+2066–U+2069), bidi marks (U+200E, U+200F, U+061C), zero-width characters (U+200B–U+200D, U+2060–U+2064,
///   U+FEFF), the line and paragraph separators (U+2028, U+2029) and interlinear annotation marks
///   (U+FFF9–U+FFFB) are shown as `<U+202E>` and the like.
/// - Except: ZERO WIDTH NON-JOINER and JOINER (U+200C, U+200D) between two right-to-left letters stay, because
///   Dari and Pashto spell words with them (`درس‌های`); spelling them out would corrupt the names analysts read.
///
/// The escapes are for reading, not for round-tripping: a literal `\n` in the input looks the same. The CSV files
/// keep every character as it is.
///
/// ```swift
/// DisplayText.isolated(DisplayText.visible("a\nb\u{202E}c"))  // "a\\nb<U+202E>c"
/// DisplayText.isolated("جامعه")                                 // "\u{2068}جامعه\u{2069}"
/// ```
public enum DisplayText {
    /// `text` with line breaks escaped and invisible or reordering characters spelled out.
    public static func visible(_ text: String) -> String {
        var result = ""
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case _ where isJoinerInsideRightToLeftWord(scalars, at: index):
                result.unicodeScalars.append(scalar)
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.properties.generalCategory == .control || isInvisible(scalar):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE when it contains right-to-left letters
    /// (Arabic script, as in Dari and Pashto names, Hebrew, Syriac, Thaana, N'Ko…), so the bidi algorithm lays it
    /// out on its own and it cannot reorder the columns around it; unchanged otherwise. Both marks take no width.
    /// Apply it after ``visible(_:)``, which spells out any isolate already in the input, so the pair always matches.
    public static func isolated(_ text: String) -> String {
        text.unicodeScalars.contains(where: isRightToLeft) ? "\u{2068}" + text + "\u{2069}" : text
    }

    private static func isJoinerInsideRightToLeftWord(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        (scalars[index] == "\u{200C}" || scalars[index] == "\u{200D}") && index > 0 && index + 1 < scalars.count
            && isRightToLeft(scalars[index - 1]) && isRightToLeft(scalars[index + 1])
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        invisibleRanges.contains { $0.contains(scalar.value) }
    }

    private static let invisibleRanges: [ClosedRange<UInt32>] = [
        0x061C...0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF...0xFEFF,
        0xFFF9...0xFFFB,
    ]

    private static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        rightToLeftRanges.contains { $0.contains(scalar.value) }
    }

    /// Blocks whose letters are right-to-left: Hebrew to Arabic Extended-A, the Hebrew and Arabic presentation
    /// forms, and the right-to-left scripts of the supplementary planes.
    private static let rightToLeftRanges: [ClosedRange<UInt32>] = [
        0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFE, 0x10800...0x10FFF, 0x1E800...0x1EFFF,
    ]
}
