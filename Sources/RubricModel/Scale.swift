/// The ordinal scale dimensions are scored on, with a label and an anchor description for every level.
public struct Scale: Sendable, Hashable, Codable {
    /// The lowest level.
    public var minimum: Int
    /// The highest level.
    public var maximum: Int
    /// One entry per level from minimum to maximum.
    public var levels: [ScaleLevel]

    /// Creates a scale.
    public init(minimum: Int, maximum: Int, levels: [ScaleLevel]) {
        self.minimum = minimum
        self.maximum = maximum
        self.levels = levels
    }

    /// True when `score` lies within the scale.
    public func contains(_ score: Double) -> Bool {
        score >= Double(minimum) && score <= Double(maximum)
    }

    /// The level a score rounds to (half up), clamped to the scale.
    public func level(for score: Double) -> Int {
        min(maximum, max(minimum, Int((score + 0.5).rounded(.down))))
    }

    /// The label of a level.
    public func label(of level: Int) -> String? {
        levels.first { $0.level == level }?.label
    }
}

/// One level of a ``Scale``.
public struct ScaleLevel: Sendable, Hashable, Codable {
    /// The level's number.
    public var level: Int
    /// A one- or two-word label, such as "Partial".
    public var label: String
    /// What the level means in general.
    public var anchor: String

    /// Creates a level.
    public init(level: Int, label: String, anchor: String) {
        self.level = level
        self.label = label
        self.anchor = anchor
    }
}
