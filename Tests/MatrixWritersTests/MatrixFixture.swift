import CasebookModel
import RubricModel
import ScoringEngine

/// A small scored matrix built by hand, independent of the scoring engine: three dimensions (one lower-is-better),
/// two eras, four cases (a combining, a CJK, a Dari and a hostile name), an insufficient-evidence case cell and
/// era cell, two lessons covering all four statuses, and evidence with formula, quoting, newline and bidi traps.
///
/// Scores are what the rubric gives for the coded values; indexes use the normalised weights 0.5, 0.25, 0.25 over
/// the scored dimensions, with violence reversed (4 − s):
/// - geneva-1988: (0.5·0.667 + 0.25·3 + 0.25·2) / 1 = 1.583
/// - beijing-1990: (0.5·4 + 0.25·2 + 0.25·3.5) / 1 = 3.375
/// - heart-of-asia-1991: (0.5·2.667 + 0.25·3) / 0.75 = 2.778
/// - murree-2023: (0.5·1 + 0.25·0) / 0.75 = 0.667
enum MatrixFixture {
    static let rubricHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    static let casebookHash = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"

    /// The hostile name of the fourth case: a pipe, a right-to-left override and an embedded newline.
    static let hostileCaseName = "Murree talks | round\u{202E} 2\nsecond line"
    /// A lesson statement that starts like a formula and holds a pipe, a comma, quotes and a newline.
    static let hostileStatement = "-Guarantees | or calm, \"if\" they bind\nkeep an accord alive"
    /// An era name with quotes, a comma and a dash, to be quoted in CSV.
    static let quotedEraName = "The Emirate and the \"exiles\", 2021–"

    static let matrix = ScoredMatrix(
        rubric: rubric, casebook: casebook, rubricHash: rubricHash, casebookHash: casebookHash,
        weights: WeightNormalization(
            raw: ["inclusivity": 2, "guarantors": 1, "violence": 1], total: 4,
            normalized: ["inclusivity": 0.5, "guarantors": 0.25, "violence": 0.25]),
        cases: [
            CaseScore(caseID: "geneva-1988", eraID: "pdpa-mujahedin", dimensions: [
                scored("inclusivity", 0.6666666666666666, level: 1, confidence: 0.8,
                       ["geneva-1988/armed_actors_at_table/1", "geneva-1988/society_represented/1"]),
                scored("guarantors", 3, level: 3, confidence: 0.6, ["geneva-1988/external_guarantee/1"]),
                scored("violence", 2, level: 2, confidence: 0.7,
                       ["geneva-1988/fighting_intensity/1", "geneva-1988/fighting_intensity/2"]),
            ], index: 1.5833333333333333, rank: 3),
            CaseScore(caseID: "beijing-1990", eraID: "pdpa-mujahedin", dimensions: [
                scored("inclusivity", 4, level: 4, confidence: 0.9,
                       ["beijing-1990/armed_actors_at_table/1", "beijing-1990/society_represented/1"]),
                scored("guarantors", 2, level: 2, confidence: 0.5625, ["beijing-1990/external_guarantee/1"]),
                scored("violence", 0.5, level: 1, confidence: 0.75,
                       ["beijing-1990/fighting_intensity/1", "beijing-1990/ceasefire_violated/1"]),
            ], index: 3.375, rank: 1),
            CaseScore(caseID: "heart-of-asia-1991", eraID: "pdpa-mujahedin", dimensions: [
                scored("inclusivity", 2.6666666666666665, level: 3, confidence: 0.85,
                       ["heart-of-asia-1991/armed_actors_at_table/1", "heart-of-asia-1991/society_represented/1"]),
                insufficient("guarantors", []),
                scored("violence", 1, level: 1, confidence: 0.6,
                       ["heart-of-asia-1991/fighting_intensity/1", "heart-of-asia-1991/fighting_intensity/2"]),
            ], index: 2.7777777777777777, rank: 2),
            CaseScore(caseID: "murree-2023", eraID: "post-2021", dimensions: [
                scored("inclusivity", 1, level: 1, confidence: 0.4, ["murree-2023/armed_actors_at_table/1"]),
                scored("guarantors", 0, level: 0, confidence: 0.35, ["murree-2023/external_guarantee/1"]),
                insufficient("violence", ["murree-2023/fighting_intensity/1"]),
            ], index: 0.6666666666666666, rank: 4),
        ],
        eras: [
            EraScore(eraID: "pdpa-mujahedin", caseIDs: ["geneva-1988", "beijing-1990", "heart-of-asia-1991"], dimensions: [
                eraCell("inclusivity", 2.4444444444444446, scored: 3, insufficient: 0, range: (0.6666666666666666, 4),
                        confidence: 0.85),
                eraCell("guarantors", 2.5, scored: 2, insufficient: 1, range: (2, 3), confidence: 0.58125),
                eraCell("violence", 1.1666666666666667, scored: 3, insufficient: 0, range: (0.5, 2),
                        confidence: 0.6833333333333332),
            ], index: 2.5555555555555554, rank: 1),
            EraScore(eraID: "post-2021", caseIDs: ["murree-2023"], dimensions: [
                eraCell("inclusivity", 1, scored: 1, insufficient: 0, range: (1, 1), confidence: 0.4),
                eraCell("guarantors", 0, scored: 1, insufficient: 0, range: (0, 0), confidence: 0.35),
                EraDimensionScore(dimensionID: "violence", value: .insufficientEvidence, casesScored: 0, casesInsufficient: 1,
                                  minimumCaseScore: nil, maximumCaseScore: nil, confidence: 0, provenance: provenance),
            ], index: 0.6666666666666666, rank: 2),
        ],
        lessons: [
            LessonCell(lessonID: "exclusion-fails", eraID: "pdpa-mujahedin", status: .partly,
                       supportingCaseIDs: ["geneva-1988"], contraryCaseIDs: ["beijing-1990", "heart-of-asia-1991"],
                       undecidedCaseIDs: [],
                       evidenceIDs: ["geneva-1988/armed_actors_at_table/1", "geneva-1988/society_represented/1"]),
            LessonCell(lessonID: "exclusion-fails", eraID: "post-2021", status: .observed,
                       supportingCaseIDs: ["murree-2023"], contraryCaseIDs: [], undecidedCaseIDs: [],
                       evidenceIDs: ["murree-2023/armed_actors_at_table/1"]),
            LessonCell(lessonID: "guarantees-or-calm", eraID: "pdpa-mujahedin", status: .notObserved,
                       supportingCaseIDs: [], contraryCaseIDs: ["geneva-1988", "beijing-1990"],
                       undecidedCaseIDs: ["heart-of-asia-1991"], evidenceIDs: []),
            LessonCell(lessonID: "guarantees-or-calm", eraID: "post-2021", status: .insufficientEvidence,
                       supportingCaseIDs: [], contraryCaseIDs: [], undecidedCaseIDs: ["murree-2023"], evidenceIDs: []),
        ])

    static let rubric = Rubric(
        id: "fixture", title: "Fixture rubric", version: "0.3.1", description: "A rubric for the writer tests.",
        owner: "tests",
        scale: Scale(minimum: 0, maximum: 4, levels: [
            ScaleLevel(level: 0, label: "Absent", anchor: "The condition is absent."),
            ScaleLevel(level: 1, label: "Weak", anchor: "Present in name only."),
            ScaleLevel(level: 2, label: "Partial", anchor: "Holds for some parties."),
            ScaleLevel(level: 3, label: "Substantial", anchor: "Holds for the main parties."),
            ScaleLevel(level: 4, label: "Strong", anchor: "Holds fully."),
        ]),
        aggregation: Aggregation(era: .mean, index: .weightedMean),
        dimensions: [
            Dimension(id: "inclusivity", name: "Inclusivity", question: "Who was at the table?", weight: 2,
                      direction: .higherIsBetter, minimumEvidence: 1, rule: .weightedMean, anchors: [], indicators: [
                          Indicator(id: "armed_actors_at_table", question: "How many armed actors took part?",
                                    type: .category, weight: 2,
                                    mapping: .categories([CategoryLevel(name: "all", level: 4),
                                                          CategoryLevel(name: "some", level: 2),
                                                          CategoryLevel(name: "few", level: 1)])),
                          Indicator(id: "society_represented", question: "Was society represented?", type: .boolean,
                                    weight: 1, mapping: .boolean(whenTrue: 4, whenFalse: 0)),
                      ]),
            Dimension(id: "guarantors", name: "Guarantors", question: "Who guaranteed it?", weight: 1,
                      direction: .higherIsBetter, minimumEvidence: 1, rule: .maximum, anchors: [], indicators: [
                          Indicator(id: "external_guarantee", question: "Who guaranteed the agreement?", type: .category,
                                    weight: 1,
                                    mapping: .categories([CategoryLevel(name: "great_powers", level: 3),
                                                          CategoryLevel(name: "regional_states", level: 2),
                                                          CategoryLevel(name: "none", level: 0)])),
                      ]),
            Dimension(id: "violence", name: "Violence during talks", question: "How much fighting went on?", weight: 1,
                      direction: .lowerIsBetter, minimumEvidence: 2, rule: .weightedMean, anchors: [], indicators: [
                          Indicator(id: "fighting_intensity", question: "How intense was the fighting?", type: .ordinal,
                                    weight: 1, mapping: .ordinal(from: 0, to: 4)),
                          Indicator(id: "ceasefire_violated", question: "Was a ceasefire violated?", type: .boolean,
                                    weight: 1, mapping: .boolean(whenTrue: 4, whenFalse: 0)),
                      ]),
        ],
        contextIndicators: [
            Indicator(id: "foreign_troops_present", question: "Were foreign troops present?", type: .boolean, weight: 0,
                      mapping: nil),
        ],
        lessons: [
            Lesson(id: "exclusion-fails", statement: "Accords that leave out the armed actors who hold power fail.",
                   dimensions: ["inclusivity"], conditionText: "inclusivity <= 1 and outcome == \"failed\"",
                   condition: .and(.comparison(.name("inclusivity"), .lessOrEqual, .number(1)),
                                   .comparison(.name("outcome"), .equal, .text("failed")))),
            Lesson(id: "guarantees-or-calm", statement: hostileStatement, dimensions: ["guarantors", "violence"],
                   conditionText: "guarantors == 4 or violence == 0",
                   condition: .or(.comparison(.name("guarantors"), .equal, .number(4)),
                                  .comparison(.name("violence"), .equal, .number(0)))),
        ])

    static let casebook = Casebook(
        sources: [
            Source(id: "has-lessons-2021", title: "Lessons Learned", author: "Mir Ahmad Daimirian",
                   publisher: "Heart of Asia Society", date: "April 2021", file: "000_4ee81f59ffa11ec3.txt", kind: .study),
            Source(id: "ucdp-ged", title: "UCDP GED", author: "not stated", publisher: "UCDP", date: "not stated",
                   file: "ucdp-ged.csv", kind: .dataset),
        ],
        eras: [
            Era(id: "pdpa-mujahedin", name: "PDPA governments and the Mujahedin factions", start: 1980, end: 1992),
            Era(id: "post-2021", name: quotedEraName, start: 2021, end: nil),
        ],
        cases: [
            negotiation("geneva-1988", name: "Accord de Gene\u{300}ve", era: "pdpa-mujahedin",
                        date: CaseDate(from: PartialDate(year: 1988, month: 4, day: 14)), outcome: .failed, observations: [
                            observation("geneva-1988", "armed_actors_at_table", .category("few"), [
                                "The accords were signed between the governments of Afghanistan and Pakistan, without the Mujahedin.",
                            ]),
                            observation("geneva-1988", "society_represented", .boolean(false), ["=cmd|' /C calc'!A0"]),
                            observation("geneva-1988", "external_guarantee", .category("great_powers"), [
                                "The US and the USSR signed as \"guarantors\".",
                            ]),
                            observation("geneva-1988", "fighting_intensity", .number(2), [
                                "Fighting continued\nafter the signing.", "-5 posts fell in the first month.",
                            ]),
                        ]),
            negotiation("beijing-1990", name: "北京会谈", era: "pdpa-mujahedin", date: CaseDate(from: PartialDate(year: 1990)),
                        outcome: .held, observations: [
                            observation("beijing-1990", "armed_actors_at_table", .category("all"), [
                                "All seven parties of the Peshawar alliance sent delegations.",
                            ]),
                            observation("beijing-1990", "society_represented", .boolean(true), [
                                "Elders, ulema and women's groups were invited.",
                            ]),
                            observation("beijing-1990", "external_guarantee", .category("regional_states"), [
                                "China and Iran witnessed the text.",
                            ]),
                            Observation(indicatorID: "fighting_intensity", value: .number(1), rationale: "Dataset count.",
                                        confidence: .high, evidence: [
                                            EvidenceItem(id: "beijing-1990/fighting_intensity/1", caseID: "beijing-1990",
                                                         indicatorID: "fighting_intensity", sourceID: "ucdp-ged",
                                                         locator: .datasetRow(rowID: "482", column: "best"),
                                                         quote: "best = 1", stance: .supports),
                                        ]),
                            observation("beijing-1990", "ceasefire_violated", .boolean(false), ["No violation was reported."]),
                        ]),
            negotiation("heart-of-asia-1991", name: "جامعه قلب آسیا", era: "pdpa-mujahedin",
                        date: CaseDate(from: PartialDate(year: 1991)), outcome: .partial, observations: [
                            observation("heart-of-asia-1991", "armed_actors_at_table", .category("some"), [
                                "Some factions attended; Hekmatyar's did not.",
                            ], section: "نتیجه\u{200C}گیری"),
                            observation("heart-of-asia-1991", "society_represented", .boolean(true), [
                                "@SUM(1+1)*cmd|' /C calc'!A0",
                            ]),
                            observation("heart-of-asia-1991", "fighting_intensity", .number(1), [
                                "Clashes were rare.\r\nMost fronts were quiet.", "+ Quiet fronts",
                            ]),
                        ]),
            negotiation("murree-2023", name: hostileCaseName, era: "post-2021",
                        date: CaseDate(from: PartialDate(year: 2023), to: PartialDate(year: 2024)), outcome: .failed,
                        observations: [
                            observation("murree-2023", "armed_actors_at_table", .category("few"), ["\tOnly one faction came."]),
                            observation("murree-2023", "external_guarantee", .category("none"), [
                                "No state guaranteed the talks.",
                            ]),
                            observation("murree-2023", "fighting_intensity", .number(3), [
                                "Fighting \u{202E}deretla\u{202C} the mood.",
                            ]),
                            observation("murree-2023", "foreign_troops_present", .boolean(true), ["Foreign troops had left."]),
                        ]),
        ],
        conflicts: [])

    private static let provenance = CellProvenance(rule: "fixture", inputs: [], steps: [])

    private static func scored(_ dimensionID: String, _ score: Double, level: Int, confidence: Double,
                               _ evidenceIDs: [String]) -> DimensionScore {
        DimensionScore(dimensionID: dimensionID, value: .score(score), level: level, confidence: confidence,
                       evidenceIDs: evidenceIDs, provenance: provenance)
    }

    private static func insufficient(_ dimensionID: String, _ evidenceIDs: [String]) -> DimensionScore {
        DimensionScore(dimensionID: dimensionID, value: .insufficientEvidence, level: nil, confidence: 0,
                       evidenceIDs: evidenceIDs, provenance: provenance)
    }

    private static func eraCell(_ dimensionID: String, _ score: Double, scored: Int, insufficient: Int,
                                range: (Double, Double), confidence: Double) -> EraDimensionScore {
        EraDimensionScore(dimensionID: dimensionID, value: .score(score), casesScored: scored, casesInsufficient: insufficient,
                          minimumCaseScore: range.0, maximumCaseScore: range.1, confidence: confidence,
                          provenance: provenance)
    }

    private static func negotiation(_ id: String, name: String, era: String, date: CaseDate, outcome: Outcome,
                                    observations: [Observation]) -> Case {
        Case(id: id, name: name, era: era, date: date, venue: nil, kind: .talks, outcome: outcome, sameAs: [], parties: [],
             mediators: [], guarantors: [], observations: observations, notInSources: [], conflicts: [])
    }

    /// An observation whose evidence items cite the study, one per quote, numbered from 1 on lines 10, 11, ….
    private static func observation(_ caseID: String, _ indicatorID: String, _ value: ObservedValue, _ quotes: [String],
                                    section: String = "Divergence") -> Observation {
        Observation(indicatorID: indicatorID, value: value, rationale: "Coded for the tests.", confidence: .high,
                    evidence: quotes.enumerated().map { offset, quote in
                        EvidenceItem(id: "\(caseID)/\(indicatorID)/\(offset + 1)", caseID: caseID, indicatorID: indicatorID,
                                     sourceID: "has-lessons-2021", locator: .document(section: section, line: 10 + offset),
                                     quote: quote, stance: .supports)
                    })
    }
}
