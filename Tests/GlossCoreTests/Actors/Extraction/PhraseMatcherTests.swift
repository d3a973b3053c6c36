import Testing
@testable import GlossCore

/// Stage 1's marks: words that later stages must leave alone because they name no actor.
@Suite struct PhraseMatcherTests {
    func typed(_ text: String) -> [String] { StageFixture.typed(text) }

    @Test func aRouteAfterTheNamesAnEventNotItsPlaces() {
        #expect(typed("Crews in the 12th Perth to Lisbon regatta slept.") == [])
        #expect(typed("Last year's Perth to Lisbon was slow.") == [])
        #expect(typed("The Perth to Lisbon ended.") == [])
    }

    @Test func aJourneyFromOnePlaceToAnotherKeepsBothPlaces() {
        #expect(typed("Ships sailed from Lisbon to Tokyo.") == ["Lisbon: place, gazetteer", "Tokyo: place, gazetteer"])
        // Unknown words on either side are no route.
        #expect(typed("The Quellby to Lisbon ended.") == ["Lisbon: place, gazetteer"])
    }
}
