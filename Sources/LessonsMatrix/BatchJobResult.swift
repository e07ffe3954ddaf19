/// What happened to one job.
public struct BatchJobResult: Sendable, Hashable, Codable {
    /// The job's name.
    public let name: String
    /// Its outputs; empty when it failed.
    public let outputs: [BatchOutput]
    /// Wall-clock seconds the job took.
    public let seconds: Double
    /// Why it failed, nil on success.
    public let error: String?

    /// "ok" or "failed".
    public var status: String { error == nil ? "ok" : "failed" }
}
