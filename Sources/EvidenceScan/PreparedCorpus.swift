import CasebookModel

/// The part of an evidence scan that no rubric changes: the corpus split into passages, each placed in its eras
/// and cut into words. A build scans the same documents once per rubric and a batch once per job; preparing them
/// once and scanning the prepared corpus with each rubric gives the same reports for a fraction of the work.
///
/// ```swift
/// let prepared = PreparedCorpus(corpus: documents, casebook: casebook)
/// let reports = rubrics.map { EvidenceScanner.scan(prepared: prepared, rubric: $0, casebook: casebook) }
/// ```
public struct PreparedCorpus: Sendable {
    struct Entry: Sendable {
        let passage: Passage
        let eras: [EraAssignment]
        let words: [String]
    }

    let documents: [ScanReport.ScannedDocument]
    let entries: [Entry]
    /// The documents themselves, file name → text, to prepare again for a casebook that does not fit.
    let corpus: [String: String]
    /// What the preparation read of the casebook: the sources' titles and the eras.
    private let sources: [Source]
    private let eras: [Era]

    /// Splits, places and cuts every document of `corpus` (file name → text) with the titles and eras of `casebook`.
    public init(corpus: [String: String], casebook: Casebook) {
        let titles = Dictionary(casebook.sources.map { ($0.file, $0.title) }, uniquingKeysWith: { first, _ in first })
        let assigner = EraAssigner(eras: casebook.eras)
        var documents: [ScanReport.ScannedDocument] = []
        var entries: [Entry] = []
        for file in corpus.keys.sorted() {
            let document = PassageSplitter.split(corpus[file] ?? "", file: file, title: titles[file])
            documents.append(.init(file: file, title: document.title, passageCount: document.passages.count))
            for (passage, eras) in zip(document.passages, assigner.assign(document)) {
                entries.append(Entry(passage: passage, eras: eras, words: WordSequence.words(in: passage.text)))
            }
        }
        self.documents = documents
        self.entries = entries
        self.corpus = corpus
        sources = casebook.sources
        eras = casebook.eras
    }

    /// Whether this was prepared with the sources and eras of `casebook`.
    func fits(_ casebook: Casebook) -> Bool {
        casebook.sources == sources && casebook.eras == eras
    }
}
