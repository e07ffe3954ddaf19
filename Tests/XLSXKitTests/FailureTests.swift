import Foundation
import Testing
import XLSXKit
import XLSXReadBack

#if canImport(Glibc)
import Glibc
#endif

/// Every forced failure must give a clear error, leave no temporary file, and leave a previous file untouched.
@Suite struct FailureTests {
    private struct Interrupted: Error {}

    /// Writes a valid previous workbook at `url` and returns its bytes.
    private func writePrevious(_ url: URL) throws -> Data {
        try Workbook.write(to: url, properties: Fixture.properties) { workbook in
            try workbook.addWorksheet(named: "Previous").write("previous run", at: CellReference(row: 0, column: 0))
        }
        return try Data(contentsOf: url)
    }

    /// The previous file is byte-identical and nothing else is in the directory.
    private func expectUntouched(_ directory: TestDirectory, _ name: String, _ previous: Data) throws {
        #expect(try directory.listing() == [name], "no temporary file may remain")
        #expect(try Data(contentsOf: directory.file(name)) == previous)
        #expect(try XLSXDocument(url: directory.file(name)).sheet(named: "Previous")?.cell("A1")?.string == "previous run")
    }

    @Test func missingDirectoryFailsAtOnceWithTheSystemsReason() throws {
        try TestDirectory.with { directory in
            let output = directory.file("missing/matrix.xlsx")
            let error = try #require(throws: XLSXError.self) {
                try Workbook.write(to: output, properties: Fixture.properties) { _ in
                    Issue.record("the build closure must not run")
                }
            }
            #expect(error.code == .fileSystem(errno: ENOENT))
            #expect(error.path == output.path)
            #expect(error.description.contains("No such file or directory"))
            #expect(error.description.contains(output.path))
            #expect(try directory.listing().isEmpty)
        }
    }

    @Test func directoryThatIsAFileFails() throws {
        try TestDirectory.with { directory in
            let blocker = directory.file("not-a-directory")
            try Data("x".utf8).write(to: blocker)
            let error = try #require(throws: XLSXError.self) {
                _ = try Workbook(url: blocker.appendingPathComponent("matrix.xlsx"), properties: Fixture.properties)
            }
            #expect(error.code == .fileSystem(errno: ENOTDIR))
            #expect(try directory.listing() == ["not-a-directory"])
        }
    }

    @Test(.enabled(if: getuid() != 0, "root may write into read-only directories"))
    func readOnlyDirectoryFails() throws {
        try TestDirectory.with { directory in
            let locked = directory.file("locked")
            try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false)
            chmod(locked.path, 0o555)
            defer { chmod(locked.path, 0o755) }
            let error = try #require(throws: XLSXError.self) {
                _ = try Workbook(url: locked.appendingPathComponent("matrix.xlsx"), properties: Fixture.properties)
            }
            #expect(error.code == .fileSystem(errno: EACCES))
        }
    }

    @Test func invalidSheetNamesAreRefusedAndNothingIsReplaced() throws {
        try TestDirectory.with { directory in
            let output = directory.file("matrix.xlsx")
            let previous = try writePrevious(output)
            for name in ["Q1/Q2", "a[b]", "what?", "", String(repeating: "n", count: 32), "'quoted'", "history"] {
                let error = try #require(throws: XLSXError.self) {
                    try Workbook.write(to: output, properties: Fixture.properties) { workbook in
                        try workbook.addWorksheet(named: "Fine").write("kept?", at: CellReference(row: 0, column: 0))
                        _ = try workbook.addWorksheet(named: name)
                    }
                }
                #expect(error.code == .invalidSheetName, "\(name)")
                #expect(error.description.contains("sheet name"))
                try expectUntouched(directory, "matrix.xlsx", previous)
            }
        }
    }

    @Test func duplicateSheetNamesDifferingInCaseAreRefused() throws {
        try TestDirectory.with { directory in
            let output = directory.file("matrix.xlsx")
            let previous = try writePrevious(output)
            let error = try #require(throws: XLSXError.self) {
                try Workbook.write(to: output, properties: Fixture.properties) { workbook in
                    _ = try workbook.addWorksheet(named: "Evidence")
                    _ = try workbook.addWorksheet(named: "EVIDENCE")
                }
            }
            #expect(error.code == .duplicateSheetName)
            #expect(error.message.contains("'Evidence'"))
            try expectUntouched(directory, "matrix.xlsx", previous)
        }
    }

    @Test func overlongStringNamesSheetAndCellAndReplacesNothing() throws {
        try TestDirectory.with { directory in
            let output = directory.file("matrix.xlsx")
            let previous = try writePrevious(output)
            let error = try #require(throws: XLSXError.self) {
                try Workbook.write(to: output, properties: Fixture.properties) { workbook in
                    let sheet = try workbook.addWorksheet(named: "Era matrix")
                    try sheet.write("fine", at: CellReference(row: 0, column: 0))
                    try sheet.write(String(repeating: "x", count: 32_768), at: CellReference(row: 1, column: 1))
                }
            }
            #expect(error.code == .textTooLong)
            #expect(error.sheet == "Era matrix")
            #expect(error.cell == "B2")
            #expect(error.description.hasPrefix("Cannot write a string at 'Era matrix'!B2: "))
            #expect(error.description.contains("32768"))
            #expect(error.description.contains("32767"))
            try expectUntouched(directory, "matrix.xlsx", previous)
        }
    }

    @Test func stringsAreMeasuredInUTF16UnitsAsExcelDoes() throws {
        try TestDirectory.with { directory in
            try Workbook.write(to: directory.file("emoji.xlsx"), properties: Fixture.properties) { workbook in
                let sheet = try workbook.addWorksheet(named: "Emoji")
                // 16,384 emoji are 32,768 UTF-16 units although libxlsxwriter would count 16,384 characters.
                let error = try #require(throws: XLSXError.self) {
                    try sheet.write(String(repeating: "😀", count: 16_384), at: CellReference(row: 0, column: 0))
                }
                #expect(error.code == .textTooLong)
                try sheet.write(String(repeating: "😀", count: 16_383), at: CellReference(row: 0, column: 0))
                let nul = try #require(throws: XLSXError.self) {
                    try sheet.write("before\u{0}after", at: CellReference(row: 1, column: 0))
                }
                #expect(nul.code == .invalidText)
                #expect(nul.message.contains("NUL"))
                let infinite = try #require(throws: XLSXError.self) {
                    try sheet.write(Double.infinity, at: CellReference(row: 2, column: 0))
                }
                #expect(infinite.code == .invalidArgument)
                let nan = try #require(throws: XLSXError.self) {
                    try sheet.writeFormula("=1/0", cachedValue: .nan, at: CellReference(row: 3, column: 0))
                }
                #expect(nan.code == .invalidArgument)
            }
        }
    }

    @Test func failureInTheMiddleOfWritingReplacesNothing() throws {
        try TestDirectory.with { directory in
            let output = directory.file("matrix.xlsx")
            let previous = try writePrevious(output)
            #expect(throws: Interrupted.self) {
                try Workbook.write(to: output, properties: Fixture.properties) { workbook in
                    let sheet = try workbook.addWorksheet(named: "Era matrix")
                    for row in 0..<500 { try sheet.write("row \(row)", at: CellReference(row: row, column: 0)) }
                    #expect(try directory.listing().count == 2, "the temporary file exists while writing")
                    throw Interrupted()
                }
            }
            try expectUntouched(directory, "matrix.xlsx", previous)
        }
    }

    @Test(arguments: [false, true])
    func releasingAnUnclosedWorkbookDiscardsIt(constantMemory: Bool) throws {
        try TestDirectory.with { directory in
            let output = directory.file("matrix.xlsx")
            let previous = try writePrevious(output)
            do {
                let workbook = try Workbook(
                    url: output, properties: Fixture.properties, options: WorkbookOptions(constantMemory: constantMemory))
                try workbook.addWorksheet(named: "Unfinished").write("never saved", at: CellReference(row: 0, column: 0))
            }
            try expectUntouched(directory, "matrix.xlsx", previous)
        }
    }

    @Test func libraryFailureWhileClosingReplacesNothing() throws {
        try TestDirectory.with { directory in
            let output = directory.file("matrix.xlsx")
            let previous = try writePrevious(output)
            let workbook = try Workbook(url: output, properties: Fixture.properties)
            try workbook.addWorksheet(named: "Era matrix").write("x", at: CellReference(row: 0, column: 0))
            // Replace the staged file with a directory, so that libxlsxwriter cannot open it when closing.
            let staged = try #require(try directory.listing().first { $0.hasPrefix(".matrix.xlsx.tmp-") })
            try FileManager.default.removeItem(at: directory.file(staged))
            try FileManager.default.createDirectory(at: directory.file(staged), withIntermediateDirectories: false)
            let error = try #require(throws: XLSXError.self) { try workbook.close() }
            #expect(error.code == .library(2))  // LXW_ERROR_CREATING_XLSX_FILE
            #expect(error.message == "Error creating output xlsx file. Usually a permissions error.")
            #expect(error.description.hasPrefix("Cannot save the workbook (\(output.path)): "))
            try FileManager.default.removeItem(at: directory.file(staged))
            try expectUntouched(directory, "matrix.xlsx", previous)
            let reused = try #require(throws: XLSXError.self) {
                _ = try workbook.addWorksheet(named: "After")
            }
            #expect(reused.code == .workbookClosed)
        }
    }

    @Test func missingTemporaryDirectoryIsRefused() throws {
        try TestDirectory.with { directory in
            let error = try #require(throws: XLSXError.self) {
                _ = try Workbook(
                    url: directory.file("m.xlsx"), properties: Fixture.properties,
                    options: WorkbookOptions(temporaryDirectory: directory.file("nowhere")))
            }
            #expect(error.code == .fileSystem(errno: ENOENT))
            #expect(error.path == directory.file("nowhere").path)
            #expect(try directory.listing().isEmpty)
        }
    }

    @Test func destinationThatIsADirectoryFailsOnRename() throws {
        try TestDirectory.with { directory in
            let output = directory.file("matrix.xlsx")
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: false)
            let error = try #require(throws: XLSXError.self) {
                try Workbook.write(to: output, properties: Fixture.properties) { workbook in
                    _ = try workbook.addWorksheet(named: "S")
                }
            }
            #expect(error.code == .fileSystem(errno: EISDIR))
            #expect(try directory.listing() == ["matrix.xlsx"])
        }
    }

    @Test func closedWorkbooksRefuseFurtherUse() throws {
        try TestDirectory.with { directory in
            let workbook = try Workbook(url: directory.file("done.xlsx"), properties: Fixture.properties)
            let sheet = try workbook.addWorksheet(named: "Done")
            try workbook.close()
            #expect(!workbook.isOpen)
            let write = try #require(throws: XLSXError.self) { try sheet.write("late", at: CellReference(row: 0, column: 0)) }
            #expect(write.code == .workbookClosed)
            #expect(write.sheet == "Done")
            #expect(write.cell == "A1")
            let close = try #require(throws: XLSXError.self) { try workbook.close() }
            #expect(close.code == .workbookClosed)
            workbook.discard()
            #expect(try directory.listing() == ["done.xlsx"])
        }
    }
}
