/// A coded indicator value for one case, with the coder's rationale and the evidence behind it.
public struct Observation: Sendable, Hashable, Codable {
    /// The indicator id (from the extended rubric).
    public var indicatorID: String
    /// The coded value.
    public var value: ObservedValue
    /// Why the coder chose this value, in the coder's words.
    public var rationale: String
    /// How directly the evidence states it.
    public var confidence: CoderConfidence
    /// One or more evidence items.
    public var evidence: [EvidenceItem]

    /// Creates an observation.
    public init(indicatorID: String, value: ObservedValue, rationale: String, confidence: CoderConfidence, evidence: [EvidenceItem]) {
        self.indicatorID = indicatorID
        self.value = value
        self.rationale = rationale
        self.confidence = confidence
        self.evidence = evidence
    }
}

/// A coded value, typed by its indicator.
public enum ObservedValue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// For boolean indicators.
    case boolean(Bool)
    /// For ordinal, count and share indicators.
    case number(Double)
    /// For category indicators.
    case category(String)

    /// `true`, `3`, `0.25`, `great_powers`.
    public var description: String {
        switch self {
        case let .boolean(value): return value ? "true" : "false"
        case let .number(value): return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case let .category(value): return value
        }
    }
}

/// The coder's confidence in an observation.
public enum CoderConfidence: String, Sendable, Hashable, Codable, CaseIterable {
    case high, medium, low

    /// The factor the scoring engine applies: 1, 0.8, 0.6.
    public var factor: Double {
        switch self {
        case .high: return 1.0
        case .medium: return 0.8
        case .low: return 0.6
        }
    }
}
