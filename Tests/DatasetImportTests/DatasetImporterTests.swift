import CasebookModel
import DatasetImport
import Foundation
import MatrixSupport
import Testing

@Suite struct DatasetImporterTests {
    static let demoMapping = """
        dataset: demo
        name: Demo
        version: "1"
        publisher: Demo publisher
        file: demo.csv
        id_column: Id
        name_column: Title
        date_column: Date
        date_format: YYYY-MM-DD
        country_column: Country
        outcome:
          column: Ended
          meaning: 1 when the agreement ended.
          gap: Ended is failed.
          values:
            "0": unknown
            "1": failed
        indicators:
          - indicator: power_sharing_agreed
            transform: threshold
            columns:
              - name: Ps
                meaning: Power sharing, 0 to 3.
                range: [0, 3]
            at_least: 1
            then: true
            otherwise: false
            confidence: medium
            gap: Provision in the text.
          - indicator: armed_actors_at_table
            transform: table
            columns:
              - name: Inc
                meaning: 1 all signed, 2 not all.
            values:
              "1": all
              "2": ~
            confidence: medium
            gap: Active dyads only.

        """

    static let demoCSV = """
        Id,Title,Date,Country,Ended,Ps,Inc
        1,Good accord,1993-03-07,Afghanistan,1,2,1
        2,,1993-05-20,Afghanistan,0,0,2
        ,Nameless id,1994-01-01,Afghanistan,0,0,1
        1,Repeat,1994-01-01,Afghanistan,0,0,1
        5,Bad date,1993-02-30,Afghanistan,0,0,1
        6,Out of range,1995-01-01,Afghanistan,2,7,3
        7,Not whole,1996-01-01,Afghanistan,0,2.0,1
        8,"Elsewhere, too",1997-01-01,Chad,0,1,1

        """

    static let demoProblems = [
        "demo.csv:3:3: row has no name in column 'Title'",
        "demo.csv:4:1: row has no id in column 'Id'",
        "demo.csv:5:1: id '1' appears again (first on line 2)",
        "demo.csv:6:12: date '1993-02-30' in column 'Date' is not a valid YYYY-MM-DD date",
        "demo.csv:7:39: Ended = 2 is not a value the outcome mapping lists (0, 1)",
        "demo.csv:7:41: Ps = 7 is outside the codebook range 0...3",
        "demo.csv:7:43: Inc = 3 is not a value the mapping lists (1, 2)",
        "demo.csv:8:38: Ps = '2.0' is not a whole number; the codebook range is 0...3",
    ]

    private func demo(_ options: ImportOptions, csv: String = demoCSV, mapping: String = demoMapping) throws -> ImportResult {
        let table = try DatasetCSV.parse(Data(csv.utf8), path: "demo.csv")
        let loaded = try DatasetMappingLoader.load(SourceText(text: mapping, path: "demo.yaml"), rubric: nil)
        return try DatasetImporter.importCases(csv: table, mapping: loaded, options: options)
    }

    @Test func badRowsAreSkippedWithOneDiagnosticPerProblem() throws {
        let result = try demo(ImportOptions())
        #expect(result.skipped.map(\.line) == [3, 4, 5, 6, 7, 8])
        #expect(result.skipped.map(\.rowID) == ["2", "", "1", "5", "6", "7"])
        #expect(result.skipped.flatMap(\.diagnostics).map(\.description) == Self.demoProblems)
        #expect(result.counts == ImportCounts(rowsRead: 8, rowsExcluded: 0, rowsSkipped: 6, casesImported: 2, observations: 4,
                                              valuesLeftUnobserved: 0,
                                              observationsByIndicator: ["power_sharing_agreed": 2, "armed_actors_at_table": 2]))
        let first = try #require(result.casebook.case("demo-1"))
        #expect(first.name == "Good accord")
        #expect(first.outcome == .failed)
        #expect(first.date == CaseDate(from: PartialDate(year: 1993, month: 3, day: 7)))
        #expect(first.era == "1990s")
        #expect(first.observation("power_sharing_agreed")?.evidence.map(\.quote) == ["Ps = 2"])
        #expect(result.casebook.case("demo-8")?.name == "Elsewhere, too")
    }

    @Test func idsThatCannotFormACaseIDAreBad() throws {
        let csv = "Id,Title,Date,Country,Ended,Ps,Inc\nAB/1,Upper case and slash,1993-03-07,Chad,0,1,1\n"
        let result = try demo(ImportOptions(), csv: csv)
        #expect(result.skipped.flatMap(\.diagnostics).map(\.description) == [
            "demo.csv:2:1: id 'AB/1' in column 'Id' cannot form a case id; case ids use only a-z, 0-9, '-' and '_' and are at most 64 characters",
        ])
    }

    @Test func failingOnBadRowsReportsEveryProblem() throws {
        do {
            _ = try demo(ImportOptions(badRows: .fail))
            Issue.record("bad rows did not fail the import")
        } catch let error as DiagnosticList {
            #expect(error.description == Self.demoProblems.joined(separator: "\n"))
        }
    }

    @Test func filtersExcludeRowsBeforeTheyAreChecked() throws {
        let afghan = try demo(ImportOptions(countryContains: "AFGHAN"))
        #expect(afghan.casebook.cases.map(\.id) == ["demo-1"])
        #expect((afghan.counts.rowsExcluded, afghan.counts.rowsSkipped) == (1, 6))

        // 1994–1997 rows with valid dates are excluded; the broken date cannot be placed, so it is still bad.
        let year1993 = try demo(ImportOptions(years: 1993...1993))
        #expect(year1993.casebook.cases.map(\.id) == ["demo-1"])
        #expect(year1993.skipped.map(\.line) == [3, 6])
        #expect(year1993.counts.rowsExcluded == 5)

        let ids = try demo(ImportOptions(rowIDs: ["1", "8"]))
        #expect(ids.casebook.cases.map(\.id) == ["demo-1", "demo-8"])
        #expect(ids.skipped.map(\.line) == [5])
        #expect(ids.counts.rowsExcluded == 5)
    }

    @Test func namedErasPlaceCasesAndYearsOutsideThemAreBad() throws {
        let plan = try EraPlan.parse("1990-1993:early,1994-1999:late", path: "--era-by")
        let result = try demo(ImportOptions(rowIDs: ["1", "8"], eras: plan))
        #expect(result.casebook.eras == [Era(id: "early", name: "early", start: 1990, end: 1993), Era(id: "late", name: "late", start: 1994, end: 1999)])
        #expect(result.casebook.cases.map(\.era) == ["early", "late"])
        let narrow = try demo(ImportOptions(rowIDs: ["8"], eras: .parse("1990-1995:early", path: "--era-by")))
        #expect(narrow.skipped.flatMap(\.diagnostics).map(\.description) == ["demo.csv:9:20: year 1997 falls in no era (early 1990–1995)"])
    }

    @Test func eraPlansAreParsedStrictly() throws {
        #expect(try EraPlan.parse("1990-1995:early-1990s,1996-2001:late-1990s", path: "--era-by")
            == .yearRanges([EraRange(id: "early-1990s", start: 1990, end: 1995), EraRange(id: "late-1990s", start: 1996, end: 2001)]))
        do {
            _ = try EraPlan.parse("1990-95:a,1999-1996:b,1990-1999:C,1990-1999:c,1995-2000:d,1985-1989:c", path: "--era-by")
            Issue.record("a malformed era plan parsed")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "--era-by:1:1: era '1990-95:a' must be <first year>-<last year>:<era id>, such as 1990-1995:early-1990s",
                "--era-by:1:11: era 'b' ends (1996) before it starts (1999)",
                "--era-by:1:23: era id 'C' must use only a-z, 0-9, '-' and '_', start with a letter or digit, and be at most 64 characters",
                "--era-by:1:47: era 'd' (1995–2000) overlaps era 'c' (1990–1999)",
                "--era-by:1:59: era id 'c' is given twice",
            ])
        }
    }

    @Test func missingColumnsStopTheImport() throws {
        let csv = Self.demoCSV.replacingOccurrences(of: "Ps,Inc", with: "Psh,Inc")
        do {
            _ = try demo(ImportOptions(), csv: csv)
            Issue.record("an import without a mapped column ran")
        } catch let error as DiagnosticList {
            #expect(error.description == "demo.csv:1:1: column 'Ps' named by mapping 'demo' is not in the table's header (did you mean 'Psh'?)")
        }
        let noCountry = Self.demoMapping.replacingOccurrences(of: "country_column: Country\n", with: "")
        do {
            _ = try demo(ImportOptions(countryContains: "Chad"), mapping: noCountry)
            Issue.record("a country filter without a country column ran")
        } catch let error as DiagnosticList {
            #expect(error.description == "demo.csv:1:1: mapping 'demo' names no country_column, so rows cannot be filtered by country")
        }
    }
}

/// Imports of the real exports, with the counts measured on them and spot checks against their rows.
@Suite(.enabled(if: TestFiles.datasetsPresent, "needs pax_v3.csv and ucdp_peace_agreements_1975_2011.csv in ../shared/external"))
struct RealDatasetImportTests {
    static func imported(_ dataset: String, _ options: ImportOptions = ImportOptions()) throws -> (ImportResult, DatasetMapping) {
        let path = dataset == "pa-x" ? TestFiles.paxPath : TestFiles.ucdpPath
        let table = try DatasetCSV.parse(TestFiles.data(path), path: (path as NSString).lastPathComponent)
        let mapping = try DatasetMappingLoader.load(TestFiles.source("Rubrics/mappings/\(dataset).yaml"), rubric: ExtendedRubric.load())
        return (try DatasetImporter.importCases(csv: table, mapping: mapping, options: options), mapping)
    }

    @Test func paXImportsEveryRow() throws {
        let (result, _) = try Self.imported("pa-x")
        // Every row has an id, a valid date, a name, and codebook values in every mapped column.
        // Per row, society_represented, power_sharing_agreed and enforcement_mechanism always yield a value (3 × 1,868);
        // external_guarantee only when ImUN, ImOth, SsrGua and ImE are all 0 (530 rows), monitoring_mechanism only
        // when ImPK and ImE are both 0 (854 rows): 5,604 + 530 + 854 = 6,988. The rest, 1,338 + 1,014 = 2,352, stay unobserved.
        #expect(result.counts == ImportCounts(rowsRead: 1868, rowsExcluded: 0, rowsSkipped: 0, casesImported: 1868,
                                              observations: 6988, valuesLeftUnobserved: 2352,
                                              observationsByIndicator: ["society_represented": 1868, "power_sharing_agreed": 1868,
                                                                        "enforcement_mechanism": 1868, "external_guarantee": 530,
                                                                        "monitoring_mechanism": 854]))
        #expect(result.skipped.isEmpty)
        #expect(result.casebook.eras.map(\.id) == ["1990s", "2000s", "2010s", "2020s"])
        #expect(result.casebook.eras.map { result.casebook.cases(inEra: $0.id).count } == [750, 515, 595, 8])
        #expect(result.casebook.sources == [Source(id: "pa-x-v3", title: "PA-X Peace Agreements Database", author: "Christine Bell, Sanja Badanjak, et al.",
                                                   publisher: "Political Settlements Research Programme, University of Edinburgh",
                                                   date: "not stated", file: "pax_v3.csv", kind: .dataset)])
        #expect(Set(result.casebook.cases.map(\.outcome)) == [.unknown])
    }

    @Test func ucdpImportsEveryRow() throws {
        let (result, _) = try Self.imported("ucdp")
        // armed_actors_at_table has a value where inclusive = 1 (134 rows; the 82 with 2 stay unobserved),
        // power_sharing_agreed on every row, monitoring_mechanism where PKO and Co_impl are both 0 (121 rows; 95 unobserved).
        #expect(result.counts == ImportCounts(rowsRead: 216, rowsExcluded: 0, rowsSkipped: 0, casesImported: 216,
                                              observations: 471, valuesLeftUnobserved: 177,
                                              observationsByIndicator: ["armed_actors_at_table": 134, "power_sharing_agreed": 216,
                                                                        "monitoring_mechanism": 121]))
        #expect(result.casebook.eras.map(\.id) == ["1970s", "1980s", "1990s", "2000s", "2010s"])
        #expect(result.casebook.eras.map { result.casebook.cases(inEra: $0.id).count } == [21, 9, 111, 72, 3])
        // ended = 1 on 77 rows; the other 139 stay unknown.
        #expect(result.casebook.cases.filter { $0.outcome == .failed }.count == 77)
        #expect(result.casebook.cases.filter { $0.outcome == .unknown }.count == 139)
    }

    @Test func islamabadAccordArrivesFromItsRow() throws {
        let (result, mapping) = try Self.imported("pa-x", ImportOptions(rowIDs: ["409"]))
        let accord = try #require(result.casebook.case("pa-x-409"))
        #expect(accord.name == "Afghan Peace Accord (Islamabad Accord)")
        #expect(accord.date == CaseDate(from: PartialDate(year: 1993, month: 3, day: 7)))
        #expect(accord.sameAs == ["pa-x:409"])
        #expect(accord.kind == .accord)
        let power = try #require(accord.observation("power_sharing_agreed"))
        #expect(power.value == .boolean(true))
        #expect(power.confidence == .medium)
        #expect(power.evidence.map(\.locator.description) == ["row 409, column Polps", "row 409, column PolNewTemp"])
        #expect(power.evidence.map(\.quote) == ["Polps = 3", "PolNewTemp = 1"])
        #expect(power.evidence.map(\.id) == ["pa-x-409/power_sharing_agreed/1", "pa-x-409/power_sharing_agreed/2"])
        #expect(power.evidence.allSatisfy { $0.sourceID == "pa-x-v3" && $0.stance == .supports })
        // SsrGua = 1 (a security guarantee in the text) names no guarantor, so external_guarantee is not observed.
        #expect(accord.observation("external_guarantee") == nil)
        // Ce = 2 records ceasefire provisions, not what happened to them: no ceasefire indicator is imported,
        // and the mapping says why.
        #expect(accord.observation("ceasefire_outcome") == nil && accord.observation("ceasefire_violations_reported") == nil)
        #expect(mapping.unmapped.first { $0.column == "Ce" }?.reason.hasPrefix("Ce codes whether and how fully the text provides for a ceasefire") == true)
        #expect(accord.observations.map(\.indicatorID) == ["society_represented", "power_sharing_agreed", "enforcement_mechanism", "monitoring_mechanism"])
    }

    @Test func peshawarAccordsZeroImplementationColumnsArriveAsMapped() throws {
        let (result, _) = try Self.imported("pa-x", ImportOptions(rowIDs: ["482"]))
        let accord = try #require(result.casebook.case("pa-x-482"))
        #expect(accord.name == "Peshawar Accord")
        #expect(accord.date.description == "1992-04-24")
        let guarantee = try #require(accord.observation("external_guarantee"))
        #expect(guarantee.value == .category("none"))
        #expect(guarantee.evidence.map(\.quote) == ["ImUN = 0", "ImOth = 0", "SsrGua = 0", "ImE = 0"])
        #expect(guarantee.evidence.map(\.locator) == ["ImUN", "ImOth", "SsrGua", "ImE"].map { .datasetRow(rowID: "482", column: $0) })
        #expect(accord.observation("enforcement_mechanism")?.value == .boolean(false))
        #expect(accord.observation("enforcement_mechanism")?.evidence.map(\.quote) == ["ImE = 0"])
        #expect(accord.observation("monitoring_mechanism")?.value == .category("none"))
        #expect(accord.observation("monitoring_mechanism")?.evidence.map(\.quote) == ["ImPK = 0", "ImE = 0"])
        #expect(accord.observation("society_represented")?.value == .boolean(false))
        #expect(accord.observation("power_sharing_agreed")?.evidence.map(\.quote) == ["Polps = 3", "PolNewTemp = 1"])
        #expect(guarantee.rationale.hasPrefix("Imported from PA-X Peace Agreements Database, version 3, by the mapping any of ImUN, ImOth, SsrGua, ImE above 0 → no observation, otherwise none. None of the four columns"))
    }

    @Test func afghanRowsAreFoundByCountry() throws {
        let (pax, _) = try Self.imported("pa-x", ImportOptions(countryContains: "afghanistan"))
        #expect(pax.counts.casesImported == 24)
        #expect(pax.counts.rowsExcluded == 1844)
        #expect(["pa-x-482", "pa-x-409", "pa-x-272", "pa-x-1739", "pa-x-2271", "pa-x-2272"].allSatisfy { pax.casebook.case($0) != nil })

        let (ucdp, _) = try Self.imported("ucdp", ImportOptions(countryContains: "Afghanistan"))
        #expect(ucdp.casebook.cases.map(\.name) == ["Islamabad accord", "Jalalabad agreement", "Mahipar agreement"])
        #expect(ucdp.casebook.cases.map(\.id) == ["ucdp-7001993030701", "ucdp-7001993052001", "ucdp-7001996052401"])
        #expect(ucdp.casebook.cases.map(\.date.description) == ["1993-03-07", "1993-05-20", "1996-05-24"])
        #expect(ucdp.casebook.cases.map(\.outcome) == [.failed, .unknown, .failed])
        let mahipar = try #require(ucdp.casebook.case("ucdp-7001996052401"))
        #expect(mahipar.observation("power_sharing_agreed")?.evidence.map(\.quote) == ["Shagov = 0", "Intgov = 0", "Interrim = 1"])
        // inclusive = 2: not every warring party signed, which does not say how many did.
        #expect(mahipar.observation("armed_actors_at_table") == nil)
        #expect(mahipar.observation("monitoring_mechanism")?.value == .category("none"))
    }

    @Test func namedErasOverAfghanRows() throws {
        let plan = try EraPlan.parse("1990-1995:early-1990s,1996-2001:late-1990s", path: "--era-by")
        let (result, _) = try Self.imported("pa-x", ImportOptions(countryContains: "Afghanistan", eras: plan))
        #expect(result.casebook.cases.map { "\($0.id) \($0.era)" }
            == ["pa-x-272 late-1990s", "pa-x-409 early-1990s", "pa-x-482 early-1990s", "pa-x-553 late-1990s"])
        // The other 20 Afghan rows are dated 2002–2020, outside both eras.
        #expect(result.counts.rowsSkipped == 20)
        #expect(result.skipped.first?.diagnostics.first?.message == "year 2019 falls in no era (early-1990s 1990–1995, late-1990s 1996–2001)")
    }
}
