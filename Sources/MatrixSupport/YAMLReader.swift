import Foundation

/// Reads typed values out of a ``YAMLValue`` tree while collecting every problem it meets,
/// so a loader can report all errors of a file in one pass.
///
/// ```swift
/// let reader = YAMLReader()
/// if let header = reader.mapping(root, what: "rubric", required: ["id"], optional: ["title"]) {
///     let id = header["id"].flatMap(reader.identifier)
/// }
/// if !reader.diagnostics.isEmpty { throw DiagnosticList(reader.diagnostics) }
/// ```
public final class YAMLReader {
    /// The problems found so far.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Creates a reader with no diagnostics.
    public init() {}

    /// Records a problem.
    public func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Records a problem at a node.
    public func report(_ message: String, at node: YAMLValue) {
        diagnostics.append(node.diagnostic(message))
    }

    /// Opens a mapping, reporting a wrong kind, each missing required key and each unknown key.
    ///
    /// - Parameter what: the thing the mapping describes, for messages ("dimension 'guarantors'").
    public func mapping(_ node: YAMLValue, what: String, required: [String], optional: [String] = []) -> YAMLMapping? {
        guard case let .mapping(entries) = node.content else {
            report("\(what) must be a mapping, found \(node.kindDescription)", at: node)
            return nil
        }
        let known = required + optional
        for entry in entries where !known.contains(entry.key) {
            var message = "unknown key '\(entry.key)' in \(what)"
            if let suggestion = Self.closest(to: entry.key, among: known) {
                message += " (did you mean '\(suggestion)'?)"
            }
            report(message, at: entry.keyNode)
        }
        let present = Set(entries.map(\.key))
        for key in required where !present.contains(key) {
            report("missing required key '\(key)' in \(what)", at: node)
        }
        return YAMLMapping(node: node, entries: entries)
    }

    /// Reads a list, reporting a wrong kind. A null value reads as an empty list.
    public func list(_ node: YAMLValue, what: String) -> [YAMLValue]? {
        if node.isNull { return [] }
        guard case let .sequence(items) = node.content else {
            report("\(what) must be a list, found \(node.kindDescription)", at: node)
            return nil
        }
        return items
    }

    /// Reads non-empty text.
    public func string(_ node: YAMLValue, what: String) -> String? {
        guard case let .scalar(text, _) = node.content, !node.isNull else {
            report("\(what) must be text, found \(node.kindDescription)", at: node)
            return nil
        }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            report("\(what) must not be empty", at: node)
            return nil
        }
        return text
    }

    /// Reads an identifier: lowercase letters, digits, `-` and `_`, starting with a letter or digit, at most 64 characters.
    public func identifier(_ node: YAMLValue, what: String) -> String? {
        guard let text = string(node, what: what) else { return nil }
        guard Self.isIdentifier(text) else {
            report("\(what) '\(text)' must use only a-z, 0-9, '-' and '_', start with a letter or digit, and be at most 64 characters", at: node)
            return nil
        }
        return text
    }

    /// Reads a finite number within a range; quoted text, NaN and infinity are refused.
    public func number(_ node: YAMLValue, what: String, in range: ClosedRange<Double> = -1e12...1e12) -> Double? {
        guard case let .scalar(text, isPlain) = node.content, isPlain, !node.isNull else {
            report("\(what) must be a number, found \(node.isNull ? "null" : node.kindDescription == "a scalar" ? "text" : node.kindDescription)", at: node)
            return nil
        }
        let lowered = text.lowercased()
        if lowered.contains("nan") || lowered.contains("inf") {
            report("\(what) must be a finite number, found '\(text)'", at: node)
            return nil
        }
        guard let value = Double(text.replacingOccurrences(of: "_", with: "")) else {
            report("\(what) must be a number, found '\(text)'", at: node)
            return nil
        }
        // A number too large for a Double (1e400) reads as infinity: it is out of range, not "not a number".
        guard value.isFinite, range.contains(value) else {
            report("\(what) \(text) is out of range \(Self.format(range.lowerBound))...\(Self.format(range.upperBound))", at: node)
            return nil
        }
        return value
    }

    /// Reads a whole number within a range.
    public func integer(_ node: YAMLValue, what: String, in range: ClosedRange<Int> = -1_000_000_000...1_000_000_000) -> Int? {
        guard let value = number(node, what: what, in: Double(range.lowerBound)...Double(range.upperBound)) else { return nil }
        guard value == value.rounded() else {
            report("\(what) must be a whole number, found \(Self.format(value))", at: node)
            return nil
        }
        return Int(value)
    }

    /// Reads `true` or `false` (plain, unquoted).
    public func boolean(_ node: YAMLValue, what: String) -> Bool? {
        if case let .scalar(text, isPlain) = node.content, isPlain {
            switch text {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        report("\(what) must be true or false", at: node)
        return nil
    }

    /// Reads one of a fixed set of words.
    public func choice(_ node: YAMLValue, what: String, among choices: [String]) -> String? {
        guard let text = string(node, what: what) else { return nil }
        guard choices.contains(text) else {
            var message = "\(what) '\(text)' is not one of \(choices.joined(separator: ", "))"
            if let suggestion = Self.closest(to: text, among: choices) { message += " (did you mean '\(suggestion)'?)" }
            report(message, at: node)
            return nil
        }
        return text
    }

    /// True when `text` is a valid identifier (see ``identifier(_:what:)``).
    public static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.unicodeScalars.count <= 64 else { return false }
        let allowed: (Unicode.Scalar) -> Bool = { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
        return allowed(first) && first != "-" && first != "_" && text.unicodeScalars.allSatisfy(allowed)
    }

    /// The candidate nearest to `word` by edit distance, when it is close enough to be a likely typo.
    ///
    /// A candidate the edit would rewrite whole is no suggestion: 'pdf' is two edits from 'md', and so is any 2-letter word.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(word, $0)) }
            .filter { $0.1 <= max(2, word.count / 3) && $0.1 < min(word.count, $0.0.count) }
        return scored.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// A YAML mapping opened by ``YAMLReader/mapping(_:what:required:optional:)``.
public struct YAMLMapping: Sendable {
    /// The mapping node itself, for positions.
    public let node: YAMLValue
    /// Its entries in file order.
    public let entries: [YAMLEntry]

    /// The value under `key`, if present.
    public subscript(key: String) -> YAMLValue? {
        entries.first { $0.key == key }?.value
    }
}
