import Foundation
import LoaderFuzzing

/// The valid inputs each fuzz target starts from, as scripts/fuzz seeds them: the shipped files.
enum LoaderInputs {
    /// The shipped files a target's inputs are made from; for the casebook target, each with the role byte the
    /// rest of the input is read as (see `CasebookRole`).
    static func seeds(for target: FuzzTarget) throws -> [(prefix: [UInt8], content: [UInt8])] {
        func file(_ relative: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: PackagePaths.url(relative))) }
        switch target {
        case .rubric:
            return try [([], file("Rubrics/default.yaml")), ([], file("Rubrics/extended.yaml"))]
        case .manifest:
            return try [([], file("scripts/batch-example.yaml"))]
        case .mapping:
            return try [([], file("Rubrics/mappings/pa-x.yaml")), ([], file("Rubrics/mappings/ucdp.yaml"))]
        case .dataset:
            return try [([], file("Tests/Fixtures/fuzz-seeds/ucdp-sample.csv"))]
        case .casebook:
            return try [
                ([CasebookRole.caseFile.rawValue], file("Casebook/cases/eid-ceasefire-2018.yaml")),
                ([CasebookRole.caseFile.rawValue], file("Casebook/cases/bonn-agreement-2001.yaml")),
                ([CasebookRole.sources.rawValue], file("Casebook/sources.yaml")),
                ([CasebookRole.eras.rawValue], file("Casebook/eras.yaml")),
                ([CasebookRole.conflicts.rawValue], file("Casebook/conflicts.yaml")),
            ]
        }
    }

    /// The saved inputs that once broke a promise, as `<target>/<file>` under Tests/Fixtures/fuzz.
    static let regressions: [String] = FuzzTarget.allCases.flatMap { target in
        let folder = PackagePaths.url("Tests/Fixtures/fuzz/\(target.rawValue)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(target.rawValue)/\($0)" }
    }
}
