import CasebookModel
import Testing

@Suite struct CoverageReportTests {
    @Test func cellsCountObservationsAndEvidencePerDimension() throws {
        let casebook = try CasebookLoader.load(Fixtures.files(), rubric: TestRubric.rubric)
        let report = CoverageReport(casebook: casebook, rubric: TestRubric.rubric)
        #expect(report.dimensionIDs == ["inclusivity", "guarantors", "monitoring", "process"])
        #expect(report.rows == [
            .init(caseID: "accord-a", cells: [
                .observed(observations: 1, evidence: 2), .observed(observations: 1, evidence: 1),
                .notInSources(note: "No document describes monitoring."), .notInSources(note: "The rounds are not described."),
            ]),
            // spoiler_unchecked is a context indicator and counts for no dimension.
            .init(caseID: "talks-b", cells: [.missing, .missing, .missing, .observed(observations: 3, evidence: 3)]),
        ])
        #expect(report.missingCount == 3)
    }

    @Test func textTableWithLegend() throws {
        let casebook = try CasebookLoader.load(Fixtures.files(), rubric: TestRubric.rubric)
        #expect(CoverageReport(casebook: casebook, rubric: TestRubric.rubric).text == """
            Coverage of rubric 'test': 2 cases × 4 dimensions

            case      1    2    3  4
            accord-a  1/2  1/1  -  -
            talks-b   !    !    !  3/3

            Dimensions:
              1  inclusivity
              2  guarantors
              3  monitoring
              4  process
            Symbols:
              n/e  observed: n observations citing e evidence items
              -    not in sources: the case notes the documents are silent
              !    missing: neither observed nor listed in not_in_sources (an error)

            Missing: 3 of 8 cells.

            """)
    }

    @Test func missingCellsAreErrorsAtTheCaseID() throws {
        let loaded = try CasebookLoader.loadWithPositions(Fixtures.files(), rubric: TestRubric.rubric)
        let report = CoverageReport(casebook: loaded.casebook, rubric: TestRubric.rubric)
        let at = "Casebook/cases/talks-b.yaml:1:5:"
        #expect(report.diagnostics(positions: loaded.positions).map(\.description) == [
            "\(at) case 'talks-b' neither observes dimension 'inclusivity' nor lists it in not_in_sources",
            "\(at) case 'talks-b' neither observes dimension 'guarantors' nor lists it in not_in_sources",
            "\(at) case 'talks-b' neither observes dimension 'monitoring' nor lists it in not_in_sources",
        ])
    }
}
