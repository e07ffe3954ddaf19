/// A chart placed on a sheet, from its drawing anchor and chartN.xml.
public struct ChartFacts: Sendable, Equatable {
    /// One series of the chart.
    public struct Series: Sendable, Equatable {
        /// The literal name, if the name is text.
        public let name: String?
        /// The reference the name comes from, if it comes from a cell.
        public let nameReference: String?
        /// The categories' reference, "'Era matrix'!$A$2:$A$7".
        public let categories: String?
        /// The values' reference.
        public let values: String?

        /// A series; the reader builds these.
        public init(name: String?, nameReference: String?, categories: String?, values: String?) {
            self.name = name
            self.nameReference = nameReference
            self.categories = categories
            self.values = values
        }
    }

    /// The package path, "xl/charts/chart1.xml".
    public let path: String
    /// The plot element's local name: "barChart", "radarChart", "lineChart"…
    public let type: String
    /// For bar charts, "bar" (horizontal) or "col" (vertical).
    public let barDirection: String?
    /// The grouping, "clustered", "standard"…
    public let grouping: String?
    /// For radar charts, "marker", "filled" or "standard".
    public let radarStyle: String?
    /// The title's text, if literal.
    public let title: String?
    /// The series, in order.
    public let series: [Series]
    /// The legend position ("r", "b", "t", "l"), nil when there is no legend.
    public let legendPosition: String?
    /// The category axis title, if literal.
    public let categoryAxisTitle: String?
    /// The value axis title, if literal.
    public let valueAxisTitle: String?
    /// The value axis's fixed minimum, if set.
    public let valueAxisMinimum: Double?
    /// The value axis's fixed maximum, if set.
    public let valueAxisMaximum: Double?
    /// The cell under the chart's top-left corner, "I2".
    public let anchorCell: String?

    /// A chart; the reader builds these.
    public init(
        path: String, type: String, barDirection: String?, grouping: String?, radarStyle: String?, title: String?,
        series: [Series], legendPosition: String?, categoryAxisTitle: String?, valueAxisTitle: String?,
        valueAxisMinimum: Double?, valueAxisMaximum: Double?, anchorCell: String?
    ) {
        self.path = path
        self.type = type
        self.barDirection = barDirection
        self.grouping = grouping
        self.radarStyle = radarStyle
        self.title = title
        self.series = series
        self.legendPosition = legendPosition
        self.categoryAxisTitle = categoryAxisTitle
        self.valueAxisTitle = valueAxisTitle
        self.valueAxisMinimum = valueAxisMinimum
        self.valueAxisMaximum = valueAxisMaximum
        self.anchorCell = anchorCell
    }
}
