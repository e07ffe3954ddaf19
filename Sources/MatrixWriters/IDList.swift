/// A list of ids as a note or cell shows it: comma-separated, and past ``limit`` ids cut short with the number
/// left out, so that a dataset-scale casebook, whose eras hold hundreds of cases, cannot push a note or cell past
/// Excel's 32,767 characters. The CSV files keep every list whole.
///
/// ```swift
/// IDList.text(["a", "b"])               // "a, b"
/// IDList.text([])                       // "none"
/// IDList.text(ids, limit: 2)            // "a, b and 3 more"
/// ```
enum IDList {
    /// The most ids shown.
    static let limit = 30

    /// The ids joined by ", ", "none" when there are none, and "… and N more" past `limit`.
    static func text(_ ids: [String], limit: Int = limit) -> String {
        guard !ids.isEmpty else { return "none" }
        let shown = ids.prefix(limit).joined(separator: ", ")
        return ids.count > limit ? "\(shown) and \(ids.count - limit) more" : shown
    }
}
