/// A defined name of the workbook.
public struct DefinedNameFacts: Sendable, Equatable {
    /// The name, "_xlnm.Print_Titles" or a user name.
    public let name: String
    /// The zero-based sheet index for sheet-local names, nil for global ones.
    public let localSheetIndex: Int?
    /// What it refers to, "'Era matrix'!$1:$1".
    public let formula: String

    /// A name; the reader builds these.
    public init(name: String, localSheetIndex: Int?, formula: String) {
        self.name = name
        self.localSheetIndex = localSheetIndex
        self.formula = formula
    }
}
