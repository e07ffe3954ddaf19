import ArgumentParser
import Foundation
import XLSXKit
import XLSXReadBack

/// Reads a workbook back and writes every cell, note and column width as a plain dump that
/// `scripts/benchmarks/floor.c` replays through raw libxlsxwriter: the same sheets, the same cells of the same kinds
/// (numbers, strings, formulas with their cached values, booleans, styled blanks) with their number formats,
/// bold, italic, wrap and fill, and the same notes.
///
/// Format, one record per line, texts length-prefixed in bytes so that any text survives:
/// `S <len>\n<sheet name>\n`, `F <id> <bold> <italic> <wrap> <fill RGB or -> <len>\n<number format>\n`,
/// `W <column> <width>`, `n <row> <col> <format> <number>`, `s <row> <col> <format> <len>\n<text>\n`,
/// `f <row> <col> <format> <number> <len>\n<formula>\n`, `g <row> <col> <format> <len> <len2>\n<formula>\n<text>\n`,
/// `b <row> <col> <format> <0|1>`, `e <row> <col> <format>`, `c <row> <col> <len>\n<note>\n`.
struct DumpCellsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump-cells",
        abstract: "Dump a workbook's cells for the raw libxlsxwriter floor (scripts/benchmarks/floor.c).",
        discussion: "Example: lessons-matrix-bench dump-cells Output/default/matrix.xlsx /tmp/default.cells")

    @Argument(help: "The workbook.") var workbook: String
    @Argument(help: "The dump to write.") var dump: String

    func run() throws {
        let document = try XLSXDocument(url: URL(fileURLWithPath: workbook))
        var out = Data()
        func line(_ text: String) { out.append(contentsOf: Array((text + "\n").utf8)) }
        func bytes(_ text: String) -> Int { text.utf8.count }
        var used: [Int: Int] = [:]
        for sheet in document.sheets {
            for cell in sheet.cells.values where used[cell.styleIndex] == nil { used[cell.styleIndex] = used.count }
        }
        for (styleIndex, id) in used.sorted(by: { $0.value < $1.value }) {
            let format = document.cellFormats.indices.contains(styleIndex) ? document.cellFormats[styleIndex] : CellFormatFacts()
            let fill = format.fillColor.map { String($0.suffix(6)) } ?? "-"
            line("F \(id) \(format.bold ? 1 : 0) \(format.italic ? 1 : 0) \(format.wrapText ? 1 : 0) \(fill) \(bytes(format.numberFormat))")
            line(format.numberFormat)
        }
        var counts: [String: Int] = [:]
        for sheet in document.sheets {
            line("S \(bytes(sheet.name))")
            line(sheet.name)
            for column in sheet.columns {
                guard let width = column.width else { continue }
                for index in column.columns { line("W \(index) \(width)") }
            }
            for (row, cells) in sheet.rows {
                for cell in cells {
                    guard let reference = CellReference(a1: cell.reference) else { continue }
                    let place = "\(row) \(reference.column) \(used[cell.styleIndex]!)"
                    switch (cell.formula, cell.value) {
                    case let (formula?, .string(text)):
                        line("g \(place) \(bytes(formula)) \(bytes(text))")
                        line(formula)
                        line(text)
                        counts["formula", default: 0] += 1
                    case let (formula?, value):
                        line("f \(place) \(number(value)) \(bytes(formula))")
                        line(formula)
                        counts["formula", default: 0] += 1
                    case let (nil, .string(text)):
                        line("s \(place) \(bytes(text))")
                        line(text)
                        counts["string", default: 0] += 1
                    case let (nil, .number(value)):
                        line("n \(place) \(value)")
                        counts["number", default: 0] += 1
                    case let (nil, .bool(flag)):
                        line("b \(place) \(flag ? 1 : 0)")
                        counts["boolean", default: 0] += 1
                    case (nil, .error), (nil, .empty):
                        line("e \(place)")
                        counts["blank", default: 0] += 1
                    }
                }
            }
            for note in sheet.notes.values.sorted(by: { $0.reference < $1.reference }) {
                guard let reference = CellReference(a1: note.reference) else { continue }
                line("c \(reference.row) \(reference.column) \(bytes(note.text))")
                line(note.text)
                counts["note", default: 0] += 1
            }
        }
        try out.write(to: URL(fileURLWithPath: dump))
        print(counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
    }

    private func number(_ value: CellContents.Value) -> String {
        if case let .number(number) = value { return String(number) }
        if case let .bool(flag) = value { return flag ? "1" : "0" }
        return "0"
    }
}
