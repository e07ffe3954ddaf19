/// One cue of a dimension: a word or phrase and how much an occurrence of it counts.
public struct CueTerm: Sendable, Hashable, Codable {
    /// The term as written in the rubric: one or more words separated by spaces or hyphens; a word ending in `*`
    /// matches every word that starts with it (`guarant*` matches "guarantee" and "guarantors").
    public var text: String
    /// What one occurrence adds to a passage's score; finite and above 0.
    public var weight: Double

    /// Creates a term.
    public init(text: String, weight: Double) {
        self.text = text
        self.weight = weight
    }

    /// The term's words, lowercased, each possibly ending in `*`: `"Third-party"` gives `["third", "party"]`.
    public var words: [String] {
        CueWords.split(text)
    }
}
