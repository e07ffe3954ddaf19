import CasebookModel
import Foundation

/// The workbook's creation time, taken from the casebook instead of the clock so that the same inputs give the
/// same bytes: the latest date any case carries (start or end, missing month and day read as 1), at midnight UTC,
/// or 2000-01-01 when no case is dated.
///
/// ```swift
/// CreationDate(casebook: casebook).text   // "2024-08-15"
/// ```
struct CreationDate: Sendable, Hashable {
    /// Used when no case has a date.
    static let fallback = PartialDate(year: 2000, month: 1, day: 1)
    /// libxlsxwriter writes times from 1970-01-01T00:00:01Z to 9999-12-31T23:59:59Z; dates outside are clamped.
    private static let writableSeconds = 1...253_402_300_799

    /// The date chosen.
    let date: PartialDate
    /// Whether it is ``fallback`` because no case is dated.
    let isFallback: Bool

    /// The latest case date of `casebook`, or the fallback.
    init(casebook: Casebook) {
        let dates = casebook.cases.flatMap { [$0.date.from, $0.date.to].compactMap { $0 } }
        date = dates.max() ?? Self.fallback
        isFallback = dates.isEmpty
    }

    /// "YYYY-MM-DD".
    var text: String {
        PartialDate(year: date.year, month: date.month ?? 1, day: date.day ?? 1).description
    }

    /// The moment as a `Date`, clamped to what an XLSX file can record.
    var moment: Date {
        // Parts outside their ranges are clamped first, so the arithmetic below cannot overflow.
        let year = min(max(date.year, 1969), 10_000)
        let month = min(max(date.month ?? 1, 1), 12), day = min(max(date.day ?? 1, 1), 31)
        let seconds = Self.daysSince1970(year: year, month: month, day: day) * 86_400
        return Date(timeIntervalSince1970: TimeInterval(min(max(seconds, Self.writableSeconds.lowerBound),
                                                            Self.writableSeconds.upperBound)))
    }

    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Howard Hinnant's `days_from_civil`),
    /// computed without a calendar object so that no time zone or locale can shift it.
    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
