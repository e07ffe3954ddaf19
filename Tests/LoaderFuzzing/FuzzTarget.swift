/// The loaders that the fuzzer and the reliability tests feed damaged files to.
///
/// Each target reads one input as the bytes of one file:
///
/// | target | input |
/// | --- | --- |
/// | `rubric` | a rubric file, for `RubricLoader` |
/// | `casebook` | one casebook file, for `CasebookLoader`: the first byte chooses which one (see ``CasebookRole``) |
/// | `manifest` | a batch manifest, for `BatchManifest.load` |
/// | `mapping` | a dataset mapping, for `DatasetMappingLoader` with the extended rubric |
/// | `dataset` | a dataset export, for `DatasetCSV`, then imported with the UCDP mapping by `DatasetImporter` |
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// Rubric files.
    case rubric
    /// Casebook files: a case file, `sources.yaml`, `eras.yaml` or `conflicts.yaml`.
    case casebook
    /// Batch manifests.
    case manifest
    /// Dataset mappings (`Rubrics/mappings/*.yaml`).
    case mapping
    /// Dataset exports (CSV).
    case dataset
}
