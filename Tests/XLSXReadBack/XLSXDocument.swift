import Foundation

/// An XLSX file read back for tests: sheets, cells with resolved formats, notes, links, layout, print setup,
/// charts and document properties, taken from the package's XML with ZIPFoundation and XMLParser.
///
/// It reads what a producer stored, not what Excel would compute: formula cells give their cached results.
///
/// ```swift
/// let document = try XLSXDocument(url: output)
/// #expect(document.sheetNames == ["Era matrix", "Evidence"])
/// let matrix = try #require(document.sheet(named: "Era matrix"))
/// #expect(matrix.cell("A1")?.string == "Criterion")
/// #expect(matrix.cell("A1")?.format.bold == true)
/// #expect(document.properties.created == "2021-04-01T00:00:00Z")
/// ```
public struct XLSXDocument: Sendable {
    /// Sheet names in tab order.
    public let sheetNames: [String]
    /// Sheets in tab order.
    public let sheets: [SheetContents]
    /// Document properties.
    public let properties: DocumentPropertiesFacts
    /// Defined names, in document order.
    public let definedNames: [DefinedNameFacts]
    /// The resolved formats of styles.xml's cellXfs, by style index.
    public let cellFormats: [CellFormatFacts]
    /// Paths of all parts in the package, in archive order.
    public let partPaths: [String]

    /// Reads the file at `url`.
    public init(url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ReadBackError("cannot read \(url.path): \(error.localizedDescription)")
        }
        try self.init(data: data)
    }

    /// Reads a file's bytes.
    public init(data: Data) throws {
        let package = try PackageReader(data: data)
        partPaths = package.partPaths
        let workbook = try package.xml("xl/workbook.xml")
        let workbookRelationships = try package.relationships(of: "xl/workbook.xml")
        cellFormats = StyleTable.read(try package.xmlIfPresent("xl/styles.xml"))
        let sharedStrings = try Self.sharedStrings(package)

        definedNames = (workbook.child("definedNames")?.children("definedName") ?? []).map {
            DefinedNameFacts(
                name: $0.attribute("name") ?? "", localSheetIndex: $0.attribute("localSheetId").flatMap(Int.init),
                formula: $0.ownText)
        }
        var names: [String] = []
        var sheets: [SheetContents] = []
        for (index, entry) in (workbook.child("sheets")?.children("sheet") ?? []).enumerated() {
            guard let name = entry.attribute("name"), let id = entry.attribute("id"),
                let relationship = workbookRelationships[id]
            else { throw ReadBackError("xl/workbook.xml has a sheet without name or relationship") }
            let printTitles = definedNames.first { $0.name == "_xlnm.Print_Titles" && $0.localSheetIndex == index }
            names.append(name)
            sheets.append(
                try SheetReader(
                    package: package, path: relationship.target, name: name, sharedStrings: sharedStrings,
                    formats: cellFormats, printTitles: printTitles?.formula
                ).read())
        }
        sheetNames = names
        self.sheets = sheets
        properties = try Self.properties(package)
    }

    /// The sheet with this exact name.
    public func sheet(named name: String) -> SheetContents? {
        sheets.first { $0.name == name }
    }

    /// All charts of all sheets, in sheet order.
    public var charts: [ChartFacts] { sheets.flatMap(\.charts) }

    private static func sharedStrings(_ package: PackageReader) throws -> [String] {
        guard let root = try package.xmlIfPresent("xl/sharedStrings.xml") else { return [] }
        return root.children("si").map(richText)
    }

    /// The text of an `<si>`, `<is>` or note `<text>`: its `<t>` or the `<t>` of its runs, without phonetic
    /// hints, with Excel's `_xHHHH_` escapes resolved.
    static func richText(_ element: XMLTree) -> String {
        if let text = element.child("t") { return ExcelText.unescaped(text.ownText) }
        return ExcelText.unescaped(element.children("r").compactMap { $0.child("t")?.ownText }.joined())
    }

    private static func properties(_ package: PackageReader) throws -> DocumentPropertiesFacts {
        var facts = DocumentPropertiesFacts()
        if let core = try package.xmlIfPresent("docProps/core.xml") {
            func value(_ local: String) -> String? { core.child(local)?.ownText }
            facts.title = value("title")
            facts.subject = value("subject")
            facts.creator = value("creator")
            facts.keywords = value("keywords")
            facts.description = value("description")
            facts.category = value("category")
            facts.status = value("contentStatus")
            facts.lastModifiedBy = value("lastModifiedBy")
            facts.created = value("created")
            facts.modified = value("modified")
        }
        if let app = try package.xmlIfPresent("docProps/app.xml") {
            facts.manager = app.child("Manager")?.ownText
            facts.company = app.child("Company")?.ownText
        }
        return facts
    }
}
