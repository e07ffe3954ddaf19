import Foundation
import Testing
import XLSXReadBack

/// Text from the inputs never turns into a formula, never hides or reorders what is around it in the text and
/// Markdown matrices and never breaks a table, and the workbook keeps it exactly: built end to end from the hostile casebook (Tests/Fixtures/hostile, see its README) and a default
/// rubric whose dimension name and lesson statement are hostile too.
@Suite struct HostileContentTests {
    /// The workspace, built once: Out/<rubric-id>/ holds every format.
    private static let built: Result<TemporaryFolder, Error> = Result {
        let workspace = try TemporaryFolder(copying: ["Rubrics"])
        try workspace.copy("Tests/Fixtures/hostile/Casebook", to: "Casebook")
        var rubric = String(decoding: try workspace.read("Rubrics/default.yaml"), as: UTF8.self)
        for (line, hostile) in [
            ("    name: Inclusivity\n", "    name: \"=Inclusivity | \\u202Eside\"\n"),
            ("    statement: The actors who hold real power on the ground are not at the table, and the accord does not hold.\n",
             "    statement: \"+Lesson | with a pipe\\nand a line break\"\n"),
        ] {
            guard rubric.contains(line) else { throw HostileRubricError(line: line) }
            rubric = rubric.replacingOccurrences(of: line, with: hostile)
        }
        try workspace.write("Rubrics/default.yaml", rubric)
        let run = try workspace.run(["build", "-q", "--out", "Out"])
        guard run.status == 0 else { throw BuildError(run: run.description) }
        return workspace
    }

    private struct HostileRubricError: Error { let line: String }
    private struct BuildError: Error { let run: String }

    private func text(_ relative: String) throws -> String {
        String(decoding: try Self.built.get().read("Out/\(relative)"), as: UTF8.self)
    }

    /// Characters no text or Markdown output may carry raw: C0 controls but the line feed, DEL, C1 controls,
    /// bidi embeddings, overrides and the isolates the writers do not add themselves, zero-width space, BOM,
    /// line and paragraph separators.
    private static let forbidden: [ClosedRange<UInt32>] = [
        0x00...0x09, 0x0B...0x1F, 0x7F...0x9F, 0x200B...0x200B, 0x2028...0x202E, 0x2066...0x2067, 0xFEFF...0xFEFF,
    ]

    @Test(arguments: ["default/matrix.txt", "extended/matrix.txt", "default/matrix.md", "extended/matrix.md"])
    func textOutputsCarryNoRawControlBidiOrZeroWidthCharacters(_ file: String) throws {
        let found = try text(file).unicodeScalars.filter { scalar in Self.forbidden.contains { $0.contains(scalar.value) } }
        #expect(found.map { String($0.value, radix: 16) } == [])
    }

    @Test func theTextMatrixShowsHostileNamesVisiblyOnTheirOwnRow() throws {
        let lines = try text("default/matrix.txt").split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("hidden-text    -2+3 | piped | name\\nsecond line<U+0007><U+001B>[31m<U+200B>end  late   2005  failed") })
        #expect(lines.contains { $0.hasPrefix("formula-names  =HYPERLINK(\"http://example.invalid\",\"open\")") })
        #expect(lines.contains { $0.hasPrefix("early  @SUM(1+1)<U+202E> era  1980–2000") })
        // Dari keeps its zero-width non-joiner, isolated so it cannot reorder the columns around it.
        #expect(lines.contains { $0.hasPrefix("dari-name      \u{2068}درس\u{200C}های صلح\u{2069}") })
        #expect(lines.contains { $0.contains("+Lesson | with a pipe\\nand a line break") })
        #expect(lines.contains { $0.contains("=Inclusivity | <U+202E>side") })
    }

    @Test(arguments: ["default/matrix.md", "extended/matrix.md"])
    func everyMarkdownTableRowHasItsTablesNumberOfCells(_ file: String) throws {
        func cellBorders(_ line: Substring) -> Int {
            var count = 0, escaped = false
            for character in line {
                if character == "|", !escaped { count += 1 }
                escaped = character == "\\" && !escaped
            }
            return count
        }
        var tables: [[Substring]] = [[]]
        for line in try text(file).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("|") { tables[tables.count - 1].append(line) } else if !tables[tables.count - 1].isEmpty { tables.append([]) }
        }
        tables.removeAll { $0.isEmpty }
        #expect(tables.count >= 3)
        for table in tables {
            let borders = Set(table.map(cellBorders))
            #expect(borders.count == 1, "\(table.joined(separator: "\n"))")
        }
    }

    @Test func theMarkdownMatrixEscapesPipesAndShowsHostileCharacters() throws {
        let markdown = try text("default/matrix.md")
        #expect(markdown.contains(
            "| hidden-text | -2+3 \\| piped \\| name\\\\nsecond line\\<U+0007\\>\\<U+001B\\>\\[31m\\<U+200B\\>end | late | 2005 | failed |"))
        #expect(markdown.contains("| early | @SUM(1+1)\\<U+202E\\> era | 1980–2000 |"))
        #expect(markdown.contains("+Lesson \\| with a pipe\\\\nand a line break"))
    }

    @Test(arguments: ["default", "extended"])
    func csvCellsThatLookLikeFormulasAreNeutralisedAndLineBreaksStayInsideTheirCell(_ rubric: String) throws {
        let folder = try Self.built.get().path("Out/\(rubric)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".csv") }
        #expect(files.count == 6)
        for file in files {
            let records = try #require(CSVRecords.parse(try text("\(rubric)/\(file)")), "\(file) is not well-formed CSV")
            let width = records.first?.count ?? 0
            for record in records {
                #expect(record.count == width, "\(file): \(record)")
                for field in record where Double(field) == nil {
                    #expect(!["=", "+", "-", "@", "\t", "\r"].contains { field.hasPrefix($0) }, "\(file): \(field.debugDescription)")
                }
            }
        }
        let evidence = try #require(CSVRecords.parse(try text("\(rubric)/evidence.csv")))
        let quotes = evidence.dropFirst().map { $0[9] }
        #expect(quotes.count == 9)
        #expect(quotes.contains("'=1+2 is what the first quote begins with."))
        #expect(quotes.contains("'+SUM(3,4) begins the second quote."))
        #expect(quotes.contains("'-5+6 begins the third quote."))
        #expect(quotes.contains("'@calc begins the fourth quote."))
        #expect(quotes.contains("Line one\nline two\r\nline three"))
        let eras = try #require(CSVRecords.parse(try text("\(rubric)/era_matrix.csv")))
        #expect(eras[1][1] == "'@SUM(1+1)\u{202E} era")
    }
}

extension HostileContentTests {
    /// The workbook is data: it keeps every text exactly as written (a quote stays verbatim, invisible characters
    /// included), always as a text cell, never as a formula.
    @Test(arguments: ["default", "extended"])
    func workbookCellsHoldHostileTextExactlyAsTextNeverAsFormulas(_ rubric: String) throws {
        let workbook = try XLSXDocument(data: try Self.built.get().read("Out/\(rubric)/matrix.xlsx"))
        let cells = workbook.sheets.flatMap { sheet in sheet.cells.values.map { (sheet: sheet.name, cell: $0) } }
        let texts = Set(cells.filter { $0.cell.formula == nil }.compactMap(\.cell.string))
        for hostile in [
            "=1+2 is what the first quote begins with.", "+SUM(3,4) begins the second quote.", "-5+6 begins the third quote.",
            "@calc begins the fourth quote.", "=HYPERLINK(\"http://example.invalid\",\"open\")", "@SUM(1+1)\u{202E} era",
            "-2+3 | piped | name\nsecond line\u{7}\u{1B}[31m\u{200B}end", "Line one\nline two\r\nline three",
            "An \u{202D}override\u{202C}, a zero\u{200B}width space, a bell\u{7}, a\ttab and | a pipe.",
        ] {
            #expect(texts.contains(hostile), "\(hostile.debugDescription) is not a text cell")
        }
        if rubric == "default" {
            #expect(texts.contains("=Inclusivity | \u{202E}side"))
            #expect(texts.contains("+Lesson | with a pipe\nand a line break"))
        }
        for (sheet, cell) in cells {
            guard let formula = cell.formula else { continue }
            for fragment in ["HYPERLINK", "SUM(1+1", "SUM(3,4", "calc", "1+2", "5+6", "Inclusivity", "Lesson"] {
                #expect(!formula.contains(fragment), "\(sheet)!\(cell.reference) has the formula \(formula)")
            }
        }
    }
}
