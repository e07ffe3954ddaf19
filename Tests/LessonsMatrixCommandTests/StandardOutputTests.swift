import Foundation
import Testing

/// `--out -`: one file to standard output, through a temporary file for the workbook (libxlsxwriter cannot write to a pipe).
struct StandardOutputTests {
    @Test func aSingleFileGoesToStandardOutputWithTheSameBytesAsOnDisk() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        let printed = try scratch.run(["build", "--rubric", "Rubrics/default.yaml", "--casebook", "Casebook", "--format", "txt", "--out", "-"])
        #expect(printed.status == 0, "\(printed)")
        let written = try BuildCommandTests.build(scratch, ["--format", "txt"])
        #expect(written.status == 0, "\(written)")
        let onDisk = try String(contentsOf: scratch.url.appendingPathComponent("Out/default/matrix.txt"), encoding: .utf8)
        #expect(printed.stdout == onDisk)
    }

    @Test func aWorkbookGoesToStandardOutputAsAZipArchive() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        let run = try scratch.run(["build", "--rubric", "Rubrics/default.yaml", "--casebook", "Casebook", "--format", "xlsx", "--out", "-"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.utf8.starts(with: Array("PK".utf8)), "an .xlsx file is a zip archive")
        #expect(!FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("Output").path))
    }

    @Test func severalFilesCannotGoToStandardOutput() throws {
        let scratch = try ScratchFolder.withShippedInputs()
        let refused = try scratch.run(["build", "--rubric", "Rubrics/default.yaml", "--casebook", "Casebook", "--format", "csv", "--out", "-"])
        #expect(refused.status == 2)
        #expect(refused.stderrLines == ["error: --out - writes one file to standard output, but this build makes 6; give one --rubric and --format xlsx, txt or md"])
        #expect(refused.stdout.isEmpty)
    }
}
