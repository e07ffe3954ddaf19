/// A date or date range as precise as the source allows; unknown when the documents give no year.
public struct CaseDate: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The start, or the single date; nil when unknown.
    public var from: PartialDate?
    /// The end of a range; nil for a single date.
    public var to: PartialDate?

    /// Creates a date.
    public init(from: PartialDate?, to: PartialDate? = nil) {
        self.from = from
        self.to = to
    }

    /// The unknown date.
    public static let unknown = CaseDate(from: nil)

    /// The first year, used by lesson conditions (`year`) and sorting.
    public var year: Int? { from?.year }

    /// "1988-04-14", "1989/1990", or "unknown".
    public var description: String {
        guard let from else { return "unknown" }
        guard let to else { return from.description }
        return "\(from)/\(to)"
    }
}

/// A year, a year and month, or a full date.
public struct PartialDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The year.
    public var year: Int
    /// 1–12 when known.
    public var month: Int?
    /// 1–31 when known.
    public var day: Int?

    /// Creates a date.
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO 8601 at the known precision: "1988", "1988-04", "1988-04-14".
    public var description: String {
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let day { text += String(format: "-%02d", day) }
        return text
    }

    /// Chronological; a less precise date sorts before a more precise one in the same period.
    public static func < (l: PartialDate, r: PartialDate) -> Bool {
        (l.year, l.month ?? 0, l.day ?? 0) < (r.year, r.month ?? 0, r.day ?? 0)
    }
}
