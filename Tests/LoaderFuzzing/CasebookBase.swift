import Foundation
import MatrixSupport

/// The valid casebook files a `casebook` fuzz input is combined with: `sources.yaml`, `eras.yaml` and one case
/// file, read from the package root once.
struct CasebookBase: Sendable {
    let sources: Data
    let eras: Data
    let caseFile: Data
    let caseFileName: String

    init(root: String) throws {
        func read(_ relative: String) throws -> Data {
            try Data(contentsOf: URL(fileURLWithPath: root).appendingPathComponent(relative))
        }
        sources = try read("Casebook/sources.yaml")
        eras = try read("Casebook/eras.yaml")
        caseFileName = "eid-ceasefire-2018.yaml"
        caseFile = try read("Casebook/cases/\(caseFileName)")
    }
}
