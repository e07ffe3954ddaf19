import MatrixSupport

/// Reads a case's `date`: `"YYYY"`, `"YYYY-MM"`, `"YYYY-MM-DD"`, a plain year such as `1988` (which YAML
/// reads as a number), `unknown`, or a range `{from, to}` of two such dates.
struct CaseDateReader {
    let reader: YAMLReader

    func read(_ node: YAMLValue) -> CaseDate? {
        if case .mapping = node.content { return range(node) }
        if case let .scalar(text, _) = node.content, text == "unknown" { return .unknown }
        return single(node, what: "date", form: "YYYY, YYYY-MM, YYYY-MM-DD, unknown, or a range {from, to}")
            .map { CaseDate(from: $0) }
    }

    private func range(_ node: YAMLValue) -> CaseDate? {
        guard let map = reader.mapping(node, what: "date range", required: ["from", "to"]) else { return nil }
        let from = map["from"].flatMap { single($0, what: "date range start", form: "YYYY, YYYY-MM or YYYY-MM-DD") }
        let to = map["to"].flatMap { single($0, what: "date range end", form: "YYYY, YYYY-MM or YYYY-MM-DD") }
        guard let from, let to else { return nil }
        // A less precise end covers its whole period: 1989-05 to 1989 is a valid range.
        let start = (from.year, from.month ?? 1, from.day ?? 1)
        let end = (to.year, to.month ?? 12, to.day ?? Self.days(inMonth: to.month ?? 12, of: to.year))
        if start > end {
            reader.report("date range starts (\(from)) after it ends (\(to))", at: node)
            return nil
        }
        return CaseDate(from: from, to: to)
    }

    private func single(_ node: YAMLValue, what: String, form: String) -> PartialDate? {
        guard case let .scalar(text, _) = node.content, !node.isNull else {
            reader.report("\(what) must be \(form), found \(node.kindDescription)", at: node)
            return nil
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count),
              zip(parts, widths).allSatisfy({ part, width in part.count == width && part.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]) else {
            reader.report("\(what) '\(text)' must be \(form)", at: node)
            return nil
        }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let day = parts.count > 2 ? Int(parts[2]) : nil
        if let month, !(1...12).contains(month) {
            reader.report("\(what) '\(text)' has month \(month); months run 01–12", at: node)
            return nil
        }
        if let month, let day {
            let length = Self.days(inMonth: month, of: year)
            if !(1...length).contains(day) {
                reader.report("\(what) '\(text)' has day \(day); \(PartialDate(year: year, month: month)) has \(length) days", at: node)
                return nil
            }
        }
        return PartialDate(year: year, month: month, day: day)
    }

    private static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
