import ArgumentParser

/// `lessons-matrix-bench`: the benchmarks' helper, kept out of the analyst's `lessons-matrix`. `scripts/bench`
/// runs it to generate inputs and time in-process phases; it is not installed by `scripts/run`.
@main
struct LessonsMatrixBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons-matrix-bench",
        abstract: "Benchmark helpers: synthetic casebooks, rubric variants, in-process phase timings, workbook cell dumps, tidy exports.",
        subcommands: [GenerateCommand.self, VariantsCommand.self, PhasesCommand.self, DumpCellsCommand.self, ExportTidyCommand.self])
}
