import Foundation
import MatrixSupport

/// A batch of export jobs read from a YAML manifest, validated before anything runs.
///
/// ```yaml
/// output: exports                 # the batch's output root, relative to the manifest
/// casebook: ../Casebook           # optional default for every job (default: Casebook beside the manifest)
/// coding_rubric: ../Rubrics/extended.yaml   # optional (default: Rubrics/extended.yaml beside the casebook)
/// corpus: ../../shared/seeds      # optional default for every job: the documents of the Coverage sheet
/// jobs:
///   - name: default-all
///     rubric: ../Rubrics/default.yaml
///     corpus: ../my-documents     # optional, overrides the corpus above
///     formats: [xlsx, csv]        # optional, default all
///     eras: [republic-taliban]    # optional filters: eras, cases, dimensions
///     output: default-all         # folder under the root
/// ```
///
/// Relative paths are resolved against the manifest's folder. Without `corpus` a job's workbook scans
/// `../shared/seeds` beside the casebook folder (the repository layout, as `lessons-matrix build` does) when that
/// folder exists, and has no Coverage sheet otherwise. Job output folders must stay inside the root:
/// `..`, absolute paths and symbolic links are refused, and so are two jobs writing the same or nested folders.
public struct BatchManifest: Sendable, Hashable {
    /// One export job.
    public struct Job: Sendable, Hashable {
        /// The job's name, unique in the manifest.
        public let name: String
        /// The rubric file, resolved.
        public let rubric: String
        /// The casebook folder, resolved.
        public let casebook: String
        /// The rubric the casebook is coded against, resolved.
        public let codingRubric: String
        /// The folder of documents the workbook's Coverage sheet scans, resolved; nil when the manifest names none.
        public let corpus: String?
        /// The folder scanned when `corpus` is nil and it exists: `../shared/seeds` beside the casebook folder.
        public let defaultCorpus: String
        /// The formats to write.
        public let formats: Set<OutputFormat>
        /// Era, case and dimension filters; nil leaves an axis unrestricted.
        public let eras: [String]?
        /// Case filter.
        public let cases: [String]?
        /// Dimension filter.
        public let dimensions: [String]?
        /// The output folder relative to the root, spelt one way (`./a//b/` is `a/b`).
        public let output: String
        /// The job's `output` value in the manifest, for messages about the folder it names.
        public let outputNode: YAMLValue
    }

    /// The output root, resolved.
    public let outputRoot: String
    /// The manifest's `output` value, for messages about the root.
    public let outputRootNode: YAMLValue
    /// The jobs in manifest order.
    public let jobs: [Job]

    /// Parses and validates a manifest, reporting every problem at once.
    /// - Parameter folder: the manifest's folder, against which relative paths are resolved.
    public static func load(_ source: SourceText, folder: String) throws(DiagnosticList) -> BatchManifest {
        let root = try YAMLDocument.parse(source)
        let reader = YAMLReader()
        guard let top = reader.mapping(root, what: "batch manifest", required: ["output", "jobs"],
                                        optional: ["casebook", "coding_rubric", "corpus"]) else {
            throw DiagnosticList(reader.diagnostics)
        }
        let outputRoot = top["output"].flatMap { reader.string($0, what: "output") }.map { resolve($0, in: folder) }
        let defaultCasebook = top["casebook"].flatMap { reader.string($0, what: "casebook") }.map { resolve($0, in: folder) }
            ?? resolve("Casebook", in: folder)
        let codingRubric = top["coding_rubric"].flatMap { reader.string($0, what: "coding_rubric") }.map { resolve($0, in: folder) }
        let sharedCorpus = top["corpus"].flatMap { reader.string($0, what: "corpus") }.map { resolve($0, in: folder) }
        var jobs: [Job] = []
        var names: [String: Int] = [:]
        var outputs: [String: String] = [:]
        let items = top["jobs"].flatMap { reader.list($0, what: "jobs") } ?? []
        if top["jobs"] != nil && items.isEmpty { reader.report("jobs must list at least one job", at: top["jobs"]!) }
        for item in items {
            guard let job = reader.mapping(item, what: "job", required: ["name", "rubric", "output"],
                                           optional: ["casebook", "corpus", "formats", "eras", "cases", "dimensions"]) else { continue }
            let name = job["name"].flatMap { reader.identifier($0, what: "job name") }
            if let name, let line = names[name] {
                reader.report("duplicate job name '\(name)' (first on line \(line))", at: job["name"]!)
            } else if let name {
                names[name] = job["name"]!.line
            }
            let written = job["output"].flatMap { reader.string($0, what: "job output") }
            let output = written.flatMap { checkedOutput($0, node: job["output"]!, reader: reader) }
            if let written, let output, let outputNode = job["output"] {
                if let other = outputs[output] {
                    reader.report("job output '\(written)' is also the output of job '\(other)'; give each job its own folder", at: outputNode)
                } else if let (folder, other) = outputs.first(where: { output.hasPrefix($0.key + "/") || $0.key.hasPrefix(output + "/") }) {
                    // A job's folder is cleaned of stale temporary files recursively, so one job must not hold another's folder.
                    reader.report("job output '\(written)' and the output '\(folder)' of job '\(other)' are nested; give each job a separate folder",
                                  at: outputNode)
                } else {
                    outputs[output] = name ?? output
                }
            }
            var formats = Set(OutputFormat.allCases)
            if let node = job["formats"], let list = reader.list(node, what: "formats") {
                formats = Set(list.compactMap { reader.choice($0, what: "format", among: OutputFormat.allCases.map(\.rawValue)).flatMap(OutputFormat.init(rawValue:)) })
                if list.isEmpty { reader.report("formats must list at least one of xlsx, csv, txt, md", at: node) }
            }
            func ids(_ key: String) -> [String]? {
                guard let node = job[key], let list = reader.list(node, what: key) else { return nil }
                return list.compactMap { reader.identifier($0, what: "\(key) id") }
            }
            guard let name, let output, let outputNode = job["output"],
                  let rubric = job["rubric"].flatMap({ reader.string($0, what: "rubric") }) else { continue }
            let casebook = job["casebook"].flatMap { reader.string($0, what: "casebook") }.map { resolve($0, in: folder) } ?? defaultCasebook
            let coding = codingRubric ?? ((PathText.folder(of: casebook) as NSString)
                .appendingPathComponent("Rubrics") as NSString).appendingPathComponent("extended.yaml")
            let corpus = job["corpus"].flatMap { reader.string($0, what: "corpus") }.map { resolve($0, in: folder) } ?? sharedCorpus
            let seeds = ((PathText.folder(of: casebook) as NSString).appendingPathComponent("../shared/seeds") as NSString).standardizingPath
            jobs.append(Job(name: name, rubric: resolve(rubric, in: folder), casebook: casebook, codingRubric: coding,
                            corpus: corpus, defaultCorpus: seeds, formats: formats, eras: ids("eras"), cases: ids("cases"),
                            dimensions: ids("dimensions"), output: output, outputNode: outputNode))
        }
        if !reader.diagnostics.isEmpty { throw DiagnosticList(reader.diagnostics) }
        return BatchManifest(outputRoot: outputRoot!, outputRootNode: top["output"]!, jobs: jobs)
    }

    /// Refuses an output folder that could escape the root (absolute, containing `..`) or names the root itself,
    /// and returns it without `.` components and repeated or trailing slashes, so that two spellings of one folder compare equal.
    private static func checkedOutput(_ path: String, node: YAMLValue, reader: YAMLReader) -> String? {
        if path.hasPrefix("/") || path.hasPrefix("~") {
            reader.report("job output '\(path)' must be a folder relative to the batch output root, not an absolute path", at: node)
            return nil
        }
        if (path as NSString).pathComponents.contains("..") {
            reader.report("job output '\(path)' must stay inside the batch output root; '..' is not allowed", at: node)
            return nil
        }
        let normalised = path.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
        if normalised.trimmingCharacters(in: .whitespaces).isEmpty {
            reader.report("job output must name a folder inside the batch output root", at: node)
            return nil
        }
        return normalised
    }

    private static func resolve(_ path: String, in folder: String) -> String {
        ((path.hasPrefix("/") || folder == "." ? path : (folder as NSString).appendingPathComponent(path)) as NSString).standardizingPath
    }
}
