/// A link of ours into the compared dataset that matches none of their cases (a filtered-out or mistyped row).
public struct UnmatchedLink: Sendable, Hashable {
    /// Our case id.
    public var oursID: String
    /// The link.
    public var link: String

    /// Creates an entry.
    public init(oursID: String, link: String) {
        self.oursID = oursID
        self.link = link
    }
}
