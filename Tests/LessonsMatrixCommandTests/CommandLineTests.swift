import Foundation
import LessonsMatrix
import Testing

/// What every subcommand shares: version, help, usage errors, `--quiet`, output and input failures and their exit codes.
struct CommandLineTests {
    static let subcommands = ["build", "validate", "explain", "diff", "sensitivity", "batch"]

    @Test func versionPrintsTheToolVersion() throws {
        let scratch = try ScratchFolder()
        let run = try scratch.run(["--version"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == ToolVersion.current + "\n")
    }

    @Test func helpListsEverySubcommandWithExamplesAndExitCodes() throws {
        let scratch = try ScratchFolder()
        let run = try scratch.run(["--help"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("Examples:"))
        #expect(run.stdout.contains("Exit codes: 0 success; 1 a validation or check failure; 2 usage; 3"))
        for subcommand in Self.subcommands {
            #expect(run.stdout.contains("\n  \(subcommand) "), "subcommand \(subcommand) listed")
            #expect(run.stdout.contains("lessons-matrix \(subcommand)"), "an example of \(subcommand)")
        }
    }

    @Test(arguments: subcommands)
    func everySubcommandHelpHasExamples(_ subcommand: String) throws {
        let scratch = try ScratchFolder()
        let run = try scratch.run([subcommand, "--help"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("Examples:\n  lessons-matrix \(subcommand)"), "\(run)")
    }

    @Test func anUnknownOptionIsAUsageError() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        let before = scratch.snapshot()
        let run = try scratch.run(["build", "--bogus", "--out", "Out"])
        #expect(run.status == 2, "\(run)")
        #expect(run.stderrLines.first == "error: Unknown option '--bogus'. Did you mean '--out'?")
        #expect(scratch.snapshot() == before)
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        let before = scratch.snapshot()
        let run = try scratch.run(["build", "--rubric", "Rubrics/default.yaml", "--casebook", "Casebook", "--out", "Out", "--format", "csv,pdf"])
        #expect(run.status == 2, "\(run)")
        #expect(run.stderrLines == ["error: unknown format 'pdf'; use a comma-separated list of xlsx, csv, txt, md"])
        #expect(scratch.snapshot() == before)
    }

    @Test(arguments: [
        (["sensitivity", "--draws", "0"], "error: --draws must be between 1 and 10000000"),
        (["sensitivity", "--perturb", "100"], "error: --perturb must be a percentage between 0 and 100, e.g. 20"),
        (["diff", "--old", "Rubrics/default.yaml"], "error: give either --old FILE --new FILE, or --since REV"),
        (["batch", "batch.yaml", "--jobs", "0"], "error: --jobs must be between 1 and 256"),
        (["explain", "geneva-accords-1988"], "error: Missing expected argument '<dimension>'"),
    ])
    func argumentsOutOfRangeAreUsageErrors(arguments: [String], firstLine: String) throws {
        let scratch = try ScratchFolder.withShippedInputs()
        let run = try scratch.run(arguments)
        #expect(run.status == 2, "\(run)")
        #expect(run.stderrLines.first == firstLine)
        #expect(run.stdout.isEmpty)
    }

    @Test func quietPrintsNothingOnSuccess() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        let run = try scratch.run(["build", "--quiet", "--rubric", "Rubrics/default.yaml", "--casebook", "Casebook", "--out", "Out",
                                   "--format", "csv,txt,md"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.isEmpty)
        #expect(scratch.exists("Out/default/matrix.txt"))
    }

    @Test func anOutputPathThatIsAFileIsAnInputOutputError() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        try scratch.write("Out", "a file, not a folder\n")
        let before = scratch.snapshot()
        for out in ["Out", "Out/inside"] {
            let run = try scratch.run(["build", "--rubric", "Rubrics/default.yaml", "--casebook", "Casebook", "--out", out, "--format", "csv"])
            #expect(run.status == 3, "\(run)")
            #expect(run.stderrLines == ["error: Out: is a file; the output path must be a folder"])
        }
        #expect(scratch.snapshot() == before)
    }

    @Test func aMissingRubricFileIsAnInputOutputError() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        let run = try scratch.run(["build", "--rubric", "Rubrics/missing.yaml", "--casebook", "Casebook", "--out", "Out"])
        #expect(run.status == 3, "\(run)")
        #expect(run.stderrLines == ["error: Rubrics/missing.yaml: no such file"])
        #expect(!scratch.exists("Out"))
    }

    @Test func aBadRubricIsAValidationFailureAtItsPositionAndWritesNothing() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        let line = try scratch.replace("      kind: maximum\n", with: "      kind: maximal\n", in: "Rubrics/default.yaml")
        let before = scratch.snapshot()
        let run = try scratch.run(["build", "--rubric", "Rubrics/default.yaml", "--casebook", "Casebook", "--out", "Out"])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines == [
            "error: Rubrics/default.yaml:\(line):13: kind of rule of dimension 'guarantors' 'maximal' is not one of "
                + "weighted_mean, minimum, maximum, threshold_table (did you mean 'maximum'?)",
        ])
        #expect(scratch.snapshot() == before)
    }

    /// Foundation's `deletingLastPathComponent` traps on one-character paths; these used to crash.
    @Test func oneCharacterPathsWork() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        try scratch.write("r", try scratch.read("Rubrics/default.yaml"))
        let explain = try scratch.run(["explain", "geneva-accords-1988", "guarantors", "--rubric", "r", "--casebook", "Casebook",
                                       "--coding-rubric", "Rubrics/extended.yaml"])
        #expect(explain.status == 0, "\(explain)")
        try scratch.write("m", "output: E\ncasebook: Casebook\njobs:\n  - name: j\n    rubric: r\n    formats: [md]\n    output: j\n")
        let batch = try scratch.run(["batch", "m", "--quiet"])
        #expect(batch.status == 0, "\(batch)")
        #expect(scratch.exists("E/j/matrix.md"))
        let build = try scratch.run(["build", "--rubric", "r", "--casebook", "Casebook", "--out", "O", "--format", "md", "--quiet"])
        #expect(build.status == 0, "\(build)")
        #expect(scratch.exists("O/default/matrix.md"))
    }
}
