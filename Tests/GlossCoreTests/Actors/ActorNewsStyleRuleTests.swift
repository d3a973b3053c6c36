import Testing
import GlossCore

/// Rules for the organisations, teams, people and places of US, UK and wire news: each case is a small
/// text of its own with invented names where a table would otherwise decide, and checks the kind and the
/// reason `actor NAME --why` gives.
@Suite struct ActorNewsStyleRuleTests {
    /// The actor named `name` in `text`, with the kind reason of its first mention.
    func profile(_ name: String, in text: String) -> (kind: ActorKind, why: String)? {
        let a = ActorFixture.analyse(text)
        guard let actor = a.actor(named: name), let first = actor.mentions.first else { return nil }
        return (actor.kind, a.evidence(for: first)?.kind ?? "")
    }

    @Test(arguments: [
        // A brand's spelling: a capital inside the word.
        ("Investors cheered as ZentroVax unveiled a chip.", "ZentroVax", ActorKind.organisation, "brand"),
        // The kind most uses give: "at X" once, "X said" and "X's chief executive" twice.
        ("Staff at Quorvane left early. Shares fell after Quorvane said profits dropped, and Quorvane's chief executive resigned.",
         "Quorvane", .organisation, "said"),
        // A body's role after the name, without a possessive.
        ("Quorvane founder Lisa Marsh spoke on Monday.", "Quorvane", .organisation, "founder"),
        // ... also over a town of the place table.
        ("Chelsea boss Frank Lampard praised his players.", "Chelsea", .organisation, "boss"),
        // A lower-case place noun after the name, over a first name too.
        ("Officials in the John Quarnby region met.", "John Quarnby", .place, "region"),
        ("Inmates at Vellow prison rioted.", "Vellow", .place, "prison"),
        // A body's noun right before the name, or before it with a comma; a list after an organisation.
        ("Prices fell, said an analyst with the research firm Quandor in a note.", "Quandor", .organisation, "firm"),
        ("Another radical group, Vessa Jihad, might follow.", "Vessa Jihad", .organisation, "group"),
        ("It bought Vorlan Studios, Quellfilm and others.", "Quellfilm", .organisation, "Vorlan Studios"),
        ("The figures were compiled by Quandor for the bank.", "Quandor", .organisation, "compiled by"),
    ])
    func contextGivesTheKindAndSaysWhy(text: String, name: String, kind: ActorKind, reason: String) throws {
        let found = try #require(profile(name, in: text))
        #expect(found.kind == kind)
        #expect(found.why.contains(reason))
    }

    @Test func aFirstNameSpeltLikeAHeadWordStillNamesAPerson() {
        let a = ActorFixture.analyse("Co-founder Bill Quennell backed the plan. Quennell said so.")
        #expect(a.actor(named: "Bill Quennell")?.kind == .person)
        #expect(a.actor(named: "Quennell")?.mentions.count == 2)
    }

    @Test func aTownWithoutABodyRoleStaysAPlace() {
        #expect(ActorFixture.kind(of: "Chelsea", in: "Flooding hit Chelsea overnight.") == .place)
    }

    @Test func surnamesWithAnInnerCapitalAreNoBrands() {
        #expect(ActorFixture.kind(of: "Douglas MacArthur", in: "General Douglas MacArthur returned.") == .person)
    }

    @Test(arguments: [
        ("Vorlan Studios and Kestry Media signed a deal.", ["Kestry Media (organisation)", "Vorlan Studios (organisation)"]),
        ("The Tarvo Stock Exchange and the Ossian Antarctic Survey reopened.",
         ["Ossian Antarctic Survey (organisation)", "Tarvo Stock Exchange (organisation)"]),
        ("Blackwood United beat Tarnley Rovers at home.", ["Blackwood United (organisation)", "Tarnley Rovers (organisation)"]),
    ])
    func headWordsOfCompaniesAndClubs(text: String, table: [String]) {
        #expect(ActorFixture.table(ActorFixture.analyse(text)) == table)
    }

    @Test func platformsAndLeaguesAreKnownBodies() {
        let a = ActorFixture.analyse("She said on Twitter that the NFL had agreed.")
        #expect(ActorFixture.table(a) == ["NFL (organisation)", "Twitter (organisation)"])
    }

    @Test func planetsAndMoonsAreNoActors() {
        #expect(ActorFixture.analyse("The probe flew from Earth to Jupiter and on to Europa.").actors.isEmpty)
    }

    @Test(arguments: [
        // Legal forms and group words dropped one after another.
        ("Zenvara Group Corp bought a stake. Zenvara said the deal closed.", "Zenvara Group Corp", 2),
        // A club form.
        ("FC Dravo won at home, and Dravo now lead the table.", "FC Dravo", 2),
        // A company named after a person goes by the surname.
        ("The Harold Jenkins Co. reported profits. Jenkins shares rose.", "Harold Jenkins Co", 2),
    ])
    func companiesGoByTheirShortNames(text: String, name: String, mentions: Int) throws {
        let a = ActorFixture.analyse(text)
        let company = try #require(a.actor(named: name))
        #expect(company.kind == .organisation)
        #expect(company.mentions.count == mentions)
        #expect(a.actors.count == 1)
    }

    @Test func aNameOpeningWithACompanysShortNameIsAnotherBody() throws {
        let a = ActorFixture.analyse("Zenvara Group Corp grew. Zenvara Music signed Lina Marsh.")
        let music = try #require(a.actor(named: "Zenvara Music"))
        #expect(music.kind == .organisation)
        #expect(a.evidence(for: music.mentions[0])?.kind.contains("Zenvara Group Corp") == true)
    }

    @Test func aDottedAcronymOpensAHeadedName() {
        let a = ActorFixture.analyse("The call went to U.S. Tarvo Police on Monday.")
        #expect(a.actor(named: "U.S. Tarvo Police")?.linkedState == "United States")
    }

    @Test(arguments: [
        ("Scientist David Quarnby said the ice was thin, and the scientist left.", "David Quarnby"),
        ("Sonya A. Quarnby, the lawyer, spoke.", "Sonya A. Quarnby"),
        ("The Interior Minister, Yunis Quarnabi, denied it.", "Yunis Quarnabi"),
        ("Jim O’Quarny said he would run.", "Jim O’Quarny"),
    ])
    func peopleOfWireCopy(text: String, name: String) {
        #expect(ActorFixture.kind(of: name, in: text) == .person)
    }

    @Test func aHeadedNameDoesNotEndInAConnector() {
        let a = ActorFixture.analyse("He told reporters at Tarvo Hill on Monday that it was over.")
        #expect(ActorFixture.table(a) == ["Tarvo Hill (place)"])
    }

    @Test func aPossessiveAfterAnOfficeHolderStaysInsideTheName() {
        let a = ActorFixture.analyse("Deputies of the Varrow County Sheriff’s Department and the Marine Corps searched the area.")
        #expect(ActorFixture.table(a) == ["Marine Corps (organisation)", "Varrow County Sheriff’s Department (organisation)"])
    }

    @Test func aNameWrittenAsAWebDomainIsACompany() throws {
        let a = ActorFixture.analyse("Prices rose, according to Quarvell.com, a car site.")
        let site = try #require(a.actor(named: "Quarvell.com"))
        #expect(site.kind == .organisation)
        #expect(a.evidence(for: site.mentions[0])?.kind.contains("web domain") == true)
    }

    @Test func aLowerCaseHonorificIsNoTitle() {
        let a = ActorFixture.analyse("Steve Quarnby retired in May. “We will all miss Steve,” she said.")
        #expect(ActorFixture.counts(a) == ["Steve Quarnby: 2"])
    }

    @Test func aDiseaseAfterByIsNoBody() {
        #expect(ActorFixture.kind(of: "Vessola", in: "More people were infected by Vessola in the north.") == nil)
    }

    @Test func aSoftHyphenInsideANameKeepsItOneName() throws {
        // Pages break long names with U+00AD: "Dravo\u{AD}vich" is the same person as "Dravovich", not a place "Dravo".
        let a = ActorFixture.analyse("Ilan Dravo\u{AD}vich spoke on Monday. Later Dravovich said the talks would go on.")
        #expect(a.actor(named: "Dravo") == nil)
        #expect(a.actor(named: "Dravovich")?.kind == .person)
        #expect(a.actor(named: "Dravovich")?.mentions.count == 2)
        // The name and the aliases a reader sees have no soft hyphen; the mention keeps the text as written.
        let actor = try #require(a.actor(named: "Dravovich"))
        #expect(actor.name == "Ilan Dravovich")
        #expect(actor.aliases == ["Dravovich", "Ilan Dravovich"])
        #expect(actor.mentions[0].surface == "Ilan Dravo\u{AD}vich")
    }
}
