/// How ``CSVMatrixWriter`` encodes its files.
public struct CSVOptions: Sendable, Hashable {
    /// Starts every file with the UTF-8 byte order mark, which Excel on Windows needs to read UTF-8 instead of the
    /// system code page.
    public var byteOrderMark: Bool
    /// Prefixes a single quote to every text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return,
    /// so a spreadsheet shows it as text instead of running it as a formula (OWASP "CSV injection").
    /// Numeric cells are never changed.
    public var neutraliseFormulas: Bool

    /// Creates options; the defaults suit tools and scripts: no byte order mark, formulas neutralised.
    public init(byteOrderMark: Bool = false, neutraliseFormulas: Bool = true) {
        self.byteOrderMark = byteOrderMark
        self.neutraliseFormulas = neutraliseFormulas
    }
}
