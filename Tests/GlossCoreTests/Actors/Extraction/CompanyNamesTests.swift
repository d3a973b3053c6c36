import Testing
@testable import GlossCore

/// Stage 2's company table: capitalised runs that are, whole, a listed company's name ("surface: kind, rule").
@Suite struct CompanyNamesTests {
    func typed(_ text: String) -> [String] { StageFixture.typed(text) }

    @Test func aWholeRunTheTableKnowsIsACompany() {
        #expect(typed("Shares of Home Depot rose.") == ["Home Depot: organisation, companyTable"])
        #expect(typed("Sales at Lufthansa fell.") == ["Lufthansa: organisation, companyTable"])
    }

    @Test func aRunLongerThanTheNameIsNot() {
        #expect(typed("Shares of Boeing Quellby rose.") == [])
    }

    @Test func headlinesInCapitalsNumbersAndTitlesAreNot() {
        #expect(typed("HOME DEPOT FALLS") == [])
        #expect(typed("The Boeing 737 flew.") == [])
        #expect(typed("We met Mr Morgan Stanley there.") == [])
    }

    @Test func aYearAfterTheNameIsNoModelNumber() {
        #expect(typed("© Thomson Reuters 2020") == ["Thomson Reuters: organisation, companyTable"])
        #expect(typed("The Boeing 2707 was never built.") == [])
    }

    @Test func aRunOpeningWithAStrongNameOfTwoWordsNamesTheCompany() {
        #expect(typed("Read The Thomson Reuters Trust Principles.") == ["Thomson Reuters: organisation, companyTable"])
    }

    @Test func aWeakFormNeedsAStrongOneInTheText() {
        #expect(typed("Apple rose.") == [])
        #expect(typed("Apple Inc. said sales grew, and Apple rose.")
                == ["Apple Inc: organisation, headWord", "Apple: organisation, companyTable"])
        #expect(typed("Shell plc cut jobs. Shell also sold a field.")
                == ["Shell plc: organisation, companyTable", "Shell: organisation, companyTable"])
    }

    @Test func aPossessiveFormNeedsItsPossessive() {
        #expect(typed("Rival Lowe's fell.") == ["Lowe: organisation, companyTable"])
        #expect(typed("Bob Lowe spoke. Lowe's view was clear.") == [])
    }

    @Test func aCompanyOfTheStockListingsIsACompany() throws {
        // Listed in no index, but on a US exchange: its one-word name stands alone.
        #expect(typed("The couch now streams through Roku and TiVo boxes.")
                == ["Roku: organisation, companyTable", "TiVo: organisation, companyTable"])
        // A short name that opens the listed name ("Motorola" of "Motorola Solutions Inc").
        #expect(typed("Sales of phones by Motorola grew.") == ["Motorola: organisation, companyTable"])
        let a = ActorFixture.analyse("Users of Weibo posted the clip.")
        let weibo = try #require(a.actors.first { $0.kind == .organisation })
        #expect(a.evidence(for: weibo.mentions[0])?.kind == "an organisation: a company of the US stock listings (investpy)")
    }

    @Test func aListingsAcronymOrLargeTownIsNoCompanyAlone() {
        // "ICC Holdings" and a company named after a city are listed; "ICC" and "Aberdeen" alone are not them.
        #expect(!typed("The ICC ruled on Monday.").contains { $0.hasSuffix("companyTable") })
        #expect(!typed("Rain fell on Aberdeen overnight.").contains { $0.hasSuffix("companyTable") })
    }

    @Test func formsOfOneCompanyAreOneActor() throws {
        let a = ActorFixture.analyse("The Boeing Company grew. Boeing Co. hired. Later Boeing said no.")
        let boeing = try #require(a.actors.first { $0.kind == .organisation })
        #expect(a.actors.filter { $0.kind == .organisation }.count == 1)
        #expect(boeing.aliases == ["Boeing", "Boeing Co", "Boeing Company"])
        let why = try #require(a.evidence(for: boeing.mentions[2]))
        #expect(why.rule == "company list (Dow Jones): Boeing Company")
        #expect(why.kind == "an organisation: a company of the Dow Jones index (pytickersymbols)")
    }
}
