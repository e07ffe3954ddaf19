import CasebookModel
import Foundation
import MatrixSupport

/// The `--format bin` form of a casebook: a one-line text header, then the casebook as a binary property list.
///
/// A binary property list because it round-trips every value exactly (doubles as 8-byte reals, strings
/// byte for byte); stores each repeated string once (keys, source ids, stances and column names recur in
/// every evidence item of an import: the whole PA-X import is 2.6 MB against 7.2 MB of JSON); is read and
/// written by Foundation on Linux and macOS without a dependency; and can be inspected with `plutil`.
/// The header names the format and its version so a wrong file is refused with a message, not misread.
///
/// ```swift
/// let data = try CasebookBinaryCodec.encode(result.casebook)
/// let back = try CasebookBinaryCodec.decode(data, path: "pa-x.bin")   // == result.casebook
/// ```
public enum CasebookBinaryCodec {
    /// The bytes every file starts with.
    public static let header = Array("lessons-matrix casebook bplist 1\n".utf8)

    /// Encodes a casebook.
    /// - Throws: a diagnostic naming `path` if Foundation cannot encode it.
    public static func encode(_ casebook: Casebook, path: String = "<casebook>") throws(Diagnostic) -> Data {
        let encoder = PropertyListEncoder()
        encoder.outputFormat = .binary
        do {
            return Data(header) + (try encoder.encode(casebook))
        } catch {
            throw Diagnostic(path: path, line: 1, column: 1, message: "casebook could not be encoded: \(error)")
        }
    }

    /// Decodes what ``encode(_:path:)`` wrote.
    /// - Throws: a diagnostic when the header is missing or of another version, or the payload is damaged.
    public static func decode(_ data: Data, path: String) throws(Diagnostic) -> Casebook {
        guard data.starts(with: header) else {
            let prefix = Array("lessons-matrix casebook ".utf8)
            let message = data.starts(with: prefix)
                ? "binary casebook has another format version; this tool reads '\(String(decoding: header.dropLast(), as: UTF8.self))'"
                : "not a lessons-matrix binary casebook (it does not start with '\(String(decoding: header.dropLast(), as: UTF8.self))')"
            throw Diagnostic(path: path, line: 1, column: 1, message: message)
        }
        do {
            return try PropertyListDecoder().decode(Casebook.self, from: Data(data.dropFirst(header.count)))
        } catch {
            throw Diagnostic(path: path, line: 1, column: 1, message: "binary casebook is damaged: \(error)")
        }
    }
}
