/// Excel's escaping of characters XML cannot hold: `_xHHHH_` stands for U+HHHH in cell text.
enum ExcelText {
    /// Replaces every `_xHHHH_` by its character, as Excel does when it shows the text.
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x",
                scalars[index + 6] == "_",
                scalars[index + 2...index + 5].allSatisfy({ $0.properties.isASCIIHexDigit }),
                let value = UInt32(String(String.UnicodeScalarView(scalars[index + 2...index + 5])), radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                output.append(scalar)
                index += 7
            } else {
                output.append(scalars[index])
                index += 1
            }
        }
        return String(output)
    }
}
