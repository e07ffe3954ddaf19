/// Where a passage is: its file and the first and last line it spans, 1-based.
public struct PassageReference: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The corpus file name.
    public var file: String
    /// The passage's first line.
    public var firstLine: Int
    /// The passage's last line (equal to `firstLine` for a one-line passage).
    public var lastLine: Int

    /// Creates a reference.
    public init(file: String, firstLine: Int, lastLine: Int) {
        self.file = file
        self.firstLine = firstLine
        self.lastLine = lastLine
    }

    /// True when `line` lies within the passage.
    public func contains(line: Int) -> Bool {
        (firstLine...lastLine).contains(line)
    }

    /// `file:12` or `file:12-15`.
    public var description: String {
        firstLine == lastLine ? "\(file):\(firstLine)" : "\(file):\(firstLine)-\(lastLine)"
    }

    /// File order, then line order: the order passages are listed in when their scores tie.
    public static func < (l: PassageReference, r: PassageReference) -> Bool {
        (l.file, l.firstLine, l.lastLine) < (r.file, r.firstLine, r.lastLine)
    }
}
