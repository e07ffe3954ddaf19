/// Which casebook file a `casebook` fuzz input replaces; the input's first byte, modulo 4, chooses it and
/// the rest of the input is the file.
public enum CasebookRole: UInt8, CaseIterable, Sendable {
    /// A case file; it is named after the `id:` it declares, as the casebook requires.
    case caseFile = 0
    /// `sources.yaml`.
    case sources = 1
    /// `eras.yaml`.
    case eras = 2
    /// `conflicts.yaml`.
    case conflicts = 3

    /// The role chosen by a fuzz input's first byte.
    public init(selector: UInt8) {
        self = CasebookRole(rawValue: selector % 4)!
    }
}
