import MatrixSupport

/// Reads the keys evidence items and conflict claims share: `source`, `section`, `line` and `quote`.
struct CitationReader {
    /// The longest quote accepted, in characters.
    static let maximumQuoteLength = 400

    /// What a citation says, with where its quote and line number are written.
    struct Citation {
        var sourceID: String
        var locator: Locator
        var quote: String
        var positions: CasebookPositions.Citation
    }

    let reader: YAMLReader
    /// The source ids of `sources.yaml`, or nil when that file could not be read, so that one broken
    /// file does not turn every citation into an error.
    let sourceIDs: [String]?

    func read(_ map: YAMLMapping) -> Citation? {
        let sourceID = map["source"].flatMap(source)
        let section = map["section"].flatMap { reader.string($0, what: "section") }
        let line = map["line"].flatMap(lineNumber)
        let quote = map["quote"].flatMap(quoteText)
        guard let sourceID, let section, let line, let quote,
              let quoteNode = map["quote"], let lineNode = map["line"] else { return nil }
        return Citation(sourceID: sourceID, locator: .document(section: section, line: line), quote: quote,
                        positions: .init(quote: Self.position(of: quoteNode), line: Self.position(of: lineNode)))
    }

    static func position(of node: YAMLValue) -> CasebookPositions.Position {
        .init(path: node.path, line: node.line, column: node.column)
    }

    private func source(_ node: YAMLValue) -> String? {
        guard let id = reader.identifier(node, what: "source") else { return nil }
        guard let sourceIDs else { return id }
        guard sourceIDs.contains(id) else {
            var message = "unknown source '\(id)'"
            if let suggestion = YAMLReader.closest(to: id, among: sourceIDs) { message += " (did you mean '\(suggestion)'?)" }
            reader.report(message, at: node)
            return nil
        }
        return id
    }

    private func lineNumber(_ node: YAMLValue) -> Int? {
        guard let line = reader.integer(node, what: "line") else { return nil }
        guard line >= 1 else {
            reader.report("line must be 1 or more, found \(line)", at: node)
            return nil
        }
        return line
    }

    private func quoteText(_ node: YAMLValue) -> String? {
        guard let quote = reader.string(node, what: "quote") else { return nil }
        guard quote.count <= Self.maximumQuoteLength else {
            reader.report("quote is \(quote.count) characters; the limit is \(Self.maximumQuoteLength)", at: node)
            return nil
        }
        return quote
    }
}
