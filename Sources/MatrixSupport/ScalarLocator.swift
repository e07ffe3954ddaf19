/// Finds the file position of a character inside a scalar value, so a problem found in the text of a value
/// (a syntax error in a lesson condition, say) is reported at its own line and column, not at the value's start.
///
/// YAML turns the characters of the file into the scalar's text: quotes are dropped, escapes (`\"`, `''`) are
/// decoded and line breaks are folded. The locator replays that decoding from the node's position and keeps the
/// file position of every decoded character. It handles plain, single-quoted, double-quoted, literal (`|`) and
/// folded (`>`) scalars. When its replay does not reproduce the parser's text exactly (an exotic layout, such as a
/// block scalar with an explicit indentation indicator), it falls back to the node's own position.
///
/// ```swift
/// let locator = ScalarLocator(source)
/// let (line, column) = locator.position(ofOffset: 12, in: conditionNode)
/// ```
public struct ScalarLocator: Sendable {
    private let lines: [[Unicode.Scalar]]

    /// Indexes the lines of a source once, so many lookups stay cheap.
    public init(_ source: SourceText) {
        var lines: [[Unicode.Scalar]] = [[]]
        for scalar in source.text.unicodeScalars {
            if scalar == "\n" {
                lines.append([])
            } else {
                lines[lines.count - 1].append(scalar)
            }
        }
        // A CRLF file keeps the CR at each line's end; YAML treats it as part of the line break.
        self.lines = lines.map { $0.last == "\r" ? Array($0.dropLast()) : $0 }
    }

    /// The 1-based line and column of the character at `offset` (counted in Unicode scalars, from 0) of the
    /// scalar `node`'s text. An offset equal to the text's length names the position just after its last character.
    public func position(ofOffset offset: Int, in node: YAMLValue) -> (line: Int, column: Int) {
        guard case let .scalar(text, _) = node.content, let replay = replay(node, expected: text) else {
            return (node.line, node.column)
        }
        if replay.positions.isEmpty { return replay.start }
        let clamped = max(0, offset)
        if clamped < replay.positions.count { return replay.positions[clamped] }
        let last = replay.positions[replay.positions.count - 1]
        return (last.line, last.column + 1)
    }

    private struct Replay {
        var start: (line: Int, column: Int)
        var positions: [(line: Int, column: Int)] = []
        var decoded: [Unicode.Scalar] = []

        mutating func emit(_ scalar: Unicode.Scalar, line: Int, column: Int) {
            decoded.append(scalar)
            positions.append((line, column))
        }
    }

    private func replay(_ node: YAMLValue, expected text: String) -> Replay? {
        let expected = Array(text.unicodeScalars)
        let lineIndex = node.line - 1
        let columnIndex = node.column - 1
        guard lines.indices.contains(lineIndex), columnIndex >= 0, columnIndex <= lines[lineIndex].count else { return nil }
        let first = columnIndex < lines[lineIndex].count ? lines[lineIndex][columnIndex] : " "
        let replay: Replay?
        switch first {
        case "'", "\"":
            replay = replayFlow(from: lineIndex, columnIndex + 1, quote: first, count: expected.count)
        case "|", ">":
            replay = replayBlock(from: lineIndex, folded: first == ">", count: expected.count)
        default:
            replay = replayFlow(from: lineIndex, columnIndex, quote: nil, count: expected.count)
        }
        guard let replay else { return nil }
        // A block scalar's final line breaks have no characters of their own to point at.
        let matches = expected.prefix(replay.decoded.count).elementsEqual(replay.decoded)
            && expected.dropFirst(replay.decoded.count).allSatisfy { $0 == "\n" }
        return matches ? replay : nil
    }

    /// Plain and quoted scalars: line breaks fold to a space (or to n-1 newlines for n breaks), and the
    /// whitespace around a break is dropped.
    private func replayFlow(from startLine: Int, _ startColumn: Int, quote: Unicode.Scalar?, count: Int) -> Replay? {
        var result = Replay(start: (startLine + 1, startColumn + 1))
        var line = startLine
        var index = startColumn
        while result.decoded.count < count {
            let current = lines[line]
            if index >= current.count || Self.onlyWhitespace(current[index...]) {
                // Fold the break: count the empty lines that follow, then skip the next line's indentation.
                let breakColumn = index + 1
                var next = line + 1
                var emptyLines = 0
                while next < lines.count, Self.onlyWhitespace(lines[next][...]) {
                    emptyLines += 1
                    next += 1
                }
                guard next < lines.count else { return nil }
                if emptyLines == 0 {
                    result.emit(" ", line: line + 1, column: breakColumn)
                } else {
                    for offset in 0..<emptyLines { result.emit("\n", line: line + 2 + offset, column: 1) }
                }
                line = next
                index = lines[line].prefix { $0 == " " || $0 == "\t" }.count
                continue
            }
            let scalar = current[index]
            if let quote, scalar == quote {
                if quote == "'", index + 1 < current.count, current[index + 1] == "'" {
                    result.emit("'", line: line + 1, column: index + 1)
                    index += 2
                    continue
                }
                return result
            }
            if quote == "\"", scalar == "\\" {
                guard let (decoded, width) = Self.escape(in: current, at: index) else {
                    // An escaped line break joins the lines without a space.
                    guard index + 1 >= current.count, line + 1 < lines.count else { return nil }
                    line += 1
                    index = lines[line].prefix { $0 == " " || $0 == "\t" }.count
                    continue
                }
                result.emit(decoded, line: line + 1, column: index + 1)
                index += width
                continue
            }
            if quote == nil, scalar == " " || scalar == "\t", index + 1 < current.count, current[index + 1] == "#" {
                return result
            }
            result.emit(scalar, line: line + 1, column: index + 1)
            index += 1
        }
        return result
    }

    /// Literal and folded block scalars with automatic indentation.
    private func replayBlock(from headerLine: Int, folded: Bool, count: Int) -> Replay? {
        var result = Replay(start: (headerLine + 2, 1))
        var line = headerLine + 1
        while line < lines.count, Self.onlyWhitespace(lines[line][...]) { line += 1 }
        guard line < lines.count else { return result }
        let indent = lines[line].prefix { $0 == " " }.count
        result.start = (line + 1, indent + 1)
        var pendingBreaks = line - (headerLine + 1)
        var previousWasText = false
        while line < lines.count, result.decoded.count < count {
            let current = lines[line]
            if Self.onlyWhitespace(current[...]) && current.count <= indent {
                pendingBreaks += 1
                line += 1
                continue
            }
            guard current.prefix(indent).allSatisfy({ $0 == " " }), current.count > indent else { return result }
            if previousWasText {
                if folded && pendingBreaks == 0 {
                    result.emit(" ", line: line, column: lines[line - 1].count + 1)
                } else {
                    let breaks = folded ? pendingBreaks : pendingBreaks + 1
                    for _ in 0..<breaks { result.emit("\n", line: line, column: lines[line - 1].count + 1) }
                }
            } else {
                for _ in 0..<pendingBreaks { result.emit("\n", line: line, column: 1) }
            }
            pendingBreaks = 0
            for column in indent..<current.count { result.emit(current[column], line: line + 1, column: column + 1) }
            previousWasText = true
            line += 1
        }
        return result
    }

    private static func onlyWhitespace(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// The character a double-quoted escape stands for and how many characters it takes; nil for an escaped line break.
    private static func escape(in line: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar, Int)? {
        guard index + 1 < line.count else { return nil }
        let simple: [Unicode.Scalar: Unicode.Scalar] = [
            "0": "\0", "a": "\u{07}", "b": "\u{08}", "t": "\t", "\t": "\t", "n": "\n", "v": "\u{0B}", "f": "\u{0C}",
            "r": "\r", "e": "\u{1B}", " ": " ", "\"": "\"", "/": "/", "\\": "\\", "N": "\u{85}", "_": "\u{A0}",
            "L": "\u{2028}", "P": "\u{2029}",
        ]
        let code = line[index + 1]
        if let decoded = simple[code] { return (decoded, 2) }
        let digits: Int
        switch code {
        case "x": digits = 2
        case "u": digits = 4
        case "U": digits = 8
        default: return ("\u{FFFD}", 2)
        }
        guard index + 2 + digits <= line.count else { return ("\u{FFFD}", 2) }
        let hex = String(String.UnicodeScalarView(line[(index + 2)..<(index + 2 + digits)]))
        guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else { return ("\u{FFFD}", 2) }
        return (scalar, 2 + digits)
    }
}
