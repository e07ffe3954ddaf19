import MatrixSupport

/// Checks that every evidence quote and conflict claim of a casebook is found, verbatim, in its source file,
/// starting on the line it cites.
///
/// Matching allows only these differences between a quote and its file: runs of whitespace and line breaks
/// count as one space; typographic quotes ‘ ’ “ ” equal ' and "; en and em dashes – — equal -; and a word
/// hyphenated across a line break (`negoti-⏎ations`) may be quoted as `negotiations` (or `negoti-ations`).
/// Nothing else is forgiven: not case, not an ellipsis, not a changed word.
///
/// A quote cited at line *n* must start on line *n* or on one of the ``lineTolerance`` lines after it that
/// belong to the same paragraph (no blank line in between), so that a citation of a paragraph's first line
/// is accepted for a quote that starts one or two lines into it, but a citation of the wrong paragraph is not.
///
/// ```swift
/// let problems = QuoteVerifier.verify(loaded.casebook, positions: loaded.positions,
///                                     corpus: ["000_4ee81f59ffa11ec3.txt": text])
/// // [] when every quote is where it says
/// ```
public enum QuoteVerifier {
    /// How many lines after the cited line a quote may start, within the cited line's paragraph.
    public static let lineTolerance = 2

    /// Verifies every document quote; evidence from dataset rows is not text and is skipped.
    ///
    /// - Parameters:
    ///   - positions: where the quotes are written, from ``CasebookLoader/loadWithPositions(_:rubric:)``;
    ///     diagnostics about a quote point at its `quote` value, about a line at its `line` value, and
    ///     about a missing file at the source's `file` value.
    ///   - corpus: file name → text of every corpus file.
    /// - Returns: one diagnostic per missing source file, quote not found, or quote on another line.
    public static func verify(_ casebook: Casebook, positions: CasebookPositions, corpus: [String: String]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var texts: [String: SearchableText] = [:]
        for source in casebook.sources where source.kind != .dataset {
            if let text = corpus[source.file] {
                texts[source.id] = SearchableText(text)
            } else {
                let position = positions.sourceFiles[source.id] ?? .init(path: "sources.yaml", line: 0, column: 0)
                diagnostics.append(position.diagnostic("file '\(source.file)' of source '\(source.id)' is not in the corpus"))
            }
        }
        func check(quote: String, sourceID: String, locator: Locator, context: String, at citation: CasebookPositions.Citation) {
            guard case let .document(_, line) = locator, let text = texts[sourceID],
                  let file = casebook.source(sourceID)?.file else { return }
            if let problem = self.problem(quote: quote, citedLine: line, in: text, file: file, context: context) {
                diagnostics.append((problem.atLine ? citation.line : citation.quote).diagnostic(problem.message))
            }
        }
        for conflict in casebook.conflicts { checkClaims(of: conflict, positions: positions, check) }
        for item in casebook.cases {
            for evidence in item.observations.flatMap(\.evidence) {
                let fallback = positions.cases[item.id] ?? .init(path: item.id, line: 0, column: 0)
                check(quote: evidence.quote, sourceID: evidence.sourceID, locator: evidence.locator,
                      context: "case \(item.id), indicator \(evidence.indicatorID)",
                      at: positions.evidence[evidence.id] ?? .init(quote: fallback, line: fallback))
            }
            for conflict in item.conflicts { checkClaims(of: conflict, positions: positions, check) }
        }
        return diagnostics
    }

    private static func checkClaims(
        of conflict: Conflict, positions: CasebookPositions,
        _ check: (String, String, Locator, String, CasebookPositions.Citation) -> Void
    ) {
        for (index, claim) in conflict.claims.enumerated() {
            let fallback = positions.cases[conflict.subject] ?? .init(path: conflict.subject, line: 0, column: 0)
            let citation = positions.claims[CasebookPositions.claimKey(conflictID: conflict.id, number: index + 1)]
            check(claim.quote, claim.sourceID, claim.locator, "conflict \(conflict.id), claim \(index + 1)",
                  citation ?? .init(quote: fallback, line: fallback))
        }
    }

    /// What is wrong with one quote, and whether it is the line number (rather than the quote) that is wrong.
    private static func problem(quote: String, citedLine: Int, in text: SearchableText, file: String, context: String)
        -> (message: String, atLine: Bool)? {
        let normalized = SearchableText.normalizedQuote(quote)
        let lines = text.occurrences(of: normalized)
        guard !lines.isEmpty else {
            let closest = text.closestPassage(to: normalized)
                .map { "closest passage at line \($0.line): \"\($0.excerpt)\"" } ?? "no passage shares a word with it"
            return ("quote not found in \(file) (\(context)); \(closest)", false)
        }
        let accepted = text.acceptedStartLines(citedLine: citedLine, tolerance: lineTolerance)
        if lines.contains(where: accepted.contains) { return nil }
        let found = lines.count == 1 ? "line \(lines[0])" : "lines " + lines.map(String.init).joined(separator: ", ")
        return ("quote is at \(found) of \(file), not line \(citedLine) (\(context))", true)
    }
}
