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

    @Test func aListedCompanyJoinsItsFullNameWithATradeWord() throws {
        let text = "Verizon unveiled a tablet app on Tuesday. Analysts expect Verizon to charge for it, "
            + "and a spokesman for Verizon Communications declined to comment."
        let a = ActorFixture.analyse(text)
        let company = try #require(a.actor(named: "Verizon Communications"))
        #expect(company.aliases == ["Verizon", "Verizon Communications"])
        // A trade word after two words leaves a name of its own, not the company's.
        let other = ActorFixture.analyse("Verizon unveiled a tablet app. Verizon Digital Communications declined to comment.")
        #expect(other.actor(named: "Verizon")?.aliases == ["Verizon"])
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

    @Test func aNameWithoutItsMiddleWordsIsTheOneLongerName() throws {
        let a = ActorFixture.analyse("The Marlow Detention Centre is full. Detainees at the Marlow Centre rioted on Monday.")
        let centre = try #require(a.actor(named: "Marlow Detention Centre"))
        #expect(centre.aliases == ["Marlow Centre", "Marlow Detention Centre"])
        #expect(a.evidence(for: centre.mentions.last!)?.rule.contains("shortened") == true)
    }

    @Test func aShortenedNameTwoLongerNamesFitIsLeftAlone() {
        let a = ActorFixture.analyse("The Marlow Detention Centre and the Marlow Sports Centre are shut. Guards at the Marlow Centre left.")
        #expect(a.actor(named: "Marlow Centre") != nil)
    }

    @Test func aFirstWordMadeANameOnlyByItsContextIsTheLongerName() throws {
        let a = ActorFixture.analyse("Quarrington Rovers won on Saturday. The Quarrington manager praised the players.")
        let club = try #require(a.actors.first { $0.aliases.contains("Quarrington") })
        #expect(club.name == "Quarrington Rovers")
        let short = try #require(club.mentions.first { $0.surface == "Quarrington" })
        #expect(a.evidence(for: short)?.rule.contains("shortened") == true)
    }

    @Test func aTownIsNotTheCentreNamedAfterIt() {
        let a = ActorFixture.analyse("Guards at the Marlow Detention Centre were hurt. The Marlow hospital treated them.")
        #expect(a.actor(named: "Marlow Detention Centre")?.aliases == ["Marlow Detention Centre"])
    }

    @Test func aNameRunTogetherIsTheNameInWords() throws {
        let a = ActorFixture.analyse("LONDON (VellumDailyNews) - The council shut the road on Monday.\n\nCopyright 2019 Vellum Daily News.")
        let paper = try #require(a.actors.first { $0.aliases.contains("VellumDailyNews") })
        #expect(paper.aliases.contains("Vellum Daily News"))
    }

    @Test func aPlaceNamedWithoutItsHeadIsOnePlace() throws {
        let river = ActorFixture.analyse("Farmers along the Goulburn River lost stock on Monday. Water in the Goulburn rose two metres overnight.")
        let goulburn = try #require(river.actor(named: "Goulburn River"))
        #expect(goulburn.aliases == ["Goulburn", "Goulburn River"])
        #expect(river.evidence(for: goulburn.mentions.last!)?.rule.contains("without its head “River”") == true)
        let region = ActorFixture.analyse("Officials in Karvosh said on Tuesday that schools would shut. The Karvosh Autonomous Region has a million people.")
        #expect(region.actor(named: "Karvosh Autonomous Region")?.aliases == ["Karvosh", "Karvosh Autonomous Region"])
    }

    @Test func aPlaceBesideTheFeatureNamedAfterItStaysItself() {
        // The town of a state the text names, a state the gazetteer lists, a city named after a state.
        let texts = [
            "Farmers along the Goulburn River in Australia lost stock on Monday. Shops in Goulburn shut.",
            "Barges on the Mississippi River stopped on Monday. Voters in Mississippi go to the polls.",
            "Fans in Kansas City cheered on Monday. Voters in Kansas disagreed.",
        ]
        for text in texts {
            let a = ActorFixture.analyse(text)
            #expect(a.actors.filter { $0.kind == .place && $0.aliases.count == 1 }.count >= 2, "\(ActorFixture.table(a))")
        }
    }

    @Test func aBodyOfAStateIsAlsoNamedWithTheStatesAdjective() throws {
        let a = ActorFixture.analyse("The Supreme Court of Norway ruled on Monday. Lawyers said the Norwegian Supreme Court had waited a year.")
        let court = try #require(a.actor(named: "Supreme Court of Norway"))
        #expect(court.aliases == ["Norwegian Supreme Court", "Supreme Court of Norway"])
        #expect(a.evidence(for: court.mentions.last!)?.rule.contains("adjective “Norwegian”") == true)
        // Another state's adjective is another state's court.
        let b = ActorFixture.analyse("The Supreme Court of Norway ruled on Monday. Lawyers said the Danish Supreme Court had waited a year.")
        #expect(b.actors.filter { $0.name.contains("Supreme Court") }.count == 2)
    }

    @Test func aNameWithoutItsOpeningWordsIsTheOneLongerNameItEnds() throws {
        let a = ActorFixture.analyse("Ana Ruiz is a fellow at the Harlan-Brisco Tax Policy Center in Boston. "
            + "The Tax Policy Center estimated the cost at a billion dollars.")
        let centre = try #require(a.actor(named: "Harlan-Brisco Tax Policy Center"))
        #expect(centre.aliases == ["Harlan-Brisco Tax Policy Center", "Tax Policy Center"])
        #expect(a.evidence(for: centre.mentions.last!)?.rule.contains("without its opening words") == true)
        // Two longer names end with it: not guessed.
        let b = ActorFixture.analyse("Ana Ruiz is a fellow at the Harlan-Brisco Tax Policy Center and Ben Ode at the Dover Tax Policy Center. "
            + "The Tax Policy Center estimated the cost at a billion dollars.")
        #expect(b.actor(named: "Tax Policy Center") != nil)
    }

    @Test func theLastWordOfABodyAfterTheIsThatBody() throws {
        let a = ActorFixture.analyse("Sales fell sharply, the Financial Times reported on Monday. A reporter of the Times reports that the fall will last.")
        let paper = try #require(a.actor(named: "Financial Times"))
        #expect(paper.aliases == ["Financial Times", "Times"])
        #expect(a.evidence(for: paper.mentions.last!)?.rule.contains("last word of Financial Times") == true)
        // Two papers end with it: not guessed.
        let b = ActorFixture.analyse("Sales fell sharply, the Financial Times reported on Monday, and the New York Times agreed. "
            + "A reporter of the Times reports that the fall will last.")
        #expect(b.actor(named: "Times") != nil)
    }

    @Test func aNameAPrepositionAloneMadeAPlaceIsTheBodyItOpens() throws {
        let a = ActorFixture.analyse("The Velmora Foundation will fund the study, its director said. Staff at Velmora said on Monday that the work would start in May.")
        let foundation = try #require(a.actor(named: "Velmora Foundation"))
        #expect(foundation.aliases == ["Velmora", "Velmora Foundation"])
        // A place noun after it keeps it a place.
        let b = ActorFixture.analyse("The Velmora Foundation will fund the study, its director said. "
            + "Officials of the Velmora region said on Monday that the work would start in May.")
        #expect(b.actor(named: "Velmora")?.kind == .place)
        // "in" names a town more often than a body: the town beside its council stays a place.
        let c = ActorFixture.analyse("The Velmora Council will fund the study, its director said. Shops in Velmora shut on Monday.")
        #expect(c.actor(named: "Velmora")?.kind == .place)
    }

    @Test func anAcronymTheTextDefinesWinsOverTheGazetteersBody() throws {
        let a = ActorFixture.analyse("According to the Centre for Disease Control (CDC), the outbreak was over. The CDC advises travellers to wash their hands.")
        let centre = try #require(a.actor(named: "Centre for Disease Control"))
        #expect(centre.aliases == ["CDC", "Centre for Disease Control"])
        #expect(a.actors.count == 1)
        // A credit in parentheses after a place is no definition: the agency stays the gazetteer's.
        let b = ActorFixture.analyse("LONDON (CDC) - The Centre for Disease Control said on Monday that the outbreak was over.")
        #expect(b.actor(named: "Centre for Disease Control")?.aliases == ["Centre for Disease Control"])
    }

    @Test func aBodysHeadAloneIsTheOneBodyItHeads() throws {
        let a = ActorFixture.analyse("The Velmoran Court of Appeals heard the case in May. In June the Court granted the petition.")
        let court = try #require(a.actor(named: "Velmoran Court of Appeals"))
        #expect(court.aliases == ["Court", "Velmoran Court of Appeals"])
        #expect(a.evidence(for: court.mentions.last!)?.kind.contains("“the Court” alone") == true)
        // Two courts: the head alone is left alone.
        let b = ActorFixture.analyse("The Velmoran Court of Appeals and the Supreme Court heard the case. In June the Court granted the petition.")
        #expect(!b.actors.contains { $0.aliases.contains("Court") })
    }

    @Test func aNameAfterANamingCueIsAnotherNameOfThePlaceBeforeIt() throws {
        let a = ActorFixture.analyse("Inmates of the Damascus prison, dubbed the “Velvet Cage”, went on strike on Monday. "
            + "Guards at the Velvet Cage said little.")
        let prison = try #require(a.actor(named: "Damascus"))
        #expect(prison.kind == .place)
        #expect(prison.aliases.contains("Velvet Cage"))
        #expect(a.evidence(for: prison.mentions[1])?.kind.contains("after “dubbed”") == true)
        // A noun that names a place inside the named one links nothing: a suburb of Damascus is not Damascus.
        let b = ActorFixture.analyse("Aid reached a Damascus suburb, dubbed Little Vellan, on Monday. Damascus is calm.")
        #expect(b.actor(named: "Damascus")?.aliases == ["Damascus"])
        // After a place cue the nickname may be a person's: "a man from Damascus, known as …" links nothing.
        let c = ActorFixture.analyse("Police arrested a man from Damascus, known as the Velvet Fox, on Monday.")
        #expect(c.actor(named: "Damascus")?.aliases == ["Damascus"])
    }

    @Test func aTownNamedWithItsRiverIsAlsoNamedAlone() throws {
        let a = ActorFixture.analyse("The fair opened in Frankfurt am Main on Monday. Hotels in Frankfurt were full by noon.")
        let town = try #require(a.actor(named: "Frankfurt am Main"))
        #expect(town.kind == .place)
        #expect(town.aliases == ["Frankfurt", "Frankfurt am Main"])
        // A particle the table's names do not hold joins nothing: "Frankfurt on Monday" is the town and a day.
        let b = ActorFixture.analyse("The fair opened in Frankfurt on Monday.")
        #expect(b.actor(named: "Frankfurt")?.aliases == ["Frankfurt"])
    }

    @Test func aKnownBodyWrittenAsItsWebDomainIsOneActor() throws {
        let a = ActorFixture.analyse("A writer for Snopes.com posted on Monday. Snopes said the claim was false.")
        let site = try #require(a.actor(named: "Snopes"))
        #expect(site.aliases == ["Snopes", "Snopes.com"])
    }
}
