import Testing
@testable import GlossCore

/// Stage 0 alone: what each word and form is before any name is looked for.
@Suite struct WordFeaturesTests {
    @Test func capitalsAndAcronyms() throws {
        let f = StageFixture("Talks at NATO went on, said A. Vorlan of the bloc.")
        let nato = try #require(f.index(of: "NATO")), talks = try #require(f.index(of: "Talks"))
        let went = try #require(f.index(of: "went")), a = try #require(f.index(of: "A"))
        #expect(f.x.wordState[nato].cap && f.x.wordState[nato].allCaps)
        #expect(f.x.wordState[talks].cap && !f.x.wordState[talks].allCaps)
        #expect(!f.x.wordState[went].cap)
        // One capital letter is an initial, not an acronym.
        #expect(f.x.wordState[a].cap && !f.x.wordState[a].allCaps)
    }

    @Test func gapsBetweenWords() throws {
        let f = StageFixture("The Dravik-Ashby plan was Dravik's idea, not theirs.")
        let ashby = try #require(f.index(of: "Ashby")), plan = try #require(f.index(of: "plan"))
        let idea = try #require(f.index(of: "idea")), not = try #require(f.index(of: "not"))
        #expect(f.x.wordState[ashby].gap == .hyphen)
        #expect(f.x.wordState[plan].gap == .space)
        #expect(f.x.wordState[idea].gap == .possessive)
        #expect(f.x.wordState[not].gap == .comma)
        #expect(f.x.wordState[0].gap == .start)
    }

    @Test func fullStopsAfterTitlesAndInitialsDoNotOpenSentences() throws {
        let f = StageFixture("We met Mr. Vorlan and Jon Q. Perrit there. Ashby came later.")
        let vorlan = try #require(f.index(of: "Vorlan")), perrit = try #require(f.index(of: "Perrit"))
        let ashby = try #require(f.index(of: "Ashby")), we = try #require(f.index(of: "We"))
        #expect(!f.x.wordState[vorlan].initial)
        #expect(!f.x.wordState[perrit].initial)
        #expect(f.x.wordState[ashby].initial)
        #expect(f.x.wordState[we].initial)
    }

    @Test func formsCarryTheirWordLists() throws {
        let f = StageFixture("The Governor of the Vorn Bank came in March.")
        let the = try #require(f.index(of: "The")), of = try #require(f.index(of: "of"))
        let bank = try #require(f.index(of: "Bank")), march = try #require(f.index(of: "March"))
        let governor = try #require(f.index(of: "Governor")), vorn = try #require(f.index(of: "Vorn"))
        #expect(f.x.has(the, .stopWord))
        #expect(f.x.has(of, .connector))
        #expect(f.x.flags(bank).contains(.organisationHead))
        #expect(f.x.has(march, .generic))
        #expect(f.x.has(governor, .title))
        #expect(f.x.flags(vorn).isEmpty)
    }

    @Test func innerCapitalsOfBrandsButNotOfSurnames() throws {
        let f = StageFixture("ZentroVax hired Ada MacArthur and Lee DeKalb from BamTech.")
        for (word, brand) in [("ZentroVax", true), ("BamTech", true), ("MacArthur", false), ("DeKalb", false), ("Ada", false)] {
            let i = try #require(f.index(of: word))
            #expect(f.x.wordState[i].innerCapital == brand, "\(word)")
        }
    }
}
