import Testing
import GlossCore

/// Context rules for names no table knows, and merging people. Invented names ("Quellinby") keep
/// the gazetteers out of it, so each test sees one rule.
@Suite struct ActorContextTests {
    func kind(_ name: String, in text: String) -> ActorKind? { ActorFixture.kind(of: name, in: text) }

    @Test(arguments: [
        ("Aid reached Quellinby on Monday after the road to Quellinby reopened, and crews in Quellinby rested.", "Quellinby", ActorKind.place),
        ("The Quellinby-based firm hired staff.", "Quellinby", .place),
        ("Floods hit Dravenport, Ohio, overnight.", "Dravenport", .place),
        ("Investors bought shares in Marvox after the report.", "Marvox", .organisation),
        ("Marvox's chief executive resigned on Friday.", "Marvox", .organisation),
        ("The outage was fixed by Zentarix Energy, the power company, by noon.", "Zentarix Energy", .organisation),
        ("Both the union and Qorvel said there would be no strike.", "Qorvel", .organisation),
        // A job "at" a name outweighs "at" as a place's cue; a document's source "from" is a body.
        ("Ana Lutz, an analyst at Quorvane, spoke at Quorvane on Monday.", "Quorvane", .organisation),
        ("The figures came in a report from Quorvane, not from Lisbon.", "Quorvane", .organisation),
        ("Crews worked at Quorvane all night.", "Quorvane", .place),
        // A body's noun and "called"; a job right after a lone name; "is a … group"; a body's verb and "by".
        ("Police named a group called Quorvane after the raid.", "Quorvane", .organisation),
        ("Quorvane analyst Ana Lutz cut her forecast.", "Quorvane", .organisation),
        ("Officials said Quorvane is an armed group based in the hills.", "Quorvane", .organisation),
        ("The chart, provided by Quorvane, shows the rise.", "Quorvane", .organisation),
        // A list's members share the kind that two or more members have from the tables, over "from" and a town's name.
        ("Loans came from Quorvane, Quellby Bank and Drelby Trust.", "Quorvane", .organisation),
        ("Bids came from Quellby Bank, Dorking, and Drelby Bank.", "Dorking", .organisation),
        ("Flights from Quorvane, Quellby Bank and Lisbon resumed.", "Quorvane", .place),
        // A town's name before "magazine" is the magazine; a body's noun before a name ("the app").
        ("A cover story in Dorking magazine ran on Monday.", "Dorking", .organisation),
        ("Users of the messaging app Quorvane complained.", "Quorvane", .organisation),
        // A place noun and "of" before it; "in the" before a lone name ending the phrase; a compass point after it;
        // a list a place's cue opens.
        ("Rain fell on the settlement of Quorvane overnight.", "Quorvane", .place),
        ("Crews worked in the Quorvane, where fires burned.", "Quorvane", .place),
        ("Farmers of Quorvane just west of Lisbon were hit.", "Quorvane", .place),
        ("Fires burned at Lisbon, Quorvane and Drelby.", "Quorvane", .place),
        // What "X-based" describes is a body; a name before its outlets is a company; a developer's noun before a name.
        ("The Lisbon-based Quorvane Systems hired staff.", "Quorvane Systems", .organisation),
        ("He shopped at one of the Drelby Greens stores.", "Drelby Greens", .organisation),
        ("The game came from the studio's developer Quorvane last year.", "Quorvane", .organisation),
        // A role in capitals after a lone name; "and" before an organisation; a newsroom job "for" a name.
        ("Quorvane CEO Ana Lutz spoke on Monday.", "Quorvane", .organisation),
        ("Analysts named QRB and Vornel Bank as winners.", "QRB", .organisation),
        ("Ana Lutz is a reporter for Quorvane Daily in the city.", "Quorvane Daily", .organisation),
        // A capital "The" after a verb of telling or joining opens a body's name.
        ("Ana Lutz told The Quorvane on Monday that she would stay.", "Quorvane", .organisation),
        ("Since joining The Drelby Ledger, Ana Lutz has covered energy.", "Drelby Ledger", .organisation),
    ])
    func contextGivesTheKind(text: String, name: String, expected: ActorKind) {
        #expect(kind(name, in: text) == expected)
    }

    @Test func aStreetsEndingMakesAPlace() {
        #expect(ActorFixture.kind(of: "Quorvaneallee", in: "The council renamed Quorvaneallee last year.") == .place)
        #expect(ActorFixture.kind(of: "Anna-Drelby-Platz", in: "The council renamed Anna-Drelby-Platz last year.") == .place)
    }

    @Test func aLoneNameBeforeAPlayersStatisticIsAPlayer() {
        let a = ActorFixture.analyse("Quellby Tigers (1-0): Dorking 17 points. Marvox 3 rebounds.")
        #expect(a.actor(named: "Dorking")?.kind == .person)
        #expect(a.actor(named: "Marvox")?.kind == .person)
    }

    @Test func anInitialAndSurnameBeforeAPlayersStatisticIsAPlayer() {
        let a = ActorFixture.analyse("Quellby (3-1): K. Vornitz 1 goal. A. Drelbek 2 saves.")
        #expect(a.actor(named: "K. Vornitz")?.kind == .person)
        #expect(a.actor(named: "A. Drelbek")?.kind == .person)
    }

    @Test func aNameOnlyEverQuotedAsATitleIsNoPerson() {
        let a = ActorFixture.analyse("She starred in “Mary Quellby,” a drama. Fans of \"Mary Quellby\" queued.")
        #expect(a.actors.filter { $0.kind == .person }.isEmpty)
        // A nickname after a naming verb is no title.
        let c = ActorFixture.analyse("The boxer was dubbed “Mary Quellby” by fans.")
        #expect(c.actor(named: "Mary Quellby")?.kind == .person)
        // A name also used outside the quotation is a person's.
        let b = ActorFixture.analyse("He said “Mary Quellby” was right. Mary Quellby said she was.")
        #expect(b.actor(named: "Mary Quellby")?.kind == .person)
    }

    @Test func aJobBeforeANameOfTwoWordsIsAPersons() {
        #expect(ActorFixture.kind(of: "Ammar Zorvic", in: "The Lisbon-based developer Ammar Zorvic wrote a post.") == .person)
    }

    @Test func aFirstNameAndSurnameAfterXBasedStayAPerson() {
        #expect(ActorFixture.kind(of: "John Carter", in: "The Lisbon-based John Carter said the deal was done.") == .person)
    }

    @Test func aUSStateNamedLikeACapitalOrCountryAfterAUSTownIsTheState() throws {
        let a = ActorFixture.analyse("Staff met in Redmond, Washington, on Monday. Others flew from Valdosta, Georgia. Her sister lives in Buffalo, New York.")
        let washington = try #require(a.actor(named: "Washington State"))
        #expect(washington.kind == .place)
        #expect(washington.aliases == ["Washington"])
        #expect(washington.linkedState == "United States")
        #expect(a.actor(named: "Georgia")?.kind == .place)
        #expect(a.actor(named: "New York State")?.kind == .place)
        #expect(a.actor(named: "Washington, D.C.") == nil)
    }

    @Test func aUSStateNamedLikeACityBeforeALowerCaseStateIsTheState() throws {
        let a = ActorFixture.analyse("The New York state comptroller spoke on Monday. Later she flew to NYC. Washington state officials agreed.")
        let state = try #require(a.actor(named: "New York State"))
        #expect(state.kind == .place)
        #expect(state.mentions.map(\.surface) == ["New York"])
        #expect(a.actor(named: "New York")?.mentions.map(\.surface) == ["NYC"])
        #expect(a.actor(named: "Washington State")?.aliases == ["Washington"])
    }

    @Test func aManagersTitleIntroducesAPerson() {
        let a = ActorFixture.analyse("Project Manager Ryota Mizuno shared the plans. “It is ready,” said Tessa Vornick, General Manager, at the plant.")
        #expect(a.actor(named: "Ryota Mizuno")?.kind == .person)
        #expect(a.actor(named: "Manager") == nil)
    }

    @Test func aCapitalInAListOfPlacesStaysTheCapital() {
        let a = ActorFixture.analyse("Talks were held in Boston, Washington and Chicago. Envoys went to Paris, Washington, Berlin and Rome.")
        #expect(a.actor(named: "Washington, D.C.")?.kind == .place)
        #expect(a.actor(named: "Washington State") == nil)
        // A town of another state: Tbilisi is in Georgia the state.
        #expect(ActorFixture.kind(of: "Georgia", in: "She lives in Tbilisi, Georgia, with her family.") == .state)
    }

    @Test func inTheBeforeAModifierOrABodysHeadIsNoPlace() {
        #expect(ActorFixture.kind(of: "Quorvane", in: "She waited in the Quorvane van while he drove.") == nil)
        #expect(ActorFixture.kind(of: "Navy", in: "Her son serves in the Navy, she says.") != .place)
    }

    @Test func unknownNamesWithoutPersonEvidenceAreNotPeople() {
        let a = ActorFixture.analyse("The yacht Zeus Two crossed the line after the Gorvan Tops turn.")
        #expect(a.actors.filter { $0.kind == .person }.isEmpty)
    }

    @Test func aPartyLabelIsNotPartOfTheName() {
        // The label is the party's form (FORMAT.md: a party's adjectives are its forms), not the person's.
        let a = ActorFixture.analyse("Democrat Jane Harmon said the bill would pass.")
        #expect(a.actors.map(\.name) == ["Democratic Party", "Jane Harmon"])
        #expect(a.actor(named: "Jane Harmon")?.aliases == ["Jane Harmon"])
    }

    @Test func twoCompaniesJoinedByAndStayTwo() {
        let a = ActorFixture.analyse("Shares in Deutsche Bank and Rio Tinto fell on Tuesday.")
        #expect(ActorFixture.table(a) == ["Deutsche Bank (organisation)", "Rio Tinto (organisation)"])
    }

    @Test func aTitleWithoutAFullStopFindsTheFullName() {
        let a = ActorFixture.analyse("Adolfo Rodriguez Saa took office on Sunday. Mr Rodriguez Saa said he would act fast.")
        #expect(a.actors.map(\.name) == ["Adolfo Rodriguez Saa"])
        #expect(a.actor(named: "Adolfo Rodriguez Saa")?.mentions.count == 2)
    }

    static let couple = """
        John Smith and his wife Mary Smith arrived on Monday. Mr Smith said the trip was long. \
        Mrs Smith said it was not. Smith declined to comment.
        """

    @Test func mrAndMrsGoToTheManAndTheWoman() {
        let a = ActorFixture.analyse(Self.couple)
        #expect(a.actor(named: "John Smith")?.mentions.map(\.surface) == ["John Smith", "Smith"])
        #expect(a.actor(named: "Mary Smith")?.mentions.map(\.surface) == ["Mary Smith", "Smith"])
        // The bare surname could be either: shown on its own, not given to one silently.
        #expect(ActorFixture.table(a) == ["John Smith (person)", "Mary Smith (person)", "Smith (person)"])
    }

    @Test func aSharedSurnameBeforeTheSecondFullNameIsTheFirstPersons() {
        let a = ActorFixture.analyse("""
            Boat builder Walter Brandt was nine when he first sailed. Decades later, Brandt, 70, still sails. \
            Brandt says the sea is his life. His son, Lukas Brandt, now runs the yard. Brandt said it was hard work.
            """)
        #expect(a.actor(named: "Walter Brandt")?.mentions.map(\.surface) == ["Walter Brandt", "Brandt", "Brandt"])
        #expect(a.actor(named: "Lukas Brandt")?.mentions.map(\.surface) == ["Lukas Brandt"])
        // After both are named, the bare surname could be either.
        #expect(ActorFixture.table(a) == ["Brandt (person)", "Lukas Brandt (person)", "Walter Brandt (person)"])
        let walter = try! #require(a.actor(named: "Walter Brandt"))
        #expect(a.evidence(for: walter.mentions[1])?.rule.hasPrefix("a surname or first name two full names share, used before") == true)
    }

    @Test func aSharedSurnameNeverGoesToSomeoneNamedOnlyLater() {
        let a = ActorFixture.analyse("""
            In 1990 Keller opened the bakery. Anna Keller still bakes every morning. Keller, 60, says so. \
            Her husband, Tom Keller, keeps the books. Mr Keller said the bakery would stay open.
            """)
        // Before anyone is named it is nobody's; before the husband is named it is the wife's; "Mr" is the husband's.
        #expect(a.actor(named: "Anna Keller")?.mentions.map(\.surface) == ["Anna Keller", "Keller"])
        #expect(a.actor(named: "Tom Keller")?.mentions.map(\.surface) == ["Tom Keller", "Keller"])
        #expect(a.actor(named: "Keller")?.mentions.count == 1)
    }

    @Test func aGenderedTitleBeforeTheSecondFullNameIsNotTheFirstPersonsOfTheOtherGender() {
        let a = ActorFixture.analyse("""
            Tom Keller keeps the books. Keller, 62, says so. Mrs Keller was away. His wife, Anna Keller, bakes.
            """)
        #expect(a.actor(named: "Tom Keller")?.mentions.map(\.surface) == ["Tom Keller", "Keller"])
    }

    @Test func aTitleOfTheOtherGenderIsSomeoneElse() {
        let a = ActorFixture.analyse("Peter Jones met reporters. Mrs Jones, his mother, stayed at home.")
        #expect(ActorFixture.table(a) == ["Mrs Jones (person)", "Peter Jones (person)"])
    }

    @Test func everyMentionKnowsItsRule() {
        let a = ActorFixture.analyse(Self.couple)
        for actor in a.actors { for m in actor.mentions { #expect(a.evidence(for: m) != nil) } }
        let mary = try! #require(a.actor(named: "Mary Smith"))
        #expect(a.evidence(for: mary.mentions[1])?.rule.hasPrefix("a surname two people share") == true)
    }
}
