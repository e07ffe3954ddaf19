import MatrixSupport

/// Reads `eras.yaml`: an `eras` list, each era with a unique id and a first year no later than its last.
struct EraListReader {
    /// What the file holds.
    struct Result {
        /// The eras that are fully valid.
        var eras: [Era] = []
        /// Every id written, valid entry or not, so that cases in a half-written era are not also reported.
        var ids: [String] = []
    }

    let reader: YAMLReader

    func read(_ root: YAMLValue) -> Result {
        var result = Result()
        guard let map = reader.mapping(root, what: "eras file", required: ["eras"]),
              let listNode = map["eras"], let items = reader.list(listNode, what: "eras") else { return result }
        var firstLine: [String: Int] = [:]
        for item in items {
            guard let entry = reader.mapping(item, what: "era", required: ["id", "name", "start"], optional: ["end"]) else { continue }
            let id = entry["id"].flatMap { reader.identifier($0, what: "era id") }
            if let id, let idNode = entry["id"] {
                if let first = firstLine[id] {
                    reader.report("duplicate era id '\(id)' (first on line \(first))", at: idNode)
                    continue
                }
                firstLine[id] = idNode.line
                result.ids.append(id)
            }
            let name = entry["name"].flatMap { reader.string($0, what: "name") }
            let start = entry["start"].flatMap { reader.integer($0, what: "start", in: 1000...9999) }
            let endNode = entry["end"].flatMap { $0.isNull ? nil : $0 }
            let end = endNode.flatMap { reader.integer($0, what: "end", in: 1000...9999) }
            guard let id, let name, let start, endNode == nil || end != nil else { continue }
            if let end, let endNode, end < start {
                reader.report("era '\(id)' ends (\(end)) before it starts (\(start))", at: endNode)
                continue
            }
            result.eras.append(Era(id: id, name: name, start: start, end: end))
        }
        return result
    }
}
