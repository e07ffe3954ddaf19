import Foundation

/// Parses the JSON the tool prints the way a client would, without the tool's own types.
enum JSONObject {
    struct NotAnObject: Error, CustomStringConvertible {
        let text: String
        var description: String { "not a JSON object: \(text.prefix(300))" }
    }

    /// The top-level object of a JSON text.
    static func parse(_ text: String) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { throw NotAnObject(text: text) }
        return object
    }

    /// The objects of a list field, empty when the field is missing or not a list of objects.
    static func list(_ object: [String: Any], _ key: String) -> [[String: Any]] {
        object[key] as? [[String: Any]] ?? []
    }
}

/// Numbers as the CSV files and text reports print them.
func threeDecimals(_ value: Double) -> String {
    String(format: "%.3f", value)
}
