import CasebookModel
import MatrixSupport

/// How imported cases are grouped into eras.
public enum EraPlan: Sendable, Hashable {
    /// One era per decade that has cases: `1990s` covers 1990–1999.
    case decades
    /// Named year ranges, as `--era-by` gives them; a case dated outside every range is a bad row.
    case yearRanges([EraRange])

    /// Parses `--era-by` text: comma-separated `<first>-<last>:<era-id>` items whose ranges do not overlap.
    ///
    /// ```swift
    /// try EraPlan.parse("1990-1995:early-1990s,1996-2001:late-1990s", path: "--era-by")
    /// ```
    /// - Parameter path: what diagnostics name as the file, such as the option's name.
    /// - Throws: every malformed item, bad id, reversed range, overlap and repeated id, each at its column in the text.
    public static func parse(_ text: String, path: String) throws(DiagnosticList) -> EraPlan {
        var ranges: [EraRange] = []
        var diagnostics: [Diagnostic] = []
        var column = 1
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            defer { column += item.count + 1 }
            func fail(_ message: String) { diagnostics.append(Diagnostic(path: path, line: 1, column: column, message: message)) }
            let parts = item.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            let years = parts[0].split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, years.count == 2, let start = year(years[0]), let end = year(years[1]) else {
                fail("era '\(item)' must be <first year>-<last year>:<era id>, such as 1990-1995:early-1990s")
                continue
            }
            let id = String(parts[1])
            guard YAMLReader.isIdentifier(id) else {
                fail("era id '\(id)' must use only a-z, 0-9, '-' and '_', start with a letter or digit, and be at most 64 characters")
                continue
            }
            guard start <= end else {
                fail("era '\(id)' ends (\(end)) before it starts (\(start))")
                continue
            }
            if ranges.contains(where: { $0.id == id }) {
                fail("era id '\(id)' is given twice")
                continue
            }
            if let overlap = ranges.first(where: { $0.start <= end && start <= $0.end }) {
                fail("era '\(id)' (\(start)–\(end)) overlaps era '\(overlap.id)' (\(overlap.start)–\(overlap.end))")
                continue
            }
            ranges.append(EraRange(id: id, start: start, end: end))
        }
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        return .yearRanges(ranges)
    }

    /// The era a year falls in, or nil when it falls in none.
    func era(for year: Int) -> Era? {
        switch self {
        case .decades:
            let start = year - ((year % 10) + 10) % 10
            return Era(id: "\(start)s", name: "\(start)s", start: start, end: start + 9)
        case let .yearRanges(ranges):
            return ranges.first { ($0.start...$0.end).contains(year) }.map { Era(id: $0.id, name: $0.id, start: $0.start, end: $0.end) }
        }
    }

    /// The ranges, for messages about a year that falls in none.
    var description: String {
        switch self {
        case .decades: return "one era per decade"
        case let .yearRanges(ranges): return ranges.map { "\($0.id) \($0.start)–\($0.end)" }.joined(separator: ", ")
        }
    }

    private static func year(_ text: Substring) -> Int? {
        guard text.count == 4, text.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return Int(text)
    }
}
