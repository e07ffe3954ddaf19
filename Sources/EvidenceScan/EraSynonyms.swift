/// Names that place a passage in an era beyond the era's own name, as data.
///
/// The casebook's era names (`PDPA governments and the Mujahedin factions`, …) are cues by themselves; these add the
/// people, places, accords and bodies the five documents use for each era. Each one belongs to a single era: names
/// used of several eras stay out — "Taliban" (a party in three eras), "Massud" (1983 to 2001), "Mujahedin",
/// "anti-Taliban", "Soviet" on its own, and "Emirate" (1996–2001 and since 2021). Matching is on whole words,
/// case-insensitive, longest name first, as for rubric cues (`docs/scan.md`). An era id missing from the casebook is
/// ignored; an era without an entry here is found by its name and by years alone.
public enum EraSynonyms {
    /// Era id → names, as written in the documents.
    public static let byEra: [String: [String]] = [
        "pdpa-mujahedin": [
            "PDPA", "Najibullah", "Karmal", "Geneva", "Cordovez", "Sevan", "Soviet withdrawal", "Soviet troops",
            "National Reconciliation", "Gorbachev",
        ],
        "mujahedin-factions": [
            "various Mujahedin factions", "Peshawar Accord", "Islamabad Accord", "Mahipar", "Mestiri", "Hekmatyar",
            "Afghan Interim Government", "AIG", "Hezb-i Wahdat",
        ],
        "taliban-united-front": [
            "United Front", "Northern Alliance", "Mujahedin factions and the Taliban", "Ashgabat", "Holl",
            "Brahimi", "Mullah Omar", "Jeddah",
        ],
        "republic-taliban": [
            "Doha", "Ghani", "Karzai", "Kabul Process", "Bonn", "Islamic Republic", "High Council for National Reconciliation",
            "HCNR", "Trump", "Eid al-Fitr",
        ],
        "post-2021": [
            "NRF", "National Resistance Front", "National Resistance Council", "Afghanistan Freedom Front", "AFF",
            "in exile", "exiled", "Panjshir resistance", "Republican insurgency",
        ],
    ]
}
