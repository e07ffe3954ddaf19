import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder the tool writes into, held under an exclusive lock so two processes never interleave,
/// with every file written to a temporary sibling and renamed into place only when complete.
///
/// A run that fails or is killed leaves the previous files byte-identical; its temporary files
/// (`.<name>.tmp-<pid>`) are removed by the next run that takes the lock.
///
/// Files are not flushed to disk unless the environment sets `LESSONS_MATRIX_FSYNC=1` (``syncsToDisk``). The
/// rename alone makes a replacement atomic for every process, including after the writer is killed; only a power
/// cut or kernel crash can lose a file renamed just before it (leaving the previous or an empty one, depending on
/// the file system). Every file here can be rebuilt by running the command again, and an `fsync` per file costs
/// several milliseconds — more than rendering the matrices of both shipped rubrics — so it is opt-in.
///
/// ```swift
/// let folder = try OutputFolder.lock("Output/default")
/// try folder.write("matrix.txt", contents: Data(text.utf8))
/// ```
public final class OutputFolder {
    /// The folder's path.
    public let path: String
    private let lockDescriptor: Int32
    private let syncs: Bool

    /// Whether folders locked now flush each file to disk before renaming it into place and the folder after:
    /// true when the environment sets `LESSONS_MATRIX_FSYNC=1`.
    public static var syncsToDisk: Bool { ProcessInfo.processInfo.environment["LESSONS_MATRIX_FSYNC"] == "1" }

    private static let lockName = ".lessons-matrix.lock"
    private static let temporaryMarker = ".tmp-"

    private init(path: String, lockDescriptor: Int32) {
        self.path = path
        self.lockDescriptor = lockDescriptor
        syncs = Self.syncsToDisk
    }

    deinit {
        close(lockDescriptor)
    }

    /// Creates the folder if needed, takes its lock without waiting, and removes temporary files left by killed runs.
    /// - Throws: ``ToolError/inputOutput(_:)`` when the folder cannot be created, is a file, or another process holds the lock.
    public static func lock(_ path: String) throws(ToolError) -> OutputFolder {
        if let file = firstFile(onTheWayTo: path) {
            throw .inputOutput("\(file): is a file; the output path must be a folder")
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .inputOutput("\(path): cannot create the output folder: \(Self.reason(errno))")
        }
        let lockPath = (path as NSString).appendingPathComponent(lockName)
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .inputOutput("\(path): cannot write in the output folder: \(Self.reason(errno))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw .inputOutput("\(path): another lessons-matrix process is writing this folder; wait for it to finish")
        }
        let folder = OutputFolder(path: path, lockDescriptor: descriptor)
        folder.removeLeftoverTemporaryFiles()
        return folder
    }

    /// Writes one file atomically: temporary sibling, rename (with ``syncsToDisk``, flushed before the rename and
    /// the folder after it).
    /// - Parameter relativePath: a path inside the folder; subfolders are created.
    public func write(_ relativePath: String, contents: Data) throws(ToolError) {
        let target = (path as NSString).appendingPathComponent(relativePath)
        let directory = PathText.folder(of: target)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .inputOutput("\(target): is a folder; cannot replace it with a file")
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .inputOutput("\(directory): cannot create the folder: \(Self.reason(errno))")
        }
        let temporary = (directory as NSString).appendingPathComponent(
            ".\((target as NSString).lastPathComponent)\(Self.temporaryMarker)\(getpid())")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .inputOutput("\(target): cannot write: \(Self.reason(errno))")
        }
        let written = contents.withUnsafeBytes { buffer -> Int32 in
            var offset = 0
            while offset < buffer.count {
                let result = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if result < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += result
            }
            return !syncs || fsync(descriptor) == 0 ? 0 : errno
        }
        close(descriptor)
        if written != 0 {
            unlink(temporary)
            throw .inputOutput("\(target): cannot write: \(Self.reason(written))")
        }
        if rename(temporary, target) != 0 {
            let failure = errno
            unlink(temporary)
            throw .inputOutput("\(target): cannot replace the file: \(Self.reason(failure))")
        }
        if syncs {
            // The rename is done; syncing the folder makes it durable sooner. Some file systems refuse fsync on a
            // folder, so a failure here is not reported.
            let folder = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if folder >= 0 {
                _ = fsync(folder)
                close(folder)
            }
        }
    }

    /// Removes a file of the folder if it exists.
    public func remove(_ relativePath: String) throws(ToolError) {
        let target = (path as NSString).appendingPathComponent(relativePath)
        if unlink(target) != 0 && errno != ENOENT {
            throw .inputOutput("\(target): cannot remove: \(Self.reason(errno))")
        }
    }

    /// The names of the entries of a subfolder, sorted; empty when it does not exist.
    public func files(in relativePath: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: (path as NSString).appendingPathComponent(relativePath))) ?? []).sorted()
    }

    /// The current bytes of a file in the folder, or nil when it does not exist.
    public func contents(of relativePath: String) -> Data? {
        FileManager.default.contents(atPath: (path as NSString).appendingPathComponent(relativePath))
    }

    private func removeLeftoverTemporaryFiles() {
        guard let enumerator = FileManager.default.enumerator(atPath: path) else { return }
        for case let relative as String in enumerator {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix("."), name.contains(Self.temporaryMarker) {
                unlink((path as NSString).appendingPathComponent(relative))
            }
        }
    }

    /// The path itself or the nearest existing folder above it, when that is a file rather than a folder.
    private static func firstFile(onTheWayTo path: String) -> String? {
        var candidate = path
        while !candidate.isEmpty, candidate != "/", candidate != "." {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory) {
                return isDirectory.boolValue ? nil : candidate
            }
            candidate = PathText.folder(of: candidate)
        }
        return nil
    }

    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
