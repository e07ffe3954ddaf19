import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder the tool writes into, held under an exclusive lock so two processes never interleave, and changed
/// in two phases so a failure never leaves a mix of old and new files.
///
/// ``commit(_:)`` first writes every file to a temporary sibling (`.<name>.tmp-<pid>`); only when all of them are
/// written does it rename them into place. What that guarantees:
///
/// - Every file in the folder is always complete: its previous bytes or its new bytes, never a mixture, never
///   empty or cut short, whatever happens to the process (a full disk, a permission error, `kill -9`); after a
///   power cut too when files are flushed to disk (below).
/// - An error while writing (a full disk, a folder standing where a file goes, a read-only folder) is found in
///   the first phase and leaves every previous file byte-identical; the temporary files are removed.
/// - Only a crash during the second phase, a few `rename` calls long, can leave some files new and others old,
///   each complete; the next run replaces them.
/// - Temporary files left by a killed run are removed by the next run that takes the lock.
///
/// Files are not flushed to disk unless the environment sets `LESSONS_MATRIX_FSYNC=1` (``syncsToDisk``). The
/// rename alone makes a replacement atomic for every process, including after the writer is killed; only a power
/// cut or kernel crash can lose a file renamed just before it (leaving the previous or an empty one, depending on
/// the file system). Every file here can be rebuilt by running the command again, and an `fsync` per file costs
/// several milliseconds — more than rendering the matrices of both shipped rubrics — so it is opt-in.
///
/// ```swift
/// let folder = try OutputFolder.lock("Output/default")
/// try folder.commit([("matrix.txt", Data(text.utf8)), ("matrix.md", Data(markdown.utf8))])
/// ```
public final class OutputFolder {
    /// The folder's path.
    public let path: String
    private let lockDescriptor: Int32
    private let syncs: Bool

    /// Whether folders locked now flush each file to disk before renaming it into place and the folder after:
    /// true when the environment sets `LESSONS_MATRIX_FSYNC=1`.
    public static var syncsToDisk: Bool { ProcessInfo.processInfo.environment["LESSONS_MATRIX_FSYNC"] == "1" }

    /// The lock file, kept in the folder.
    public static let lockName = ".lessons-matrix.lock"
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
            throw .inputOutput("\(path): cannot create the output folder: \(Self.reason(Self.errorCode(of: error)))")
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
        try commit([(relativePath, contents)])
    }

    /// Replaces several files as one change, in the two phases described above.
    /// - Parameter files: paths inside the folder (subfolders are created) with their new bytes.
    /// - Throws: ``ToolError/inputOutput(_:)`` naming the file that could not be written; when it is thrown before
    ///   any rename, which is the case for every error but a failing rename, no file in the folder has changed.
    public func commit(_ files: [(relativePath: String, contents: Data)]) throws(ToolError) {
        let targets = files.map { (path as NSString).appendingPathComponent($0.relativePath) }
        for target in targets {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
                throw .inputOutput("\(target): is a folder; cannot replace it with a file")
            }
        }
        var staged: [(temporary: String, target: String)] = []
        do throws(ToolError) {
            for (file, target) in zip(files, targets) {
                staged.append((try stage(file.contents, for: target), target))
            }
        } catch {
            for (temporary, _) in staged { unlink(temporary) }
            throw error
        }
        for (index, (temporary, target)) in staged.enumerated() {
            if rename(temporary, target) != 0 {
                let failure = errno
                for (rest, _) in staged[index...] { unlink(rest) }
                throw .inputOutput("\(target): cannot replace the file: \(Self.reason(failure))")
            }
        }
        // With syncsToDisk, the renames are made durable by flushing the folders that hold them. Some file systems
        // refuse fsync on a folder, so a failure there is not reported.
        if syncs {
            for directory in Set(targets.map { PathText.folder(of: $0) }) {
                let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                if descriptor >= 0 {
                    _ = fsync(descriptor)
                    close(descriptor)
                }
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

    /// Writes `contents` to a temporary sibling of `target` (flushed to disk with ``syncsToDisk``) and returns its path.
    private func stage(_ contents: Data, for target: String) throws(ToolError) -> String {
        let directory = PathText.folder(of: target)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .inputOutput("\(directory): cannot create the folder: \(Self.reason(Self.errorCode(of: error)))")
        }
        let temporary = (directory as NSString).appendingPathComponent(
            ".\((target as NSString).lastPathComponent)\(Self.temporaryMarker)\(getpid())")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .inputOutput("\(target): cannot write: \(Self.reason(errno))")
        }
        let failure = contents.withUnsafeBytes { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return !syncs || fsync(descriptor) == 0 ? 0 : errno }
            var offset = 0
            while offset < buffer.count {
                let result = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if result < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += result
            }
            return !syncs || fsync(descriptor) == 0 ? 0 : errno
        }
        // Some file systems report a full disk only when the file is closed.
        let closeFailure = close(descriptor) == 0 ? 0 : errno
        if failure != 0 || closeFailure != 0 {
            unlink(temporary)
            throw .inputOutput("\(target): cannot write: \(Self.reason(failure != 0 ? failure : closeFailure))")
        }
        return temporary
    }

    /// Removes `.<name>.tmp-<pid>` files here and in subfolders, except in subfolders that are output folders of
    /// their own (they hold a lock file): another process may be writing there under that lock.
    private func removeLeftoverTemporaryFiles() {
        var folders = [path]
        while let folder = folders.popLast() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names {
                let child = (folder as NSString).appendingPathComponent(name)
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    let ownLock = (child as NSString).appendingPathComponent(Self.lockName)
                    if !FileManager.default.fileExists(atPath: ownLock) { folders.append(child) }
                } else if name.hasPrefix("."), name.contains(Self.temporaryMarker) {
                    unlink(child)
                }
            }
        }
    }

    /// The POSIX error behind a FileManager error; errno itself may have been changed since.
    private static func errorCode(of error: Error) -> Int32 {
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(underlying.code)
        }
        return errno
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
