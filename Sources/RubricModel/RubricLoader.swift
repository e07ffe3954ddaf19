import Foundation
import MatrixSupport

/// Reads and validates a rubric file (the format of `Rubrics/README.md`). Pure: the caller reads the file.
///
/// Every problem of the file is reported in one ``DiagnosticList``, each at its `path:line:column`:
/// unknown and missing keys, wrong value types, duplicate ids, negative weights and weights adding up to zero,
/// levels outside the scale, references to unknown dimensions, and lesson conditions that do not parse or
/// name something the rubric does not define (at the column inside the condition where the problem is).
///
/// ```swift
/// let data = try Data(contentsOf: URL(fileURLWithPath: "Rubrics/default.yaml"))
/// do {
///     let rubric = try RubricLoader.load(bytes: data, path: "Rubrics/default.yaml")
///     print(rubric.dimensions.map(\.id))  // ["inclusivity", "guarantors", …]
/// } catch {
///     print(error)  // Rubrics/default.yaml:12:5: unknown key 'wieght' in dimension 'guarantors' (did you mean 'weight'?)
/// }
/// ```
public enum RubricLoader {
    /// Loads a rubric from checked text.
    public static func load(_ source: SourceText, limits: InputLimits = .standard) throws(DiagnosticList) -> Rubric {
        let root = try YAMLDocument.parse(source, limits: limits)
        let reader = RubricFileReader(source: source)
        guard let rubric = reader.read(root), reader.diagnostics.isEmpty else {
            throw DiagnosticList(reader.diagnostics)
        }
        return rubric
    }

    /// Loads a rubric from a file's raw bytes, refusing empty files, files over the size limit, byte-order marks,
    /// UTF-16, NUL bytes and invalid UTF-8 first.
    public static func load(bytes: Data, path: String, limits: InputLimits = .standard) throws(DiagnosticList) -> Rubric {
        let source: SourceText
        do {
            source = try SourceText(bytes: bytes, path: path, limits: limits)
        } catch {
            throw DiagnosticList([error])
        }
        return try load(source, limits: limits)
    }
}
