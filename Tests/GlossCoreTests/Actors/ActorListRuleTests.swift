import Testing
import GlossCore

/// Places listed with known places, area nouns, venues, standalone bodies and facility heads, on
/// invented names ("Quellinby") so that no table decides instead of the rule under test.
@Suite struct ActorListRuleTests {
    func kind(_ name: String, in text: String) -> ActorKind? { ActorFixture.kind(of: name, in: text) }

    @Test(arguments: [
        ("Rain fell across the QLB and Tasmania on Monday.", "QLB", ActorKind.place),
        ("Gunmen fired between the settlements of Adelaide and Quellinby before dawn.", "Quellinby", .place),
        ("Showers reached parts of the Quellinby, Sydney, and the coast.", "Quellinby", .place),
        ("The road is closed from Adelaide to Quellinby Tops until Friday.", "Quellinby Tops", .place),
        ("Aircraft flew over the Quellinby area to drop supplies.", "Quellinby", .place),
        ("The match was due to start at the QCG this morning.", "QCG", .place),
        ("Crews reached the Quellinby Space Center before dawn.", "Quellinby Space Center", .place),
        ("The Quellinby Centre for Policy Studies published the figures.", "Quellinby Centre for Policy Studies", .organisation),
    ])
    func theRuleGivesTheKind(text: String, name: String, expected: ActorKind) {
        #expect(kind(name, in: text) == expected)
    }

    @Test func aCommaAfterAPlaceIsNoListUnlessTheListGoesOn() {
        #expect(kind("Quellinby", in: "His son serves in the Quellinby, Sydney says.") != .place)
    }

    @Test func theGovernmentAloneJoinsTheTextsOneGovernment() {
        let a = ActorFixture.analyse("The Federal Government acted on Monday. Critics said the Government had waited too long.")
        let government = a.actors.first { $0.name == "Federal Government" }
        #expect(government?.kind == .organisation)
        #expect(government?.aliases == ["Federal Government", "Government"])
    }

    @Test func theGovernmentAloneIsABodyOfItsOwn() {
        let a = ActorFixture.analyse("Crowds gathered as the Government fell. Argentina's Government had lost support.")
        #expect(a.actors.first { $0.name == "Government" }?.mentions.count == 2)
    }

    @Test func aChamberAloneIsABody() {
        let a = ActorFixture.analyse("The bill passed the Senate, but the House has not voted.")
        #expect(ActorFixture.table(a) == ["House (organisation)", "Senate (organisation)"])
        // A name that goes on after a connector is not the head alone.
        #expect(ActorFixture.analyse("Members of the House of Quorvane voted.").actors.allSatisfy { $0.name != "House" })
    }

    @Test func aChamberAndOneNameAfterOfIsOneBody() {
        let a = ActorFixture.analyse("The bill reached the House of Quorvanes on Monday.")
        #expect(ActorFixture.table(a) == ["House of Quorvanes (organisation)"])
        // Not where the name goes on, nor without "the".
        #expect(ActorFixture.analyse("A House of Quorvanes vote came.").actors.allSatisfy { $0.name != "House of Quorvanes" })
    }

    @Test func aMonthOpensAHyphenatedFirstName() {
        let a = ActorFixture.analyse("Jan-Michael Quellinby said he was tired.")
        #expect(a.actors.map(\.name) == ["Jan-Michael Quellinby"])
    }
}
