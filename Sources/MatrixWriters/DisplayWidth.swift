/// How many terminal columns text takes in a monospaced font, so that tables can be padded to align.
///
/// Counted per grapheme cluster (what a reader sees as one character): 2 when the cluster contains an East Asian
/// wide or fullwidth character or an emoji shown as emoji, 0 when it consists only of combining marks, format
/// characters (zero-width spaces and joiners, bidi marks and isolates) and controls, 1 otherwise. Characters of
/// ambiguous East Asian width (●, –, Cyrillic…) count 1, as in every non-CJK terminal.
///
/// ```swift
/// DisplayWidth.of("北京")         // 4
/// DisplayWidth.of("Gene\u{300}ve") // 6
/// DisplayWidth.of("جامعه")        // 5
/// ```
public enum DisplayWidth {
    /// The columns `text` takes.
    public static func of(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars {
            // Grapheme breaking and Unicode properties are slow; most text never needs them.
            guard isOneColumnAlone(scalar) else { return text.reduce(0) { $0 + of($1) } }
            count += 1
        }
        return count
    }

    /// The columns one grapheme cluster takes: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        if scalars.contains(where: isWide) { return 2 }
        // VS16 asks for emoji presentation of a character that defaults to text, such as ❤︎ → ❤️.
        if scalars.contains("\u{FE0F}"), scalars.first?.properties.isEmoji == true { return 2 }
        return scalars.allSatisfy(isZeroWidth) ? 0 : 1
    }

    /// Printable ASCII, Latin-1 and Latin Extended letters (without the soft hyphen), spacing modifiers, and the
    /// dashes, quotes and bullets of General Punctuation: one column each, and never joined into a cluster with
    /// another scalar of this set, so text made only of them is as wide as its scalar count.
    private static func isOneColumnAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF, 0x2010...0x2027, 0x2030...0x205E: return true
        default: return false
        }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isEmojiPresentation || wideRanges.contains { $0.contains(scalar.value) }
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return true
        default: return conjoiningJamo.contains { $0.contains(scalar.value) }
        }
    }

    /// East Asian Wide (W) and Fullwidth (F) blocks of Unicode 15 that are not emoji (emoji are found by their
    /// presentation property): Hangul Jamo, CJK radicals to Yi, Hangul syllables, CJK compatibility, vertical and
    /// small forms, fullwidth forms, Tangut, Kana supplements, enclosed ideographs, CJK extensions B–H.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x3247, 0x3250...0x4DBF, 0x4E00...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1AFF0...0x1B2FF, 0x1F200...0x1F202, 0x1F210...0x1F23B,
        0x1F240...0x1F248, 0x1F250...0x1F251, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// Hangul vowel and final-consonant jamo, which join the preceding leading jamo into one wide syllable.
    private static let conjoiningJamo: [ClosedRange<UInt32>] = [0x1160...0x11FF, 0xD7B0...0xD7FF]
}
