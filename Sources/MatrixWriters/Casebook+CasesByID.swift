import CasebookModel

extension Casebook {
    /// Case id → case, for writers that look up every row's case: `case(_:)` searches the list, which is
    /// quadratic over a dataset-scale casebook.
    var casesByID: [String: Case] {
        Dictionary(cases.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
