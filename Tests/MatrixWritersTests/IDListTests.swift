import CasebookModel
import ScoringEngine
import Testing
@testable import MatrixWriters

@Suite struct IDListTests {
    @Test func joinsIdsAndSaysNoneForNone() {
        #expect(IDList.text(["geneva-1988", "beijing-1990"]) == "geneva-1988, beijing-1990")
        #expect(IDList.text([]) == "none")
    }

    @Test func countsTheIdsPastTheLimit() {
        #expect(IDList.text(["a", "b", "c", "d", "e"], limit: 2) == "a, b and 3 more")
        #expect(IDList.text(["a", "b"], limit: 2) == "a, b")
    }

    @Test func aLessonNoteOfADatasetScaleEraStaysShort() {
        let ids = (0..<5_000).map { "pa-x-agreement-\($0)" }
        let cell = LessonCell(lessonID: "exclusion-fails", eraID: "republic-taliban", status: .observed, supportingCaseIDs: ids,
                              contraryCaseIDs: [], undecidedCaseIDs: ids, evidenceIDs: [])
        let note = LessonsSheet.note(cell, evidence: [:])
        #expect(note.contains("Supporting cases: pa-x-agreement-0, pa-x-agreement-1, "))
        #expect(note.contains("pa-x-agreement-29 and 4970 more\n"))
        #expect(note.utf16.count < 2_000)
    }
}
