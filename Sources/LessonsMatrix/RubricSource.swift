import Foundation
import MatrixSupport
import RubricModel

/// Where a rubric comes from: a file on disk, or a file at a git revision (for `diff --since`).
public enum RubricSource: Sendable {
    /// A file.
    case file(String)
    /// `git show <revision>:<path>`, run in the file's folder.
    case git(revision: String, path: String)

    /// Reads and validates the rubric.
    public func load() throws(ToolError) -> Rubric {
        switch self {
        case let .file(path):
            return try MatrixInputs.loadRubric(path)
        case let .git(revision, path):
            let bytes = try GitShow.contents(of: path, at: revision)
            let source: SourceText
            do {
                source = try SourceText(bytes: bytes, path: "\(revision):\(path)")
            } catch {
                throw .invalidInput(DiagnosticList([error]))
            }
            do {
                return try RubricLoader.load(source)
            } catch {
                throw .invalidInput(error)
            }
        }
    }
}
