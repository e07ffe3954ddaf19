import CasebookModel
import DatasetImport
import Foundation
import LessonsMatrix
import MatrixSupport
import RubricModel

/// Feeds one input to a loader and lists every promise the loader broke, so that the fuzzer can stop on the
/// first broken one and the tests can show it.
///
/// A loader must never crash or hang on any bytes; it either returns a model, or throws diagnostics that
/// ``DiagnosticBounds`` accepts (one line each, inside a file of the input). In addition, a rubric that loads
/// must load back unchanged from its canonical form, a manifest that loads keeps every job's output inside
/// its output root, and a dataset that parses is imported (or refused soundly) with the UCDP mapping.
///
/// ```swift
/// let check = try LoaderCheck(target: .rubric, root: packageRoot)
/// check.violations(in: Data("id: x\n".utf8))   // [] — refused with sound diagnostics
/// ```
public struct LoaderCheck: Sendable {
    /// The loader checked.
    public let target: FuzzTarget
    private let codingRubric: Rubric?
    private let casebookBase: CasebookBase?
    private let datasetMapping: DatasetMapping?

    /// The path rubric and manifest inputs are given in diagnostics.
    public static let inputPath = "fuzz/input.yaml"
    /// The folder manifest inputs are resolved against.
    public static let manifestFolder = "/fuzz"

    /// Where the dataset target's CSV input is said to be.
    public static let datasetPath = "fuzz/input.csv"
    /// The mapping the dataset target imports with.
    public static let datasetMappingPath = "Rubrics/mappings/ucdp.yaml"

    /// Prepares a check; the casebook, mapping and dataset targets read the fixed files they need (the extended
    /// rubric, casebook files, the UCDP mapping) under `root`, the package root.
    public init(target: FuzzTarget, root: String) throws {
        self.target = target
        func read(_ relative: String) throws -> Data {
            try Data(contentsOf: URL(fileURLWithPath: root).appendingPathComponent(relative))
        }
        let needsRubric = [.casebook, .mapping, .dataset].contains(target)
        let rubric = needsRubric ? try RubricLoader.load(bytes: read("Rubrics/extended.yaml"), path: "Rubrics/extended.yaml") : nil
        codingRubric = rubric
        casebookBase = target == .casebook ? try CasebookBase(root: root) : nil
        datasetMapping = target == .dataset
            ? try DatasetMappingLoader.load(SourceText(bytes: read(Self.datasetMappingPath), path: Self.datasetMappingPath), rubric: rubric)
            : nil
    }

    /// The broken promises for `input`; empty when the loader behaved.
    public func violations(in input: Data) -> [String] {
        switch target {
        case .rubric: return rubricViolations(input)
        case .casebook: return casebookViolations(input)
        case .manifest: return manifestViolations(input)
        case .mapping: return mappingViolations(input)
        case .dataset: return datasetViolations(input)
        }
    }

    private func rubricViolations(_ input: Data) -> [String] {
        let rubric: Rubric
        do {
            rubric = try RubricLoader.load(bytes: input, path: Self.inputPath)
        } catch {
            return rejectionViolations(error.diagnostics, files: [Self.inputPath: input])
        }
        let canonical = RubricCanonicalForm.yaml(rubric)
        do {
            let again = try RubricLoader.load(SourceText(text: canonical, path: "canonical.yaml"))
            return again == rubric ? [] : ["the canonical form of the loaded rubric loads as a different rubric:\n\(canonical)"]
        } catch {
            return ["the canonical form of the loaded rubric does not load: \(error)\n\(canonical)"]
        }
    }

    private func casebookViolations(_ input: Data) -> [String] {
        guard let base = casebookBase, let rubric = codingRubric, let selector = input.first else { return [] }
        let role = CasebookRole(selector: selector)
        let content = Data(input.dropFirst())
        var files: [String: Data] = [
            "Casebook/sources.yaml": role == .sources ? content : base.sources,
            "Casebook/eras.yaml": role == .eras ? content : base.eras,
            "Casebook/cases/\(base.caseFileName)": base.caseFile,
        ]
        var casePaths = ["Casebook/cases/\(base.caseFileName)"]
        if role == .caseFile {
            let path = "Casebook/cases/\(Self.declaredID(in: content) ?? "fuzz-case").yaml"
            files[path] = content
            casePaths.append(path)
        }
        let conflictsPath = "Casebook/conflicts.yaml"
        if role == .conflicts { files[conflictsPath] = content }
        do throws(DiagnosticList) {
            func source(_ path: String) throws(DiagnosticList) -> SourceText {
                do {
                    return try SourceText(bytes: files[path]!, path: path)
                } catch {
                    throw DiagnosticList([error])
                }
            }
            let casebookFiles = CasebookFiles(
                sources: try source("Casebook/sources.yaml"), eras: try source("Casebook/eras.yaml"),
                cases: try casePaths.map { (path) throws(DiagnosticList) in try source(path) },
                conflicts: role == .conflicts ? try source(conflictsPath) : nil)
            _ = try CasebookLoader.loadWithPositions(casebookFiles, rubric: rubric)
            return []
        } catch {
            return rejectionViolations(error.diagnostics, files: files)
        }
    }

    private func manifestViolations(_ input: Data) -> [String] {
        let manifest: BatchManifest
        do throws(DiagnosticList) {
            let source: SourceText
            do {
                source = try SourceText(bytes: input, path: Self.inputPath)
            } catch {
                throw DiagnosticList([error])
            }
            manifest = try BatchManifest.load(source, folder: Self.manifestFolder)
        } catch {
            return rejectionViolations(error.diagnostics, files: [Self.inputPath: input])
        }
        let root = (manifest.outputRoot as NSString).standardizingPath
        return manifest.jobs.compactMap { job in
            let folder = ((root as NSString).appendingPathComponent(job.output) as NSString).standardizingPath
            return folder.hasPrefix(root == "/" ? "/" : root + "/") && folder != root
                ? nil : "job '\(job.name)' writes to \(folder), outside the output root \(root)"
        }
    }

    private func mappingViolations(_ input: Data) -> [String] {
        do throws(DiagnosticList) {
            let source: SourceText
            do {
                source = try SourceText(bytes: input, path: Self.inputPath)
            } catch {
                throw DiagnosticList([error])
            }
            _ = try DatasetMappingLoader.load(source, rubric: codingRubric)
            return []
        } catch {
            return rejectionViolations(error.diagnostics, files: [Self.inputPath: input])
        }
    }

    private func datasetViolations(_ input: Data) -> [String] {
        guard let mapping = datasetMapping else { return [] }
        do throws(DiagnosticList) {
            let table = try DatasetCSV.parse(input, path: Self.datasetPath)
            _ = try DatasetImporter.importCases(csv: table, mapping: mapping, options: ImportOptions())
            return []
        } catch {
            return rejectionViolations(error.diagnostics, files: [Self.datasetPath: input])
        }
    }

    private func rejectionViolations(_ diagnostics: [Diagnostic], files: [String: Data]) -> [String] {
        if diagnostics.isEmpty { return ["the input was refused without a diagnostic"] }
        return diagnostics.flatMap { DiagnosticBounds.problems(with: $0, files: files) }
    }

    /// The id a case file declares on a line of its own (`id: geneva-accords-1988`), if it looks like one.
    static func declaredID(in content: Data) -> String? {
        let text = String(decoding: content.prefix(4096), as: UTF8.self)
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where line.hasPrefix("id: ") {
            let id = line.dropFirst(4).trimmingCharacters(in: .whitespaces)
            if !id.isEmpty, id.count <= 80, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
                return id
            }
        }
        return nil
    }
}
