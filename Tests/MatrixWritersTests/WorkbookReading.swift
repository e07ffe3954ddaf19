import EvidenceScan
import Foundation
import MatrixWriters
import ScoringEngine
import Testing
import XLSXReadBack

/// Builds workbooks for the tests and reads them back with XLSXReadBack.
enum WorkbookReading {
    /// A writer with sensitivity settings other than the defaults, so the tests see that they are honoured.
    static let writer = WorkbookWriter(commandLine: "lessons-matrix build --format xlsx", toolVersion: "9.8.7",
                                       sensitivityDraws: 200, sensitivitySeed: 7, sensitivityPerturbation: 0.25)

    /// The workbook of `matrix`, with a Coverage sheet when given a scan, read back.
    static func document(_ matrix: ScoredMatrix = MatrixFixture.matrix, writer: WorkbookWriter = writer,
                         coverage: ScanReport? = nil) throws -> XLSXDocument {
        try XLSXDocument(data: writer.data(for: matrix, coverage: coverage))
    }

    /// A sheet of the workbook of `matrix`, which must exist.
    static func sheet(_ name: String, of matrix: ScoredMatrix = MatrixFixture.matrix) throws -> SheetContents {
        try #require(try document(matrix).sheet(named: name))
    }
}

/// A cell's value in a form `#expect` can compare whole rows of.
///
/// Numbers compare equal within ``tolerance``: libxlsxwriter 1.1.4 writes doubles with 16 significant digits
/// (`%.16G`), so a value that needs 17 to round-trip, such as 2.5555555555555554, reads back as 2.555555555555555.
enum Shown: Equatable, CustomStringConvertible {
    case text(String)
    case number(Double)
    case empty

    /// The largest difference, relative to the magnitude (or absolute below 1), that still counts as equal.
    static let tolerance = 1e-12

    static func == (lhs: Shown, rhs: Shown) -> Bool {
        switch (lhs, rhs) {
        case let (.text(l), .text(r)): l == r
        case let (.number(l), .number(r)): abs(l - r) <= tolerance * max(1, abs(l))
        case (.empty, .empty): true
        default: false
        }
    }

    var description: String {
        switch self {
        case .text(let text): "\"\(text)\""
        case .number(let number): String(number)
        case .empty: "∅"
        }
    }
}

extension SheetContents {
    /// The values of zero-based `row` from column A through `last`, nil cells as ``Shown/empty``.
    func values(row: Int, through last: Int) -> [Shown] {
        (0...last).map { column in
            switch cell(row: row, column: column)?.value {
            case .string(let text)?: .text(text)
            case .number(let number)?: .number(number)
            default: .empty
            }
        }
    }

    /// The zero-based row whose column A holds `text`, searching from the top.
    func row(labelled text: String) -> Int? {
        rows.map(\.row).first { cell(row: $0, column: 0)?.string == text }
    }
}
