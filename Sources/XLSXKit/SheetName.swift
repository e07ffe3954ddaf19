import Foundation

/// Excel's rules for worksheet names: checking them, repairing a wished name, and quoting names in formulas.
///
/// A valid name has 1 to 31 characters counted as Excel counts them (UTF-16 code units), none of
/// `[ ] : * ? / \`, does not start or end with an apostrophe, and is not the reserved name "History".
/// Excel compares names case-insensitively, so "Evidence" and "EVIDENCE" cannot both exist.
///
/// ```swift
/// try SheetName.validate("Era matrix")                          // fine
/// SheetName.makeValid("Q1/Q2: results", avoiding: [])           // "Q1_Q2_ results"
/// SheetName.makeValid("Evidence", avoiding: ["evidence"])       // "Evidence (2)"
/// SheetName.formulaPrefix("Era matrix")                         // "'Era matrix'!"
/// ```
public enum SheetName {
    /// Excel's longest sheet name, in UTF-16 code units.
    public static let maximumLength = 31

    /// The characters Excel forbids anywhere in a sheet name.
    public static let forbiddenCharacters: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Throws ``XLSXError`` with code ``XLSXError/Code/invalidSheetName`` and a message naming the broken rule.
    public static func validate(_ name: String) throws {
        if let problem = problem(with: name) {
            throw XLSXError(.invalidSheetName, problem, operation: "use the sheet name '\(name)'")
        }
    }

    /// Whether `name` follows Excel's rules.
    public static func isValid(_ name: String) -> Bool { problem(with: name) == nil }

    /// The key under which Excel considers two names equal.
    public static func comparisonKey(_ name: String) -> String { name.lowercased() }

    /// Turns any wished name into a valid one not in `existing` (compared case-insensitively).
    ///
    /// Forbidden and control characters become "_", apostrophes at either end are dropped, the name is cut at
    /// 31 UTF-16 units without splitting a character, an empty result becomes "Sheet", and a clash gets a
    /// " (2)", " (3)", … suffix that still fits in 31 units.
    public static func makeValid(_ wish: String, avoiding existing: some Sequence<String>) -> String {
        let taken = Set(existing.map(comparisonKey))
        var cleaned = String(wish.map { forbiddenCharacters.contains($0) || isControl($0) ? "_" : $0 })
        while cleaned.hasPrefix("'") { cleaned.removeFirst() }
        while cleaned.hasSuffix("'") { cleaned.removeLast() }
        var base = truncated(cleaned, toUTF16: maximumLength)
        while base.hasSuffix("'") { base.removeLast() }
        if base.isEmpty || comparisonKey(base) == "history" { base = base.isEmpty ? "Sheet" : base + "_" }
        if !taken.contains(comparisonKey(base)) { return base }
        var counter = 2
        while true {
            let suffix = " (\(counter))"
            var stem = truncated(base, toUTF16: maximumLength - suffix.utf16.count)
            while stem.hasSuffix("'") { stem.removeLast() }
            let candidate = stem + suffix
            if !taken.contains(comparisonKey(candidate)) { return candidate }
            counter += 1
        }
    }

    /// The sheet name as a formula prefix, "'Era matrix'!" or "Evidence!": quoted (with inner apostrophes
    /// doubled) unless Excel would read the bare name unambiguously.
    public static func formulaPrefix(_ name: String) -> String {
        (needsQuoting(name) ? "'" + name.replacingOccurrences(of: "'", with: "''") + "'" : name) + "!"
    }

    /// Whether Excel needs the name in quotes inside a formula: anything but ASCII letters, digits, "_" and
    /// ".", a leading digit or ".", or a name that reads as a cell reference in A1 ("AB12") or R1C1 ("R", "C2",
    /// "R1C1") notation.
    public static func needsQuoting(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first else { return true }
        let plain = name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "."
        }
        if !plain || ("0"..."9").contains(first) || first == "." { return true }
        if CellReference(a1: name) != nil { return true }
        return looksLikeR1C1(name.uppercased())
    }

    static func problem(with name: String) -> String? {
        if name.isEmpty { return "a sheet name must not be empty" }
        let length = name.utf16.count
        if length > maximumLength {
            return "a sheet name has at most \(maximumLength) characters; this one has \(length)"
        }
        if let bad = name.first(where: { forbiddenCharacters.contains($0) }) {
            return "a sheet name must not contain '\(bad)' (none of [ ] : * ? / \\ is allowed)"
        }
        if name.contains(where: isControl) { return "a sheet name must not contain control characters" }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            return "a sheet name must not start or end with an apostrophe"
        }
        if comparisonKey(name) == "history" { return "Excel reserves the sheet name 'History'" }
        return nil
    }

    private static func isControl(_ character: Character) -> Bool {
        character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    private static func truncated(_ text: String, toUTF16 limit: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let width = character.utf16.count
            if used + width > limit { break }
            result.append(character)
            used += width
        }
        return result
    }

    private static func looksLikeR1C1(_ name: String) -> Bool {
        // R, C, R12, C7, R1C1 are cell references in R1C1 notation, which Excel also accepts in formulas.
        var rest = Substring(name)
        var sawPart = false
        if rest.first == "R" {
            rest = rest.dropFirst()
            rest = rest.drop(while: { $0.isASCII && $0.isNumber })
            sawPart = true
        }
        if rest.first == "C" {
            rest = rest.dropFirst()
            rest = rest.drop(while: { $0.isASCII && $0.isNumber })
            sawPart = true
        }
        return sawPart && rest.isEmpty
    }
}
