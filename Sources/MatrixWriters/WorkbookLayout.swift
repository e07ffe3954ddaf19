import XLSXKit

/// The sheet names of the workbook and the places that several sheets refer to.
///
/// Every table sheet has its title in row 1, a caption in row 2, row 3 for the weights that drive a matrix's
/// formulas (empty elsewhere), its header in row 4 and its data from row 5. The Rubric sheet keeps the weight of
/// the i-th dimension in column C of row 5 + i, the cells every index formula reads.
enum WorkbookLayout {
    /// The first sheet: eras by dimension.
    static let eraMatrix = "Era matrix"
    /// The second sheet: cases by dimension.
    static let caseMatrix = "Case matrix"
    /// The third sheet: lessons by era.
    static let lessons = "Lessons"
    /// The fourth sheet: the evidence items.
    static let evidence = "Evidence"
    /// The fifth sheet: the dimensions and their editable weights.
    static let rubric = "Rubric"
    /// The sixth sheet: rank probabilities.
    static let sensitivity = "Sensitivity"
    /// The optional sheet before About: what the evidence scan finds and the casebook cites.
    static let coverage = "Coverage"
    /// The last sheet: provenance, legend and sources.
    static let about = "About"

    /// Zero-based row of a table's title.
    static let titleRow = 0
    /// Zero-based row of the caption under the title.
    static let captionRow = 1
    /// Zero-based row of the weights above a matrix.
    static let weightRow = 2
    /// Zero-based row of a table's header.
    static let headerRow = 3
    /// Zero-based row of a table's first data row.
    static let firstDataRow = 4

    /// The column of the Rubric sheet that holds the editable weights.
    static let weightColumn = 2

    /// The Rubric sheet's cell holding the weight of the dimension at `position` in rubric order.
    static func weightCell(dimension position: Int) -> CellReference {
        CellReference(row: firstDataRow + position, column: weightColumn)
    }

    /// How every sheet prints: landscape, scaled to one page wide and as many tall as needed, with `rows`
    /// (the header) repeated on each page.
    static func pageSetup(repeating rows: ClosedRange<Int>?) -> PageSetup {
        PageSetup(orientation: .landscape, fitToPagesWide: 1, fitToPagesTall: 0, repeatRows: rows,
                  footer: "&L&A&RPage &P of &N")
    }
}
