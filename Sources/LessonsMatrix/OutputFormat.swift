import Foundation

/// The formats `build` writes.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable, Comparable {
    /// `matrix.xlsx`, the analyst workbook.
    case xlsx
    /// The wide and long CSV files.
    case csv
    /// `matrix.txt`, aligned plain-text tables.
    case txt
    /// `matrix.md`, Markdown tables.
    case md

    /// Parses a comma-separated list such as `xlsx,csv`.
    /// - Throws: ``ToolError/usage(_:)`` naming the valid formats.
    public static func parseList(_ text: String) throws(ToolError) -> Set<OutputFormat> {
        var formats = Set<OutputFormat>()
        for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            guard let format = OutputFormat(rawValue: part) else {
                throw .usage("unknown format '\(part)'; use a comma-separated list of xlsx, csv, txt, md")
            }
            formats.insert(format)
        }
        if formats.isEmpty { throw .usage("no format given; use a comma-separated list of xlsx, csv, txt, md") }
        return formats
    }

    /// Declaration order.
    public static func < (l: OutputFormat, r: OutputFormat) -> Bool {
        allCases.firstIndex(of: l)! < allCases.firstIndex(of: r)!
    }
}
