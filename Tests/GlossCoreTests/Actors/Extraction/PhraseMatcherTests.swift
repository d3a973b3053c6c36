import Testing
@testable import GlossCore

/// Stage 1's marks: words that later stages must leave alone because they name no actor.
@Suite struct PhraseMatcherTests {
    func typed(_ text: String) -> [String] { StageFixture.typed(text) }

    @Test func aBodysNameInCapitalsIsAButtonOrAHeadline() {
        #expect(typed("SHARE ON FACEBOOK") == [])
        // The body's name goes; a place inside it stays, as a state's name in capitals does.
        #expect(typed("BANK OF ENGLAND RAISES RATES") == ["ENGLAND: place, gazetteer"])
        // An acronym in capitals and the name written with lower-case letters stay.
        #expect(typed("The BBC and Al Jazeera met.") == ["BBC: organisation, gazetteer", "Al Jazeera: organisation, gazetteer"])
        #expect(typed("FRANCE WINS") == ["FRANCE: state, gazetteer"])
        #expect(typed("He told USA TODAY so.") == ["USA TODAY: organisation, gazetteer"])
    }

    @Test func aRouteAfterTheNamesAnEventNotItsPlaces() {
        #expect(typed("Crews in the 12th Perth to Lisbon regatta slept.") == [])
        #expect(typed("Last year's Perth to Lisbon was slow.") == [])
        #expect(typed("The Perth to Lisbon ended.") == [])
    }

    @Test func aBodysOneWordNameAfterAFirstNameIsASurname() {
        // "Bloomberg" is a gazetteer body; after a known first name it is a person's surname.
        #expect(ActorFixture.kind(of: "Michael Bloomberg", in: "Voters cheered as Michael Bloomberg spoke in Ohio.") == .person)
        #expect(ActorFixture.kind(of: "Bloomberg", in: "Analysts at Bloomberg said prices fell.") == .organisation)
    }

    @Test func aJourneyFromOnePlaceToAnotherKeepsBothPlaces() {
        #expect(typed("Ships sailed from Lisbon to Tokyo.") == ["Lisbon: place, gazetteer", "Tokyo: place, gazetteer"])
        // Unknown words on either side are no route.
        #expect(typed("The Quellby to Lisbon ended.") == ["Lisbon: place, gazetteer"])
    }
}
