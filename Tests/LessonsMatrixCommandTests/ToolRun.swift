/// What one run of `lessons-matrix` did.
struct ToolRun: Sendable, CustomStringConvertible {
    /// The exit status; a negative number is the signal that killed the process.
    let status: Int32
    /// Everything printed on standard output.
    let stdout: String
    /// Everything printed on standard error.
    let stderr: String

    /// Standard error split into lines, without the empty string after the final newline.
    var stderrLines: [String] { Self.lines(stderr) }

    /// Standard output split into lines, without the empty string after the final newline.
    var stdoutLines: [String] { Self.lines(stdout) }

    /// Shown when an expectation about the run fails, so the failure says what the tool printed.
    var description: String {
        "exit \(status)\n--- stdout (\(stdout.count) characters)\n\(stdout.prefix(2000))\n--- stderr\n\(stderr.prefix(4000))"
    }

    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
