import Testing
@testable import GlossCore

/// Stage 2's league teams: nicknames are teams only where two teams of one league are named, or the team with its city.
@Suite struct TeamNamesTests {
    func typed(_ text: String) -> [String] {
        var f = StageFixture(text)
        return f.typedMentions()
    }

    @Test func twoTeamsOfALeagueAreTeams() throws {
        var f = StageFixture("The Calgary Flames beat the Sharks in overtime.")
        #expect(f.typedMentions() == ["Calgary Flames: organisation, leagueTeam", "Sharks: organisation, leagueTeam"])
        let sharks = try #require(f.x.drafts.first { $0.spans.contains { f.text($0.from, $0.to) == "Sharks" } })
        #expect(sharks.name == "San Jose Sharks")
    }

    @Test func oneNicknameAloneIsAnOrdinaryWord() {
        #expect(typed("The Sharks circled the boat.") == [])
        // Teams of two leagues do not make each other teams.
        #expect(typed("The Sharks and the Packers won.") == [])
    }

    @Test func aTeamNamedWithItsCityIsATeamAlone() {
        // The city and the nickname together are no ordinary words; the nickname then names the team too.
        #expect(typed("He coached the Miami Dolphins before the Dolphins fired him.")
                == ["Miami Dolphins: organisation, leagueTeam", "Dolphins: organisation, leagueTeam"])
    }

    @Test func aNicknameGluedToAnotherNameIsPartOfIt() {
        #expect(typed("Fans of the Flames saw Sharks Tale and the Sharks.")
                == ["Flames: organisation, leagueTeam", "Sharks: organisation, leagueTeam"])
    }
}
