/// The loaders that the fuzzer and the reliability tests feed damaged files to.
///
/// Each target reads one input as the bytes of one file:
///
/// | target | input |
/// | --- | --- |
/// | `rubric` | a rubric file, for `RubricLoader` |
/// | `casebook` | one casebook file, for `CasebookLoader`: the first byte chooses which one (see ``CasebookRole``) |
/// | `manifest` | a batch manifest, for `BatchManifest.load` |
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// Rubric files.
    case rubric
    /// Casebook files: a case file, `sources.yaml`, `eras.yaml` or `conflicts.yaml`.
    case casebook
    /// Batch manifests.
    case manifest
}
