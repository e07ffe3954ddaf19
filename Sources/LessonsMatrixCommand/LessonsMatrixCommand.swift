import ArgumentParser
import Foundation
import LessonsMatrix

/// `lessons-matrix`: compare peace negotiations on a rubric and write the matrices analysts read.
@main
struct LessonsMatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons-matrix",
        abstract: "Score peace negotiations on a rubric and write the matrices as XLSX, CSV, text and Markdown.",
        discussion: """
            Exit codes: 0 success; 1 a validation or check failure; 2 usage; 3 input/output.

            Examples:
              lessons-matrix                                  # build every rubric in Rubrics/ into Output/
              lessons-matrix build --rubric Rubrics/default.yaml --format xlsx,csv
              lessons-matrix validate --corpus ../shared/seeds
              lessons-matrix explain geneva-accords-1988 guarantors
              lessons-matrix diff --since HEAD --rubric Rubrics/default.yaml
              lessons-matrix sensitivity --draws 10000 --seed 7 --perturb 20
              lessons-matrix batch scripts/batch-example.yaml
              lessons-matrix scan --corpus ../shared/seeds --format md
            """,
        version: ToolVersion.current,
        subcommands: [BuildCommand.self, ValidateCommand.self, ExplainCommand.self, DiffCommand.self, SensitivityCommand.self,
                      BatchCommand.self, ImportCommand.self, CompareCommand.self, ScanCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    /// Runs the command and maps every failure to one line per problem and the documented exit code.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as ToolError {
            for line in error.lines {
                FileHandle.standardError.write(Data("error: \(line)\n".utf8))
            }
            Foundation.exit(error.exitCode)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == ExitCode(1) || code == ExitCode(3) {
                exit(withError: error)
            }
            // The parser says "Error: "; every other failure of the tool says "error: ", so usage errors do too.
            let message = fullMessage(for: error)
            let text = message.hasPrefix("Error: ") ? "error: " + message.dropFirst("Error: ".count) : message
            FileHandle.standardError.write(Data((text + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
