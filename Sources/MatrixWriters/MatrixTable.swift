/// A table as the text and Markdown writers show it: headed columns of cell strings, still raw (neither made
/// visible nor escaped), which each writer prepares for its own format.
struct MatrixTable: Sendable, Hashable {
    /// Which side of its column a cell keeps to.
    enum Alignment: Sendable, Hashable {
        case left, right
    }

    /// A column's header and alignment.
    struct Column: Sendable, Hashable {
        let header: String
        let alignment: Alignment
    }

    /// The columns; the first labels the rows and is repeated when the text writer splits the table.
    let columns: [Column]
    /// The rows, each as long as `columns`.
    let rows: [[String]]
}
