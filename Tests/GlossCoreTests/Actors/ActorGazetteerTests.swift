import Testing
@testable import GlossCore

@Suite struct ActorGazetteerTests {
    @Test(arguments: [
        ("US", "United States"), ("U.S.", "United States"), ("usa", "United States"),
        ("United States of America", "United States"), ("America", "United States"), ("American", "United States"),
        ("Republic of Korea", "South Korea"), ("ROK", "South Korea"), ("South Korean", "South Korea"),
        ("DPRK", "North Korea"), ("North Korean", "North Korea"), ("Northern Korean", "North Korea"),
        ("UK", "United Kingdom"), ("Britain", "United Kingdom"), ("Great Britain", "United Kingdom"),
        ("British", "United Kingdom"), ("Russian", "Russia"), ("Russian Federation", "Russia"),
        ("Polish", "Poland"), ("Japanese", "Japan"), ("Chinese", "China"), ("Ukrainian", "Ukraine"),
        ("Soviet", "Soviet Union"), ("USSR", "Soviet Union"), ("Islamic Republic of Iran", "Iran"),
        ("Syrian Arab Republic", "Syria"), ("Viet Nam", "Vietnam"), ("Türkiye", "Turkey"), ("turkiye", "Turkey"),
        ("Czechia", "Czech Republic"), ("Côte d'Ivoire", "Ivory Coast"),
    ])
    func states(form: String, name: String) {
        let e = Gazetteer.lookup(form)
        #expect(e?.name == name)
        #expect(e?.kind == .state)
    }

    @Test func aSecondCapitalIsACityOfItsOwn() {
        // The seat of government is another city than the capital, never its alias.
        #expect(Gazetteer.lookup("The Hague")?.name == "The Hague")
        #expect(Gazetteer.lookup("Sucre")?.name == "Sucre")
        #expect(Gazetteer.lookup("Amsterdam")?.name == "Amsterdam")
        #expect(Gazetteer.lookup("The Hague")?.linkedState == "Netherlands")
    }

    @Test(arguments: [
        ("Pyongyang", "North Korea"), ("Washington", "United States"), ("Washington, DC", "United States"),
        ("Washington, D.C.", "United States"), ("Moscow", "Russia"), ("Seoul", "South Korea"), ("Tokyo", "Japan"),
        ("Beijing", "China"), ("Kyiv", "Ukraine"), ("Kiev", "Ukraine"), ("London", "United Kingdom"),
        ("Paris", "France"), ("Hong Kong", "China"), ("Greenland", "Denmark"), ("Texas", "United States"),
    ])
    func placesLinkedToStates(form: String, state: String) {
        let e = Gazetteer.lookup(form)
        #expect(e?.kind == .place)
        #expect(e?.linkedState == state)
    }

    @Test(arguments: [
        ("UN", "United Nations"), ("EU", "European Union"), ("NATO", "North Atlantic Treaty Organization"),
        ("IAEA", "International Atomic Energy Agency"), ("WHO", "World Health Organization"),
        ("IMF", "International Monetary Fund"), ("ASEAN", "Association of Southeast Asian Nations"),
        ("G7", "Group of Seven"), ("OPEC", "Organization of the Petroleum Exporting Countries"),
        ("Commonwealth", "Commonwealth of Nations"), ("ASIO", "Australian Security Intelligence Organisation"),
        ("NHS", "National Health Service"), ("DEA", "Drug Enforcement Administration"),
        ("USA TODAY", "USA Today"), ("Newsweek", "Newsweek"), ("Houthi", "Houthis"),
        ("Republicans", "Republican Party"), ("Tories", "Conservative Party"), ("Labor", "Australian Labor Party"),
    ])
    func organisations(form: String, name: String) {
        let e = Gazetteer.lookup(form)
        #expect(e?.name == name)
        #expect(e?.kind == .organisation)
    }

    /// The UK's countries by their people's words; "English" alone is no form of England (it is a language).
    @Test func theUKsCountriesByTheirPeople() {
        #expect(Gazetteer.lookup("Englishmen")?.name == "England")
        #expect(Gazetteer.lookup("Scotsman")?.name == "Scotland")
        #expect(Gazetteer.lookup("Welshmen")?.name == "Wales")
        #expect(Gazetteer.lookup("English") == nil)
    }

    /// The state named like its city is "New York State", with the abbreviations ("Buffalo, N.Y."); the city
    /// keeps "New York" and its other names, so "New York, NY" is the city and the state, two places.
    @Test func aStateNamedLikeItsCityIsTheState() {
        #expect(Gazetteer.lookup("N.Y.")?.name == "New York State")
        #expect(Gazetteer.lookup("NY")?.name == "New York State")
        #expect(Gazetteer.lookup("New York City")?.name == "New York")
        let actors = ActorFixture.table(ActorFixture.analyse("The firm moved from New York, NY, to Buffalo, N.Y., in 2019."))
        #expect(actors == ["Buffalo (place)", "New York (place)", "New York State (place)"])
    }

    @Test(arguments: [("Europe", "Europe"), ("European", "Europe"), ("South Asian", "South Asia"), ("Korean Peninsula", "Korean Peninsula")])
    func regions(form: String, name: String) {
        #expect(Gazetteer.lookup(form)?.name == name)
        #expect(Gazetteer.lookup(form)?.kind == .place)
    }

    @Test(arguments: ["President", "Prime Minister", "Minister", "Chancellor", "Senator", "Gov.", "Gen.", "Mr.", "Dr.",
                      "King", "Queen", "leader", "ambassador", "CEO", "spokesperson", "Secretary of State"])
    func titles(form: String) {
        #expect(Gazetteer.isTitle(form))
    }

    @Test(arguments: ["Korean", "West", "Western", "May", "Putin", "FARA", ""])
    func notInGazetteer(form: String) {
        #expect(Gazetteer.lookup(form) == nil)
    }

    @Test func governedPlacesAreBelowAState() throws {
        let names = Set(GazetteerData.governedPlaces)
        #expect(names.contains("Scotland") && names.contains("Queensland") && names.contains("Texas"))
        for name in names {
            let entry = try #require(Gazetteer.entry(named: name))
            #expect(entry.kind == .place)
            #expect(entry.linkedState != nil)
        }
    }

    @Test func canonicalNamesAreShortForms() {
        for name in ["United States", "United Kingdom", "Russia", "South Korea", "North Korea", "Iran", "Syria", "Vietnam", "Taiwan"] {
            #expect(Gazetteer.entry(named: name)?.kind == .state, "\(name)")
        }
        #expect(Gazetteer.entries.count > 400)
    }
}
