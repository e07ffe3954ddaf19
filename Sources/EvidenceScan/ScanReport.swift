import CasebookModel

/// Everything `lessons-matrix scan` reports: the passages with their eras, scores and citations, the era ×
/// dimension coverage, the recall of cited passages, and what could not be placed.
public struct ScanReport: Sendable, Hashable, Codable {
    /// One dimension of the rubric scanned for.
    public struct ScannedDimension: Sendable, Hashable, Codable {
        /// The dimension id.
        public var id: String
        /// Its name.
        public var name: String
        /// How many cue terms it has; 0 when the rubric gives it no cues.
        public var termCount: Int

        /// Creates a dimension record.
        public init(id: String, name: String, termCount: Int) {
            self.id = id
            self.name = name
            self.termCount = termCount
        }
    }

    /// One corpus document.
    public struct ScannedDocument: Sendable, Hashable, Codable {
        /// The file name.
        public var file: String
        /// Its title.
        public var title: String
        /// How many passages it was cut into.
        public var passageCount: Int

        /// Creates a document record.
        public init(file: String, title: String, passageCount: Int) {
            self.file = file
            self.title = title
            self.passageCount = passageCount
        }
    }

    /// The rubric's id.
    public var rubricID: String
    /// The rubric's version.
    public var rubricVersion: String
    /// The dimensions, in rubric order.
    public var dimensions: [ScannedDimension]
    /// The casebook's eras, in order.
    public var eras: [Era]
    /// The documents, by file name.
    public var documents: [ScannedDocument]
    /// Every passage, by file then line.
    public var passages: [ScannedPassage]
    /// One row per era × dimension, era-major, in casebook and rubric order.
    public var coverage: [CoverageRow]
    /// One record per dimension, in rubric order.
    public var recall: [DimensionRecall]
    /// The k of the recall figures reported.
    public var recallCutoffs: [Int]
    /// Evidence ids whose cited line lies in no passage (a heading, a footnote, a line past the end).
    public var unplacedEvidence: [String]
    /// Files of the casebook's document sources that are not in the corpus.
    public var missingFiles: [String]

    /// Creates a report.
    public init(rubricID: String, rubricVersion: String, dimensions: [ScannedDimension], eras: [Era], documents: [ScannedDocument],
                passages: [ScannedPassage], coverage: [CoverageRow], recall: [DimensionRecall], recallCutoffs: [Int],
                unplacedEvidence: [String], missingFiles: [String]) {
        self.rubricID = rubricID
        self.rubricVersion = rubricVersion
        self.dimensions = dimensions
        self.eras = eras
        self.documents = documents
        self.passages = passages
        self.coverage = coverage
        self.recall = recall
        self.recallCutoffs = recallCutoffs
        self.unplacedEvidence = unplacedEvidence
        self.missingFiles = missingFiles
    }

    /// Passages no cue of any dimension matched, in file order.
    public var unmatched: [ScannedPassage] {
        passages.filter(\.isUnmatched)
    }

    /// The passage at a reference.
    public func passage(_ reference: PassageReference) -> ScannedPassage? {
        passages.first { $0.reference == reference }
    }

    /// The coverage row of an era and a dimension.
    public func row(era eraID: String, dimension dimensionID: String) -> CoverageRow? {
        coverage.first { $0.eraID == eraID && $0.dimensionID == dimensionID }
    }
}
