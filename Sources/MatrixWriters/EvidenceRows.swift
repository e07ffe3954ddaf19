import CasebookModel

/// The rows of the Evidence sheet: every evidence item of the casebook with its case and observation, in the
/// sheet's order (cases by id, as the casebook holds them, then observations and items as coded), and the sheet row
/// holding each id. The Evidence sheet writes these rows and the Coverage sheet's links point into them, so a link
/// cannot lead to another item's row.
///
/// ```swift
/// let rows = EvidenceRows(casebook)
/// rows.sheetRow(of: "geneva-accords-1988/external_guarantee/1")   // its zero-based row; nil for an unknown id
/// ```
struct EvidenceRows {
    /// One evidence item with what the sheet shows beside it.
    struct Entry {
        /// The case the item belongs to.
        let negotiation: Case
        /// The observation the item supports.
        let observation: Observation
        /// The item.
        let item: EvidenceItem
    }

    /// The items in sheet order; the first is on ``WorkbookLayout/firstDataRow``.
    let entries: [Entry]
    private let positions: [String: Int]

    /// The rows of `casebook`'s evidence.
    init(_ casebook: Casebook) {
        entries = casebook.cases.flatMap { negotiation in
            negotiation.observations.flatMap { observation in
                observation.evidence.map { Entry(negotiation: negotiation, observation: observation, item: $0) }
            }
        }
        // Ids are unique in a validated casebook; should one repeat, its first row is the one a link leads to.
        positions = Dictionary(entries.enumerated().map { ($1.item.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The zero-based sheet row of the item with `evidenceID`, nil when the casebook has no such item.
    func sheetRow(of evidenceID: String) -> Int? {
        positions[evidenceID].map { WorkbookLayout.firstDataRow + $0 }
    }
}
