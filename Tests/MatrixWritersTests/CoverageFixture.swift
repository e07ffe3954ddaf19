import EvidenceScan
import RubricModel

/// An evidence scan of the ``MatrixFixture`` casebook, small enough to work out by hand.
///
/// The fixture's evidence all cites the study (`000_…`) on line 10 or 11, so the document is six one-sentence
/// passages, each placed in an era by its year:
///
/// | line | era | inclusivity | guarantors | violence | cited by |
/// | --- | --- | --- | --- | --- | --- |
/// | 3 (A) | pdpa-mujahedin | – | 2 | 1 | – |
/// | 5 (B) | pdpa-mujahedin | 4 | – | – | – |
/// | 7 (C) | post-2021 | – | 2 (negated) | – | – |
/// | 9 (D) | pdpa-mujahedin | – | – | – | – |
/// | 10 (E) | pdpa-mujahedin | 3 | – | 2 | every item on line 10, of all four cases |
/// | 11 (F) | post-2021 | – | – | 2 | geneva-1988 and heart-of-asia-1991, fighting_intensity/2 |
///
/// So in pdpa-mujahedin E is found for inclusivity (#2 after B) and violence (#1 before A), but cited and not found
/// for guarantors; F is cited for violence by pdpa cases but lies in post-2021, so it is not found either; the
/// murree-2023 items put E in every post-2021 cell, where it is never a candidate.
enum CoverageFixture {
    static let file = "000_4ee81f59ffa11ec3.txt"

    static let document = """
        Lessons Learned

        In 1988 the guarantors signed and the ceasefire held.

        In 1990 the delegations of every faction took part.

        In 2022 the exiles met without guarantors.

        In 1989 nobody spoke.
        In 1991 the factions took part in talks and fighting continued.
        Fighting went on in 2023 after the talks.
        """

    /// The fixture rubric with cues on its three dimensions.
    static var rubric: Rubric {
        var rubric = MatrixFixture.rubric
        let cues: [String: DimensionCues] = [
            "inclusivity": DimensionCues(terms: [CueTerm(text: "took part", weight: 2), CueTerm(text: "faction*", weight: 1),
                                                 CueTerm(text: "delegation*", weight: 1)], negations: ["without"]),
            "guarantors": DimensionCues(terms: [CueTerm(text: "guarant*", weight: 2)], negations: ["without"]),
            "violence": DimensionCues(terms: [CueTerm(text: "fighting", weight: 2), CueTerm(text: "ceasefire", weight: 1)],
                                      negations: []),
        ]
        for index in rubric.dimensions.indices {
            rubric.dimensions[index].cues = cues[rubric.dimensions[index].id]
        }
        return rubric
    }

    static let report = EvidenceScanner.scan(corpus: [file: document], rubric: rubric, casebook: MatrixFixture.casebook)
}
