import CasebookModel

/// Places passages in the casebook's eras, from the years and era names they mention and the headings above them.
///
/// Evidence, strongest first:
///
/// 1. **The passage itself**: each year it mentions places it in every era whose years include it (a year where
///    two eras meet, such as 1992, places it in both), each decade (`the 1980s`) in every era it overlaps, and each
///    era cue it names in that cue's era. Era cues are the era's name without a leading "the" and the names in
///    ``EraSynonyms``.
/// 2. **Its section**: the nearest heading above it that mentions a year or names an era cue, climbing from the
///    passage's own heading to the headings it sits under. Its eras are added to the passage's own, so a passage
///    of the study's "PDPA GOVERNMENTS AND THE MUJAHEDIN FACTIONS" section that compares Geneva with Doha is in
///    both eras.
/// 3. Only when 1 and 2 give nothing: **the document's title**.
/// 4. Only when 1–3 give nothing and the passage mentions no year at all: **the passage before it** in the same
///    document, whose eras it continues (chronological text such as the encyclopedia entry goes on about the period
///    it last named). A passage that mentions only years outside every era (1933, 1973) is about another period.
///
/// A passage with none of these is in no era; it still has its scores and can be cited, it is only missing
/// from the era × dimension coverage.
///
/// ```swift
/// let assigner = EraAssigner(eras: casebook.eras)
/// let eras = assigner.assign(document)   // one [EraAssignment] per passage
/// ```
public struct EraAssigner: Sendable {
    private let eras: [Era]
    private let cueEras: [String]
    private let cueNames: [String]
    private let matcher: PhraseMatcher

    /// An assigner for these eras, with ``EraSynonyms/byEra`` as extra names.
    public init(eras: [Era], synonyms: [String: [String]] = EraSynonyms.byEra) {
        self.eras = eras
        var cueEras: [String] = []
        var cueNames: [String] = []
        var phrases: [[String]] = []
        for era in eras {
            var name = WordSequence.words(in: era.name)
            if name.first == "the" { name.removeFirst() }
            let names = [(era.name, name)] + (synonyms[era.id] ?? []).map { ($0, WordSequence.words(in: $0)) }
            for (written, words) in names where !words.isEmpty {
                cueEras.append(era.id)
                cueNames.append(written)
                phrases.append(words)
            }
        }
        self.cueEras = cueEras
        self.cueNames = cueNames
        matcher = PhraseMatcher(phrases: phrases)
    }

    /// The eras of each passage of a document, in the document's order; each passage's eras in casebook order.
    public func assign(_ document: SplitDocument) -> [[EraAssignment]] {
        var result: [[EraAssignment]] = []
        for passage in document.passages {
            var found = evidence(in: passage.text)
            if let heading = passage.headings.lazy.map({ ($0, self.evidence(in: $0)) }).first(where: { !$0.1.isEmpty }) {
                for eraID in heading.1.keys { found[eraID, default: []].append("section '\(heading.0)'") }
            }
            if found.isEmpty {
                for eraID in evidence(in: document.title).keys { found[eraID] = ["document title '\(document.title)'"] }
            }
            if found.isEmpty, YearMention.all(in: passage.text).isEmpty, let previous = result.indices.last {
                let line = document.passages[previous].reference.firstLine
                for assignment in result[previous] { found[assignment.eraID] = ["follows the passage at line \(line)"] }
            }
            result.append(eras.compactMap { era in found[era.id].map { EraAssignment(eraID: era.id, reasons: $0) } })
        }
        return result
    }

    /// Era id → reasons, from the years and era cues in `text`.
    func evidence(in text: String) -> [String: [String]] {
        var years: [String: [String]] = [:]
        for mention in YearMention.all(in: text).sorted(by: { $0.from < $1.from }) {
            for era in eras where era.start <= mention.to && mention.from <= (era.end ?? Int.max) {
                if !(years[era.id] ?? []).contains(mention.label) { years[era.id, default: []].append(mention.label) }
            }
        }
        var found = years.mapValues { ["mentions " + $0.joined(separator: ", ")] }
        var named: [String: [String]] = [:]
        for match in matcher.matches(in: WordSequence.words(in: text)) {
            let era = cueEras[match.phrase]
            let name = "'\(cueNames[match.phrase])'"
            if !(named[era] ?? []).contains(name) { named[era, default: []].append(name) }
        }
        for (era, names) in named { found[era, default: []].append("names " + names.joined(separator: ", ")) }
        return found
    }
}
