import CasebookModel
import RubricModel

/// The evidence scan: which passages of the corpus speak to which dimension in which era, and which of them the
/// casebook already cites. Pure: the caller reads the corpus files.
///
/// ```swift
/// let report = EvidenceScanner.scan(corpus: ["000_….txt": text], rubric: rubric, casebook: casebook)
/// for row in report.coverage where row.cited.isEmpty {
///     print(row.eraID, row.dimensionID, row.strongestUncited.map(\.reference))
/// }
/// print(ScanTextRenderer.render(report))
/// ```
public enum EvidenceScanner {
    /// The k of the recall figures.
    public static let recallCutoffs = [10, 20]

    /// Scans the corpus.
    ///
    /// - Parameters:
    ///   - corpus: file name → text; every file is scanned, whether the casebook cites it or not.
    ///   - rubric: the dimensions and their cues; a dimension without cues scores 0 everywhere.
    ///   - casebook: the eras, the document titles, and the evidence that counts as cited.
    ///   - top: how many uncited candidates each coverage row lists.
    public static func scan(corpus: [String: String], rubric: Rubric, casebook: Casebook, top: Int = 5) -> ScanReport {
        scan(prepared: PreparedCorpus(corpus: corpus, casebook: casebook), rubric: rubric, casebook: casebook, top: top)
    }

    /// Scans a corpus prepared once for several rubrics; the same report as ``scan(corpus:rubric:casebook:top:)``.
    /// A corpus prepared with other sources or eras than `casebook`'s is prepared again here.
    public static func scan(prepared: PreparedCorpus, rubric: Rubric, casebook: Casebook, top: Int = 5) -> ScanReport {
        let prepared = prepared.fits(casebook) ? prepared : PreparedCorpus(corpus: prepared.corpus, casebook: casebook)
        let scorers = rubric.dimensions.map { dimension in (dimension.id, dimension.cues.map(CueScorer.init)) }
        var passages: [ScannedPassage] = []
        passages.reserveCapacity(prepared.entries.count)
        for entry in prepared.entries {
            var scores: [String: CueScore] = [:]
            for (dimensionID, scorer) in scorers {
                if let score = scorer?.score(words: entry.words), score.score > 0 { scores[dimensionID] = score }
            }
            passages.append(ScannedPassage(passage: entry.passage, eras: entry.eras, scores: scores, citations: []))
        }
        let documents = prepared.documents
        let unplaced = cite(casebook, rubric: rubric, in: &passages)
        let coverage = casebook.eras.flatMap { era in
            rubric.dimensions.map { coverageRow(era: era.id, dimension: $0.id, passages: passages, top: top) }
        }
        return ScanReport(
            rubricID: rubric.id, rubricVersion: rubric.version,
            dimensions: rubric.dimensions.map { .init(id: $0.id, name: $0.name, termCount: $0.cues?.terms.count ?? 0) },
            eras: casebook.eras, documents: documents, passages: passages, coverage: coverage,
            recall: rubric.dimensions.map { recall(dimension: $0.id, passages: passages) }, recallCutoffs: recallCutoffs,
            unplacedEvidence: unplaced,
            missingFiles: casebook.sources.filter { $0.kind != .dataset && prepared.corpus[$0.file] == nil }.map(\.file).sorted()
        )
    }

    /// Attaches every document evidence item to the passage holding its cited line; returns the ids of those
    /// no passage holds.
    static func cite(_ casebook: Casebook, rubric: Rubric, in passages: inout [ScannedPassage]) -> [String] {
        var byFile: [String: [Int]] = [:]
        for (index, passage) in passages.enumerated() { byFile[passage.reference.file, default: []].append(index) }
        var unplaced: [String] = []
        for item in casebook.cases {
            for evidence in item.observations.flatMap(\.evidence) {
                guard case let .document(_, line) = evidence.locator, let file = casebook.source(evidence.sourceID)?.file,
                      byFile[file] != nil else { continue }
                guard let index = byFile[file]?.first(where: { passages[$0].reference.contains(line: line) }) else {
                    unplaced.append(evidence.id)
                    continue
                }
                passages[index].citations.append(PassageCitation(
                    evidenceID: evidence.id, caseID: item.id, eraID: item.era, indicatorID: evidence.indicatorID,
                    dimensionID: rubric.dimension(scoring: evidence.indicatorID)?.id))
            }
        }
        return unplaced
    }

    /// Passages with a score above 0 on the dimension, best first, ties in file and line order.
    static func ranking(_ passages: [ScannedPassage], dimension: String) -> [ScannedPassage] {
        passages.filter { $0.score(dimension) > 0 }.sorted { a, b in
            a.score(dimension) != b.score(dimension) ? a.score(dimension) > b.score(dimension) : a.reference < b.reference
        }
    }

    static func coverageRow(era: String, dimension: String, passages: [ScannedPassage], top: Int) -> CoverageRow {
        let candidates = ranking(passages.filter { $0.isIn(era: era) }, dimension: dimension)
        var ranks: [PassageReference: Int] = [:]
        for (index, passage) in candidates.enumerated() { ranks[passage.reference] = index + 1 }
        let cited = passages.compactMap { passage -> CitedPassage? in
            let ids = passage.citations.filter { $0.eraID == era && $0.dimensionID == dimension }.map(\.evidenceID)
            guard !ids.isEmpty else { return nil }
            return CitedPassage(reference: passage.reference, evidenceIDs: ids, score: passage.score(dimension),
                                rank: ranks[passage.reference])
        }.sorted { a, b in
            (a.rank ?? Int.max, a.reference) < (b.rank ?? Int.max, b.reference)
        }
        let citedReferences = Set(cited.map(\.reference))
        let uncited = candidates.enumerated().filter { !citedReferences.contains($0.element.reference) }.prefix(max(0, top)).map {
            RankedPassage(reference: $0.element.reference, rank: $0.offset + 1, score: $0.element.score(dimension),
                          negatedMentions: $0.element.scores[dimension]?.negatedMentions ?? 0)
        }
        return CoverageRow(eraID: era, dimensionID: dimension, candidateCount: candidates.count, cited: cited,
                           strongestUncited: Array(uncited))
    }

    static func recall(dimension: String, passages: [ScannedPassage]) -> DimensionRecall {
        let ranked = ranking(passages, dimension: dimension)
        var ranks: [PassageReference: Int] = [:]
        for (index, passage) in ranked.enumerated() { ranks[passage.reference] = index + 1 }
        let cited = passages.filter { $0.citations.contains { $0.dimensionID == dimension } }
        return DimensionRecall(dimensionID: dimension, citedRanks: cited.map { ranks[$0.reference] }, ranked: ranked.count)
    }
}
