import Testing
import GlossCore

/// Stage 5: the forms of one organisation that nothing in their words tied are merged, and only when
/// one organisation fits.
@Suite struct OrganisationFormsTests {
    /// The actors of `text` as "name: surfaces", sorted.
    func forms(_ text: String) -> [String] {
        ActorFixture.analyse(text).actors.map { "\($0.name): " + $0.aliases.joined(separator: ", ") }.sorted()
    }

    @Test func aNationalBodyNamedWithoutItsCountryIsOneActor() throws {
        let text = "The Vellish Transport Safety Board said on Monday it had found the fault. "
            + "Investigators from the Transport Safety Board will report in May. The Australian Quarry Safety Board agreed."
        let a = ActorFixture.analyse(text)
        // "Vellish" is no state: the two boards stay two.
        #expect(a.actors.filter { $0.name.hasSuffix("Transport Safety Board") }.count == 2)
        let australian = "The Australian Quarry Safety Board said on Monday it had found the fault. "
            + "Investigators from the Quarry Safety Board will report in May."
        let b = ActorFixture.analyse(australian)
        let board = try #require(b.actor(named: "Australian Quarry Safety Board"))
        #expect(board.aliases == ["Australian Quarry Safety Board", "Quarry Safety Board"])
        let short = try #require(board.mentions.last)
        #expect(b.evidence(for: short)?.rule.contains("national prefix “Australian”") == true)
    }

    @Test func anUndefinedAcronymJoinsTheOneOrganisationItSpells() throws {
        let text = "The Quarry Safety Board opened an inquiry on Monday. A QSB spokesman said the inquiry would take a year."
        let a = ActorFixture.analyse(text)
        let board = try #require(a.actor(named: "Quarry Safety Board"))
        #expect(board.aliases.contains("QSB"))
        #expect(a.evidence(for: board.mentions.last!)?.rule.contains("initials of Quarry Safety Board") == true)
    }

    @Test func anAcronymTwoOrganisationsSpellIsLeftAlone() {
        let text = "The Quarry Safety Board and the Queensland Shipping Bureau met on Monday. A QSB spokesman said nothing."
        let a = ActorFixture.analyse(text)
        #expect(!a.actors.contains { $0.name != "QSB" && $0.aliases.contains("QSB") })
    }
}
