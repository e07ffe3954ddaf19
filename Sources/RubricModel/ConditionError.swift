/// A problem in a lesson condition, located by its offset in the condition text so the rubric loader can
/// turn it into a file line and column.
public struct ConditionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 0-based offset in the condition text, counted in Unicode scalars; the text's length means "at the end".
    public var offset: Int
    /// What is wrong, in words the rubric author can act on.
    public var message: String

    /// Creates an error.
    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    /// `offset N: message`.
    public var description: String {
        "offset \(offset): \(message)"
    }
}

/// Every problem found in one condition: a syntax error stops the parse, but name and type errors are all reported.
public struct ConditionErrorList: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems, in order of offset.
    public let errors: [ConditionError]

    /// Creates a list, ordered by offset.
    public init(_ errors: [ConditionError]) {
        self.errors = errors.sorted { ($0.offset, $0.message) < ($1.offset, $1.message) }
    }

    /// One error per line.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
