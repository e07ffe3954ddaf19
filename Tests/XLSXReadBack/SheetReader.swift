import Foundation

/// Reads one worksheet part and the parts it points to (notes, hyperlink targets, drawings, charts).
struct SheetReader {
    let package: PackageReader
    let path: String
    let name: String
    let sharedStrings: [String]
    let formats: [CellFormatFacts]
    let printTitles: String?

    func read() throws -> SheetContents {
        let root = try package.xml(path)
        let relationships = try package.relationships(of: path)
        let view = root.path("sheetViews", "sheetView")
        let pane = view?.child("pane")
        let frozen = pane.flatMap { ["frozen", "frozenSplit"].contains($0.attribute("state")) ? $0 : nil }

        return SheetContents(
            name: name,
            path: path,
            cells: try cells(root),
            notes: try notes(relationships),
            mergedRanges: (root.child("mergeCells")?.children("mergeCell") ?? []).compactMap { $0.attribute("ref") },
            autofilter: root.child("autoFilter")?.attribute("ref"),
            frozenTopLeftCell: frozen?.attribute("topLeftCell"),
            columns: columns(root),
            rowHeights: rowHeights(root),
            conditionalFormats: conditionalFormats(root),
            dataValidations: (root.child("dataValidations")?.children("dataValidation") ?? []).map {
                DataValidationFacts(
                    range: $0.attribute("sqref") ?? "", type: $0.attribute("type") ?? "",
                    formula1: $0.child("formula1")?.ownText)
            },
            hyperlinks: hyperlinks(root, relationships),
            pageSetup: pageSetup(root),
            tabColor: StyleTable.rgb(root.path("sheetPr", "tabColor")),
            showsGridlines: view?.attribute("showGridLines").map { $0 != "0" && $0 != "false" } ?? true,
            charts: try charts(root, relationships))
    }

    private func cells(_ root: XMLTree) throws -> [String: CellContents] {
        var cells: [String: CellContents] = [:]
        for row in root.child("sheetData")?.children("row") ?? [] {
            for cell in row.children("c") {
                guard let reference = cell.attribute("r") else {
                    throw ReadBackError("\(path) has a cell without a reference")
                }
                let styleIndex = cell.attribute("s").flatMap(Int.init) ?? 0
                let raw = cell.child("v")?.ownText
                let value: CellContents.Value
                switch cell.attribute("t") ?? "n" {
                case "s":
                    guard let index = raw.flatMap(Int.init), sharedStrings.indices.contains(index) else {
                        throw ReadBackError("\(path) \(reference) points to a missing shared string")
                    }
                    value = .string(sharedStrings[index])
                case "inlineStr":
                    value = .string(cell.child("is").map(XLSXDocument.richText) ?? "")
                case "str":
                    value = .string(ExcelText.unescaped(raw ?? ""))
                case "b":
                    value = .bool(raw == "1")
                case "e":
                    value = .error(raw ?? "")
                default:
                    value = raw.flatMap(Double.init).map(CellContents.Value.number) ?? .empty
                }
                cells[reference] = CellContents(
                    reference: reference, value: value, formula: cell.child("f")?.ownText, styleIndex: styleIndex,
                    format: formats.indices.contains(styleIndex) ? formats[styleIndex] : CellFormatFacts())
            }
        }
        return cells
    }

    private func notes(_ relationships: [String: PackageReader.Relationship]) throws -> [String: NoteContents] {
        guard let part = relationships.values.first(where: { $0.kind == "comments" }) else { return [:] }
        let root = try package.xml(part.target)
        let boxes = try noteBoxes(relationships)
        let authors = root.child("authors")?.children("author").map(\.ownText) ?? []
        var notes: [String: NoteContents] = [:]
        for comment in root.child("commentList")?.children("comment") ?? [] {
            guard let reference = comment.attribute("ref") else { continue }
            let author = comment.attribute("authorId").flatMap(Int.init).flatMap {
                authors.indices.contains($0) ? authors[$0] : nil
            }
            let box = boxes[reference] ?? [:]
            notes[reference] = NoteContents(
                reference: reference, text: comment.child("text").map(XLSXDocument.richText) ?? "", author: author,
                width: box["width"].flatMap(Self.points), height: box["height"].flatMap(Self.points),
                visible: box["visibility"] == "visible")
        }
        return notes
    }

    /// The CSS-like style of each note's VML shape, by cell reference.
    private func noteBoxes(_ relationships: [String: PackageReader.Relationship]) throws -> [String: [String: String]] {
        guard let vml = relationships.values.first(where: { $0.kind == "vmlDrawing" }) else { return [:] }
        var boxes: [String: [String: String]] = [:]
        for shape in try package.xml(vml.target).descendants("shape") {
            guard let data = shape.child("ClientData"), data.attribute("ObjectType") == "Note",
                let row = data.child("Row").flatMap({ Int($0.ownText) }),
                let column = data.child("Column").flatMap({ Int($0.ownText) })
            else { continue }
            var style: [String: String] = [:]
            for declaration in (shape.attribute("style") ?? "").split(separator: ";") {
                let parts = declaration.split(separator: ":", maxSplits: 1).map(String.init)
                if parts.count == 2 { style[parts[0]] = parts[1] }
            }
            boxes[SheetContents.columnName(column) + String(row + 1)] = style
        }
        return boxes
    }

    private static func points(_ length: String) -> Double? {
        length.hasSuffix("pt") ? Double(length.dropLast(2)) : nil
    }

    private func columns(_ root: XMLTree) -> [ColumnFacts] {
        (root.child("cols")?.children("col") ?? []).compactMap { column in
            guard let min = column.attribute("min").flatMap(Int.init),
                let max = column.attribute("max").flatMap(Int.init), min >= 1, max >= min
            else { return nil }
            return ColumnFacts(
                columns: (min - 1)...(max - 1), width: column.attribute("width").flatMap(Double.init),
                hidden: column.attribute("hidden") == "1", styleIndex: column.attribute("style").flatMap(Int.init))
        }
    }

    private func rowHeights(_ root: XMLTree) -> [Int: Double] {
        var heights: [Int: Double] = [:]
        for row in root.child("sheetData")?.children("row") ?? [] {
            guard let number = row.attribute("r").flatMap(Int.init),
                let height = row.attribute("ht").flatMap(Double.init)
            else { continue }
            heights[number - 1] = height
        }
        return heights
    }

    private func conditionalFormats(_ root: XMLTree) -> [ConditionalFormatFacts] {
        root.children("conditionalFormatting").flatMap { formatting in
            formatting.children("cfRule").map { rule in
                var points: [ConditionalFormatFacts.ScalePoint] = []
                if let scale = rule.child("colorScale") {
                    let colors = scale.children("color").map { StyleTable.rgb($0) }
                    points = scale.children("cfvo").enumerated().map { index, cfvo in
                        ConditionalFormatFacts.ScalePoint(
                            type: cfvo.attribute("type") ?? "", value: cfvo.attribute("val"),
                            color: colors.indices.contains(index) ? colors[index] : nil)
                    }
                }
                return ConditionalFormatFacts(
                    range: formatting.attribute("sqref") ?? "", type: rule.attribute("type") ?? "",
                    scalePoints: points)
            }
        }
    }

    private func hyperlinks(
        _ root: XMLTree, _ relationships: [String: PackageReader.Relationship]
    ) -> [String: HyperlinkFacts] {
        var links: [String: HyperlinkFacts] = [:]
        for link in root.child("hyperlinks")?.children("hyperlink") ?? [] {
            guard let reference = link.attribute("ref") else { continue }
            links[reference] = HyperlinkFacts(
                reference: reference, target: link.attribute("id").flatMap { relationships[$0]?.target },
                location: link.attribute("location"), tooltip: link.attribute("tooltip"),
                display: link.attribute("display"))
        }
        return links
    }

    private func pageSetup(_ root: XMLTree) -> PageSetupFacts {
        var facts = PageSetupFacts()
        if let setup = root.child("pageSetup") {
            facts.orientation = setup.attribute("orientation")
            facts.paperSize = setup.attribute("paperSize").flatMap(Int.init)
            facts.fitToWidth = setup.attribute("fitToWidth").flatMap(Int.init) ?? 1
            facts.fitToHeight = setup.attribute("fitToHeight").flatMap(Int.init) ?? 1
        }
        facts.fitToPage = root.path("sheetPr", "pageSetUpPr")?.attribute("fitToPage") == "1"
        if let margins = root.child("pageMargins") {
            for side in ["left", "right", "top", "bottom", "header", "footer"] {
                facts.margins[side] = margins.attribute(side).flatMap(Double.init)
            }
        }
        facts.header = root.path("headerFooter", "oddHeader")?.ownText
        facts.footer = root.path("headerFooter", "oddFooter")?.ownText
        if let options = root.child("printOptions") {
            facts.printGridlines = options.attribute("gridLines") == "1"
            facts.centeredHorizontally = options.attribute("horizontalCentered") == "1"
        }
        facts.printTitles = printTitles
        return facts
    }

    private func charts(
        _ root: XMLTree, _ relationships: [String: PackageReader.Relationship]
    ) throws -> [ChartFacts] {
        guard let drawingID = root.child("drawing")?.attribute("id"), let drawing = relationships[drawingID] else {
            return []
        }
        let drawingRoot = try package.xml(drawing.target)
        let drawingRelationships = try package.relationships(of: drawing.target)
        var charts: [ChartFacts] = []
        for anchor in drawingRoot.children where ["twoCellAnchor", "oneCellAnchor", "absoluteAnchor"].contains(
            anchor.localName)
        {
            guard let chartID = anchor.descendants("chart").first?.attribute("id"),
                let chart = drawingRelationships[chartID]
            else { continue }
            var anchorCell: String?
            if let from = anchor.child("from"), let column = from.child("col").flatMap({ Int($0.ownText) }),
                let row = from.child("row").flatMap({ Int($0.ownText) })
            {
                anchorCell = SheetContents.columnName(column) + String(row + 1)
            }
            charts.append(try ChartReader.read(package.xml(chart.target), path: chart.target, anchorCell: anchorCell))
        }
        return charts
    }
}
