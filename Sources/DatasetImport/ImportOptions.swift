/// Which rows to import and how to treat bad ones.
///
/// ```swift
/// let options = ImportOptions(countryContains: "Afghanistan", years: 1990...2001, badRows: .fail)
/// ```
public struct ImportOptions: Sendable, Hashable {
    /// Keep only rows whose country column contains this text, ignoring case.
    public var countryContains: String?
    /// Keep only rows dated within these years.
    public var years: ClosedRange<Int>?
    /// Keep only rows with these ids (the raw id column values, such as `482`).
    public var rowIDs: Set<String>?
    /// What a bad row does to the import.
    public var badRows: BadRowPolicy
    /// How cases are grouped into eras.
    public var eras: EraPlan

    /// Creates options; the defaults import every row, skip bad ones with a diagnostic, and group by decade.
    public init(countryContains: String? = nil, years: ClosedRange<Int>? = nil, rowIDs: Set<String>? = nil,
                badRows: BadRowPolicy = .skip, eras: EraPlan = .decades) {
        self.countryContains = countryContains
        self.years = years
        self.rowIDs = rowIDs
        self.badRows = badRows
        self.eras = eras
    }
}
