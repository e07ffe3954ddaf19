/// A YAML node with the position it came from, decoupled from the YAML library so that
/// loaders report `path:line:column` for every value and never see an unbounded alias expansion.
public struct YAMLValue: Sendable, Hashable {
    /// What the node holds.
    public enum Content: Sendable, Hashable {
        /// A scalar's text; `isPlain` is false for quoted and block scalars, which are always strings.
        case scalar(String, isPlain: Bool)
        /// A sequence's items in order.
        case sequence([YAMLValue])
        /// A mapping's entries in file order; duplicate keys have already been reported.
        case mapping([YAMLEntry])
    }

    /// What the node holds.
    public let content: Content
    /// The file the node came from.
    public let path: String
    /// 1-based line of the node's start.
    public let line: Int
    /// 1-based column of the node's start.
    public let column: Int

    /// Creates a node.
    public init(content: Content, path: String, line: Int, column: Int) {
        self.content = content
        self.path = path
        self.line = line
        self.column = column
    }

    /// A diagnostic positioned at this node.
    public func diagnostic(_ message: String) -> Diagnostic {
        Diagnostic(path: path, line: line, column: column, message: message)
    }

    /// True for an empty plain scalar, `~` or `null`.
    public var isNull: Bool {
        if case let .scalar(text, isPlain) = content, isPlain {
            return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
        }
        return false
    }

    /// A short name of the node's kind for messages: "a mapping", "a list", "a string".
    public var kindDescription: String {
        switch content {
        case .scalar: return isNull ? "null" : "a scalar"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

/// One key and value of a YAML mapping.
public struct YAMLEntry: Sendable, Hashable {
    /// The key's text.
    public let key: String
    /// The key node, for its position.
    public let keyNode: YAMLValue
    /// The value node.
    public let value: YAMLValue

    /// Creates an entry.
    public init(key: String, keyNode: YAMLValue, value: YAMLValue) {
        self.key = key
        self.keyNode = keyNode
        self.value = value
    }
}
