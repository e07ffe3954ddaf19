import Foundation
import Testing
import XLSXKit

#if canImport(Glibc)
import Glibc
#endif

@Suite struct AtomicFileWriterTests {
    @Test func writesAndReplacesWholeFiles() throws {
        try TestDirectory.with { directory in
            let output = directory.file("matrix.csv")
            try AtomicFileWriter.write(Data("first\n".utf8), to: output)
            #expect(try Data(contentsOf: output) == Data("first\n".utf8))
            try AtomicFileWriter.write(Data("second, longer\n".utf8), to: output)
            #expect(try Data(contentsOf: output) == Data("second, longer\n".utf8))
            try AtomicFileWriter.write(Data(), to: output)
            #expect(try Data(contentsOf: output).isEmpty)
            #expect(try directory.listing() == ["matrix.csv"])
        }
    }

    @Test func failuresNameThePathAndLeaveNoTemporaryFile() throws {
        try TestDirectory.with { directory in
            let missing = try #require(throws: XLSXError.self) {
                try AtomicFileWriter.write(Data("x".utf8), to: directory.file("nowhere/out.md"))
            }
            #expect(missing.code == .fileSystem(errno: ENOENT))
            #expect(missing.path == directory.file("nowhere/out.md").path)
            let blocked = directory.file("out.md")
            try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: false)
            let onDirectory = try #require(throws: XLSXError.self) {
                try AtomicFileWriter.write(Data("x".utf8), to: blocked)
            }
            #expect(onDirectory.code == .fileSystem(errno: EISDIR))
            #expect(try directory.listing() == ["out.md"])
        }
    }

    @Test func newFilesGetTheUsualPermissions() throws {
        try TestDirectory.with { directory in
            let output = directory.file("report.txt")
            try AtomicFileWriter.write(Data("x".utf8), to: output)
            // Read from /proc rather than with umask(2), which would change it for the tests running alongside.
            let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
            let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("Umask:") })
            let mask = try #require(Int(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8))
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: output.path)[.posixPermissions] as? Int)
            #expect(mode == 0o666 & ~mask)
        }
    }

    @Test func workbookBytesCanBeStagedInAChosenDirectory() throws {
        try TestDirectory.with { directory in
            let bytes = try Workbook.data(
                properties: Fixture.properties, options: WorkbookOptions(temporaryDirectory: directory.url)
            ) { workbook in
                try workbook.addWorksheet(named: "Out").write("to stdout", at: CellReference(row: 0, column: 0))
            }
            #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a zip file")
            #expect(try directory.listing().isEmpty, "the staging directory is removed")
        }
    }
}
