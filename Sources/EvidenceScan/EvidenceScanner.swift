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
        let titles = Dictionary(casebook.sources.map { ($0.file, $0.title) }, uniquingKeysWith: { first, _ in first })
        let assigner = EraAssigner(eras: casebook.eras)
        let scorers = rubric.dimensions.map { dimension in (dimension.id, dimension.cues.map(CueScorer.init)) }
        var documents: [ScanReport.ScannedDocument] = []
        var passages: [ScannedPassage] = []
        for file in corpus.keys.sorted() {
            let document = PassageSplitter.split(corpus[file] ?? "", file: file, title: titles[file])
            documents.append(.init(file: file, title: document.title, passageCount: document.passages.count))
            for (passage, eras) in zip(document.passages, assigner.assign(document)) {
                let words = WordSequence.words(in: passage.text)
                var scores: [String: CueScore] = [:]
                for (dimensionID, scorer) in scorers {
                    if let score = scorer?.score(words: words), score.score > 0 { scores[dimensionID] = score }
                }
                passages.append(ScannedPassage(passage: passage, eras: eras, scores: scores, citations: []))
            }
        }
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
            missingFiles: casebook.sources.filter { $0.kind != .dataset && corpus[$0.file] == nil }.map(\.file).sorted()
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
