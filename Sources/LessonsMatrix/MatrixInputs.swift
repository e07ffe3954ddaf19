import CasebookModel
import Foundation
import MatrixSupport
import RubricModel

/// The loaded, validated inputs of a run: the rubrics to build and the casebook.
public struct MatrixInputs: Sendable {
    /// The rubrics, each with the path it came from.
    public let rubrics: [(path: String, rubric: Rubric)]
    /// The rubric the casebook is coded against.
    public let codingRubric: Rubric
    /// The casebook, validated against the coding rubric, with the positions of its values in the files.
    public let loadedCasebook: LoadedCasebook

    /// The casebook.
    public var casebook: Casebook { loadedCasebook.casebook }

    /// The most cases a casebook may hold, one file each; a larger folder is refused before any file is read.
    public static let maximumCases = 100_000

    /// Loads rubrics and casebook, reporting the problems of every file together.
    ///
    /// - Parameters:
    ///   - rubricPaths: the rubric files; empty means every `.yaml` in the workspace's rubric folder.
    ///   - workspace: where the casebook and the coding rubric live.
    public static func load(rubricPaths: [String], workspace: Workspace) throws(ToolError) -> MatrixInputs {
        let paths = try rubricPaths.isEmpty ? InputFiles.yamlFiles(in: workspace.rubricFolder) : rubricPaths
        if paths.isEmpty { throw .usage("\(workspace.rubricFolder): no rubric files (*.yaml) found; pass --rubric FILE") }
        var diagnostics: [Diagnostic] = []
        var rubrics: [(String, Rubric)] = []
        for path in paths {
            do {
                rubrics.append((path, try loadRubric(path)))
            } catch let .invalidInput(list) {
                diagnostics += list.diagnostics
            }
        }
        let codingRubric: Rubric?
        if let loaded = rubrics.first(where: { samePath($0.0, workspace.codingRubric) }) {
            codingRubric = loaded.1
        } else {
            do {
                codingRubric = try loadRubric(workspace.codingRubric)
            } catch let .invalidInput(list) {
                diagnostics += list.diagnostics
                codingRubric = nil
            }
        }
        var casebook: LoadedCasebook?
        if let codingRubric {
            do {
                casebook = try loadCasebook(workspace.casebookFolder, codingRubric: codingRubric)
            } catch let .invalidInput(list) {
                diagnostics += list.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw .invalidInput(DiagnosticList(diagnostics)) }
        var seen: [String: String] = [:]
        for (path, rubric) in rubrics {
            if let other = seen[rubric.id] {
                throw .usage("\(path): rubric id '\(rubric.id)' is also the id of \(other); each rubric needs its own id")
            }
            seen[rubric.id] = path
        }
        return MatrixInputs(rubrics: rubrics, codingRubric: codingRubric!, loadedCasebook: casebook!)
    }

    /// Reads and validates one rubric file.
    public static func loadRubric(_ path: String) throws(ToolError) -> Rubric {
        let source = try InputFiles.read(path)
        do {
            return try RubricLoader.load(source)
        } catch {
            throw .invalidInput(error)
        }
    }

    /// Reads and validates a casebook folder: the YAML files, or the `casebook.bin` that `import --format bin` writes.
    public static func loadCasebook(_ folder: String, codingRubric: Rubric) throws(ToolError) -> LoadedCasebook {
        func file(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
        let binary = file(ImportedCasebook.binaryFileName)
        if InputFiles.fileExists(binary) {
            return LoadedCasebook(casebook: try ImportedCasebook.decode(binary), positions: CasebookPositions())
        }
        let conflictsPath = file("conflicts.yaml")
        let files = CasebookFiles(
            sources: try InputFiles.read(file("sources.yaml")),
            eras: try InputFiles.read(file("eras.yaml")),
            cases: try InputFiles.caseFiles(in: file("cases")).map { (path) throws(ToolError) in try InputFiles.read(path) },
            conflicts: InputFiles.fileExists(conflictsPath) ? try InputFiles.read(conflictsPath) : nil
        )
        do {
            return try CasebookLoader.loadWithPositions(files, rubric: codingRubric)
        } catch {
            throw .invalidInput(error)
        }
    }

    private static func samePath(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).standardizedFileURL.path == URL(fileURLWithPath: b).standardizedFileURL.path
    }
}
