import Foundation

/// The bytes of every file under a folder, by path relative to it, without the lock files, which are not output.
struct FolderSnapshot: Equatable {
    /// Relative path → bytes.
    let files: [String: Data]

    /// Reads every file under `folder`; an absent folder is an empty snapshot.
    init(_ folder: String) {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let relative = enumerator?.nextObject() as? String {
            let path = (folder as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  (relative as NSString).lastPathComponent != ".lessons-matrix.lock" else { continue }
            files[relative] = FileManager.default.contents(atPath: path)
        }
        self.files = files
    }

    /// The paths of temporary files a writer left (`.<name>.tmp-<pid>`).
    var temporaryFiles: [String] {
        files.keys.filter { ($0 as NSString).lastPathComponent.hasPrefix(".") && $0.contains(".tmp-") }.sorted()
    }

    /// Writes the snapshot's files under `folder`, which must be empty or absent.
    func restore(into folder: String) throws {
        for (relative, data) in files {
            let target = URL(fileURLWithPath: folder).appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: target)
        }
    }
}
