import CasebookModel
import DatasetImport
import Foundation
import MatrixSupport
import Testing

@Suite struct CasebookWritersTests {
    /// A casebook using every field the format has, with text that would break naive YAML.
    static let mixed: Casebook = {
        let tricky = "He said \"no\": # not a comment\n\tline two — ü, 日本, 🙂, back\\slash, \u{1}"
        let document = EvidenceItem(id: "talks-1993/external_guarantee/1", caseID: "talks-1993", indicatorID: "external_guarantee",
                                    sourceID: "study", locator: .document(section: "Lessons: 1992–1996", line: 42), quote: tricky, stance: .contradicts)
        func row(_ indicator: String, _ n: Int) -> EvidenceItem {
            EvidenceItem(id: "talks-1993/\(indicator)/\(n)", caseID: "talks-1993", indicatorID: indicator, sourceID: "pa-x-v3",
                         locator: .datasetRow(rowID: "0409", column: "Ce, \"quoted\""), quote: "Ce = 2", stance: .supports)
        }
        let claims = [ConflictClaim(value: "1995", sourceID: "study", locator: .document(section: "S", line: 3), quote: "in 1995"),
                      ConflictClaim(value: "1996", sourceID: "pa-x-v3", locator: .datasetRow(rowID: "7", column: "pa_date"), quote: "pa_date = 1996-05-24")]
        let talks = Case(id: "talks-1993", name: "true", era: "1990s", date: CaseDate(from: PartialDate(year: 1989), to: PartialDate(year: 1990, month: 5)),
                         venue: "Islamabad: \"Punjab\"", kind: .talks, outcome: .partial, sameAs: ["pa-x:409", "ucdp:1"],
                         parties: [Party(name: "~", side: "null", atTable: false), Party(name: "Jamiat", side: "mujahedin", atTable: true)],
                         mediators: [Mediator(name: "Cordovez", affiliation: "UN", role: .facilitator)], guarantors: ["USA", "yes"],
                         observations: [
                             Observation(indicatorID: "external_guarantee", value: .category("none"), rationale: tricky, confidence: .low, evidence: [document, row("external_guarantee", 2)]),
                             Observation(indicatorID: "turnout", value: .number(0.1 + 0.2), rationale: "r", confidence: .high, evidence: [row("turnout", 1)]),
                             Observation(indicatorID: "flag", value: .boolean(false), rationale: "r", confidence: .medium, evidence: [row("flag", 1)]),
                             Observation(indicatorID: "odd", value: .category("true"), rationale: "r", confidence: .medium, evidence: [row("odd", 1)]),
                             Observation(indicatorID: "numeric", value: .category("1993"), rationale: "r", confidence: .medium, evidence: [row("numeric", 1)]),
                         ],
                         notInSources: [MissingDimension(dimensionID: "monitoring", note: "Nothing: said.")],
                         conflicts: [Conflict(id: "talks-year", subject: "talks-1993", fact: "year", claims: claims, note: nil)])
        let bare = Case(id: "2001-bare", name: "Bare", era: "open", date: .unknown, venue: nil, kind: .accord, outcome: .unknown, sameAs: [],
                        parties: [], mediators: [], guarantors: [], observations: [], notInSources: [], conflicts: [])
        return Casebook(sources: [Source(id: "study", title: "A \"study\"", author: "not stated", publisher: "P", date: "April 2021", file: "000.txt", kind: .study),
                                  Source(id: "pa-x-v3", title: "PA-X", author: "A", publisher: "P", date: "not stated", file: "pax_v3.csv", kind: .dataset)],
                        eras: [Era(id: "1990s", name: "1990s", start: 1990, end: 1999), Era(id: "open", name: "Open: now", start: 2021, end: nil)],
                        cases: [talks, bare],
                        conflicts: [Conflict(id: "global", subject: "open", fact: "f", claims: claims, note: "Both kept.")])
    }()

    @Test func yamlFilesReadBackToTheSameCasebook() throws {
        let files = CasebookYAMLWriter.files(for: Self.mixed)
        #expect(files.map(\.path) == ["sources.yaml", "eras.yaml", "conflicts.yaml", "cases/2001-bare.yaml", "cases/talks-1993.yaml"])
        #expect(try CasebookYAMLReader.read(files) == Self.mixed)
    }

    @Test func aCaseFileLooksLikeTheCasebookFormat() throws {
        let files = CasebookYAMLWriter.files(for: Self.mixed)
        let bare = try #require(files.first { $0.path == "cases/2001-bare.yaml" })
        #expect(bare.contents == """
            id: "2001-bare"
            name: "Bare"
            era: open
            date: unknown
            venue: unknown
            kind: accord
            outcome: unknown
            parties: []
            observations: []

            """)
        #expect(files[1].contents == "eras:\n  - id: \"1990s\"\n    name: \"1990s\"\n    start: 1990\n    end: 1999\n  - id: open\n    name: \"Open: now\"\n    start: 2021\n")
    }

    @Test(.enabled(if: TestFiles.datasetsPresent, "needs pax_v3.csv in ../shared/external"))
    func anImportedCasebookRoundTripsThroughYAMLAndBinary() throws {
        let (result, _) = try RealDatasetImportTests.imported("pa-x")
        let files = CasebookYAMLWriter.files(for: result.casebook)
        #expect(files.count == 2 + 1868)
        #expect(try CasebookYAMLReader.read(files) == result.casebook)
        let peshawar = try #require(files.first { $0.path == "cases/pa-x-482.yaml" })
        #expect(peshawar.contents.contains("""
              - indicator: enforcement_mechanism
                value: false
                rationale: "Imported from PA-X Peace Agreements Database, version 3, by the mapping ImE: 0 → false, 1 → true. \
            ImE records a mechanism provided for in the text; the indicator asks whether one existed. A mechanism agreed on paper that never worked still reads true."
                confidence: medium
                evidence:
                  - source: pa-x-v3
                    row: "482"
                    column: "ImE"
                    quote: "ImE = 0"
            """))

        let binary = try CasebookBinaryCodec.encode(result.casebook)
        #expect(try CasebookBinaryCodec.decode(binary, path: "pa-x.bin") == result.casebook)
        let json = try JSONEncoder().encode(result.casebook)
        // Repeated strings are stored once: the binary form is well under half the JSON.
        #expect(binary.count * 2 < json.count)
    }

    @Test func theBinaryFormRoundTripsExactly() throws {
        let data = try CasebookBinaryCodec.encode(Self.mixed)
        #expect(data.starts(with: Array("lessons-matrix casebook 2\n".utf8)))
        let back = try CasebookBinaryCodec.decode(data, path: "c.bin")
        #expect(back == Self.mixed)
        #expect(back.cases[1].observations[1].value == .number(0.1 + 0.2))
        #expect(back.contentHash == Self.mixed.contentHash)
        #expect(try CasebookBinaryCodec.encode(back) == data)
    }

    @Test func theBinaryFormRefusesOtherFiles() throws {
        let data = try CasebookBinaryCodec.encode(Self.mixed)
        #expect(throws: Diagnostic(path: "c.bin", line: 1, column: 1,
                                   message: "not a lessons-matrix binary casebook (it does not start with 'lessons-matrix casebook 2')")) {
            try CasebookBinaryCodec.decode(Data("id: x\n".utf8), path: "c.bin")
        }
        #expect(throws: Diagnostic(path: "c.bin", line: 1, column: 1,
                                   message: "binary casebook has another format version; this tool reads 'lessons-matrix casebook 2'")) {
            try CasebookBinaryCodec.decode(Data("lessons-matrix casebook 3\n".utf8), path: "c.bin")
        }
        // Every truncation, and a flipped byte anywhere, is refused or decodes to some casebook; it never crashes.
        for length in stride(from: 26, to: data.count, by: 1) {
            do {
                _ = try CasebookBinaryCodec.decode(data.prefix(length), path: "c.bin")
                Issue.record("a file truncated to \(length) bytes decoded")
            } catch {
                #expect(error.message.hasPrefix("binary casebook is damaged: "))
            }
        }
        for index in 26..<data.count {
            var damaged = data
            damaged[index] ^= 0xFF
            _ = try? CasebookBinaryCodec.decode(damaged, path: "c.bin")
        }
        #expect(throws: Diagnostic(path: "c.bin", line: 1, column: 1, message: "binary casebook is damaged: bytes follow the casebook")) {
            try CasebookBinaryCodec.decode(data + Data([0]), path: "c.bin")
        }
    }

    /// Casebooks imported before format 2 (binary property lists) still load.
    @Test func filesOfFormatOneStillLoad() throws {
        let encoder = PropertyListEncoder()
        encoder.outputFormat = .binary
        let old = Data("lessons-matrix casebook bplist 1\n".utf8) + (try encoder.encode(Self.mixed))
        #expect(try CasebookBinaryCodec.decode(old, path: "c.bin") == Self.mixed)
    }
}
