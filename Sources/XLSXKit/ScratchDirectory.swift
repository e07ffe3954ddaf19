import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A private directory made with `mkdtemp`, for files that are built and read back, then removed.
struct ScratchDirectory {
    /// The directory.
    let url: URL

    /// Creates `lessons-matrix-xlsx-XXXXXX` inside `parent` (or the system's temporary directory).
    init(in parent: URL?, operation: String) throws {
        let base = parent ?? FileManager.default.temporaryDirectory
        var template = Array(base.appendingPathComponent("lessons-matrix-xlsx-XXXXXX").path.utf8CString)
        guard let created = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw StagedFile.fileError(operation, base.path)
        }
        url = URL(fileURLWithPath: String(cString: created), isDirectory: true)
    }

    /// Deletes the directory and everything in it.
    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
