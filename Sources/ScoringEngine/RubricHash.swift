import Foundation
import MatrixSupport
import RubricModel

/// The rubric's content hash, computed like `Casebook.contentHash`: SHA-256 of the canonical (sorted-key) JSON,
/// independent of the YAML layout, key order and comments.
enum RubricHash {
    static func of(_ rubric: Rubric) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(rubric)) ?? Data()
        return SHA256.hex(of: data)
    }
}
