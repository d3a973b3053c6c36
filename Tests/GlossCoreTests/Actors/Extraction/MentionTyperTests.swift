import Testing
@testable import GlossCore

/// Stage 2 alone: the mentions the tables type before any name run is looked at, and the rule that
/// typed each ("surface: kind, rule").
@Suite struct MentionTyperTests {
    func typed(_ text: String) -> [String] { StageFixture.typed(text) }

    @Test func aCapitalisedRunBeforeALowerCasePartyIsAParty() {
        // An adjective names the party only with "party"; a name is the party's name alone.
        #expect(typed("Leaders of the Quellbian Progressive party met.") == ["Quellbian Progressive party: organisation, headWord"])
        #expect(typed("Votes for the Vornex party fell.") == ["Vornex: organisation, context"])
        #expect(typed("The minister left the Labour party in May.") == ["Labour party: organisation, headWord"])
        // A day's party is no party, nor a party without "the" or a possessive before its name.
        #expect(typed("We went to the Christmas party.") == [])
        #expect(typed("Vornex party leaders met.") == [])
    }

    @Test func aUSStatesNameAndStateIsItsUniversity() {
        #expect(typed("He coached at Michigan State for years.") == ["Michigan State: organisation, context"])
        // The states named so stay places; a longer name is a headed run's.
        #expect(!typed("Rain fell across New York State.").contains { $0.hasSuffix("organisation, context") })
        #expect(typed("She studied at Ohio State University.") == ["Ohio State University: organisation, headWord"])
    }

    @Test func aStatesNameBeforeItsOwnBodyIsPartOfTheBodysMention() {
        #expect(typed("Scrutiny came from the U.S. Securities and Exchange Commission today.")
                == ["U.S. Securities and Exchange Commission: organisation, gazetteer"])
        // Not another state's body, nor a state's adjective.
        #expect(typed("France and the SEC met.") == ["France: state, gazetteer", "SEC: organisation, gazetteer"])
        #expect(typed("Japan SEC talks began.") == ["Japan: state, gazetteer", "SEC: organisation, gazetteer"])
    }

    @Test func aLegalFormClosesACompanysName() {
        #expect(typed("Photo by Quellby Insider Inc Vornexa here.") == ["Quellby Insider Inc: organisation, headWord"])
    }

    @Test func aPlacesNameStopsAtAKnownPlaceBeforeItsOwnWords() {
        #expect(typed("He fell in the New South Wales Quellby Valley.") == ["New South Wales: place, gazetteer", "Quellby Valley: place, headWord"])
        #expect(typed("Floods hit the Inner Mongolia Autonomous Region.") == ["Inner Mongolia Autonomous Region: place, headWord"])
    }

    @Test func aPluralPossessiveStaysInsideABodysName() {
        #expect(typed("A spokesman for the Quellby Employers’ Association spoke.") == ["Quellby Employers’ Association: organisation, headWord"])
        // Only after the words of the list: any other plural's apostrophe still ends the name before it.
        #expect(!typed("The Quellby Dancers' Association spoke.").contains { $0.hasPrefix("Quellby Dancers") })
    }

    @Test func headWordsTypeOrganisationsAndPlaces() {
        #expect(typed("Staff of the Quellby Bank walked to the Vorn Valley.")
                == ["Quellby Bank: organisation, headWord", "Vorn Valley: place, headWord"])
    }

    @Test func aFirstNameThatIsAHeadWordOpensAPersonsName() {
        // "Bill" and "Park" are heads of laws and places, but before a surname they are first names:
        // the run is left to the person stage, not typed as a law or a place.
        #expect(typed("Co-founder Bill Quennell backed the Vorn Valley.") == ["Vorn Valley: place, headWord"])
        #expect(typed("The Quellby Bill passed.") == [])
        #expect(typed("Staff of Chase Bank met.") == ["Chase Bank: organisation, headWord"])
    }

    @Test func aHeadHyphenedToANameWordEndsADoubleBarrelledSurname() {
        // "Bridge" and "Hill" are place heads, but hyphened to a plain name word at the end of the run they
        // close a surname: no place is typed, alone or after a first name.
        #expect(typed("The writer Quenby Vornell-Bridge won twice.") == [])
        #expect(typed("Later Vornell-Hill thanked the crew.") == [])
        // A head after the hyphened pair is still a head.
        #expect(typed("Staff of the Quellby-Vorn Bank met.") == ["Quellby-Vorn Bank: organisation, headWord"])
    }

    @Test func aBodysHeadBeforeOfGovernsThePlaceHeadsAfterIt() {
        // "Bank … of Vorn City" is a bank serving a city, not a city.
        #expect(typed("Staff of the Quellby Bank of Vorn City met.") == ["Quellby Bank of Vorn City: organisation, headWord"])
    }

    @Test func aSentenceInitialWordOpeningAGazetteerNameStaysInTheName() {
        // "federal" is used in lower case, yet at the sentence's start "Federal" opens the gazetteer's "Federal Reserve".
        #expect(typed("Federal Reserve Bank of Vorn City staff met. The federal view held.")
                == ["Federal Reserve Bank of Vorn City: organisation, headWord"])
    }

    @Test func anAcronymBeforeAndIsANameOfItsOwn() {
        #expect(typed("Analysts named QRB and Vornel Bank as winners.") == ["Vornel Bank: organisation, headWord"])
        #expect(typed("Analysts named Qorvel and VRN Bank as winners.") == ["VRN Bank: organisation, headWord"])
    }

    @Test func thinkTanksAndConfederationsAreHeadedBodies() {
        #expect(typed("A fellow at the Quellby Institution joined the Vornish Confederation of Rowing.")
                == ["Quellby Institution: organisation, headWord", "Vornish Confederation of Rowing: organisation, headWord"])
    }

    @Test func andAfterAPluralHeadJoinsOneBodysName() {
        // A plural head, "and", one word and an organisation's head: one name.
        #expect(typed("Officials of the Quellby Securities and Vorn Commission met.")
                == ["Quellby Securities and Vorn Commission: organisation, headWord"])
        // A singular head before "and" still ends the name.
        #expect(typed("Staff of the Quellby Bank and Vorn Commission met.")
                == ["Quellby Bank: organisation, headWord", "Vorn Commission: organisation, headWord"])
    }

    @Test func gazetteerNamesAndDemonyms() throws {
        var f = StageFixture("French officials flew to Japan.")
        #expect(f.typedMentions() == ["French: state, gazetteer", "Japan: state, gazetteer"])
        let adjectives = f.x.drafts.flatMap(\.spans).map { span -> Bool? in
            if case .gazetteer(_, let adjective) = span.rule { return adjective }
            return nil
        }
        #expect(adjectives == [true, false])
    }

    @Test func aGovernedPlaceBeforeGovernmentIsItsGovernment() {
        #expect(typed("The Welsh government and the Ontario government met.")
                == ["Welsh government: organisation, placeGovernment", "Ontario government: organisation, placeGovernment"])
        // A sovereign state's government stays the state; a capital's name is not a government's.
        #expect(typed("The Peruvian government and the Lima government met.")
                == ["Peruvian: state, gazetteer", "Lima: place, gazetteer"])
        // Only before the word itself, in lower case after a space.
        #expect(typed("The Ontario governor spoke.") == ["Ontario: place, gazetteer"])
    }

    @Test func aPartysMemberWordNamesTheParty() {
        #expect(typed("Two Republicans and a Tory objected.")
                == ["Republicans: organisation, gazetteer", "Tory: organisation, gazetteer"])
        // Glued to another capitalised word, it is part of a longer name; a first name after it is the member's.
        #expect(typed("The Vornish Democratic Party won.") == ["Vornish Democratic Party: organisation, headWord"])
        #expect(typed("Then Democrat Lina Marsh spoke.") == ["Democrat: organisation, gazetteer"])
    }

    @Test func namesJoinedByParticlesAreOneName() {
        // Alone, a group; a place of the table stays a place; with a head word, the head decides.
        #expect(typed("Police blamed Quor-e-Vask and the Drel-ul-Mira Front.")
                == ["Quor-e-Vask: organisation, context", "Drel-ul-Mira Front: organisation, headWord"])
        #expect(typed("Crowds filled Mazar-e-Sharif.") == ["Mazar-e-Sharif: place, placeTable"])
        // A title before it leaves it to the candidate spans; lower-case words are no name.
        #expect(typed("General Quor-ul-Vask spoke of a tit-for-tat war.") == [])
    }

    @Test func namesJoinedBySpacedAmpersandAreOneFirm() {
        #expect(typed("The audit went to Drelby & Quorvane last year.")
                == ["Drelby & Quorvane: organisation, context"])
        // An opener is dropped; an index's number after it, or an ampersand without spaces, is no firm.
        #expect(typed("Yesterday Drelby & Quorvane Partners won.") == ["Drelby & Quorvane Partners: organisation, context"])
        #expect(typed("The Drelby & Quorvane 500 fell, and Vorn&Marr rose.") == [])
    }

    @Test func ofTheAndForTheStayInsideABodysName() {
        // The body's head before "for the" names it, whatever heads follow.
        #expect(typed("Staff of the Quellby Office for the Vorn Valley left.")
                == ["Quellby Office for the Vorn Valley: organisation, headWord"])
        // "and the" joins two names.
        #expect(typed("The Quellby Bank and the Vorn Commission met.")
                == ["Quellby Bank: organisation, headWord", "Vorn Commission: organisation, headWord"])
    }

    @Test func aCourtsDistrictIsNamedByItsState() {
        #expect(typed("Prosecutors of the Eastern District of Ohio spoke.") == ["Eastern District of Ohio: place, headWord"])
        // Without the compass word, a place named by where it lies is two places.
        #expect(typed("Farms of the Vorn Valley of Ohio grew.") == ["Vorn Valley: place, headWord", "Ohio: place, gazetteer"])
    }

    @Test func theGamesAdjectiveIsNoPlace() {
        var f = StageFixture("An Olympic-size pool opened near Lisbon for Olympic swimmers.")
        #expect(f.resolved().actors.map(\.name) == ["Lisbon"])
    }

    @Test func aCompetitionsLeagueIsNoActor() {
        #expect(typed("Vorn won the Quellby Premier League, and the Quellby Youth League thanked them.")
                == ["Quellby Youth League: organisation, headWord"])
    }

    @Test func andJoinsOneWordToABodysHeadButNotToAPlacesHead() {
        #expect(typed("Homes in Quellby and Vorn Beach flooded.") == ["Vorn Beach: place, headWord"])
        #expect(typed("Staff of the Quellby and Vorn Commission met.") == ["Quellby and Vorn Commission: organisation, headWord"])
    }

    @Test func aMagistratesCourtKeepsItsPossessive() {
        #expect(typed("He appeared at Vornley Magistrate’s Court.") == ["Vornley Magistrate’s Court: organisation, headWord"])
    }

    @Test func placeNamesOfSeveralWordsFromThePlaceTable() {
        #expect(typed("Crews reached Wagga Wagga on Monday.") == ["Wagga Wagga: place, placeTable"])
    }

    @Test func thingsAreClaimedButAreNoActor() throws {
        var f = StageFixture("The Vornish Treaty was signed.")
        #expect(f.typedMentions() == [])
        let vornish = try #require(f.index(of: "Vornish")), treaty = try #require(f.index(of: "Treaty"))
        #expect(f.x.wordState[vornish].owner == .notActor)
        #expect(f.x.wordState[treaty].owner == .notActor)
    }

    @Test func titlesAreClaimedForTheCandidates() throws {
        var f = StageFixture("Later Mr Torvin spoke.")
        _ = f.typedMentions()
        let mr = try #require(f.index(of: "Mr")), torvin = try #require(f.index(of: "Torvin"))
        #expect(f.x.wordState[mr].owner == .title)
        #expect(f.x.wordState[torvin].owner == .free)
    }
}
