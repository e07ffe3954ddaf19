import CXlsxWriter

/// A conditional colour scale: cells are shaded from one colour to another (through a midpoint colour for a
/// three-colour scale) according to their values.
///
/// ```swift
/// // Scores 0–4: red at 0, yellow at 2, green at 4, whatever the data's actual extremes.
/// let scale = ColorScale(minimum: .init(.number(0), .scaleRed),
///                        midpoint: .init(.number(2), .scaleYellow),
///                        maximum: .init(.number(4), .scaleGreen))
/// try sheet.addColorScale(scale, to: CellRange(rows: 1...20, columns: 1...6))
/// ```
public struct ColorScale: Hashable, Sendable {
    /// How a point of the scale is placed among the values.
    public enum Anchor: Hashable, Sendable {
        /// The lowest value in the range.
        case lowest
        /// The highest value in the range.
        case highest
        /// A fixed value.
        case number(Double)
        /// A percentage (0–100) of the way from the lowest to the highest value.
        case percent(Double)
        /// A percentile (0–100) of the values.
        case percentile(Double)
    }

    /// One point of the scale: where it sits and its colour.
    public struct Point: Hashable, Sendable {
        /// Where the point sits.
        public var anchor: Anchor
        /// Its colour.
        public var color: XLSXColor

        /// A point at `anchor` with `color`.
        public init(_ anchor: Anchor, _ color: XLSXColor) {
            self.anchor = anchor
            self.color = color
        }
    }

    /// The low end.
    public var minimum: Point
    /// The middle point of a three-colour scale; nil for a two-colour scale.
    public var midpoint: Point?
    /// The high end.
    public var maximum: Point

    /// A scale from `minimum` to `maximum`, through `midpoint` if given.
    public init(minimum: Point, midpoint: Point? = nil, maximum: Point) {
        self.minimum = minimum
        self.midpoint = midpoint
        self.maximum = maximum
    }

    /// Excel's default three-colour scale: red at the lowest value, yellow at the 50th percentile, green at
    /// the highest.
    public static let redYellowGreen = ColorScale(
        minimum: Point(.lowest, .scaleRed), midpoint: Point(.percentile(50), .scaleYellow),
        maximum: Point(.highest, .scaleGreen))

    /// The scale as libxlsxwriter's conditional-format description.
    var libraryFormat: lxw_conditional_format {
        var format = lxw_conditional_format()
        format.type = UInt8(
            midpoint == nil ? LXW_CONDITIONAL_2_COLOR_SCALE.rawValue : LXW_CONDITIONAL_3_COLOR_SCALE.rawValue)
        (format.min_rule_type, format.min_value) = Self.rule(minimum.anchor)
        format.min_color = minimum.color.libraryValue
        if let midpoint {
            (format.mid_rule_type, format.mid_value) = Self.rule(midpoint.anchor)
            format.mid_color = midpoint.color.libraryValue
        }
        (format.max_rule_type, format.max_value) = Self.rule(maximum.anchor)
        format.max_color = maximum.color.libraryValue
        return format
    }

    /// Whether every fixed value is a finite number, which Excel needs.
    var hasFiniteValues: Bool {
        [minimum, midpoint, maximum].compactMap { $0 }.allSatisfy { point in
            switch point.anchor {
            case .lowest, .highest: true
            case .number(let value), .percent(let value), .percentile(let value): value.isFinite
            }
        }
    }

    private static func rule(_ anchor: Anchor) -> (UInt8, Double) {
        switch anchor {
        case .lowest: (UInt8(LXW_CONDITIONAL_RULE_TYPE_MINIMUM.rawValue), 0)
        case .highest: (UInt8(LXW_CONDITIONAL_RULE_TYPE_MAXIMUM.rawValue), 0)
        case .number(let value): (UInt8(LXW_CONDITIONAL_RULE_TYPE_NUMBER.rawValue), value)
        case .percent(let value): (UInt8(LXW_CONDITIONAL_RULE_TYPE_PERCENT.rawValue), value)
        case .percentile(let value): (UInt8(LXW_CONDITIONAL_RULE_TYPE_PERCENTILE.rawValue), value)
        }
    }
}
