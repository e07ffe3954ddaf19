import Foundation
import Yams

/// Parses YAML text into a positioned ``YAMLValue`` tree within ``InputLimits``.
///
/// ```swift
/// let root = try YAMLDocument.parse(SourceText(bytes: data, path: path))
/// ```
public enum YAMLDocument {
    /// Parses one YAML document.
    /// - Throws: ``DiagnosticList`` for syntax errors, several documents in one file, duplicate keys,
    ///   non-string keys, or limits exceeded (node count after alias expansion, depth, scalar length).
    public static func parse(_ source: SourceText, limits: InputLimits = .standard) throws(DiagnosticList) -> YAMLValue {
        if let diagnostic = flowNestingViolation(source, limit: limits.maximumDepth) {
            throw DiagnosticList([diagnostic])
        }
        let parser: Parser
        let root: Node?
        do {
            // Every scalar is kept as text (TreeBuilder reads only its string and style), so the basic resolver
            // does: the default one runs regular expressions on every scalar to guess types nobody reads.
            parser = try Parser(yaml: source.text, resolver: .basic)
            root = try parser.nextRoot()
            if root != nil, try parser.nextRoot() != nil {
                throw DiagnosticList([Diagnostic(path: source.path, line: 1, column: 1,
                                                 message: "file holds more than one YAML document; keep one")])
            }
        } catch let list as DiagnosticList {
            throw list
        } catch {
            throw DiagnosticList([diagnostic(for: error, in: source)])
        }
        guard let root else {
            throw DiagnosticList([Diagnostic(path: source.path, line: 1, column: 1, message: "file holds no YAML document")])
        }
        var builder = TreeBuilder(path: source.path, limits: limits)
        let value = builder.convert(root, depth: 0)
        if !builder.diagnostics.isEmpty { throw DiagnosticList(builder.diagnostics) }
        return value!
    }

    /// libyaml recurses once per nesting level, so very deep flow collections are refused before parsing.
    /// Columns count Unicode scalars, as libyaml's do; counting characters would make CRLF one character and
    /// never see its line feed.
    private static func flowNestingViolation(_ source: SourceText, limit: Int) -> Diagnostic? {
        var depth = 0
        var line = 1
        var column = 0
        var quote: Unicode.Scalar?
        var inComment = false
        for character in source.text.unicodeScalars {
            column += 1
            if character == "\n" {
                line += 1
                column = 0
                inComment = false
                continue
            }
            if inComment { continue }
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "\"", "'": quote = character
            case "#": inComment = true
            case "[", "{":
                depth += 1
                if depth > limit {
                    return Diagnostic(path: source.path, line: line, column: column,
                                      message: "YAML nesting is deeper than \(limit) levels")
                }
            case "]", "}": depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }

    /// libyaml puts the end of a file that does not end in a line break on a line of its own, after the last
    /// one; the position an editor can show is the end of the last line.
    private static func positionInside(_ source: SourceText, line: Int, column: Int) -> (line: Int, column: Int) {
        // Split scalars, not characters: CRLF is a single character.
        let lines = source.text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        guard line > lines.count, let last = lines.last else { return (line, column) }
        return (lines.count, last.count + 1)
    }

    private static func diagnostic(for error: Error, in source: SourceText) -> Diagnostic {
        let path = source.path
        guard let yamlError = error as? YamlError else {
            return Diagnostic(path: path, line: 1, column: 1, message: "YAML could not be read: \(error)")
        }
        switch yamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let where_ = context.map { " \($0.text)" } ?? ""
            let (line, column) = positionInside(source, line: mark.line, column: mark.column)
            return Diagnostic(path: path, line: line, column: column, message: "YAML syntax error: \(problem)\(where_)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(path: path, line: context.mark.line, column: context.mark.column,
                              message: "duplicate key '\(duplicates.joined(separator: "', '"))'")
        case let .reader(problem, offset, _, _):
            return Diagnostic(path: path, line: 1, column: 1, message: "YAML could not be read: \(problem) at byte \(offset ?? 0)")
        default:
            return Diagnostic(path: path, line: 1, column: 1, message: "YAML could not be read: \(yamlError)")
        }
    }
}

/// Converts Yams nodes, counting every visit so that an alias bomb stops at the node limit.
private struct TreeBuilder {
    let path: String
    let limits: InputLimits
    var nodesVisited = 0
    var diagnostics: [Diagnostic] = []
    var stopped = false

    init(path: String, limits: InputLimits) {
        self.path = path
        self.limits = limits
    }

    mutating func convert(_ node: Node, depth: Int) -> YAMLValue? {
        if stopped { return nil }
        nodesVisited += 1
        let line = node.mark?.line ?? 1
        let column = node.mark?.column ?? 1
        if nodesVisited > limits.maximumNodes {
            stop("YAML expands to more than \(limits.maximumNodes) nodes (are aliases nested?)", line, column)
            return nil
        }
        // Only collections are levels, so the limit means the same here as in the flow pre-scan.
        if depth >= limits.maximumDepth, node.isCollection {
            stop("YAML nesting is deeper than \(limits.maximumDepth) levels", line, column)
            return nil
        }
        switch node {
        case let .scalar(scalar):
            // Counted as Excel counts a cell's characters, so any text that loads fits in a workbook cell.
            let units = scalar.string.utf16.count
            if units > limits.maximumScalarCharacters {
                let length = units == scalar.string.count ? "\(units) characters" : "\(units) characters as Excel counts them (UTF-16 code units)"
                diagnostics.append(Diagnostic(path: path, line: line, column: column,
                                              message: "text is \(length); the limit is \(limits.maximumScalarCharacters)"))
            }
            return YAMLValue(content: .scalar(scalar.string, isPlain: scalar.style == .plain), path: path, line: line, column: column)
        case let .sequence(sequence):
            var items: [YAMLValue] = []
            for item in sequence {
                guard let converted = convert(item, depth: depth + 1) else { return nil }
                items.append(converted)
            }
            return YAMLValue(content: .sequence(items), path: path, line: line, column: column)
        case let .mapping(mapping):
            var entries: [YAMLEntry] = []
            var firstLine: [String: Int] = [:]
            for (keyNode, valueNode) in mapping {
                guard let key = convert(keyNode, depth: depth + 1), let value = convert(valueNode, depth: depth + 1) else { return nil }
                guard case let .scalar(text, _) = key.content else {
                    diagnostics.append(key.diagnostic("mapping keys must be plain text, not \(key.kindDescription)"))
                    continue
                }
                if let previous = firstLine[text] {
                    diagnostics.append(key.diagnostic("duplicate key '\(text)' (first on line \(previous))"))
                    continue
                }
                firstLine[text] = key.line
                entries.append(YAMLEntry(key: text, keyNode: key, value: value))
            }
            return YAMLValue(content: .mapping(entries), path: path, line: line, column: column)
        case .alias:
            stop("unresolved YAML alias", line, column)
            return nil
        }
    }

    private mutating func stop(_ message: String, _ line: Int, _ column: Int) {
        diagnostics.append(Diagnostic(path: path, line: line, column: column, message: message))
        stopped = true
    }
}

private extension Node {
    var isCollection: Bool {
        switch self {
        case .sequence, .mapping: return true
        case .scalar, .alias: return false
        }
    }
}
