#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporary C copies of Swift strings for libxlsxwriter's option structs, whose fields are `char *`.
///
/// libxlsxwriter copies every string it keeps (`lxw_strdup`), so the copies only need to live for the call.
enum CStrings {
    /// Calls `body` with a mutable C copy of each string (nil stays nil) and frees the copies afterwards.
    static func with<Result>(
        _ strings: [String?], _ body: ([UnsafeMutablePointer<CChar>?]) throws -> Result
    ) rethrows -> Result {
        let copies = strings.map { string in string.map { strdup($0)! } }
        defer { copies.forEach { free($0) } }
        return try body(copies)
    }
}
