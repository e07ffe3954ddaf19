import Foundation
import LessonsMatrix
import MatrixSupport
import RubricModel
import Testing

/// The documented limits (README, "Limits") hold exactly: at the limit an input is accepted, one past it it is
/// refused with a message naming the limit, before anything is written.
struct LimitTests {
    /// The lines a refused call prints; none when it succeeds.
    private func diagnostics(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return []
        } catch let error as ToolError {
            return error.lines
        } catch {
            return ["unexpected \(error)"]
        }
    }

    /// `Rubrics/default.yaml` padded with a trailing comment to exactly `size` bytes.
    private func paddedRubric(size: Int) throws -> Data {
        var data = try Data(contentsOf: PackagePaths.url("Rubrics/default.yaml"))
        data += Data("#".utf8) + Data(repeating: UInt8(ascii: "x"), count: size - data.count - 2) + Data("\n".utf8)
        return data
    }

    @Test func aFileOfExactlyFourMebibytesLoadsAndOneByteMoreIsRefusedWithItsSize() throws {
        let folder = try TemporaryFolder()
        let limit = InputLimits.standard.maximumFileBytes
        #expect(limit == 4_194_304)
        try folder.write("at.yaml", try paddedRubric(size: limit))
        try folder.write("past.yaml", try paddedRubric(size: limit + 1))
        try folder.write("far.yaml", try paddedRubric(size: 5 * 1_048_576))
        #expect(try MatrixInputs.loadRubric(folder.path("at.yaml")).id == "default")
        #expect(diagnostics { _ = try MatrixInputs.loadRubric(folder.path("past.yaml")) }
                == ["\(folder.path("past.yaml")):1:1: file is 4194305 bytes; the limit is 4194304 bytes"])
        #expect(diagnostics { _ = try MatrixInputs.loadRubric(folder.path("far.yaml")) }
                == ["\(folder.path("far.yaml")):1:1: file is 5242880 bytes; the limit is 4194304 bytes"])
    }

    @Test func aCasebookOfExactlyOneHundredThousandCasesIsListedAndOneMoreIsRefusedUnread() throws {
        // Creating 100,000 files takes seconds on a disk, a fraction of one in memory.
        let folder = try TemporaryFolder(inMemory: true)
        let cases = folder.path("cases")
        try FileManager.default.createDirectory(atPath: cases, withIntermediateDirectories: true)
        #expect(MatrixInputs.maximumCases == 100_000)
        func createEmptyFile(_ name: String) -> Bool {
            let descriptor = open("\(cases)/\(name)", O_WRONLY | O_CREAT | O_EXCL, 0o644)
            return descriptor >= 0 && close(descriptor) == 0
        }
        let created = (0..<MatrixInputs.maximumCases).filter { createEmptyFile("c\($0).yaml") }.count
        try #require(created == 100_000)
        #expect(try InputFiles.caseFiles(in: cases).count == 100_000)
        try #require(createEmptyFile("one-more.yaml"))
        #expect(diagnostics { _ = try InputFiles.caseFiles(in: cases) }
                == ["\(cases):1:1: the casebook has 100001 case files; the limit is 100000 cases"])
    }

    /// The default rubric with the given question for its first dimension, on line 39.
    private func rubric(question: String) throws -> String {
        let text = String(decoding: try Data(contentsOf: PackagePaths.url("Rubrics/default.yaml")), as: UTF8.self)
        let line = "    question: Were the actors who hold real power on the ground, and the wider society, at the table?\n"
        #expect(text.contains(line))
        return text.replacingOccurrences(of: line, with: "    question: " + question + "\n")
    }

    /// The default rubric whose first dimension's question is `length` characters long.
    private func rubric(questionLength length: Int) throws -> String {
        try rubric(question: String(repeating: "q", count: length))
    }

    @Test func textOfExactly32767CharactersLoadsAndOneMoreIsRefusedAtItsPosition() throws {
        #expect(InputLimits.standard.maximumScalarCharacters == 32_767)
        let at = try RubricLoader.load(SourceText(text: try rubric(questionLength: 32_767), path: "r.yaml"))
        #expect(at.dimensions[0].question.count == 32_767)
        let past = try rubric(questionLength: 32_768)
        #expect(throws: DiagnosticList.self) { try RubricLoader.load(SourceText(text: past, path: "r.yaml")) }
        do throws(DiagnosticList) {
            _ = try RubricLoader.load(SourceText(text: past, path: "r.yaml"))
        } catch {
            #expect(error.diagnostics.map(\.description) == ["r.yaml:39:15: text is 32768 characters; the limit is 32767"])
        }
    }

    @Test func textIsMeasuredAsExcelMeasuresACell() throws {
        // 16,383 emoji (two UTF-16 units each) and one letter: 32,767 units, the most a cell holds.
        let at = try rubric(question: String(repeating: "😀", count: 16_383) + "a")
        #expect(try RubricLoader.load(SourceText(text: at, path: "r.yaml")).dimensions[0].question.utf16.count == 32_767)
        let past = try rubric(question: String(repeating: "😀", count: 16_384))
        do throws(DiagnosticList) {
            _ = try RubricLoader.load(SourceText(text: past, path: "r.yaml"))
            Issue.record("16,384 emoji loaded")
        } catch {
            #expect(error.diagnostics.map(\.description)
                    == ["r.yaml:39:15: text is 32768 characters as Excel counts them (UTF-16 code units); the limit is 32767"])
        }
    }

    @Test func aBuildWithTooLongARubricTextFailsAndWritesNothing() throws {
        let workspace = try TemporaryFolder(copying: ["Rubrics", "Casebook"])
        try workspace.write("Rubrics/default.yaml", try rubric(questionLength: 40_000))
        let run = try workspace.run(["build", "--out", "Out"])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr == "error: Rubrics/default.yaml:39:15: text is 40000 characters; the limit is 32767\n")
        #expect(!FileManager.default.fileExists(atPath: workspace.path("Out")))
    }

    /// The hostile casebook with the first quote of `formula-names` replaced by one of `length` characters.
    private func casebook(quoteLength length: Int) throws -> TemporaryFolder {
        let folder = try TemporaryFolder(copying: ["Rubrics/extended.yaml"])
        try folder.copy("Tests/Fixtures/hostile/Casebook", to: "Casebook")
        let path = "Casebook/cases/formula-names.yaml"
        let text = String(decoding: try folder.read(path), as: UTF8.self)
        let quote = "        quote: \"=1+2 is what the first quote begins with.\"\n"
        #expect(text.contains(quote))
        try folder.write(path, text.replacingOccurrences(of: quote, with: "        quote: \"" + String(repeating: "w", count: length) + "\"\n"))
        return folder
    }

    @Test func aQuoteOfExactly400CharactersLoadsAndOneMoreIsRefusedAtItsPosition() throws {
        let rubric = try MatrixInputs.loadRubric(PackagePaths.url("Rubrics/extended.yaml").path)
        let at = try casebook(quoteLength: 400)
        let loaded = try MatrixInputs.loadCasebook(at.path("Casebook"), codingRubric: rubric)
        #expect(loaded.casebook.case("formula-names")?.observation("ceasefire_outcome")?.evidence[0].quote.count == 400)
        let past = try casebook(quoteLength: 401)
        #expect(diagnostics { _ = try MatrixInputs.loadCasebook(past.path("Casebook"), codingRubric: rubric) }
                == ["\(past.path("Casebook/cases/formula-names.yaml")):24:16: quote is 401 characters; the limit is 400"])
    }
}
