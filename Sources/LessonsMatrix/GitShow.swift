import Foundation

/// Reads a file as it was at a git revision.
enum GitShow {
    static func contents(of path: String, at revision: String) throws(ToolError) -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // `rev:./name` is resolved against git's working folder, so run git in the file's own folder:
        // that works for absolute paths and from outside the repository, where `rev:/abs/path` does not.
        let folder = PathText.folder(of: path)
        process.arguments = ["git", "-C", folder.isEmpty ? "." : folder, "show", "\(revision):./\((path as NSString).lastPathComponent)"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw .inputOutput("git is needed for --since: \(error.localizedDescription)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = message.split(separator: "\n").first.map(String.init) ?? "git show failed"
            throw .inputOutput("\(revision):\(path): \(reason)")
        }
        return data
    }
}
