/// One cell of a CSV file, typed so that only text can ever be neutralised against formula injection.
enum CSVField: Sendable, Hashable {
    /// Text from the model or the inputs: ids, names, quotes, statuses, lists.
    case text(String)
    /// A number already formatted locale-free; written as is.
    case number(String)

    /// The empty cell.
    static let empty = CSVField.text("")

    /// A score or other real value with three decimals, empty when absent.
    static func decimal(_ value: Double?) -> CSVField {
        value.map { .number(FixedDecimal.string($0, decimals: 3)) } ?? .empty
    }

    /// A whole number, empty when absent.
    static func integer(_ value: Int?) -> CSVField {
        value.map { .number(String($0)) } ?? .empty
    }

    /// A list of ids in one cell, separated by `;`.
    static func list(_ items: [String]) -> CSVField {
        .text(items.joined(separator: ";"))
    }
}
