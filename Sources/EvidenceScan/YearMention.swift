/// A year (`1992`) or a decade (`1980s`) written in a text.
struct YearMention: Equatable {
    /// The first year.
    var from: Int
    /// The last year: `from` for a year, `from + 9` for a decade.
    var to: Int

    /// `1992` or `the 1980s`.
    var label: String {
        from == to ? String(from) : "the \(from)s"
    }

    /// Every four-digit number from 1900 to 2099 that stands alone (not part of a longer number such as
    /// `1,405,111` or `12000`), and every decade written `1980s`, in order of appearance.
    static func all(in text: String) -> [YearMention] {
        let scalars = Array(text.unicodeScalars)
        var result: [YearMention] = []
        var i = 0
        func isDigit(_ index: Int) -> Bool {
            index >= 0 && index < scalars.count && ("0"..."9").contains(scalars[index])
        }
        while i < scalars.count {
            guard isDigit(i), !isDigit(i - 1) else {
                i += 1
                continue
            }
            var end = i
            while isDigit(end) { end += 1 }
            let gluedToNumber = (i >= 2 && (scalars[i - 1] == "," || scalars[i - 1] == ".") && isDigit(i - 2))
                || (end + 1 < scalars.count && (scalars[end] == "," || scalars[end] == ".") && isDigit(end + 1))
            if end - i == 4, !gluedToNumber, let value = Int(String(String.UnicodeScalarView(scalars[i..<end]))), (1900...2099).contains(value) {
                let isDecade = end < scalars.count && scalars[end] == "s" && value % 10 == 0
                    && !(end + 1 < scalars.count && scalars[end + 1].properties.isAlphabetic)
                result.append(YearMention(from: value, to: isDecade ? value + 9 : value))
            }
            i = end
        }
        return result
    }
}
