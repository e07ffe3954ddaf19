import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A temporary file beside a destination, renamed over it only when complete.
///
/// The temporary file lives in the destination's directory so that the final `rename(2)` stays on one file
/// system and is atomic: readers see either the previous file or the new one, never a partial one.
struct StagedFile {
    /// Where the finished file goes.
    let destination: URL
    /// The hidden sibling being written: `.<name>.tmp-<pid>-<random>`.
    let temporary: URL

    /// Creates the empty temporary file, which also proves early that the directory is writable.
    static func reserve(for destination: URL, operation: String) throws -> StagedFile {
        let directory = destination.deletingLastPathComponent()
        let name = destination.lastPathComponent
        for _ in 0..<16 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let temporary = directory.appendingPathComponent(".\(name).tmp-\(getpid())-\(suffix)")
            let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 {
                close(descriptor)
                return StagedFile(destination: destination, temporary: temporary)
            }
            if errno != EEXIST { throw fileError(operation, destination.path) }
        }
        throw XLSXError(
            .fileSystem(errno: EEXIST), "could not find an unused temporary file name",
            operation: operation, path: destination.path)
    }

    /// Flushes the temporary file to disk (when `durable`) and renames it over the destination; on failure removes it.
    /// - Parameter durable: false for a file that is read back and deleted at once, which no power cut can harm.
    func commit(operation: String, durable: Bool = true) throws {
        do {
            if durable { try Self.sync(temporary.path, operation: operation) }
            guard rename(temporary.path, destination.path) == 0 else {
                throw Self.fileError(operation, destination.path)
            }
        } catch {
            abandon()
            throw error
        }
        guard durable else { return }
        // The rename is done and cannot be undone; syncing the directory only makes it durable sooner, and
        // some file systems refuse fsync on directories, so a failure here is not reported.
        let directory = open(destination.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 {
            _ = fsync(directory)
            close(directory)
        }
    }

    /// Removes the temporary file; the destination is untouched.
    func abandon() {
        unlink(temporary.path)
    }

    private static func sync(_ path: String, operation: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw fileError(operation, path) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw fileError(operation, path) }
    }

    static func fileError(_ operation: String, _ path: String) -> XLSXError {
        let code = errno
        return XLSXError(.fileSystem(errno: code), String(cString: strerror(code)), operation: operation, path: path)
    }
}
