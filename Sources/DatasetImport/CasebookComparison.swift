import CasebookModel

/// Lines up our cases with a dataset's imported cases through `same_as` links and compares them
/// indicator by indicator, without deciding who is right.
///
/// ```swift
/// let report = CasebookComparison.compare(ours: casebook, theirs: ucdpImport.casebook)
/// report.pairs.first { $0.oursID == "mahipar-agreement-1995" }?.dateConflict   // ours 1995, theirs 1996-05-24
/// print(ComparisonRenderer.text(report))
/// ```
public enum CasebookComparison {
    /// Compares every link of ours that names one of their cases (by its own `same_as` entry).
    ///
    /// A link is theirs when its prefix (`pa-x` in `pa-x:482`) is the prefix of one of their links; such a
    /// link naming none of their cases is listed in ``ComparisonReport/unmatchedLinks``. Links into other
    /// datasets are ignored.
    public static func compare(ours: Casebook, theirs: Casebook) -> ComparisonReport {
        var theirsByLink: [String: Case] = [:]
        for item in theirs.cases {
            for link in item.sameAs where theirsByLink[link] == nil { theirsByLink[link] = item }
        }
        let prefixes = Set(theirsByLink.keys.compactMap(prefix))
        var pairs: [CasePairing] = []
        var unmatched: [UnmatchedLink] = []
        for ourCase in ours.cases {
            for link in ourCase.sameAs.sorted() {
                if let theirCase = theirsByLink[link] {
                    pairs.append(pairing(ourCase, theirCase, link: link))
                } else if let prefix = prefix(of: link), prefixes.contains(prefix) {
                    unmatched.append(UnmatchedLink(oursID: ourCase.id, link: link))
                }
            }
        }
        return ComparisonReport(pairs: pairs, unmatchedLinks: unmatched)
    }

    private static func prefix(of link: String) -> String? {
        link.firstIndex(of: ":").map { String(link[..<$0]) }
    }

    private static func pairing(_ ours: Case, _ theirs: Case, link: String) -> CasePairing {
        let ids = Set(ours.observations.map(\.indicatorID)).union(theirs.observations.map(\.indicatorID)).sorted()
        let indicators = ids.map { id -> IndicatorComparison in
            let mine = ours.observation(id)
            let other = theirs.observation(id)
            let status: ComparisonStatus
            switch (mine, other) {
            case let (mine?, other?): status = mine.value == other.value ? .agree : .disagree
            case (_?, nil): status = .onlyOurs
            default: status = .onlyTheirs
            }
            return IndicatorComparison(indicatorID: id, status: status, ours: mine?.value, theirs: other?.value,
                                       oursEvidence: mine?.evidence.map(\.id) ?? [],
                                       theirsEvidence: other?.evidence.map { "\($0.locator): \($0.quote)" } ?? [])
        }
        var dateConflict: DateConflict?
        if let from = ours.date.from, let theirYear = theirs.date.year,
           !(from.year...max(from.year, ours.date.to?.year ?? from.year)).contains(theirYear) {
            dateConflict = DateConflict(ours: ours.date, theirs: theirs.date)
        }
        let outcome = ours.outcome != .unknown && theirs.outcome != .unknown
            ? OutcomeComparison(ours: ours.outcome, theirs: theirs.outcome) : nil
        return CasePairing(link: link, oursID: ours.id, oursName: ours.name, theirsID: theirs.id, theirsName: theirs.name,
                           indicators: indicators, dateConflict: dateConflict, outcome: outcome)
    }
}
