import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML element: just enough of a DOM to read the parts of an XLSX package.
///
/// Names keep their prefixes as written ("c:barChart"); lookups compare local names, so that the reader does not
/// depend on which prefixes a producer chose.
final class XMLTree {
    let name: String
    let attributes: [String: String]
    private(set) var children: [XMLTree] = []
    private(set) var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// The name without its namespace prefix.
    var localName: String { Self.local(name) }

    /// Parses a whole document and returns its root element.
    static func parse(_ data: Data, part: String) throws -> XMLTree {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        parser.shouldProcessNamespaces = false
        guard parser.parse(), let root = builder.root else {
            let reason = parser.parserError.map { String(describing: $0) } ?? "no root element"
            throw ReadBackError("cannot parse \(part): \(reason)")
        }
        return root
    }

    /// The first child with this local name.
    func child(_ local: String) -> XMLTree? { children.first { $0.localName == local } }

    /// All children with this local name.
    func children(_ local: String) -> [XMLTree] { children.filter { $0.localName == local } }

    /// The element reached by following local names through first matches.
    func path(_ locals: String...) -> XMLTree? {
        var current: XMLTree? = self
        for local in locals { current = current?.child(local) }
        return current
    }

    /// Every descendant (depth first) with this local name.
    func descendants(_ local: String) -> [XMLTree] {
        var found: [XMLTree] = []
        for child in children {
            if child.localName == local { found.append(child) }
            found += child.descendants(local)
        }
        return found
    }

    /// The attribute whose local name is `local` ("id" finds "r:id").
    func attribute(_ local: String) -> String? {
        if let exact = attributes[local] { return exact }
        return attributes.first { Self.local($0.key) == local }?.value
    }

    /// The element's own character data, exactly as written (whitespace included).
    var ownText: String { text }

    private static func local(_ name: String) -> String {
        name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTree?
        private var stack: [XMLTree] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            let element = XMLTree(name: elementName, attributes: attributeDict)
            if let parent = stack.last { parent.children.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            stack.last?.text += String(decoding: CDATABlock, as: UTF8.self)
        }
    }
}
