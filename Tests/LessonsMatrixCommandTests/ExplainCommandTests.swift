import Foundation
import Testing

/// `lessons-matrix explain`: one cell's computation as text and JSON, checked against the CSV files `build` writes.
struct ExplainCommandTests {
    static let inputs = ["--rubric", "Rubrics/default.yaml", "--casebook", "Casebook"]

    /// A scratch folder with the default rubric's CSV files in `Out/default/`.
    static func built() throws -> ScratchFolder {
        let scratch = try ScratchFolder.withShippedInputs()
        let run = try scratch.run(["build", "--rubric", "Rubrics/default.yaml", "--casebook", "Casebook", "--out", "Out", "--format", "csv", "--quiet"])
        try #require(run.status == 0, "\(run)")
        return scratch
    }

    @Test func aCaseCellAsTextAndJSONAgreesWithTheCSVFiles() throws {
        let scratch = try Self.built()
        let row = try #require(CSVRecords.parse(try scratch.read("Out/default/case_scores.csv")).records.first {
            $0["case_id"] == "geneva-accords-1988" && $0["dimension_id"] == "guarantors"
        })
        let evidenceIDs = Set((row["evidence_ids"] ?? "").split(separator: ";").map(String.init))
        #expect(!evidenceIDs.isEmpty)

        let text = try scratch.run(["explain", "geneva-accords-1988", "guarantors"] + Self.inputs)
        #expect(text.status == 0, "\(text)")
        #expect(text.stdoutLines.first == "case geneva-accords-1988 (Geneva Accords) × guarantors (Guarantors)")
        #expect(text.stdoutLines.contains { $0.hasPrefix("score: \(row["score"] ?? "?"), level \(row["level"] ?? "?") (") }, "\(text)")
        for id in evidenceIDs {
            #expect(text.stdout.contains("[\(id)]"), "evidence \(id) is quoted")
        }

        let json = try scratch.run(["explain", "geneva-accords-1988", "guarantors", "--json"] + Self.inputs)
        #expect(json.status == 0, "\(json)")
        let object = try JSONObject.parse(json.stdout)
        #expect(object["subject"] as? String == "geneva-accords-1988")
        #expect(object["subjectKind"] as? String == "case")
        #expect(object["subjectName"] as? String == "Geneva Accords")
        #expect(object["dimensionID"] as? String == "guarantors")
        #expect((object["score"] as? Double).map(threeDecimals) == row["score"])
        #expect((object["level"] as? Int).map(String.init) == row["level"])
        #expect((object["confidence"] as? Double).map(threeDecimals) == row["confidence"])
        #expect(object["rule"] as? String == "maximum")
        let inputs = JSONObject.list(object, "inputs")
        #expect(Set(inputs.compactMap { $0["id"] as? String }) == ["external_guarantee", "enforcement_mechanism"])
        let quoted = inputs.flatMap { JSONObject.list($0, "evidence") }
        #expect(Set(quoted.compactMap { $0["id"] as? String }) == evidenceIDs)
        #expect(quoted.allSatisfy { !($0["quote"] as? String ?? "").isEmpty && $0["sourceID"] is String })
        #expect(!(object["steps"] as? [String] ?? []).isEmpty)
    }

    @Test func anEraCellAsTextAndJSONAgreesWithTheCSVFiles() throws {
        let scratch = try Self.built()
        let era = try #require(CSVRecords.parse(try scratch.read("Out/default/era_scores.csv")).records.first {
            $0["era_id"] == "pdpa-mujahedin" && $0["dimension_id"] == "guarantors"
        })
        let eraCases = Set(CSVRecords.parse(try scratch.read("Out/default/case_scores.csv")).records
            .filter { $0["era_id"] == "pdpa-mujahedin" }.compactMap { $0["case_id"] })

        let text = try scratch.run(["explain", "pdpa-mujahedin", "guarantors"] + Self.inputs)
        #expect(text.status == 0, "\(text)")
        #expect(text.stdoutLines.first?.hasPrefix("era pdpa-mujahedin (") == true, "\(text)")
        #expect(text.stdoutLines.first?.hasSuffix(") × guarantors (Guarantors)") == true, "\(text)")
        #expect(text.stdoutLines.contains { $0.hasPrefix("score: \(era["score"] ?? "?"), level ") }, "\(text)")

        let json = try scratch.run(["explain", "pdpa-mujahedin", "guarantors", "--json"] + Self.inputs)
        #expect(json.status == 0, "\(json)")
        let object = try JSONObject.parse(json.stdout)
        #expect(object["subjectKind"] as? String == "era")
        #expect(object["subject"] as? String == "pdpa-mujahedin")
        #expect((object["score"] as? Double).map(threeDecimals) == era["score"])
        #expect((object["confidence"] as? Double).map(threeDecimals) == era["confidence"])
        #expect(Set(JSONObject.list(object, "inputs").compactMap { $0["id"] as? String }) == eraCases, "one input per case of the era")
    }

    @Test func anUnknownCaseOrEraIsAUsageErrorThatNamesTheEras() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        let run = try scratch.run(["explain", "atlantis-1990", "guarantors"] + Self.inputs)
        #expect(run.status == 2, "\(run)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderrLines.count == 1)
        #expect(run.stderrLines.first?.hasPrefix("error: unknown case or era 'atlantis-1990'; try one of: pdpa-mujahedin, ") == true, "\(run)")
        #expect(run.stderrLines.first?.hasSuffix(" or a case id from `lessons-matrix validate`") == true, "\(run)")
    }

    @Test func anUnknownDimensionIsAUsageErrorThatNamesTheDimensions() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        let run = try scratch.run(["explain", "geneva-accords-1988", "guarantees", "--json"] + Self.inputs)
        #expect(run.status == 2, "\(run)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderrLines.count == 1)
        #expect(run.stderrLines.first?.hasPrefix("error: unknown dimension 'guarantees'; the rubric's dimensions are: ") == true, "\(run)")
        #expect(run.stderrLines.first?.contains("guarantors") == true)
    }
}
