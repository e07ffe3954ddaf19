/// A named year range of an ``EraPlan``.
public struct EraRange: Sendable, Hashable {
    /// The era id.
    public var id: String
    /// The first year.
    public var start: Int
    /// The last year.
    public var end: Int

    /// Creates a range.
    public init(id: String, start: Int, end: Int) {
        self.id = id
        self.start = start
        self.end = end
    }
}
