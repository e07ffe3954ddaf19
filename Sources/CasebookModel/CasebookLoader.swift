import Dispatch
import MatrixSupport
import RubricModel
import Synchronization

/// Builds a validated ``Casebook`` from the text of its YAML files (format: `Casebook/README.md`).
///
/// Every problem in every file is reported, each as `path:line:column: message`: unknown, missing and
/// mistyped keys; duplicate source, era, case and conflict ids; a case id that differs from its file name;
/// unknown eras, sources, indicators, dimensions and conflict subjects; values of the wrong type for their
/// indicator; an indicator observed twice in a case; empty or over-long quotes; line numbers below 1;
/// invalid dates and ranges; a dimension both observed and marked `not_in_sources`; conflicts with fewer
/// than two claims.
///
/// ```swift
/// let casebook = try CasebookLoader.load(files, rubric: extendedRubric)
/// casebook.case("geneva-accords-1988")?.observation("external_guarantee")?.evidence[0].id
/// // "geneva-accords-1988/external_guarantee/1"
/// ```
public enum CasebookLoader {
    /// Loads and validates the casebook.
    /// - Parameter rubric: the rubric whose indicators and dimensions observations must use (the extended one).
    /// - Throws: every problem found, in path and position order.
    public static func load(_ files: CasebookFiles, rubric: Rubric) throws(DiagnosticList) -> Casebook {
        try loadWithPositions(files, rubric: rubric).casebook
    }

    /// Loads and validates the casebook, keeping where each case, source file, quote and line number is
    /// written, for checks such as ``QuoteVerifier`` that run afterwards.
    /// - Throws: every problem found, in path and position order.
    public static func loadWithPositions(_ files: CasebookFiles, rubric: Rubric) throws(DiagnosticList) -> LoadedCasebook {
        let reader = YAMLReader()
        var syntaxErrors: [Diagnostic] = []
        func parse(_ file: SourceText) -> YAMLValue? {
            parsed(Result { () throws(DiagnosticList) in try YAMLDocument.parse(file) })
        }
        func parsed(_ result: Result<YAMLValue, DiagnosticList>) -> YAMLValue? {
            switch result {
            case let .success(value): return value
            case let .failure(error):
                syntaxErrors += error.diagnostics
                return nil
            }
        }

        let sources = parse(files.sources).map { SourceListReader(reader: reader).read($0) }
        let eras = parse(files.eras).map { EraListReader(reader: reader).read($0) }
        let citations = CitationReader(reader: reader, sourceIDs: sources?.ids)
        let caseReader = CaseFileReader(reader: reader, rubric: rubric, eraIDs: eras?.ids, citations: citations,
                                        caseFileNames: Set(files.cases.map { fileName(of: $0.path) }))
        // Case files are parsed across the cores (parsing is most of loading), then read in file order, so the
        // diagnostics come out in the same order as from a serial parse.
        let parsedCases = parseConcurrently(files.cases)
        let cases = zip(files.cases, parsedCases).compactMap { file, result in
            parsed(result).flatMap { caseReader.read($0, fileName: fileName(of: file.path)) }
        }
        let conflictReader = ConflictReader(reader: reader, citations: citations)
        let fileConflicts = files.conflicts.flatMap(parse).map { root -> [ConflictReader.Entry] in
            guard let map = reader.mapping(root, what: "conflicts file", required: ["conflicts"]),
                  let listNode = map["conflicts"], let items = reader.list(listNode, what: "conflicts") else { return [] }
            return items.map { conflictReader.read($0, caseID: nil) }
        } ?? []

        reportDuplicateCases(cases, reader: reader)
        reportDuplicateConflicts(fileConflicts + cases.flatMap(\.conflicts), reader: reader)
        if let eras {
            // A case file that failed to load still names a case: its file name is its id.
            let subjects = files.cases.map { CaseFileReader.caseID(forFileName: fileName(of: $0.path)) } + eras.ids
            reportUnknownSubjects(fileConflicts, subjects: subjects, reader: reader)
        }

        let diagnostics = syntaxErrors + reader.diagnostics
        // With no diagnostics, every entry is complete.
        guard diagnostics.isEmpty, let sources, let eras else { throw DiagnosticList(diagnostics) }
        let allConflicts = fileConflicts + cases.flatMap(\.conflicts)
        let positions = CasebookPositions(
            cases: cases.reduce(into: [:]) { table, entry in
                if let id = entry.id, let node = entry.idNode { table[id] = CitationReader.position(of: node) }
            },
            sourceFiles: sources.filePositions,
            evidence: cases.reduce(into: [:]) { table, entry in table.merge(entry.evidencePositions) { first, _ in first } },
            claims: allConflicts.reduce(into: [:]) { table, entry in table.merge(entry.claimPositions) { first, _ in first } })
        let casebook = Casebook(sources: sources.sources, eras: eras.eras, cases: cases.compactMap(\.value),
                                conflicts: fileConflicts.compactMap(\.conflict))
        return LoadedCasebook(casebook: casebook, positions: positions)
    }

    private static func parseConcurrently(_ files: [SourceText]) -> [Result<YAMLValue, DiagnosticList>] {
        let results = Mutex([Result<YAMLValue, DiagnosticList>?](repeating: nil, count: files.count))
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let result = Result { () throws(DiagnosticList) in try YAMLDocument.parse(files[index]) }
            results.withLock { $0[index] = result }
        }
        return results.withLock { $0.map { $0! } }
    }

    private static func fileName(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private static func reportDuplicateCases(_ cases: [CaseFileReader.Entry], reader: YAMLReader) {
        var first: [String: YAMLValue] = [:]
        for entry in cases {
            guard let id = entry.id, let node = entry.idNode else { continue }
            if let earlier = first[id] {
                reader.report("duplicate case id '\(id)' (first in \(earlier.path))", at: node)
            } else {
                first[id] = node
            }
        }
    }

    private static func reportDuplicateConflicts(_ conflicts: [ConflictReader.Entry], reader: YAMLReader) {
        var first: [String: YAMLValue] = [:]
        for entry in conflicts {
            guard let id = entry.id, let node = entry.idNode else { continue }
            if let earlier = first[id] {
                reader.report("duplicate conflict id '\(id)' (first at \(earlier.path):\(earlier.line):\(earlier.column))", at: node)
            } else {
                first[id] = node
            }
        }
    }

    private static func reportUnknownSubjects(_ conflicts: [ConflictReader.Entry], subjects: [String], reader: YAMLReader) {
        for entry in conflicts {
            guard let subject = entry.subject, let node = entry.subjectNode, !subjects.contains(subject) else { continue }
            var message = "unknown subject '\(subject)'; a conflict is about a case id or an era id"
            if let suggestion = YAMLReader.closest(to: subject, among: subjects) { message += " (did you mean '\(suggestion)'?)" }
            reader.report(message, at: node)
        }
    }
}
