import Foundation
import Testing

/// `lessons-matrix validate`: coverage and conflicts on standard output, a summary on standard error, the quote check.
struct ValidateCommandTests {
    static func caseIDs(_ scratch: ScratchFolder) throws -> [String] {
        try scratch.names(in: "Casebook/cases").filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }
    }

    @Test func withoutACorpusCoverageAndConflictsArePrintedAndQuotesAreNotChecked() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        let cases = try Self.caseIDs(scratch)
        let run = try scratch.run(["validate", "--rubric-folder", "Rubrics", "--casebook", "Casebook"])
        #expect(run.status == 0, "\(run)")
        let lines = run.stdoutLines
        #expect(lines.first?.hasPrefix("Coverage of rubric 'extended': \(cases.count) cases × ") == true, "\(run)")
        for id in cases {
            #expect(lines.contains { $0.hasPrefix(id + " ") }, "coverage row of \(id)")
        }
        #expect(lines.contains { $0.hasPrefix("Missing: 0 of ") })
        let conflictCount = lines.first { $0.hasPrefix("Conflicts: ") }.flatMap { Int($0.dropFirst("Conflicts: ".count)) }
        #expect(conflictCount != nil && conflictCount! > 0, "the shipped casebook records conflicts")
        let listed = lines.filter { $0.range(of: #"^[a-z0-9-]+ \((case|era) [a-z0-9-]+\): "#, options: .regularExpression) != nil }
        #expect(listed.count == conflictCount, "each conflict is listed once")
        #expect(run.stderrLines.count == 1)
        let summary = run.stderrLines.first ?? ""
        #expect(summary.hasPrefix("valid: 2 rubrics, \(cases.count) cases, "), "\(run)")
        #expect(summary.hasSuffix(", \(conflictCount ?? -1) conflicts; quotes not checked (pass --corpus DIR)"), "\(run)")
    }

    @Test(.enabled(if: PackageFolder.corpus != nil, "needs the source documents in ../shared/seeds beside the package"))
    func withTheCorpusEveryQuoteIsFound() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        let run = try scratch.run(["validate", "--rubric-folder", "Rubrics", "--casebook", "Casebook", "--corpus", PackageFolder.corpus!.path])
        #expect(run.status == 0, "\(run)")
        let summary = run.stderrLines.last ?? ""
        let checked = summary.range(of: #"; ([0-9]+) quotes checked$"#, options: .regularExpression)
            .map { summary[$0].dropFirst(2).prefix { $0.isNumber } }.flatMap { Int($0) }
        #expect((checked ?? 0) > 0, "\(run)")
    }

    @Test(.enabled(if: PackageFolder.corpus != nil, "needs the source documents in ../shared/seeds beside the package"))
    func aQuoteThatIsNotInItsDocumentFailsAtItsLine() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        let file = "Casebook/cases/" + (try scratch.names(in: "Casebook/cases").first { $0.hasSuffix(".yaml") } ?? "")
        let text = try scratch.read(file)
        let quoteLine = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("quote: \"") })
        let original = String(text.split(separator: "\n", omittingEmptySubsequences: false)[quoteLine])
        try scratch.replace(original + "\n", with: original.replacingOccurrences(of: "quote: \"", with: "quote: \"Words no document holds. ") + "\n",
                            in: file)
        let run = try scratch.run(["validate", "--rubric-folder", "Rubrics", "--casebook", "Casebook", "--corpus", PackageFolder.corpus!.path])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.count == 1)
        #expect(run.stderrLines.first?.hasPrefix("error: \(file):\(quoteLine + 1):") == true, "\(run)")
        #expect(run.stderrLines.first?.contains("quote not found in ") == true, "\(run)")
    }

    @Test func aCaseThatNeitherObservesNorExcusesADimensionFails() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        try scratch.write("Casebook/cases/test-talks-1990.yaml", """
            id: test-talks-1990
            name: Test talks
            era: pdpa-mujahedin
            date: "1990"
            venue: unknown
            kind: talks
            outcome: failed
            parties:
              - name: Government of Afghanistan
                side: government
                at_table: true
            observations:
              - indicator: external_guarantee
                value: none
                rationale: The test needs one observation.
                confidence: high
                evidence:
                  - source: encyclopedia-afghan-conflict
                    section: Afghan conflict
                    line: 25
                    quote: "Though the Soviet forces did withdraw."

            """)
        let run = try scratch.run(["validate", "--rubric-folder", "Rubrics", "--casebook", "Casebook"])
        #expect(run.status == 1, "\(run)")
        let prefix = "error: Casebook/cases/test-talks-1990.yaml:1:5: case 'test-talks-1990' neither observes dimension '"
        #expect(!run.stderrLines.isEmpty && run.stderrLines.allSatisfy { $0.hasPrefix(prefix) && $0.hasSuffix("' nor lists it in not_in_sources") },
                "\(run)")
        #expect(run.stderrLines.contains { $0.contains("'inclusivity'") })
        #expect(!run.stderrLines.contains { $0.contains("'guarantors'") }, "guarantors is observed")
    }
}
