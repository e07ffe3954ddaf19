/// Reads the facts of one chartN.xml part.
enum ChartReader {
    static func read(_ root: XMLTree, path: String, anchorCell: String?) throws -> ChartFacts {
        guard let chart = root.child("chart"), let plotArea = chart.child("plotArea") else {
            throw ReadBackError("\(path) has no chart plot area")
        }
        guard let plot = plotArea.children.first(where: { $0.localName.hasSuffix("Chart") }) else {
            throw ReadBackError("\(path) has no plot")
        }
        let series = plot.children("ser").map { series in
            ChartFacts.Series(
                name: series.child("tx").flatMap { $0.child("v")?.ownText ?? literal($0) },
                nameReference: series.path("tx", "strRef", "f")?.ownText,
                categories: reference(series.child("cat")),
                values: reference(series.child("val")))
        }
        let categoryAxis = plotArea.child("catAx")
        let valueAxis = plotArea.child("valAx")
        return ChartFacts(
            path: path,
            type: plot.localName,
            barDirection: plot.child("barDir")?.attribute("val"),
            grouping: plot.child("grouping")?.attribute("val"),
            radarStyle: plot.child("radarStyle")?.attribute("val"),
            title: chart.child("title").flatMap(literal),
            series: series,
            legendPosition: chart.child("legend").map { $0.child("legendPos")?.attribute("val") ?? "r" },
            categoryAxisTitle: categoryAxis?.child("title").flatMap(literal),
            valueAxisTitle: valueAxis?.child("title").flatMap(literal),
            valueAxisMinimum: valueAxis?.path("scaling", "min")?.attribute("val").flatMap(Double.init),
            valueAxisMaximum: valueAxis?.path("scaling", "max")?.attribute("val").flatMap(Double.init),
            anchorCell: anchorCell)
    }

    /// The literal text of a title or series name: the joined `a:t` runs of its rich text, or its string cache.
    private static func literal(_ element: XMLTree) -> String? {
        let runs = element.descendants("t").map(\.ownText)
        if !runs.isEmpty { return runs.joined() }
        return element.descendants("v").first?.ownText
    }

    private static func reference(_ element: XMLTree?) -> String? {
        guard let element else { return nil }
        return element.descendants("f").first?.ownText
    }
}
