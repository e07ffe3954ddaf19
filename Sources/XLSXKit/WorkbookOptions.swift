import Foundation

/// How libxlsxwriter builds the file.
///
/// ```swift
/// var options = WorkbookOptions()
/// options.constantMemory = true   // rows must then be written top to bottom
/// options.temporaryDirectory = URL(fileURLWithPath: "/var/tmp")
/// ```
public struct WorkbookOptions: Hashable, Sendable {
    /// Flushes each row to a temporary file once a later row is started, keeping memory flat for large
    /// sheets. Rows must then be written in ascending order, and merged ranges and some row formatting are
    /// unavailable; strings are stored inline instead of in the shared-string table.
    public var constantMemory: Bool
    /// Where libxlsxwriter keeps its temporary files while assembling the workbook (its `tmpdir`), and where
    /// ``Workbook/data(properties:options:_:)`` stages its file; nil for the system's temporary directory.
    /// It must exist: libxlsxwriter would otherwise fall back to the system's directory without a word.
    public var temporaryDirectory: URL?
    /// Lets the zip container exceed 4 GB (ZIP64); some older readers cannot open such files.
    public var useZip64: Bool

    /// Defaults: all in memory, the system's temporary directory, no ZIP64.
    public init(constantMemory: Bool = false, temporaryDirectory: URL? = nil, useZip64: Bool = false) {
        self.constantMemory = constantMemory
        self.temporaryDirectory = temporaryDirectory
        self.useZip64 = useZip64
    }
}
