import Testing

/// `lessons-matrix sensitivity`: a seeded report, the same for the same seed.
struct SensitivityCommandTests {
    static func run(_ scratch: ScratchFolder, seed: Int) throws -> ToolRun {
        try scratch.run(["sensitivity", "--rubric", "Rubrics/default.yaml", "--casebook", "Casebook", "--rubric-folder", "Rubrics",
                         "--draws", "300", "--seed", String(seed), "--perturb", "25"])
    }

    @Test func theSameSeedGivesTheSameReportAndAnotherSeedAnother() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        let first = try Self.run(scratch, seed: 7)
        let second = try Self.run(scratch, seed: 7)
        let other = try Self.run(scratch, seed: 8)
        #expect(first.status == 0, "\(first)")
        #expect(first.stdoutLines.first?.hasPrefix("Sensitivity of the ranking — rubric default ") == true, "\(first)")
        #expect(first.stdout.contains("300 weight vectors drawn uniformly from the simplex (seed 7); each weight perturbed by ±25.0%."))
        #expect(first.stdoutLines.contains("Eras") && first.stdoutLines.contains("Cases"))
        #expect(second.stdout == first.stdout)
        #expect(other.status == 0, "\(other)")
        #expect(other.stdout != first.stdout)
    }
}
