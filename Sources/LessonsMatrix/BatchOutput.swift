/// One output file of a batch job.
public struct BatchOutput: Sendable, Hashable, Codable {
    /// Path relative to the batch output root.
    public let path: String
    /// Size in bytes.
    public let bytes: Int
    /// SHA-256 of the bytes.
    public let sha256: String
    /// The content hash of the rubric the job used.
    public let rubricHash: String

    enum CodingKeys: String, CodingKey {
        case path, bytes, sha256
        case rubricHash = "rubric_hash"
    }
}
