import CasebookModel

/// The two dates of a pairing whose years differ, such as Mahipar: the study's 1995, UCDP's 1996-05-24.
public struct DateConflict: Sendable, Hashable {
    /// Our date.
    public var ours: CaseDate
    /// Their date.
    public var theirs: CaseDate

    /// Creates a conflict.
    public init(ours: CaseDate, theirs: CaseDate) {
        self.ours = ours
        self.theirs = theirs
    }
}
