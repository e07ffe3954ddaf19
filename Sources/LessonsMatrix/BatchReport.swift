import Foundation

/// Every job's result, in manifest order.
public struct BatchReport: Sendable, Hashable {
    /// The results.
    public let jobs: [BatchJobResult]

    /// True when any job failed.
    public var anyFailed: Bool { jobs.contains { $0.error != nil } }

    /// The `manifest.json` text: jobs with status, seconds, error and outputs (path, bytes, sha256, rubric_hash).
    public var json: String {
        struct Document: Encodable {
            struct Job: Encodable {
                let name: String
                let status: String
                let seconds: Double
                let error: String?
                let outputs: [BatchOutput]
            }
            let jobs: [Job]
        }
        let document = Document(jobs: jobs.map { .init(name: $0.name, status: $0.status, seconds: ($0.seconds * 1000).rounded() / 1000,
                                                       error: $0.error, outputs: $0.outputs) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(document)) ?? Data(), as: UTF8.self) + "\n"
    }
}
