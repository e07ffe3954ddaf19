/// Path arithmetic on the paths users type, done on the text.
///
/// Foundation's `NSString.deletingLastPathComponent` traps on a one-character path such as `r` or `m`
/// (swift-corelibs-foundation with Swift 6.3), so a rubric or manifest with a one-letter name crashed the tool.
public enum PathText {
    /// The folder part of a path, as `deletingLastPathComponent` defines it.
    ///
    /// ```swift
    /// PathText.folder(of: "Rubrics/default.yaml")   // "Rubrics"
    /// PathText.folder(of: "r")                      // ""
    /// PathText.folder(of: "/r")                     // "/"
    /// ```
    public static func folder(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(Substring(path))
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        if slash == trimmed.startIndex { return "/" }
        return String(withoutTrailingSlashes(trimmed[..<slash]))
    }

    private static func withoutTrailingSlashes(_ text: Substring) -> Substring {
        var text = text
        while text.count > 1, text.hasSuffix("/") { text = text.dropLast() }
        return text
    }
}
