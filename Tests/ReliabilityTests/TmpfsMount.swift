import Foundation

/// A small tmpfs mounted for one test, so it can fill a disk or make a folder read-only for real (root ignores
/// file permissions). Only root can mount, and containers may forbid it: ``init(at:bytes:)`` returns nil then.
final class TmpfsMount {
    /// The mount point.
    let path: String

    /// Mounts a tmpfs of `bytes` at `path` (created if needed); nil when mounting is not possible here.
    init?(at path: String, bytes: Int) {
        self.path = path
        guard getuid() == 0,
              (try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)) != nil,
              Self.mount(["-t", "tmpfs", "-o", "size=\(bytes)", "tmpfs", path]) else { return nil }
    }

    deinit {
        _ = Self.mount(["-o", "remount,rw", path])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/umount")
        process.arguments = [path]
        try? process.run()
        process.waitUntilExit()
    }

    /// Makes the file system read-only, keeping its files.
    func remountReadOnly() -> Bool {
        Self.mount(["-o", "remount,ro", path])
    }

    /// Why a test that needs a mount cannot run here.
    static var unavailable: String {
        getuid() == 0 ? "cannot mount a tmpfs here (a container without CAP_SYS_ADMIN?)" : "mounting a tmpfs needs root"
    }

    private static func mount(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/mount")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
