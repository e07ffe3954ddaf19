/// One conditional-format rule of a sheet.
public struct ConditionalFormatFacts: Sendable, Equatable {
    /// One point of a colour scale: its type ("min", "num", "percentile"…), value, and colour RRGGBB.
    public struct ScalePoint: Sendable, Equatable {
        /// The cfvo type: "min", "max", "num", "percent", "percentile".
        public let type: String
        /// The cfvo value, if any.
        public let value: String?
        /// The colour, RRGGBB.
        public let color: String?

        /// A point; the reader builds these.
        public init(type: String, value: String?, color: String?) {
            self.type = type
            self.value = value
            self.color = color
        }
    }

    /// The cells covered (sqref), "B2:F9".
    public let range: String
    /// The rule type: "colorScale", "cellIs", "dataBar"…
    public let type: String
    /// For colour scales, the points from low to high: two or three.
    public let scalePoints: [ScalePoint]

    /// A rule; the reader builds these.
    public init(range: String, type: String, scalePoints: [ScalePoint]) {
        self.range = range
        self.type = type
        self.scalePoints = scalePoints
    }
}
