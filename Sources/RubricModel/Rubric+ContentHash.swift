import MatrixSupport

extension Rubric {
    /// SHA-256 of ``RubricCanonicalForm/json(_:)``, as 64 lowercase hex digits.
    ///
    /// Together with `id` and `version` it identifies a rubric: comments, key order, quoting and layout of the file
    /// leave it unchanged, while any change of a value (a weight, a label, a condition's text) changes it.
    ///
    /// ```swift
    /// let rubric = try RubricLoader.load(source)
    /// print("\(rubric.id) \(rubric.version) \(rubric.contentHash.prefix(12))")
    /// ```
    public var contentHash: String {
        SHA256.hex(of: RubricCanonicalForm.json(self))
    }
}
