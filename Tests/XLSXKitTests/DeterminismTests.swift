import Foundation
import MatrixSupport
import Testing
import XLSXKit
import XLSXReadBack

@Suite struct DeterminismTests {
    /// A workbook using most features, so that any source of variation would show. Rows are written top to
    /// bottom, as constant-memory mode needs.
    private func build(_ workbook: Workbook) throws {
        let matrix = try workbook.addWorksheet(named: "Era matrix")
        let evidence = try workbook.addWorksheet(preferredName: "Evidence: quotes")
        let header = CellStyle(bold: true, backgroundColor: XLSXColor(rgb: 0xDDEBF7), wrapsText: true, border: .thin)
        try matrix.setColumnWidth(30, column: 0)
        try matrix.freezePanes(at: CellReference(row: 1, column: 1))
        try matrix.setAutofilter(CellRange(rows: 0...29, columns: 0...3))
        try matrix.addColorScale(.redYellowGreen, to: CellRange(rows: 1...29, columns: 1...3))
        try matrix.setPageSetup(PageSetup(orientation: .landscape, fitToPagesWide: 1, repeatRows: 0...0))
        for column in 0..<4 { try matrix.write("Era \(column)", at: CellReference(row: 0, column: column), style: header) }
        for row in 1..<30 {
            try matrix.write("Criterion \(row)", at: CellReference(row: row, column: 0))
            for column in 1..<4 {
                try matrix.write(Double((row * column) % 5), at: CellReference(row: row, column: column))
            }
            if row == 1 {
                try matrix.writeNote("note", at: CellReference(row: 1, column: 1), options: NoteOptions(author: "LM"))
                try matrix.writeLink(
                    .cell(sheet: evidence.name, CellReference(row: 4, column: 0)), at: CellReference(row: 1, column: 4),
                    text: "Q1")
            }
            try evidence.write(Fixture.pashto + " \(row)", at: CellReference(row: row, column: 0))
        }
        try matrix.writeFormula("=AVERAGE(B2:B30)", cachedValue: 2, at: CellReference(row: 30, column: 1))
        let chart = try workbook.addChart(.radar)
        try chart.addSeries(
            name: "Era 1", categories: SheetRange(sheet: matrix.name, range: CellRange(rows: 1...5, columns: 0...0)),
            values: SheetRange(sheet: matrix.name, range: CellRange(rows: 1...5, columns: 1...1)))
        try matrix.insertChart(chart, at: CellReference(row: 2, column: 6))
    }

    @Test func sha256HelperMatchesTheStandardVectors() {
        #expect(SHA256.hex(of: Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex(of: Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test(arguments: [false, true])
    func sameInputsGiveIdenticalBytes(constantMemory: Bool) throws {
        try TestDirectory.with { directory in
            let options = WorkbookOptions(constantMemory: constantMemory)
            let first = directory.file("first.xlsx")
            let second = directory.file("second.xlsx")
            try Workbook.write(to: first, properties: Fixture.properties, options: options, build)
            // A second apart, so that anything taken from the clock would differ.
            Thread.sleep(forTimeInterval: 1.1)
            try Workbook.write(to: second, properties: Fixture.properties, options: options, build)
            let firstBytes = try Data(contentsOf: first)
            let secondBytes = try Data(contentsOf: second)
            #expect(SHA256.hex(of: firstBytes) == SHA256.hex(of: secondBytes))
            #expect(firstBytes == secondBytes)
            let inMemory = try Workbook.data(properties: Fixture.properties, options: options, build)
            #expect(inMemory == firstBytes)
            #expect(try XLSXDocument(data: inMemory).sheetNames == ["Era matrix", "Evidence_ quotes"])
        }
    }

    @Test func differentCreationTimesGiveDifferentBytes() throws {
        let one = try Workbook.data(properties: Fixture.properties, build)
        let other = try Workbook.data(
            properties: DocumentProperties(created: Fixture.created.addingTimeInterval(86_400), title: "XLSXKit test"),
            build)
        #expect(one != other)
        #expect(try XLSXDocument(data: other).properties.created == "2021-04-02T00:00:00Z")
    }
}
