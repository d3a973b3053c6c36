import Testing
@testable import GlossCore

/// The generated name tables (places, first names, surnames) and the binary search over them.
@Suite struct NameTableTests {
    @Test(arguments: [("Claire", PersonGender.female), ("JOHN", .male), ("mary", .female), ("Robert", .male)])
    func firstNamesHaveTheirLikelierGender(name: String, gender: PersonGender) {
        #expect(PersonNames.gender(ofFirstName: name) == gender)
    }

    @Test func surnamesWithAnApostropheAreFoundAsTheCensusWritesThem() {
        // The Census list writes "OBRIEN"; the text writes O'Brien or O’Brien.
        #expect(PersonNames.isSurname(key: NameKey.key("O'Brien")))
        #expect(PersonNames.isSurname(key: NameKey.key("O\u{2019}Connor")))
        #expect(!PersonNames.isSurname(key: NameKey.key("Q'Vorlan")))
    }

    @Test func unknownOrSharedFirstNamesHaveNoGender() {
        #expect(PersonNames.gender(ofFirstName: "Quorvanel") == nil)
        #expect(PersonNames.gender(ofFirstName: "") == nil)
        // Osama is listed (international names) without a gender.
        #expect(PersonNames.isFirstName("Osama"))
        #expect(PersonNames.gender(ofFirstName: "Osama") == nil)
    }

    @Test(arguments: [("Goulburn", "Australia"), ("New South Wales", "Australia"), ("Bavaria", "Germany"),
                      ("Memphis", "United States"), ("Jenin", "Palestine"), ("Scotland", "United Kingdom")])
    func placesHaveTheirState(place: String, state: String) {
        #expect(PlaceNames.state(ofPlace: place) == state)
    }

    @Test func ordinaryWordsAndUnknownNamesAreNotPlaces() {
        // Small towns named by English words are left out: a capitalised "Young" is rarely the town.
        #expect(PlaceNames.state(ofPlace: "Young") == nil)
        #expect(PlaceNames.state(ofPlace: "Quorvanel") == nil)
        #expect(PlaceNames.hasLongerName(startingWith: "new south"))
        #expect(!PlaceNames.hasLongerName(startingWith: "quorvanel"))
    }

    @Test func sortedTableFindsFirstMiddleAndLastKeys() {
        let table = SortedTable(table: "alpha\t1\nbeta\t2\nbeta gamma\t3\ndelta\t4\nzeta\t")
        #expect(table.value(for: "alpha") == "1")
        #expect(table.value(for: "beta") == "2")
        #expect(table.value(for: "beta gamma") == "3")
        #expect(table.value(for: "delta") == "4")
        #expect(table.value(for: "zeta") == "")
        #expect(table.value(for: "bet") == nil)
        #expect(table.value(for: "omega") == nil)
        #expect(table.value(for: "") == nil)
        #expect(table.hasPhrase(startingWith: "beta"))
        #expect(!table.hasPhrase(startingWith: "delta"))
    }
}
