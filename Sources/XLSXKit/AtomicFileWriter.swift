import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes whole files atomically: into a hidden temporary sibling, flushed with `fsync`, then renamed over the
/// destination. On any failure the temporary file is removed and an existing destination is left untouched.
///
/// ``Workbook`` saves this way; the other writers of the project (CSV, text, Markdown) can use the same rule:
///
/// ```swift
/// try AtomicFileWriter.write(Data(csv.utf8), to: URL(fileURLWithPath: "out/matrix.csv"))
/// ```
public enum AtomicFileWriter {
    /// Replaces the file at `url` with `data`, or throws ``XLSXError`` (code ``XLSXError/Code/fileSystem(errno:)``)
    /// naming the path and the system's reason, leaving any previous file as it was.
    public static func write(_ data: Data, to url: URL) throws {
        let operation = "write the file"
        let staged = try StagedFile.reserve(for: url, operation: operation)
        do {
            let handle = try FileHandle(forWritingTo: staged.temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
        } catch {
            staged.abandon()
            // Foundation reports Cocoa error codes, not errno values; EIO marks the failure as an I/O one.
            throw XLSXError(.fileSystem(errno: EIO), error.localizedDescription, operation: operation, path: url.path)
        }
        try staged.commit(operation: operation)
    }
}
