import Foundation
import Testing

/// A build that cannot write (a full disk, a read-only folder, a folder where a file goes) exits 3 with a clear
/// message and leaves the previous output byte-identical, without temporary files.
@Suite(.serialized) struct OutputFailureTests {
    private static let build = ["build", "-q", "--rubric", "Rubrics/default.yaml", "--out", "Out"]

    /// A workspace whose Out/ holds a build of the shipped casebook, and a second casebook, Big, whose build
    /// changes every file.
    private func workspaceWithPreviousOutput(mountingOut bytes: Int? = nil) throws -> (TemporaryFolder, TmpfsMount?, FolderSnapshot) {
        let workspace = try TemporaryFolder(copying: ["Rubrics", "Casebook"])
        try GeneratedCasebook.write(cases: 100, into: workspace.url.appendingPathComponent("Big"))
        var mount: TmpfsMount?
        if let bytes {
            mount = TmpfsMount(at: workspace.path("Out"), bytes: bytes)
            if mount == nil { try Test.cancel(Comment(rawValue: TmpfsMount.unavailable)) }
        }
        let run = try workspace.run(Self.build)
        try #require(run.status == 0, "\(run)")
        return (workspace, mount, FolderSnapshot(workspace.path("Out")))
    }

    @Test func aFullDiskLeavesThePreviousFilesAsTheyWere() throws {
        // Room for the previous files and 64 KiB more; the new files need megabytes.
        let sizing = try TemporaryFolder(copying: ["Rubrics", "Casebook"])
        #expect(try sizing.run(Self.build).status == 0)
        let previousBytes = FolderSnapshot(sizing.path("Out")).files.values.reduce(0) { $0 + ($1.count + 4095) / 4096 * 4096 }
        let (workspace, mount, previous) = try workspaceWithPreviousOutput(mountingOut: previousBytes + 64 * 1024)
        defer { withExtendedLifetime(mount) {} }

        let run = try workspace.run(Self.build + ["--casebook", "Big"])
        #expect(run.status == 3, "\(run)")
        #expect(run.stderrLines.count == 1 && run.stderrLines[0].hasPrefix("error: Out/default/")
                && run.stderrLines[0].hasSuffix(": cannot write: No space left on device"), "\(run)")
        let after = FolderSnapshot(workspace.path("Out"))
        #expect(after.temporaryFiles == [])
        #expect(after == previous)
    }

    @Test func aReadOnlyOutputFolderIsRefusedAndLeftAsItWas() throws {
        if getuid() == 0 {
            let (workspace, mount, previous) = try workspaceWithPreviousOutput(mountingOut: 16 * 1024 * 1024)
            try #require(mount?.remountReadOnly() == true)
            let run = try workspace.run(Self.build + ["--casebook", "Big"])
            #expect(run.status == 3, "\(run)")
            #expect(run.stderr == "error: Out/default: cannot write in the output folder: Read-only file system\n")
            #expect(FolderSnapshot(workspace.path("Out")) == previous)
        } else {
            let (workspace, _, previous) = try workspaceWithPreviousOutput()
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: workspace.path("Out/default"))
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: workspace.path("Out/default")) }
            let run = try workspace.run(Self.build + ["--casebook", "Big"])
            #expect(run.status == 3, "\(run)")
            #expect(run.stderrLines.count == 1 && run.stderrLines[0].hasPrefix("error: Out/default/")
                    && run.stderrLines[0].hasSuffix(": cannot write: Permission denied"), "\(run)")
            #expect(FolderSnapshot(workspace.path("Out")) == previous)
        }
    }

    @Test func aFolderWhereAFileGoesIsRefusedBeforeAnyFileIsReplaced() throws {
        let (workspace, _, previous) = try workspaceWithPreviousOutput()
        try FileManager.default.removeItem(atPath: workspace.path("Out/default/matrix.txt"))
        try workspace.write("Out/default/matrix.txt/inside.txt", "a folder now")

        let run = try workspace.run(Self.build + ["--casebook", "Big"])
        #expect(run.status == 3, "\(run)")
        #expect(run.stderr == "error: Out/default/matrix.txt: is a folder; cannot replace it with a file\n")
        var expected = previous.files
        expected["default/matrix.txt"] = nil
        expected["default/matrix.txt/inside.txt"] = Data("a folder now".utf8)
        #expect(FolderSnapshot(workspace.path("Out")).files == expected)
    }

    @Test func anOutputRootThatIsAFileIsRefused() throws {
        let workspace = try TemporaryFolder(copying: ["Rubrics", "Casebook"])
        try workspace.write("Out", "a file")
        let run = try workspace.run(Self.build)
        #expect(run.status == 3, "\(run)")
        #expect(run.stderr == "error: Out: is a file; the output path must be a folder\n")
        #expect(try workspace.read("Out") == Data("a file".utf8))
    }
}
