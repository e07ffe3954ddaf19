/// One data-validation rule of a sheet.
public struct DataValidationFacts: Sendable, Equatable {
    /// The cells covered (sqref).
    public let range: String
    /// The validation type: "list", "whole", "decimal"…
    public let type: String
    /// The first formula as stored; for a literal list, the quoted comma-separated values.
    public let formula1: String?

    /// A rule; the reader builds these.
    public init(range: String, type: String, formula1: String?) {
        self.range = range
        self.type = type
        self.formula1 = formula1
    }
}
