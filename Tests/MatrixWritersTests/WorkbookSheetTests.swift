import CasebookModel
import Foundation
import MatrixWriters
import ScoringEngine
import Testing
import XLSXReadBack

/// The Lessons, Evidence, Rubric, Sensitivity and About sheets of the fixture, and the document properties.
@Suite struct WorkbookSheetTests {
    @Test func lessonsShowOneSymbolPerEraWithTheLegendUnderneath() throws {
        let sheet = try WorkbookReading.sheet("Lessons")
        #expect(sheet.values(row: 3, through: 4) == [
            .text("Lesson id"), .text("Lesson"), .text("Condition"), .text("PDPA governments and the Mujahedin factions"),
            .text(MatrixFixture.quotedEraName),
        ])
        #expect(sheet.values(row: 4, through: 4) == [
            .text("exclusion-fails"), .text("Accords that leave out the armed actors who hold power fail."),
            .text("inclusivity <= 1 and outcome == \"failed\""), .text("◐"), .text("●"),
        ])
        #expect(sheet.values(row: 5, through: 4) == [
            .text("guarantees-or-calm"), .text(MatrixFixture.hostileStatement), .text("guarantors == 4 or violence == 0"),
            .text("○"), .text("?"),
        ])
        #expect(sheet.cell("B6")?.formula == nil)
        #expect(sheet.cell("B6")?.format.wrapText == true)
        #expect(sheet.values(row: 7, through: 1) == [.text("Legend"), .empty])
        #expect(sheet.values(row: 8, through: 1) == [
            .text("●"), .text("observed: the condition holds for at least half of the era's decidable cases"),
        ])
        #expect(sheet.values(row: 11, through: 1) == [
            .text("?"), .text("insufficient evidence: no case of the era could be decided"),
        ])
        #expect(sheet.frozenTopLeftCell == "B5")
        #expect(sheet.pageSetup.printTitles == "Lessons!$4:$4")
    }

    @Test func everyLessonCellHasANoteWithItsCasesAndAQuoteById() throws {
        let notes = try WorkbookReading.sheet("Lessons").notes
        #expect(notes.keys.sorted() == ["D5", "D6", "E5", "E6"])
        #expect(notes["D5"]?.text == """
            ◐ Partly observed in pdpa-mujahedin: the condition holds for 1 of the era's 3 decidable cases.
            Supporting cases: geneva-1988
            Contrary cases: beijing-1990, heart-of-asia-1991
            Undecided cases: none
            Quote (geneva-1988/society_represented/1): “=cmd|' /C calc'!A0”
            """)
        #expect(notes["E5"]?.text == """
            ● Observed in post-2021: the condition holds for 1 of the era's 1 decidable cases.
            Supporting cases: murree-2023
            Contrary cases: none
            Undecided cases: none
            Quote (murree-2023/armed_actors_at_table/1): “\tOnly one faction came.”
            """)
        #expect(notes["D6"]?.text == """
            ○ Not observed in pdpa-mujahedin: the condition holds for 0 of the era's 2 decidable cases.
            Supporting cases: none
            Contrary cases: geneva-1988, beijing-1990
            Undecided cases: heart-of-asia-1991
            Quote: none, as no case supports the lesson in this era.
            """)
        #expect(notes["E6"]?.text.hasPrefix("? Insufficient evidence in post-2021:") == true)
        #expect(notes["E6"]?.text.contains("Undecided cases: murree-2023") == true)
        #expect(notes.values.allSatisfy { $0.author == "LessonsMatrix" && $0.width == 315 && !$0.visible })
    }

    @Test func evidenceHasOneRowPerItemOfTheCasebookWithVerbatimQuotes() throws {
        let sheet = try WorkbookReading.sheet("Evidence")
        #expect(sheet.values(row: 3, through: 9).map(\.description) == [
            "Evidence id", "Case", "Era", "Dimension", "Indicator", "Value", "Source", "Source file", "Locator", "Quote",
        ].map { "\"\($0)\"" })
        let casebook = MatrixFixture.casebook
        var expected: [[Shown]] = []
        for negotiation in casebook.cases {
            for observation in negotiation.observations {
                for item in observation.evidence {
                    let value: Shown = switch observation.value {
                    case .number(let number): .number(number)
                    default: .text(observation.value.description)
                    }
                    let dimension = MatrixFixture.rubric.dimension(scoring: observation.indicatorID)?.id
                    let source = try #require(casebook.source(item.sourceID))
                    expected.append([.text(item.id), .text(negotiation.id), .text(negotiation.era),
                                     dimension.map(Shown.text) ?? .empty, .text(observation.indicatorID), value,
                                     .text(source.title), .text(source.file), .text(item.locator.description), .text(item.quote)])
                }
            }
        }
        #expect(expected.count == 18)
        for (offset, row) in expected.enumerated() {
            #expect(sheet.values(row: 4 + offset, through: 9) == row, "evidence row \(offset)")
        }
        #expect(sheet.cell(row: 4 + expected.count, column: 0) == nil)
        #expect(sheet.values(row: 21, through: 9)[3] == .empty, "a context indicator has no dimension")
        #expect(sheet.autofilter == "A4:J22")
        #expect(sheet.frozenTopLeftCell == "B5")
        #expect((4..<22).allSatisfy { sheet.cell(row: $0, column: 9)?.format.wrapText == true })
        #expect(sheet.columnWidth(9).map { $0.rounded(.down) } == 70, "libxlsxwriter stores 70 as 70.71…")
    }

    @Test func rubricHoldsTheEditableWeightsTheFormulasReadAndTheScale() throws {
        let sheet = try WorkbookReading.sheet("Rubric")
        #expect(sheet.values(row: 3, through: 12) == [
            .text("Dimension id"), .text("Dimension"), .text("Weight"), .text("Index weight"), .text("Direction"),
            .text("Question"), .text("Minimum evidence"), .text("Rule"), .text("0 Absent"), .text("1 Weak"), .text("2 Partial"),
            .text("3 Substantial"), .text("4 Strong"),
        ])
        #expect(sheet.values(row: 4, through: 7) == [
            .text("inclusivity"), .text("Inclusivity"), .number(2), .number(0.5), .text("higher_is_better"),
            .text("Who was at the table?"), .number(1), .text("weighted_mean"),
        ])
        #expect(sheet.values(row: 6, through: 7) == [
            .text("violence"), .text("Violence during talks"), .number(1), .number(0.25), .text("lower_is_better"),
            .text("How much fighting went on?"), .number(2), .text("weighted_mean"),
        ])
        #expect(sheet.cell("C5")?.formula == nil)
        #expect(sheet.cell("C5")?.format.fillColor == "FFF2CC")
        #expect(sheet.cell("D5")?.formula == "IF(SUM($C$5:$C$7)>0,C5/SUM($C$5:$C$7),0)")
        #expect(sheet.cell("D7")?.formula == "IF(SUM($C$5:$C$7)>0,C7/SUM($C$5:$C$7),0)")
        #expect(sheet.values(row: 7, through: 2) == [.empty, .text("Σ weights"), .number(4)])
        #expect(sheet.cell("C8")?.formula == "SUM($C$5:$C$7)")
        #expect(sheet.values(row: 9, through: 1) == [.text("Scale"), .empty])
        #expect(sheet.values(row: 10, through: 1) == [.number(0), .text("Absent: The condition is absent.")])
        #expect(sheet.values(row: 14, through: 1) == [.number(4), .text("Strong: Holds fully.")])
        #expect(sheet.cell("A16")?.string == "n/e")
        #expect(sheet.cell("B16")?.string?.hasPrefix("insufficient evidence") == true)
    }

    @Test func sensitivityShowsTheRunsSettingsAndItsProbabilities() throws {
        let sheet = try WorkbookReading.sheet("Sensitivity")
        let report = SensitivityAnalysis.run(matrix: MatrixFixture.matrix, draws: 200, seed: 7, perturbation: 0.25)
        #expect(sheet.values(row: 2, through: 1) == [.text("Draws"), .number(200)])
        #expect(sheet.values(row: 3, through: 1) == [.text("Seed"), .number(7)])
        #expect(sheet.values(row: 4, through: 1) == [.text("Perturbation"), .number(0.25)])
        #expect(sheet.cell("B5")?.format.numberFormat == "0.0%")
        let eras = try #require(sheet.row(labelled: "Eras"))
        #expect(sheet.values(row: eras + 1, through: 5) == [
            .text("Era id"), .text("Era"), .text("Rank"), .text("P(rank kept)"), .text("P(rank 1)"), .text("P(rank 2)"),
        ])
        for (offset, distribution) in report.eras.enumerated() {
            #expect(sheet.values(row: eras + 2 + offset, through: 5) == [
                .text(distribution.id), .text(MatrixFixture.casebook.era(distribution.id)?.name ?? ""),
                .number(Double(distribution.baseRank)), .number(distribution.probabilityOfBaseRank),
            ] + distribution.probabilities.map(Shown.number))
        }
        let cases = try #require(sheet.row(labelled: "Cases"))
        #expect(sheet.values(row: cases + 1, through: 7).last == .text("P(rank 4)"))
        #expect(report.cases.count == 4)
        for (offset, distribution) in report.cases.enumerated() {
            #expect(sheet.values(row: cases + 2 + offset, through: 7) == [
                .text(distribution.id), .text(MatrixFixture.casebook.case(distribution.id)?.name ?? ""),
                .number(Double(distribution.baseRank)), .number(distribution.probabilityOfBaseRank),
            ] + distribution.probabilities.map(Shown.number))
        }
        let flips = try #require(sheet.row(labelled: "Weight changes that flip the top rank"))
        if report.flips.isEmpty {
            #expect(sheet.cell(row: flips + 1, column: 0)?.string?.hasPrefix("none: no single weight change of ±25.0%") == true)
        } else {
            for (offset, flip) in report.flips.enumerated() {
                #expect(sheet.values(row: flips + 2 + offset, through: 4) == [
                    .text(flip.level), .text(flip.dimensionID), .number(flip.change), .text(flip.before), .text(flip.after),
                ])
            }
        }
    }

    @Test func aboutRecordsProvenanceNormalisationLegendAndSources() throws {
        let sheet = try WorkbookReading.sheet("About")
        func value(_ key: String) -> String? {
            sheet.row(labelled: key).flatMap { sheet.cell(row: $0, column: 1)?.string }
        }
        #expect(value("Rubric id") == "fixture")
        #expect(value("Rubric version") == "0.3.1")
        #expect(value("Rubric SHA-256") == MatrixFixture.rubricHash)
        #expect(value("Casebook SHA-256") == MatrixFixture.casebookHash)
        #expect(value("Tool") == "LessonsMatrix 9.8.7")
        #expect(value("Command") == "lessons-matrix build --format xlsx")
        #expect(value("Document date")?.hasPrefix("2024-01-01, the latest case date in the casebook") == true)
        #expect(value("Sensitivity") == "200 draws, seed 7, weights perturbed by ±25.0%")
        let weights = try #require(sheet.row(labelled: "Weight normalisation"))
        #expect(sheet.cell(row: weights + 1, column: 0)?.string?.contains("(Σ = 4)") == true)
        #expect(sheet.values(row: weights + 3, through: 4) == [
            .text("inclusivity"), .text("Inclusivity"), .number(2), .number(0.5), .text("higher_is_better"),
        ])
        #expect(sheet.values(row: weights + 5, through: 4) == [
            .text("violence"), .text("Violence during talks"), .number(1), .number(0.25), .text("lower_is_better"),
        ])
        #expect(value("n/e")?.hasPrefix("insufficient evidence") == true)
        #expect(value("◐") == "partly: it holds for some of them, but fewer than half")
        #expect(value("3") == "Substantial: Holds for the main parties.")
        let sources = try #require(sheet.row(labelled: "Sources"))
        #expect(sheet.values(row: sources + 2, through: 6) == [
            .text("has-lessons-2021"), .text("Lessons Learned"), .text("Mir Ahmad Daimirian"), .text("Heart of Asia Society"),
            .text("April 2021"), .text("000_4ee81f59ffa11ec3.txt"), .text("study"),
        ])
        #expect(sheet.values(row: sources + 3, through: 6).last == .text("dataset"))
    }

    @Test func documentPropertiesComeFromTheInputsNotTheClock() throws {
        let properties = try WorkbookReading.document().properties
        #expect(properties.title == "Lessons matrix — Fixture rubric")
        #expect(properties.subject == "Rubric fixture 0.3.1 applied to the casebook")
        #expect(properties.creator == "LessonsMatrix 9.8.7")
        #expect(properties.keywords == "lessons matrix, fixture, inclusivity, guarantors, violence")
        #expect(properties.category == "Lessons matrix")
        #expect(properties.description == "Rubric SHA-256 \(MatrixFixture.rubricHash); casebook SHA-256 "
            + "\(MatrixFixture.casebookHash); lessons-matrix build --format xlsx")
        #expect(properties.created == "2024-01-01T00:00:00Z")
        #expect(properties.modified == "2024-01-01T00:00:00Z")
    }

    @Test func everySheetPrintsLandscapeOnePageWide() throws {
        for sheet in try WorkbookReading.document().sheets {
            #expect(sheet.pageSetup.orientation == "landscape", "\(sheet.name)")
            #expect(sheet.pageSetup.fitToPage && sheet.pageSetup.fitToWidth == 1 && sheet.pageSetup.fitToHeight == 0, "\(sheet.name)")
            #expect(sheet.pageSetup.footer == "&L&A&RPage &P of &N", "\(sheet.name)")
        }
    }
}
