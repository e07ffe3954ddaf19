import MatrixSupport

extension RubricFileReader {
    func readLessons(_ node: YAMLValue) -> [Lesson]? {
        guard let items = reader.list(node, what: "lessons") else { return nil }
        var lessonLines: [String: Int] = [:]
        let lessons = items.enumerated().compactMap { index, item in readLesson(item, index: index, seen: &lessonLines) }
        return lessons.count == items.count ? lessons : nil
    }

    private func readLesson(_ node: YAMLValue, index: Int, seen lessonLines: inout [String: Int]) -> Lesson? {
        var what = label(node, kind: "lesson", index: index)
        guard let map = reader.mapping(node, what: what, required: ["id", "statement", "dimensions", "condition"]) else { return nil }
        let id = map["id"].flatMap { reader.identifier($0, what: "lesson id") }
        var unique = true
        if let id, let idNode = map["id"] {
            if let previous = lessonLines[id] {
                reader.report("duplicate lesson id '\(id)' (first on line \(previous))", at: idNode)
                unique = false
            } else {
                lessonLines[id] = idNode.line
            }
            what = "lesson '\(id)'"
        }
        let statement = map["statement"].flatMap { reader.string($0, what: "statement of \(what)") }
        let dimensions = map["dimensions"].flatMap { readLessonDimensions($0, of: what) }
        let conditionNode = map["condition"]
        let conditionText = conditionNode.flatMap { reader.string($0, what: "condition of \(what)") }
        var condition: LessonCondition?
        if let conditionNode, let conditionText {
            do {
                condition = try ConditionParser.parse(conditionText, vocabulary: vocabulary)
            } catch {
                for problem in error.errors {
                    let (line, column) = position(ofOffset: problem.offset, in: conditionNode)
                    reader.report(Diagnostic(path: source.path, line: line, column: column,
                                             message: "condition of \(what): \(problem.message)"))
                }
            }
        }
        guard let id, unique, let statement, let dimensions, let conditionText, let condition else { return nil }
        return Lesson(id: id, statement: statement, dimensions: dimensions, conditionText: conditionText, condition: condition)
    }

    private func readLessonDimensions(_ node: YAMLValue, of lesson: String) -> [String]? {
        guard let items = reader.list(node, what: "dimensions of \(lesson)") else { return nil }
        if items.isEmpty {
            reader.report("dimensions of \(lesson) must name at least one dimension", at: node)
            return nil
        }
        var ids: [String] = []
        var valid = true
        for item in items {
            guard let id = reader.string(item, what: "dimension of \(lesson)") else {
                valid = false
                continue
            }
            if ids.contains(id) {
                reader.report("\(lesson) names dimension '\(id)' twice", at: item)
                valid = false
            } else if dimensionLines[id] == nil {
                var message = "\(lesson) names unknown dimension '\(id)'"
                if let suggestion = YAMLReader.closest(to: id, among: dimensionLines.keys.sorted()) {
                    message += " (did you mean '\(suggestion)'?)"
                }
                reader.report(message, at: item)
                valid = false
            }
            ids.append(id)
        }
        return valid ? ids : nil
    }
}
