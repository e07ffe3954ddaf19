import Foundation

/// Reads a file as it was at a git revision.
enum GitShow {
    static func contents(of path: String, at revision: String) throws(ToolError) -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let relative = path.hasPrefix("/") ? path : "./" + path
        process.arguments = ["git", "show", "\(revision):\(relative)"]
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
