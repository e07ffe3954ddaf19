import CasebookModel

/// How a dataset writes its dates.
public enum DatasetDateFormat: String, Sendable, Hashable, CaseIterable {
    /// `1993-03-07`.
    case day = "YYYY-MM-DD"
    /// `1993-03`.
    case month = "YYYY-MM"
    /// `1993`.
    case year = "YYYY"

    /// Parses a cell, checking the calendar (no 30 February); nil when the text is not in this format.
    public func parse(_ text: String) -> PartialDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2].prefix(self == .day ? 3 : self == .month ? 2 : 1)
        guard parts.count == widths.count,
              zip(parts, widths).allSatisfy({ part, width in part.count == width && part.allSatisfy { ("0"..."9").contains($0) } }),
              let year = Int(parts[0]) else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let day = parts.count > 2 ? Int(parts[2]) : nil
        if let month, !(1...12).contains(month) { return nil }
        if let month, let day, !(1...Self.days(inMonth: month, of: year)).contains(day) { return nil }
        return PartialDate(year: year, month: month, day: day)
    }

    private static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
