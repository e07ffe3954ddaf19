import CasebookModel
import Foundation
import LessonsMatrix
import RubricModel
import ScoringEngine
import Testing

/// The engine's results on the shipped casebook, checked against what the source documents say.
/// Each check names the statement that justifies it and requires that statement among the cell's evidence,
/// so a recoding that loses the evidence fails here, not silently in a spreadsheet.
@Suite struct RealCasebookTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static let matrices: [String: ScoredMatrix] = {
        let workspace = Workspace(rubricFolder: root + "/Rubrics", casebookFolder: root + "/Casebook")
        let inputs = try! MatrixInputs.load(rubricPaths: [], workspace: workspace)
        return Dictionary(uniqueKeysWithValues: inputs.rubrics.map { ($0.rubric.id, MatrixScorer.score(rubric: $0.rubric, casebook: inputs.casebook)) })
    }()

    func cell(_ caseID: String, _ dimension: String, rubric: String = "default") throws -> (score: Double?, quotes: [String]) {
        let matrix = try #require(Self.matrices[rubric])
        let cell = try #require(matrix.caseScore(caseID)?[dimension])
        let evidence = matrix.casebook.evidence.filter { cell.evidenceIDs.contains($0.id) && $0.stance == .supports }
        return (cell.value.score, evidence.map(\.quote))
    }

    func expectQuote(_ quotes: [String], contains phrase: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(quotes.contains { $0.contains(phrase) }, "no supporting quote contains “\(phrase)”", sourceLocation: sourceLocation)
    }

    @Test func genevaScoresLowOnInclusivityBecauseTheMujahedinWereExcluded() throws {
        // Study, line 152: "However, the players on the ground were excluded; the Mujahedin factions were neither
        // included in the negotiation process of the Geneva accords, ..."
        let (score, quotes) = try cell("geneva-accords-1988", "inclusivity")
        #expect(try #require(score) <= 1)
        expectQuote(quotes, contains: "the players on the ground were excluded")
    }

    @Test func genevaScoresHighOnGuarantorsBecauseTheSuperpowersGuaranteedIt() throws {
        // Study, line 152: "The accords were signed between the governments of Afghanistan and Pakistan with the US
        // and the USSR acting as guarantors."
        let (score, quotes) = try cell("geneva-accords-1988", "guarantors")
        #expect(try #require(score) >= 3)
        expectQuote(quotes, contains: "with the US and the USSR acting as guarantors")
    }

    @Test func peshawarAccordHadNoGuarantee() throws {
        // Study: "Further the peace deals lacked regional guarantees and consensus."
        let (score, quotes) = try cell("peshawar-accord-1992", "guarantors")
        #expect(score == 0)
        expectQuote(quotes, contains: "lacked regional guarantees")
    }

    @Test func kabulProcessCeasefireOfferWasRejected() throws {
        // Encyclopedia: "... but it was rejected by the Taliban who refused to negotiate with the Afghan government."
        let (score, quotes) = try cell("kabul-process-2018", "ceasefire_compliance")
        #expect(score == 0)
        expectQuote(quotes, contains: "rejected by the Taliban")
    }

    @Test func eidCeasefireHeld() throws {
        // Encyclopedia: "An unprecedented three-day ceasefire was negotiated in 2018 around the Eid al-Fitr celebrations"
        let (score, quotes) = try cell("eid-ceasefire-2018", "ceasefire_compliance")
        #expect(try #require(score) >= 3)
        expectQuote(quotes, contains: "three-day ceasefire")
    }

    @Test func pakistanWasNotANeutralFacilitatorOfTheDohaProcess() throws {
        // Jacobson: "In fact, according to the International Crisis Group, Pakistan continues to shelter the Taliban’s
        // top military and political leadership on Pakistani territory."
        let (score, quotes) = try cell("doha-agreement-2020", "mediator_neutrality")
        #expect(try #require(score) <= 1)
        expectQuote(quotes, contains: "Pakistan continues to shelter the Taliban")
    }

    @Test func casesTheDocumentsAreSilentOnAreInsufficientNotZero() throws {
        // No document describes a ceasefire in the Geneva Accords; the cell must say so rather than score 0.
        let matrix = try #require(Self.matrices["default"])
        let cell = try #require(matrix.caseScore("geneva-accords-1988")?["ceasefire_compliance"])
        #expect(cell.value == .insufficientEvidence)
        #expect(cell.level == nil)
    }

    @Test func ceasefireRefusalIsObservedInThePDPAEra() throws {
        // Study, line 90: "The Mujahedin factions rejected the ceasefire and, equally damaging, the government did
        // little to broaden its political base."
        let matrix = try #require(Self.matrices["default"])
        let lesson = try #require(matrix.lessonCell("ceasefire-as-leverage", era: "pdpa-mujahedin"))
        #expect(lesson.status == .observed)
        #expect(!lesson.supportingCaseIDs.isEmpty)
    }

    @Test func aDividedKabulDelegationFacedAUnitedTalibanInTheRepublicEra() throws {
        // KabulNow: "But the Kabul side was anything but united. ... The Taliban on the other hand, fronted a united team."
        let matrix = try #require(Self.matrices["default"])
        let lesson = try #require(matrix.lessonCell("divided-delegation", era: "republic-taliban"))
        #expect(lesson.status == .observed)
        #expect(lesson.supportingCaseIDs.contains("intra-afghan-talks-2020"))
        let quotes = matrix.casebook.evidence.filter { lesson.evidenceIDs.contains($0.id) }.map(\.quote)
        expectQuote(quotes, contains: "the Kabul side was anything but united")
    }

    @Test func bothRubricsScoreEveryCaseAndEveryEra() throws {
        for (id, matrix) in Self.matrices {
            #expect(matrix.cases.count == matrix.casebook.cases.count, "\(id)")
            #expect(matrix.eras.map(\.eraID) == ["pdpa-mujahedin", "mujahedin-factions", "taliban-united-front", "republic-taliban", "post-2021"])
            for row in matrix.cases {
                for cell in row.dimensions {
                    if let score = cell.value.score { #expect(matrix.rubric.scale.contains(score)) }
                }
            }
        }
        #expect(Set(Self.matrices.keys) == ["default", "extended"])
    }
}
