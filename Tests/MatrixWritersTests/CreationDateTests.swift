import CasebookModel
import Foundation
import Testing
@testable import MatrixWriters

@Suite struct CreationDateTests {
    private func casebook(_ dates: [CaseDate]) -> Casebook {
        Casebook(sources: [], eras: [], cases: dates.enumerated().map { number, date in
            Case(id: "case-\(number)", name: "Case", era: "era", date: date, venue: nil, kind: .talks, outcome: .failed, sameAs: [],
                 parties: [], mediators: [], guarantors: [], observations: [], notInSources: [], conflicts: [])
        }, conflicts: [])
    }

    @Test func takesTheLatestStartOrEndDateAtMidnightUTC() {
        let date = CreationDate(casebook: casebook([
            CaseDate(from: PartialDate(year: 1988, month: 4, day: 14)),
            CaseDate(from: PartialDate(year: 2019), to: PartialDate(year: 2020, month: 2)),
            CaseDate(from: PartialDate(year: 2020, month: 1, day: 31)),
            .unknown,
        ]))
        #expect(date.date == PartialDate(year: 2020, month: 2))
        #expect(!date.isFallback)
        #expect(date.text == "2020-02-01")
        #expect(date.moment == Date(timeIntervalSince1970: 1_580_515_200))
    }

    @Test func fallsBackToTheFirstDayOf2000WithoutDatedCases() {
        let date = CreationDate(casebook: casebook([.unknown]))
        #expect(date.isFallback)
        #expect(date.text == "2000-01-01")
        #expect(date.moment == Date(timeIntervalSince1970: 946_684_800))
    }

    @Test func clampsDatesAnXLSXFileCannotRecord() {
        #expect(CreationDate(casebook: casebook([CaseDate(from: PartialDate(year: 1929, month: 10))])).moment
            == Date(timeIntervalSince1970: 1))
        #expect(CreationDate(casebook: casebook([CaseDate(from: PartialDate(year: 123_456))])).moment
            == Date(timeIntervalSince1970: 253_402_300_799))
    }

    @Test(arguments: [(1970, 1, 1, 0), (2000, 3, 1, 11_017), (1969, 12, 31, -1), (2024, 2, 29, 19_782)])
    func countsDaysLikeTheProlepticGregorianCalendar(year: Int, month: Int, day: Int, days: Int) {
        #expect(CreationDate.daysSince1970(year: year, month: month, day: day) == days)
    }
}
