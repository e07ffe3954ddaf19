import Foundation

/// styles.xml resolved into one ``CellFormatFacts`` per cellXfs entry.
enum StyleTable {
    /// Excel's built-in number formats that have fixed codes in every locale.
    static let builtInNumberFormats: [Int: String] = [
        0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
        12: "# ?/?", 13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM",
        19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm", 37: "#,##0 ;(#,##0)",
        38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss",
        46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
    ]

    static func read(_ root: XMLTree?) -> [CellFormatFacts] {
        guard let root else { return [CellFormatFacts()] }
        var codes = builtInNumberFormats
        for format in root.child("numFmts")?.children("numFmt") ?? [] {
            if let id = format.attribute("numFmtId").flatMap(Int.init), let code = format.attribute("formatCode") {
                codes[id] = code
            }
        }
        let fonts = root.child("fonts")?.children("font") ?? []
        let fills = root.child("fills")?.children("fill") ?? []
        let borders = root.child("borders")?.children("border") ?? []
        let formats = root.child("cellXfs")?.children("xf") ?? []
        return formats.map { xf in
            var facts = CellFormatFacts()
            let numberFormatID = xf.attribute("numFmtId").flatMap(Int.init) ?? 0
            facts.numberFormatID = numberFormatID
            facts.numberFormat = codes[numberFormatID] ?? "builtin:\(numberFormatID)"
            if let font = element(fonts, xf.attribute("fontId")) {
                facts.bold = flag(font.child("b"))
                facts.italic = flag(font.child("i"))
                facts.underline = font.child("u").map { $0.attribute("val") != "none" } ?? false
                facts.fontName = font.child("name")?.attribute("val")
                facts.fontSize = font.child("sz")?.attribute("val").flatMap(Double.init)
                facts.fontColor = rgb(font.child("color"))
            }
            if let pattern = element(fills, xf.attribute("fillId"))?.child("patternFill") {
                facts.fillPattern = pattern.attribute("patternType")
                if facts.fillPattern == "solid" { facts.fillColor = rgb(pattern.child("fgColor")) }
            }
            if let border = element(borders, xf.attribute("borderId")) {
                for side in ["left", "right", "top", "bottom"] {
                    guard let edge = border.child(side), let style = edge.attribute("style") else { continue }
                    facts.borders[side] = style
                    if let color = rgb(edge.child("color")) { facts.borderColors[side] = color }
                }
            }
            if let alignment = xf.child("alignment") {
                facts.wrapText = alignment.attribute("wrapText").map(isTrue) ?? false
                facts.horizontalAlignment = alignment.attribute("horizontal")
                facts.verticalAlignment = alignment.attribute("vertical")
            }
            return facts
        }
    }

    /// Six hex digits from an ARGB or RGB colour attribute.
    static func rgb(_ element: XMLTree?) -> String? {
        guard let value = element?.attribute("rgb") else { return nil }
        return String(value.suffix(6)).uppercased()
    }

    private static func element(_ list: [XMLTree], _ index: String?) -> XMLTree? {
        guard let index = index.flatMap(Int.init), list.indices.contains(index) else { return nil }
        return list[index]
    }

    /// `<b/>` means on; `<b val="0"/>` means off.
    private static func flag(_ element: XMLTree?) -> Bool {
        guard let element else { return false }
        return element.attribute("val").map(isTrue) ?? true
    }

    private static func isTrue(_ value: String) -> Bool { value == "1" || value == "true" }
}
