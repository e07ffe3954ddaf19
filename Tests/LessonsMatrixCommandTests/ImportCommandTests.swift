import Foundation
import Testing

/// `lessons-matrix import` and `compare`, end to end on the real PA-X and UCDP exports in `../shared/external`.
struct ImportCommandTests {
    static let external: URL? = {
        let folder = PackageFolder.root.deletingLastPathComponent().appendingPathComponent("shared/external").standardizedFileURL
        return FileManager.default.fileExists(atPath: folder.appendingPathComponent("pax_v3.csv").path) ? folder : nil
    }()

    static func scratch() throws -> ScratchFolder {
        try ScratchFolder(copying: [PackageFolder.rubrics, PackageFolder.casebook])
    }

    @Test(.enabled(if: external != nil, "../shared/external is absent"))
    func ucdpAfghanRowsImportAndLineUpWithOurCasesWithTheMahiparDateConflict() throws {
        let scratch = try Self.scratch()
        let csv = Self.external!.appendingPathComponent("ucdp_peace_agreements_1975_2011.csv").path
        let imported = try scratch.run(["import", "ucdp", csv, "--filter", "country=Afghanistan", "--out", "imported/ucdp"])
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.stderrLines.last?.hasPrefix("imported/ucdp: 3 cases, ") == true, "\(imported.stderr)")
        #expect(try scratch.names(in: "imported/ucdp/cases") == ["ucdp-7001993030701.yaml", "ucdp-7001993052001.yaml", "ucdp-7001996052401.yaml"])
        let compared = try scratch.run(["compare", "--with", "imported/ucdp"])
        #expect(compared.status == 0, "\(compared)")
        #expect(compared.stdout.contains("mahipar-agreement-1995 ↔ ucdp-7001996052401"))
        #expect(compared.stdout.contains("date conflict: ours 1995, theirs 1996-05-24"))
        #expect(compared.stdout.contains("islamabad-accord-1993 ↔ ucdp-7001993030701"))
    }

    @Test(.enabled(if: external != nil, "../shared/external is absent"))
    func paXRowsImportAsABinaryCasebookThatBuildsAndComparesInEveryFormat() throws {
        let scratch = try Self.scratch()
        let csv = Self.external!.appendingPathComponent("pax_v3.csv").path
        let imported = try scratch.run(["import", "pa-x", csv, "--filter", "ids=482,409,272", "--format", "bin", "--out", "imported/pa-x",
                                        "--build", "matrices"])
        #expect(imported.status == 0, "\(imported)")
        #expect(try scratch.names(in: "imported/pa-x") == ["casebook.bin"])
        let evidence = try scratch.read("matrices/extended/evidence.csv")
        #expect(evidence.contains("pa-x-482/enforcement_mechanism/1,pa-x-482,"), "PA-X 482 (Peshawar) arrives with its ImE cell as evidence")
        #expect(evidence.contains("row 482, column ImE"))
        for format in ["txt", "csv", "md"] {
            let compared = try scratch.run(["compare", "--with", "imported/pa-x", "--format", format])
            #expect(compared.status == 0, "\(compared)")
            #expect(compared.stdout.contains("peshawar-accord-1992"), "\(format)")
        }
    }

    @Test func anUnknownDatasetIsAUsageError() throws {
        let scratch = try Self.scratch()
        let run = try scratch.run(["import", "acled", "x.csv"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("unknown dataset 'acled'; use pa-x or ucdp"))
    }

    @Test func aMalformedExportIsRefusedWithItsPosition() throws {
        let scratch = try Self.scratch()
        try scratch.write("broken.csv", "PAID,pa_name\n\"7001,unclosed\n")
        let run = try scratch.run(["import", "ucdp", "broken.csv", "--out", "imported/ucdp"])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.first?.hasPrefix("error: broken.csv:2:1: ") == true, "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("imported")))
    }
}
