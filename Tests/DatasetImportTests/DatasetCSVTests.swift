import DatasetImport
import Foundation
import MatrixSupport
import Testing

@Suite struct DatasetCSVTests {
    private func parse(_ text: String) throws -> DatasetTable {
        try DatasetCSV.parse(Data(text.utf8), path: "t.csv")
    }

    /// The diagnostics of an input that must fail, as printed.
    private func errors(_ bytes: [UInt8]) -> [String] {
        do {
            _ = try DatasetCSV.parse(Data(bytes), path: "t.csv")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    private func errors(_ text: String) -> [String] {
        errors(Array(text.utf8))
    }

    @Test func quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() throws {
        for newline in ["\r\n", "\n"] {
            let text = ["id,text,n", "1,\"a, b\",2", "2,\"line1\nline2\",3", "3,\"say \"\"hi\"\"\",4", "4,,\"\""].joined(separator: newline) + newline
            let table = try parse(text)
            #expect(table.columns == ["id", "text", "n"])
            #expect(table.rows.map(\.fields) == [["1", "a, b", "2"], ["2", "line1\nline2", "3"], ["3", "say \"hi\"", "4"], ["4", "", ""]])
            // The second row spans lines 3 and 4, so the third starts on line 5.
            #expect(table.rows.map(\.line) == [2, 3, 5, 6])
            #expect(table.position(of: table.rows[2], field: 2) == (line: 5, column: 16))
            #expect(table.position(of: table.rows[1], field: 2) == (line: 4, column: 8))
        }
    }

    @Test func lastRowMayEndWithoutALineBreak() throws {
        let table = try parse("a,b\n1,2")
        #expect(table.rows.map(\.fields) == [["1", "2"]])
    }

    @Test func blankHeadersGetSyntheticNames() throws {
        let table = try parse("a,,b,\n1,2,3,4\n")
        #expect(table.columns == ["a", "_blank_2", "b", "_blank_4"])
        #expect(table.blankColumnCount == 2)
        #expect(table.columnIndex("_blank_4") == 3)
    }

    @Test func raggedRowsAreEachReported() {
        #expect(errors("a,b,c\n1,2,3\n4,5\n6,7,8,9\n\n") == [
            "t.csv:3:1: row has 2 fields; the header has 3",
            "t.csv:4:1: row has 4 fields; the header has 3",
            "t.csv:5:1: blank line; every row needs 3 fields",
        ])
    }

    @Test func badUTF8IsReportedAtItsByte() {
        let bytes = Array("a,b\n1,x\u{e9}".utf8) + [0xFF] + Array("\n2,y\n".utf8)
        #expect(errors(bytes) == ["t.csv:2:5: invalid UTF-8 byte 0xFF; save the file as UTF-8"])
        let twice = Array("a,b\n".utf8) + [0xC3, 0x28] + Array(",".utf8) + [0xFF] + Array("\n".utf8)
        #expect(errors(twice) == ["t.csv:2:1: invalid UTF-8 byte 0xC3; save the file as UTF-8 (1 more invalid sequence follows)"])
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() {
        #expect(errors("a,b\n1,\"open\n2,3\n") == ["t.csv:2:3: quoted field opened here is never closed"])
    }

    @Test func strayQuotesAreReported() {
        #expect(errors("a,b\n1,ab\"c\n") == [
            "t.csv:2:5: quote inside an unquoted field; quote the whole field and double the quote (\"\")",
        ])
        #expect(errors("a,b\n1,\"x\"y\n") == [
            "t.csv:2:6: text after the closing quote; a quoted field must end at a comma or line break",
        ])
    }

    @Test func emptyFilesAreRefused() {
        #expect(errors("") == ["t.csv:1:1: file is empty"])
        #expect(errors("\r\n\n") == ["t.csv:1:1: file is empty"])
    }

    @Test func duplicateNamedHeadersAreRefused() {
        #expect(errors("a,b,a\n1,2,3\n") == ["t.csv:1:5: duplicate column name 'a' (first in column 1)"])
    }

    @Test func encodingAndLineEndingProblemsAreRefused() {
        #expect(errors([0xEF, 0xBB, 0xBF] + Array("a\n1\n".utf8)) == ["t.csv:1:1: file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM"])
        #expect(errors(Array("a,b\n1,".utf8) + [0] + Array("\n".utf8)) == ["t.csv:2:3: file contains a NUL byte"])
        #expect(errors("a,b\r1,2\n") == ["t.csv:1:4: carriage return without a line feed"])
    }

    @Test func problemsAfterALoneCarriageReturnKeepTheirLine() {
        // The lone CR ends the record "1,2" but not line 2, so the short record "x" is on line 2 too (not 3).
        #expect(errors("a,b\n1,2\rx\n3,4\n") == [
            "t.csv:2:1: row has 1 field; the header has 2",
            "t.csv:2:4: carriage return without a line feed",
        ])
    }

    @Test func everyProblemOfAFileIsReportedInOnePass() {
        #expect(errors("a,b\n1,2,3\nx\"y,2\n") == [
            "t.csv:2:1: row has 3 fields; the header has 2",
            "t.csv:3:2: quote inside an unquoted field; quote the whole field and double the quote (\"\")",
        ])
    }

    @Test func renderedRowsReadBackUnchanged() throws {
        let rows = [["id", "note", "empty"], ["1", "a, \"b\"", ""], ["2", "two\nlines", "é ü"], ["3", "x\r\ny", " "]]
        let text = CSVRenderer.render(rows)
        #expect(text.hasPrefix("id,note,empty\r\n1,\"a, \"\"b\"\"\",\r\n"))
        let table = try parse(text)
        #expect([table.columns] + table.rows.map(\.fields) == rows)
        #expect(try parse(CSVRenderer.render([["only"], [""]])).rows.map(\.fields) == [[""]])
    }

    @Test(.enabled(if: TestFiles.datasetsPresent, "needs the PA-X and UCDP exports in ../shared/external"))
    func theRealExportsParse() throws {
        let pax = try DatasetCSV.parse(TestFiles.data(TestFiles.paxPath), path: "pax_v3.csv")
        #expect(pax.rows.count == 1868)
        #expect(pax.columns.count == 286)
        // The README says 19 blank headers; the file has 20, columns 267–286, all empty in every row.
        #expect(pax.blankColumnCount == 20)
        #expect(pax.columns.last == "_blank_286")
        let agtID = try #require(pax.columnIndex("AgtId"))
        let ce = try #require(pax.columnIndex("Ce"))
        let islamabad = try #require(pax.rows.first { $0.fields[agtID] == "409" })
        #expect(islamabad.fields[ce] == "2")

        let ucdp = try DatasetCSV.parse(TestFiles.data(TestFiles.ucdpPath), path: "ucdp.csv")
        #expect(ucdp.rows.count == 216)
        #expect(ucdp.columns.count == 69)
        #expect(ucdp.blankColumnCount == 0)
    }

    @Test(.enabled(if: TestFiles.datasetsPresent, "needs the CWM export in ../shared/external"))
    func theMediationExportIsNotUTF8() throws {
        // CWM is distributed in a legacy 8-bit encoding: "Chimères" is written with byte 0x8F.
        let data = try TestFiles.data(TestFiles.cwmPath)
        do {
            _ = try DatasetCSV.parse(data, path: "cwm.csv")
            Issue.record("a file that is not UTF-8 parsed")
        } catch {
            #expect(error.description == "cwm.csv:282:36: invalid UTF-8 byte 0x8F; save the file as UTF-8 (5 more invalid sequences follow)")
        }
    }
}
