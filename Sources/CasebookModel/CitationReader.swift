import MatrixSupport

/// Reads the keys evidence items and conflict claims share: `source`, `quote`, and where the quote sits —
/// `section` and `line` in a document, or `row` and `column` in a dataset (as `lessons-matrix import` writes them).
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
        let quote = map["quote"].flatMap(quoteText)
        let locator: Locator?
        let locatorNode: YAMLValue?
        switch (map["section"] != nil || map["line"] != nil, map["row"] != nil || map["column"] != nil) {
        case (true, false):
            let section = map["section"].flatMap { reader.string($0, what: "section") }
            let line = map["line"].flatMap(lineNumber)
            if map["section"] == nil { reader.report("missing required key 'section' next to 'line'", at: map.node) }
            if map["line"] == nil { reader.report("missing required key 'line' next to 'section'", at: map.node) }
            locator = section.flatMap { section in line.map { .document(section: section, line: $0) } }
            locatorNode = map["line"]
        case (false, true):
            let row = map["row"].flatMap { reader.string($0, what: "row") }
            let column = map["column"].flatMap { reader.string($0, what: "column") }
            if map["row"] == nil { reader.report("missing required key 'row' next to 'column'", at: map.node) }
            if map["column"] == nil { reader.report("missing required key 'column' next to 'row'", at: map.node) }
            locator = row.flatMap { row in column.map { .datasetRow(rowID: row, column: $0) } }
            locatorNode = map["row"]
        default:
            reader.report("give either 'section' and 'line' (a document) or 'row' and 'column' (a dataset)", at: map.node)
            locator = nil
            locatorNode = nil
        }
        guard let sourceID, let quote, let locator, let quoteNode = map["quote"], let locatorNode else { return nil }
        return Citation(sourceID: sourceID, locator: locator, quote: quote,
                        positions: .init(quote: Self.position(of: quoteNode), line: Self.position(of: locatorNode)))
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
