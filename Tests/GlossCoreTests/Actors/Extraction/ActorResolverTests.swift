import Testing
@testable import GlossCore

/// Stage 4 alone: how the candidate spans become actors, merged or kept apart, and the rule of each
/// mention ("surface: kind, rule").
@Suite struct ActorResolverTests {
    func resolved(_ text: String) -> (actors: [String], mentions: [String]) {
        var f = StageFixture(text)
        let r = f.resolved()
        return (r.actors.map { "\($0.name) (\($0.kind.rawValue))" }, r.mentions)
    }

    @Test func aShortFormGoesToItsFullName() {
        let r = resolved("Lina Marsh spoke first. The critics said Marsh was right.")
        #expect(r.actors == ["Lina Marsh (person)"])
        #expect(r.mentions == ["Lina Marsh: person, fullName", "Marsh: person, shortForm"])
    }

    @Test func titlesOfAGenderPickTheManAndTheWoman() throws {
        var f = StageFixture("John Corvell and Mary Corvell arrived. Mr Corvell spoke, then Mrs Corvell.")
        let r = f.resolved()
        let john = try #require(r.actors.first { $0.name == "John Corvell" })
        let mary = try #require(r.actors.first { $0.name == "Mary Corvell" })
        #expect(john.mentions.count == 2)
        #expect(mary.mentions.count == 2)
        #expect(r.mentions.filter { $0.hasSuffix("genderedTitle") } == ["Corvell: person, genderedTitle", "Corvell: person, genderedTitle"])
    }

    @Test func aSurnameTwoPeopleShareIsNotGuessed() {
        let r = resolved("John Corvell and Mary Corvell arrived. The critics said Corvell was late.")
        #expect(r.actors.sorted() == ["Corvell (person)", "John Corvell (person)", "Mary Corvell (person)"])
        #expect(r.mentions.last == "Corvell: person, ambiguousShortForm")
    }

    @Test func aLoneNameTakesItsKindFromContext() {
        let r = resolved("Investors bought shares in Marvox after the report.")
        #expect(r.actors == ["Marvox (organisation)"])
        #expect(r.mentions == ["Marvox: organisation, context"])
    }

    @Test func aDefinedAcronymJoinsItsActor() {
        let r = resolved("The Quellby Institute of Vorn (QIV) grew, and the QIV later closed.")
        #expect(r.actors == ["Quellby Institute of Vorn (organisation)"])
        #expect(r.mentions == ["Quellby Institute of Vorn: organisation, headWord", "QIV: organisation, acronym",
                               "QIV: organisation, acronym"])
    }

    @Test func aGovernmentIsAnOrganisationOfItsOwn() {
        let r = resolved("Lina Marsh won. The Marsh administration began.")
        #expect(r.actors.sorted() == ["Lina Marsh (person)", "Marsh administration (organisation)"])
        #expect(r.mentions.last == "Marsh administration: organisation, government")
    }
}
