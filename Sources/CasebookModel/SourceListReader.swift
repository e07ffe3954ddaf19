import MatrixSupport

/// Reads `sources.yaml`: a `sources` list of documents, each with a unique id.
struct SourceListReader {
    /// What the file holds.
    struct Result {
        /// The sources that are fully valid.
        var sources: [Source] = []
        /// Every id written, valid entry or not, so that citations of a half-written source are not also reported.
        var ids: [String] = []
        /// Source id → its `file` value.
        var filePositions: [String: CasebookPositions.Position] = [:]
    }

    let reader: YAMLReader

    func read(_ root: YAMLValue) -> Result {
        var result = Result()
        guard let map = reader.mapping(root, what: "sources file", required: ["sources"]),
              let listNode = map["sources"], let items = reader.list(listNode, what: "sources") else { return result }
        var firstLine: [String: Int] = [:]
        for item in items {
            guard let entry = reader.mapping(item, what: "source",
                                             required: ["id", "title", "author", "publisher", "date", "file", "kind"]) else { continue }
            let id = entry["id"].flatMap { reader.identifier($0, what: "source id") }
            if let id, let idNode = entry["id"] {
                if let first = firstLine[id] {
                    reader.report("duplicate source id '\(id)' (first on line \(first))", at: idNode)
                    continue
                }
                firstLine[id] = idNode.line
                result.ids.append(id)
            }
            let title = entry["title"].flatMap { reader.string($0, what: "title") }
            let author = entry["author"].flatMap { reader.string($0, what: "author") }
            let publisher = entry["publisher"].flatMap { reader.string($0, what: "publisher") }
            let date = entry["date"].flatMap { reader.string($0, what: "date") }
            let file = entry["file"].flatMap(fileName)
            let kind = entry["kind"]
                .flatMap { reader.choice($0, what: "kind", among: SourceKind.allCases.map(\.rawValue)) }
                .flatMap(SourceKind.init(rawValue:))
            guard let id, let title, let author, let publisher, let date, let file, let kind, let fileNode = entry["file"] else { continue }
            result.sources.append(Source(id: id, title: title, author: author, publisher: publisher, date: date, file: file, kind: kind))
            result.filePositions[id] = CitationReader.position(of: fileNode)
        }
        return result
    }

    /// A file name inside the corpus folder; a path could reach files outside it.
    private func fileName(_ node: YAMLValue) -> String? {
        guard let name = reader.string(node, what: "file") else { return nil }
        if name.contains("/") || name.contains("\\") || name == "." || name == ".." {
            reader.report("file '\(name)' must be a file name inside the corpus folder, not a path", at: node)
            return nil
        }
        return name
    }
}
