import MatrixSupport

extension RubricFileReader {
    /// A dimension's `cues`: at least one term, each a valid phrase with a positive weight and written once,
    /// and optional single-word negations, each written once.
    func readCues(_ node: YAMLValue, of dimension: String) -> DimensionCues? {
        let what = "cues of \(dimension)"
        guard let map = reader.mapping(node, what: what, required: ["terms"], optional: ["negations"]) else { return nil }
        let terms = map["terms"].flatMap { readCueTerms($0, of: dimension) }
        let negations = map["negations"].map { readNegations($0, of: dimension) } ?? []
        guard let terms, let negations else { return nil }
        return DimensionCues(terms: terms, negations: negations)
    }

    private func readCueTerms(_ node: YAMLValue, of dimension: String) -> [CueTerm]? {
        guard let items = reader.list(node, what: "terms of the cues of \(dimension)") else { return nil }
        if items.isEmpty {
            reader.report("cues of \(dimension) must list at least one term", at: node)
            return nil
        }
        var terms: [CueTerm] = []
        var firstLine: [String: Int] = [:]
        for item in items {
            guard let map = reader.mapping(item, what: "cue term of \(dimension)", required: ["text", "weight"]) else { continue }
            let text = map["text"].flatMap { node in
                reader.string(node, what: "text of a cue term of \(dimension)").flatMap { cueText($0, kind: "cue term", of: dimension, at: node) }
            }
            let weight = map["weight"].flatMap { node in
                number(node, what: "weight of cue term '\(text ?? "?")' in \(dimension)").flatMap { value -> Double? in
                    guard value > 0 else {
                        reader.report("weight of cue term '\(text ?? "?")' in \(dimension) must be above 0, found \(RubricCanonicalForm.number(value))",
                                      at: node)
                        return nil
                    }
                    return value
                }
            }
            guard let text, let textNode = map["text"] else { continue }
            let key = CueWords.split(text).joined(separator: " ")
            if let previous = firstLine[key] {
                reader.report("duplicate cue term '\(text)' in \(dimension) (first on line \(previous))", at: textNode)
                continue
            }
            firstLine[key] = textNode.line
            if let weight { terms.append(CueTerm(text: text, weight: weight)) }
        }
        return terms.count == items.count ? terms : nil
    }

    private func readNegations(_ node: YAMLValue, of dimension: String) -> [String]? {
        guard let items = reader.list(node, what: "negations of the cues of \(dimension)") else { return nil }
        var negations: [String] = []
        var firstLine: [String: Int] = [:]
        for item in items {
            guard let text = reader.string(item, what: "negation in the cues of \(dimension)"),
                  let word = cueText(text, kind: "negation", of: dimension, at: item) else { continue }
            guard CueWords.split(word).count == 1 else {
                reader.report("negation '\(word)' in the cues of \(dimension) must be a single word", at: item)
                continue
            }
            let key = word.lowercased()
            if let previous = firstLine[key] {
                reader.report("duplicate negation '\(word)' in the cues of \(dimension) (first on line \(previous))", at: item)
                continue
            }
            firstLine[key] = item.line
            negations.append(word)
        }
        return negations.count == items.count ? negations : nil
    }

    /// The text when every word of it is valid (see ``CueWords``); reported otherwise.
    private func cueText(_ text: String, kind: String, of dimension: String, at node: YAMLValue) -> String? {
        let words = CueWords.split(text)
        if let problem = words.lazy.compactMap(CueWords.problem(with:)).first ?? (words.isEmpty ? "must have a word" : nil) {
            reader.report("\(kind) '\(text)' in the cues of \(dimension) \(problem)", at: node)
            return nil
        }
        return text
    }
}
