import CasebookModel
import Testing
import EvidenceScan

let testEras = [
    Era(id: "pdpa-mujahedin", name: "PDPA governments and the Mujahedin factions", start: 1980, end: 1992),
    Era(id: "mujahedin-factions", name: "Among the Mujahedin factions", start: 1989, end: 1996),
    Era(id: "taliban-united-front", name: "The Taliban and the United Front", start: 1996, end: 2001),
    Era(id: "republic-taliban", name: "The Republic and the Taliban", start: 2001, end: 2021),
    Era(id: "post-2021", name: "The Emirate and the opposition in exile", start: 2021, end: nil),
]

struct EraAssignerTests {
    let assigner = EraAssigner(eras: testEras)

    private func eras(_ text: String, title: String = "A document") -> [[EraAssignment]] {
        assigner.assign(PassageSplitter.split(text, file: "t.txt", title: title))
    }

    @Test func yearsAndNames() {
        #expect(eras("The Geneva Accords were signed in 1988.") == [[
            EraAssignment(eraID: "pdpa-mujahedin", reasons: ["mentions 1988", "names 'Geneva'"]),
        ]])
    }

    @Test func aYearWhereErasMeetPlacesAPassageInBoth() {
        #expect(eras("In 1992 the government fell.") == [[
            EraAssignment(eraID: "pdpa-mujahedin", reasons: ["mentions 1992"]),
            EraAssignment(eraID: "mujahedin-factions", reasons: ["mentions 1992"]),
        ]])
        #expect(eras("Talks in the 1980s.") == [[
            EraAssignment(eraID: "pdpa-mujahedin", reasons: ["mentions the 1980s"]),
            EraAssignment(eraID: "mujahedin-factions", reasons: ["mentions the 1980s"]),
        ]])
    }

    @Test func theLongestEraNameWins() {
        #expect(eras("Talks between the Mujahedin factions and the Taliban.") == [[
            EraAssignment(eraID: "taliban-united-front", reasons: ["names 'Mujahedin factions and the Taliban'"]),
        ]])
    }

    @Test func theSectionAboveAddsItsEra() {
        let text = """
            ## LESSONS LEARNED FROM PEACE NEGOTIATIONS AMONG VARIOUS MUJAHEDIN FACTIONS

            ### Political disputes

            Ceasefires were broken one after the other.

            Najibullah's government had collapsed.
            """
        #expect(eras(text) == [
            [EraAssignment(eraID: "mujahedin-factions",
                           reasons: ["section 'LESSONS LEARNED FROM PEACE NEGOTIATIONS AMONG VARIOUS MUJAHEDIN FACTIONS'"])],
            [EraAssignment(eraID: "pdpa-mujahedin", reasons: ["names 'Najibullah'"]),
             EraAssignment(eraID: "mujahedin-factions",
                           reasons: ["section 'LESSONS LEARNED FROM PEACE NEGOTIATIONS AMONG VARIOUS MUJAHEDIN FACTIONS'"])],
        ])
    }

    @Test func theTitleThenThePassageBefore() {
        #expect(eras("Nothing to place here.", title: "Exiled leaders") == [[
            EraAssignment(eraID: "post-2021", reasons: ["document title 'Exiled leaders'"]),
        ]])
        #expect(eras("In 2018 talks began.\n\nThey failed.\n\nFrom 1933 to 1973 it was calm.") == [
            [EraAssignment(eraID: "republic-taliban", reasons: ["mentions 2018"])],
            [EraAssignment(eraID: "republic-taliban", reasons: ["follows the passage at line 1"])],
            [],
        ])
    }

    @Test func numbersThatAreNotYears() {
        #expect(eras("Between 1,405,111 and 2,084,468 people, 12000 troops and 1.5 million refugees.") == [[]])
    }
}
