/// The writing system of a passage, by the letters it is written in.
public enum TextScript: String, Sendable, Hashable, Codable, CaseIterable {
    /// Latin letters: English here.
    case latin
    /// Arabic-script letters: Dari, Pashto or Persian in this corpus.
    case arabic
    /// No script holds more than half of the letters.
    case mixed
    /// Another script, or no letters at all.
    case other

    /// The script more than half of the letters of `text` belong to.
    ///
    /// ```swift
    /// TextScript.of("پس از امضای توافقنامه")  // .arabic
    /// ```
    public static func of(_ text: String) -> TextScript {
        var latin = 0, arabic = 0, letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: latin += 1
            case 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: arabic += 1
            default: break
            }
        }
        if letters == 0 { return .other }
        if latin * 2 > letters { return .latin }
        if arabic * 2 > letters { return .arabic }
        return latin + arabic == 0 ? .other : .mixed
    }

    /// "Latin script", "Arabic script (Dari, Pashto or Persian)".
    public var label: String {
        switch self {
        case .latin: return "Latin script"
        case .arabic: return "Arabic script (Dari, Pashto or Persian)"
        case .mixed: return "mixed scripts"
        case .other: return "other script"
        }
    }
}
