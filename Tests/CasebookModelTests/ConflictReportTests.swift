import CasebookModel
import Testing

@Suite struct ConflictReportTests {
    @Test func listsCasebookWideThenPerCaseConflictsWithClaimsAndSources() throws {
        let casebook = try CasebookLoader.load(Fixtures.files(), rubric: TestRubric.rubric)
        #expect(ConflictReport(casebook: casebook).text == """
            Conflicts: 2

            late-fall-year (era late): year Kabul fell
              - "2021": brief, brief.txt § Brief, line 3: "Kabul fell in 2021."
              - "2023": brief, brief.txt § Brief, line 4: "Kabul fell in 2023."

            accord-a-year (case accord-a): year of the accord
              - "1988": study, study.txt § Failures, line 6: "The negotiations were held in 1988"
              - "1989": brief, brief.txt § Brief, line 2: "The accord was signed in 1989."
              note: Both claims are kept.

            """)
    }

    @Test func aCasebookWithoutConflictsSaysSo() throws {
        let casebook = try CasebookLoader.load(Fixtures.files(cases: [], conflicts: nil), rubric: TestRubric.rubric)
        #expect(ConflictReport(casebook: casebook).lines == ["Conflicts: none"])
    }
}
