import Testing
@testable import GlossCore

/// The organisation table (listed companies) and its look-up: short names, legal forms, weak forms.
@Suite struct OrganisationNamesTests {
    /// A table of the generated format, of this test's own.
    static let fixture = SortedTable(table: """
        acme robotics\t0\tc\tAcme Robotics
        quellby\t1\tp\tQuellby's
        qx\t1\tu\tQX
        vorn\t0\tcw\tVorn Motors
        vorn motors\t0\tc\tVorn Motors
        ~0\tTest Index
        ~1\tOther Index
        """)

    @Test func lookUpReadsNameIndexAndWriting() throws {
        let acme = try #require(OrganisationNames.company(forKey: "acme robotics", in: Self.fixture))
        #expect(acme == OrganisationNames.Company(name: "Acme Robotics", index: "Test Index", writing: .mixedCase, standsAlone: true))
        #expect(OrganisationNames.company(forKey: "qx", in: Self.fixture)?.writing == .capitals)
        #expect(OrganisationNames.company(forKey: "quellby", in: Self.fixture)?.writing == .possessive)
        #expect(OrganisationNames.company(forKey: "vorn", in: Self.fixture)?.standsAlone == false)
        #expect(OrganisationNames.company(forKey: "vorn motors", in: Self.fixture)?.standsAlone == true)
        #expect(OrganisationNames.company(forKey: "acme", in: Self.fixture) == nil)
        #expect(OrganisationNames.company(forKey: "", in: Self.fixture) == nil)
    }

    @Test func trailingLegalFormsAreStripped() {
        #expect(OrganisationNames.withoutLegalForm("acme robotics inc") == "acme robotics")
        #expect(OrganisationNames.withoutLegalForm("acme robotics corporation") == "acme robotics")
        #expect(OrganisationNames.withoutLegalForm("acme robotics") == nil)
        #expect(OrganisationNames.withoutLegalForm("inc") == nil)
        #expect(OrganisationNames.company(forKey: "acme robotics co ltd", in: Self.fixture)?.name == "Acme Robotics")
        #expect(OrganisationNames.company(forKey: "acme robotics plc", in: Self.fixture)?.name == "Acme Robotics")
        #expect(OrganisationNames.company(forKey: "acme robotics group", in: Self.fixture)?.name == "Acme Robotics")
        #expect(OrganisationNames.company(forKey: "acme robotics labs", in: Self.fixture) == nil)
    }

    @Test(arguments: [("Home Depot", "Home Depot"), ("The Boeing Company", "Boeing"), ("Boeing Co.", "Boeing"),
                      ("Lufthansa Group", "Lufthansa"), ("AT&T Inc.", "AT&T"), ("Mercedes-Benz Group AG", "Mercedes-Benz")])
    func listedCompaniesGoByTheirShortName(form: String, name: String) {
        #expect(OrganisationNames.company(named: form)?.name == name)
    }

    @Test func ordinaryWordsAndPeoplesNamesAreWeakOrAbsent() {
        // "Apple", "Target": ordinary words; "Honda": a surname; "Disney": a founder's surname.
        for weak in ["Apple", "Target", "Honda", "Disney"] { #expect(OrganisationNames.company(named: weak)?.standsAlone == false, "\(weak)") }
        #expect(OrganisationNames.company(named: "Apple Inc.")?.standsAlone == true)
        #expect(OrganisationNames.company(named: "Boeing")?.standsAlone == true)
        #expect(OrganisationNames.company(named: "Lowe's")?.writing == .possessive)
        #expect(OrganisationNames.company(named: "RWE")?.writing == .capitals)
        #expect(OrganisationNames.company(named: "Quorvanel") == nil)
    }

    @Test func generatedTableIsSortedByKeyBytes() {
        var previous: [UInt8] = []
        var count = 0
        for line in String(describing: OrganisationNameData.table).utf8.split(separator: 0x0A) {
            let key = Array(line.prefix { $0 != 0x09 })
            #expect(key.lexicographicallyPrecedes(previous) == false && key != previous, "\(String(decoding: key, as: UTF8.self))")
            previous = key
            count += 1
        }
        #expect(count > 2000)
    }
}
