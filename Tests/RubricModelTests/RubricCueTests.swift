import Foundation
import Testing
import MatrixSupport
import RubricModel

/// The fixture with `cues` lines after its indicator (the cues start on line 30).
private func withCues(_ lines: String) -> String {
    RubricFixture.replacing([
        "        categories: {united: 2, divided: 0}": "        categories: {united: 2, divided: 0}\n" + lines,
    ])
}

private func cueErrors(_ lines: String) -> [String] {
    RubricFixture.errors(withCues(lines))
}

struct RubricCueTests {
    @Test func loadsCuesWithTheirWeightsAndNegations() throws {
        let rubric = try RubricLoader.load(SourceText(text: withCues("""
                cues:
                  terms:
                    - {text: divided, weight: 2}
                    - {text: "one voice", weight: 1.5}
                    - {text: Fragment*, weight: 1}
                  negations: [not, lack*]
            """), path: "t.yaml"))
        #expect(rubric.dimensions[0].cues == DimensionCues(
            terms: [CueTerm(text: "divided", weight: 2), CueTerm(text: "one voice", weight: 1.5), CueTerm(text: "Fragment*", weight: 1)],
            negations: ["not", "lack*"]))
        #expect(rubric.dimensions[0].cues?.terms[2].words == ["fragment*"])
    }

    @Test func negationsAreOptional() throws {
        let rubric = try RubricLoader.load(SourceText(text: withCues("""
                cues:
                  terms: [{text: power-sharing, weight: 1}]
            """), path: "t.yaml"))
        #expect(rubric.dimensions[0].cues == DimensionCues(terms: [CueTerm(text: "power-sharing", weight: 1)], negations: []))
        #expect(rubric.dimensions[0].cues?.terms[0].words == ["power", "sharing"])
    }

    @Test func aRubricWithoutCuesKeepsItsCanonicalFormAndHash() throws {
        #expect(RubricFixture.rubric.dimensions[0].cues == nil)
        let json = String(decoding: RubricCanonicalForm.json(RubricFixture.rubric), as: UTF8.self)
        #expect(!json.contains("cues"))
    }

    @Test func cuesAreInTheCanonicalFormAndTheHash() throws {
        var rubric = RubricFixture.rubric
        rubric.dimensions[0].cues = DimensionCues(terms: [CueTerm(text: "divided", weight: 2)], negations: ["not"])
        let yaml = RubricCanonicalForm.yaml(rubric)
        #expect(yaml.contains([
            "    cues:",
            "      terms:",
            "        - text: \"divided\"",
            "          weight: 2",
            "      negations: [\"not\"]",
            "context_indicators: []",
        ].joined(separator: "\n")))
        let again = try RubricLoader.load(SourceText(text: yaml, path: "canonical.yaml"))
        #expect(again == rubric)
        #expect(again.contentHash == rubric.contentHash)
        #expect(rubric.contentHash != RubricFixture.rubric.contentHash)
        var heavier = rubric
        heavier.dimensions[0].cues?.terms[0].weight = 3
        #expect(heavier.contentHash != rubric.contentHash)
        var moreNegations = rubric
        moreNegations.dimensions[0].cues?.negations.append("no")
        #expect(moreNegations.contentHash != rubric.contentHash)
    }

    @Test func unknownKeys() {
        #expect(cueErrors("""
                cues:
                  terms: [{text: divided, weight: 1, wieght: 2}]
                  negation: [not]
            """) == [
            "t.yaml:31:42: unknown key 'wieght' in cue term of dimension 'unity' (did you mean 'weight'?)",
            "t.yaml:32:7: unknown key 'negation' in cues of dimension 'unity' (did you mean 'negations'?)",
        ])
        #expect(cueErrors("    cue: {terms: [{text: divided, weight: 1}]}") == [
            "t.yaml:30:5: unknown key 'cue' in dimension 'unity' (did you mean 'cues'?)",
        ])
    }

    @Test func termsAreRequiredAndNotEmpty() {
        #expect(cueErrors("    cues: {negations: [not]}") == ["t.yaml:30:11: missing required key 'terms' in cues of dimension 'unity'"])
        #expect(cueErrors("    cues: {terms: []}") == ["t.yaml:30:19: cues of dimension 'unity' must list at least one term"])
        #expect(cueErrors("    cues: {terms: [{weight: 1}]}") == ["t.yaml:30:20: missing required key 'text' in cue term of dimension 'unity'"])
    }

    @Test func emptyOrMalformedTerms() {
        #expect(cueErrors("    cues: {terms: [{text: '  ', weight: 1}]}")
            == ["t.yaml:30:27: text of a cue term of dimension 'unity' must not be empty"])
        #expect(cueErrors("    cues: {terms: [{text: 'U.S. aid', weight: 1}]}") == [
            "t.yaml:30:27: cue term 'U.S. aid' in the cues of dimension 'unity' must be letters and digits separated by spaces or hyphens, with '*' only at the end of a word",
        ])
        #expect(cueErrors("    cues: {terms: [{text: 'gu*', weight: 1}]}") == [
            "t.yaml:30:27: cue term 'gu*' in the cues of dimension 'unity' must have at least 3 letters before '*' (in 'gu*')",
        ])
        #expect(cueErrors("    cues: {terms: [{text: '-', weight: 1}]}")
            == ["t.yaml:30:27: cue term '-' in the cues of dimension 'unity' must have a word"])
    }

    @Test func weightsAboveZeroAndFinite() {
        #expect(cueErrors("    cues: {terms: [{text: divided, weight: 0}]}")
            == ["t.yaml:30:44: weight of cue term 'divided' in dimension 'unity' must be above 0, found 0"])
        #expect(cueErrors("    cues: {terms: [{text: divided, weight: -2}]}")
            == ["t.yaml:30:44: weight of cue term 'divided' in dimension 'unity' must be above 0, found -2"])
        #expect(cueErrors("    cues: {terms: [{text: divided, weight: .inf}]}")
            == ["t.yaml:30:44: weight of cue term 'divided' in dimension 'unity' must be a finite number, found '.inf'"])
        #expect(cueErrors("    cues: {terms: [{text: divided, weight: .nan}]}")
            == ["t.yaml:30:44: weight of cue term 'divided' in dimension 'unity' must be a finite number, found '.nan'"])
    }

    @Test func duplicateTermsUpToCaseSpacingAndHyphens() {
        #expect(cueErrors("""
                cues:
                  terms:
                    - {text: power sharing, weight: 1}
                    - {text: Power-Sharing, weight: 2}
            """) == ["t.yaml:33:18: duplicate cue term 'Power-Sharing' in dimension 'unity' (first on line 32)"])
    }

    @Test func negationsAreSingleDistinctWords() {
        #expect(cueErrors("""
                cues:
                  terms: [{text: divided, weight: 1}]
                  negations: [not, failed to, Not, n*]
            """) == [
            "t.yaml:32:24: negation 'failed to' in the cues of dimension 'unity' must be a single word",
            "t.yaml:32:35: duplicate negation 'Not' in the cues of dimension 'unity' (first on line 32)",
            "t.yaml:32:40: negation 'n*' in the cues of dimension 'unity' must have at least 3 letters before '*' (in 'n*')",
        ])
    }

    @Test func everyCueErrorOfAFileIsReported() {
        #expect(cueErrors("""
                cues:
                  terms:
                    - {text: divided, weight: 0}
                    - {text: divided, weight: 1}
                    - {text: 'a.b', weight: 1}
                  negations: [no, no]
            """).count == 4)
    }
}
