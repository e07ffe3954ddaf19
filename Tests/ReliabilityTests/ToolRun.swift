import Foundation

/// One run of the `lessons-matrix` binary, to completion.
struct ToolRun: CustomStringConvertible {
    /// The exit status; a signal that ended the process is given as its negative.
    let status: Int32
    /// Standard output.
    let stdout: String
    /// Standard error.
    let stderr: String

    /// Runs the binary in `folder` and waits; output goes to files, so a chatty run cannot block on a full pipe.
    init(_ arguments: [String], in folder: URL) throws {
        let process = try ToolProcess(arguments, in: folder)
        (status, stdout, stderr) = try process.wait()
    }

    /// Standard error's lines.
    var stderrLines: [String] {
        stderr.split(separator: "\n").map(String.init)
    }

    /// Shown when an expectation about the run fails.
    var description: String {
        "exit \(status)\n--- stdout\n\(stdout.prefix(2000))\n--- stderr\n\(stderr.prefix(4000))"
    }
}

/// A running `lessons-matrix` process, for tests that kill it or run two at once.
final class ToolProcess {
    private let process = Process()
    private let outputs: URL
    private let stdout: FileHandle
    private let stderr: FileHandle

    /// Starts the binary in `folder`.
    init(_ arguments: [String], in folder: URL) throws {
        outputs = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-matrix-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        try Data().write(to: outputs.appendingPathComponent("stdout"))
        try Data().write(to: outputs.appendingPathComponent("stderr"))
        stdout = try FileHandle(forWritingTo: outputs.appendingPathComponent("stdout"))
        stderr = try FileHandle(forWritingTo: outputs.appendingPathComponent("stderr"))
        process.executableURL = PackagePaths.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
        try? FileManager.default.removeItem(at: outputs)
    }

    /// The process id.
    var processIdentifier: Int32 { process.processIdentifier }

    /// Sends SIGKILL.
    func kill() {
        _ = Foundation.kill(process.processIdentifier, SIGKILL)
    }

    /// Waits for the process to end and returns its status (negative for a signal) and output.
    func wait() throws -> (status: Int32, stdout: String, stderr: String) {
        process.waitUntilExit()
        try stdout.close()
        try stderr.close()
        let status = process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus
        return (status,
                String(decoding: try Data(contentsOf: outputs.appendingPathComponent("stdout")), as: UTF8.self),
                String(decoding: try Data(contentsOf: outputs.appendingPathComponent("stderr")), as: UTF8.self))
    }
}
