import CasebookModel
import MatrixSupport

/// A small valid casebook (two sources, two eras, two cases, one casebook-wide conflict) and the two
/// corpus files its quotes come from. Line numbers matter: tests assert positions in these texts.
enum Fixtures {
    static let sources = """
        sources:
          - id: study
            title: "A study"
            author: "An Author"
            publisher: "A Publisher"
            date: "April 2021"
            file: study.txt
            kind: study
          - id: brief
            title: "A brief"
            author: "not stated"
            publisher: "not stated"
            date: "not stated"
            file: brief.txt
            kind: issue_brief

        """

    static let eras = """
        eras:
          - id: early
            name: Early era
            start: 1980
            end: 1992
          - id: late
            name: Late era
            start: 2021

        """

    static let accordA = """
        # Accord A, coded from the study.
        id: accord-a
        name: Accord A
        era: early
        date: "1988-04-14"
        venue: Geneva
        kind: accord
        outcome: failed
        same_as: ["pa-x:482"]
        parties:
          - name: Government
            side: government
            at_table: true
          - name: Mujahedin
            side: mujahedin
            at_table: false
        mediators:
          - name: A Mediator
            affiliation: United Nations
            role: mediator
        guarantors:
          - name: United States
          - name: Soviet Union
        observations:
          - indicator: armed_actors_at_table
            value: few
            rationale: Only governments signed.
            confidence: high
            evidence:
              - source: study
                section: Failures
                line: 3
                quote: "The armed factions were excluded."
              - source: brief
                section: Brief
                line: 1
                quote: Some factions attended.
                stance: contradicts
          - indicator: external_guarantee
            value: great_powers
            rationale: Two powers guaranteed it.
            confidence: medium
            evidence:
              - source: study
                section: Failures
                line: 3
                quote: "Two powers acted as guarantors."
        not_in_sources:
          - dimension: monitoring
            note: No document describes monitoring.
          - dimension: process
            note: The rounds are not described.
        conflicts:
          - id: accord-a-year
            fact: year of the accord
            claims:
              - value: "1988"
                source: study
                section: Failures
                line: 6
                quote: "The negotiations were held in 1988"
              - value: 1989
                source: brief
                section: Brief
                line: 2
                quote: "The accord was signed in 1989."
            note: Both claims are kept.

        """

    static let talksB = """
        id: talks-b
        name: Talks B
        era: late
        date: {from: 2021, to: "2022-03"}
        venue: unknown
        kind: talks
        outcome: unknown
        parties:
          - name: Taliban
            side: taliban
            at_table: true
        observations:
          - indicator: talks_rounds
            value: 3
            rationale: Three rounds.
            confidence: low
            evidence:
              - source: study
                section: Failures
                line: 4
                quote: '"The talks," he said, "were held in Geneva - not in Kabul."'
          - indicator: faction_share
            value: 0.25
            rationale: A quarter of the factions.
            confidence: medium
            evidence:
              - source: study
                section: Failures
                line: 6
                quote: parties agreed to meet again.
          - indicator: trust
            value: 2
            rationale: Little was agreed.
            confidence: low
            evidence:
              - source: study
                section: Failures
                line: 10
                quote: Nothing else was agreed.
          - indicator: spoiler_unchecked
            value: false
            rationale: No spoiler is named.
            confidence: low
            evidence:
              - source: brief
                section: Brief
                line: 3
                quote: Kabul fell in 2021.

        """

    static let conflicts = """
        conflicts:
          - id: late-fall-year
            subject: late
            fact: year Kabul fell
            claims:
              - value: "2021"
                source: brief
                section: Brief
                line: 3
                quote: "Kabul fell in 2021."
              - value: "2023"
                source: brief
                section: Brief
                line: 4
                quote: "Kabul fell in 2023."

        """

    /// The study: a heading, typographic quotes and a dash, a word hyphenated across a line break,
    /// and paragraphs separated by blank lines.
    static let studyText = """
        # Failures

        The armed factions were excluded. Two powers acted as guarantors.
        “The talks,” he said, “were held in Geneva – not in Kabul.”

        The negoti-
        ations were held in 1988 and the
        parties   agreed to meet again.

        Nothing else was agreed.

        """

    static let briefText = """
        Some factions attended.
        The accord was signed in 1989.
        Kabul fell in 2021.
        Kabul fell in 2023.

        """

    static let corpus = ["study.txt": studyText, "brief.txt": briefText]

    static func files(
        sources: String = sources, eras: String = eras,
        cases: [(path: String, text: String)] = [("Casebook/cases/accord-a.yaml", accordA), ("Casebook/cases/talks-b.yaml", talksB)],
        conflicts: String? = conflicts
    ) -> CasebookFiles {
        CasebookFiles(
            sources: SourceText(text: sources, path: "Casebook/sources.yaml"),
            eras: SourceText(text: eras, path: "Casebook/eras.yaml"),
            cases: cases.map { SourceText(text: $0.text, path: $0.path) },
            conflicts: conflicts.map { SourceText(text: $0, path: "Casebook/conflicts.yaml") })
    }

    /// The diagnostics of loading `files`, as printed, or an empty list when it loads.
    static func errors(_ files: CasebookFiles) -> [String] {
        do {
            _ = try CasebookLoader.load(files, rubric: TestRubric.rubric)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }
}
