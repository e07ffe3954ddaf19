import Foundation

/// The built `lessons-matrix` binary, run as a separate process.
enum Tool {
    /// Why the binary could not be found.
    struct NotFound: Error, CustomStringConvertible {
        let searched: [String]
        var description: String {
            "lessons-matrix binary not found (looked at \(searched.joined(separator: ", "))); "
                + "run `swift build` first, or set LESSONS_MATRIX_BIN to the binary's path"
        }
    }

    /// `LESSONS_MATRIX_BIN`, else `lessons-matrix` beside the test bundle, else `debug/lessons-matrix`
    /// in the nearest folder above it (the scratch path's own layout).
    static let binary: Result<URL, NotFound> = {
        let fileManager = FileManager.default
        if let path = ProcessInfo.processInfo.environment["LESSONS_MATRIX_BIN"], !path.isEmpty {
            return fileManager.isExecutableFile(atPath: path) ? .success(URL(fileURLWithPath: path)) : .failure(NotFound(searched: [path]))
        }
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        var searched: [String] = []
        var folder = bundle.deletingLastPathComponent()
        var candidates = [folder.appendingPathComponent("lessons-matrix")]
        while folder.path != "/" {
            candidates.append(folder.appendingPathComponent("debug/lessons-matrix"))
            folder = folder.deletingLastPathComponent()
        }
        for candidate in candidates {
            searched.append(candidate.path)
            if fileManager.isExecutableFile(atPath: candidate.path) { return .success(candidate) }
        }
        return .failure(NotFound(searched: Array(searched.prefix(3)) + ["… up to /"]))
    }()

    /// Runs the binary with `arguments` in `folder` and waits for it.
    ///
    /// Output goes to files rather than pipes, so a command that prints a lot cannot block on a full pipe.
    static func run(_ arguments: [String], in folder: URL) throws -> ToolRun {
        let process = Process()
        process.executableURL = try binary.get()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let outputs = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-matrix-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outputs) }
        let stdoutURL = outputs.appendingPathComponent("stdout"), stderrURL = outputs.appendingPathComponent("stderr")
        try Data().write(to: stdoutURL)
        try Data().write(to: stderrURL)
        let stdout = try FileHandle(forWritingTo: stdoutURL), stderr = try FileHandle(forWritingTo: stderrURL)
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try stdout.close()
        try stderr.close()
        let status = process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus
        return ToolRun(status: status,
                       stdout: String(decoding: try Data(contentsOf: stdoutURL), as: UTF8.self),
                       stderr: String(decoding: try Data(contentsOf: stderrURL), as: UTF8.self))
    }
}
