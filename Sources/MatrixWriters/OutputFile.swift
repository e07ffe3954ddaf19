import Foundation

/// One file a writer produces: where it goes inside the rubric's output folder, and its bytes.
///
/// Writers are pure and only return these; the shell layer writes them to disk atomically.
///
/// ```swift
/// OutputFile(path: "matrix.txt", contents: Data("…".utf8))
/// ```
public struct OutputFile: Sendable, Hashable {
    /// The path relative to `Output/<rubric-id>/`, such as `era_matrix.csv`.
    public let path: String
    /// The file's bytes.
    public let contents: Data

    /// Creates a file.
    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }
}
