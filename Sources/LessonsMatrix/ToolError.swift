import MatrixSupport

/// A failure the command line reports in one line per problem, with the documented exit code.
///
/// | exit code | meaning |
/// | --- | --- |
/// | 0 | success |
/// | 1 | a validation or check failure: bad input, quotes not found, stale output, a diff with `--fail-on-change` |
/// | 2 | usage: unknown option, missing argument (reported by the argument parser) |
/// | 3 | input/output: a file that cannot be read or written, a locked output folder, a full disk |
public enum ToolError: Error, Sendable, CustomStringConvertible {
    /// Input that does not validate; every problem is listed.
    case invalidInput(DiagnosticList)
    /// A check that ran and failed, with its report lines.
    case checkFailed([String])
    /// A file or folder that could not be read or written.
    case inputOutput(String)
    /// A request that makes no sense, such as an unknown era in a filter.
    case usage(String)

    /// The process exit code.
    public var exitCode: Int32 {
        switch self {
        case .invalidInput, .checkFailed: return 1
        case .usage: return 2
        case .inputOutput: return 3
        }
    }

    /// The lines to print on standard error, each prefixed by the caller with `error: `.
    public var lines: [String] {
        switch self {
        case let .invalidInput(list): return list.diagnostics.map(\.description)
        case let .checkFailed(lines): return lines
        case let .inputOutput(message), let .usage(message): return [message]
        }
    }

    /// All lines joined.
    public var description: String { lines.joined(separator: "\n") }
}
