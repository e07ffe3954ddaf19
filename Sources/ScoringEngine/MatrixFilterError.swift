import MatrixSupport

/// Why a ``MatrixFilter`` could not be applied: every unknown id, each with the valid ones.
public struct MatrixFilterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One problem with the filter.
    public enum Problem: Sendable, Hashable, CustomStringConvertible {
        /// An era id the casebook lacks, with the casebook's eras.
        case unknownEra(String, valid: [String])
        /// A case id the casebook lacks, with the casebook's cases.
        case unknownCase(String, valid: [String])
        /// A dimension id the rubric lacks, with the rubric's dimensions.
        case unknownDimension(String, valid: [String])
        /// A selected case that belongs to an era not selected.
        case caseOutsideEras(String, era: String)

        /// "unknown dimension 'guarantor' (did you mean 'guarantors'?); valid dimensions: inclusivity, guarantors".
        public var description: String {
            switch self {
            case let .unknownEra(id, valid): return Self.unknown("era", id, valid, plural: "eras")
            case let .unknownCase(id, valid): return Self.unknown("case", id, valid, plural: "cases")
            case let .unknownDimension(id, valid): return Self.unknown("dimension", id, valid, plural: "dimensions")
            case let .caseOutsideEras(id, era): return "case '\(id)' belongs to era '\(era)', which is not selected"
            }
        }

        private static func unknown(_ what: String, _ id: String, _ valid: [String], plural: String) -> String {
            let suggestion = YAMLReader.closest(to: id, among: valid).map { " (did you mean '\($0)'?)" } ?? ""
            return "unknown \(what) '\(id)'\(suggestion); valid \(plural): \(valid.joined(separator: ", "))"
        }
    }

    /// Every problem found, eras first, then cases, dimensions, and cases outside the selected eras.
    public let problems: [Problem]

    /// Creates an error.
    public init(problems: [Problem]) {
        self.problems = problems
    }

    /// One problem per line.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
