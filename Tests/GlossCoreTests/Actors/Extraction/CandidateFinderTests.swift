import Testing
@testable import GlossCore

/// Stage 3 alone: which candidate spans a sentence gives once the tables have claimed their words.
/// Invented names keep the name tables out of it.
@Suite struct CandidateFinderTests {
    /// Each candidate as "text" or "title text".
    func candidates(_ text: String) -> [String] {
        var f = StageFixture(text)
        return f.candidates().map { c in (c.title.map { $0 + " " } ?? "") + f.text(c.from, c.to) }
    }

    @Test func namesWithAndWithoutTitles() {
        #expect(candidates("The talks between Quellan Dravik and Mr Torvin Ashby ended.")
                == ["Quellan Dravik", "mr Torvin Ashby"])
    }

    @Test func aStopWordThatIsAFirstNameOpensANameBeforeASurname() {
        // "Will" is a modal, but capitalised inside a sentence before a Census surname it is a first name.
        #expect(candidates("Alumni such as Will Ferrell and Sara Lenk left.").contains("Will Ferrell"))
        // Not in a title-case headline, where the word before is capitalised too.
        #expect(!candidates("Why Prices Will Rise Again").contains { $0.contains("Will") })
    }

    @Test func wordsTheTablesClaimedAreNotCandidates() {
        // "Quellby Institute of Vorn" is typed by its head word in stage 2, "France" by the gazetteer.
        #expect(candidates("The Quellby Institute of Vorn in France hired Sara Lenk.") == ["Sara Lenk"])
    }

    @Test func aJoiningParticleKeepsATitledNameWhole() throws {
        var f = StageFixture("General Quor-ul-Vask spoke.")
        let c = try #require(f.candidates().first)
        #expect(f.text(c.from, c.to) == "Quor-ul-Vask")
        #expect(c.parts.count == 1)
        #expect(c.title == "general")
    }

    @Test func sentenceOpenersAreDropped() {
        #expect(candidates("Following the vote, Lina Marsh left.") == ["Lina Marsh"])
    }

    @Test func particlesStayInsideTheName() throws {
        var f = StageFixture("The envoy Anouk van der Brest arrived.")
        let c = try #require(f.candidates().first)
        #expect(f.text(c.from, c.to) == "Anouk van der Brest")
        #expect(c.parts.count == 4)
        #expect(c.countable == 2)
    }

    @Test func aHyphenCompoundIsOnePart() throws {
        var f = StageFixture("The Dravik-Ashby talks failed.")
        let c = try #require(f.candidates().first)
        #expect(f.text(c.from, c.to) == "Dravik-Ashby")
        #expect(c.parts.count == 1)
        #expect(c.to - c.from == 2)
    }

    @Test func aRomanisedGivenNameKeepsItsLastSyllable() throws {
        // "Kim Jong-un", "Tsai Ing-wen": the lower-case syllable after the hyphen ends the name, one part.
        var f = StageFixture("The envoy Quan Dae-yun met Vorn Tek-hui.")
        #expect(f.candidates().map { f.text($0.from, $0.to) } == ["Quan Dae-yun", "Vorn Tek-hui"])
        let c = try #require(f.candidates().first)
        #expect(c.parts.count == 2)
        #expect(c.countable == 2)
    }

    @Test func anEnglishCompoundAfterANameIsNoSyllable() {
        // "-led", "-born" make an adjective of the name; a single word takes no syllable either.
        #expect(candidates("The Quellan Dravik-led talks and the Torvin Ashby-born plan failed.") == ["Quellan Dravik", "Torvin Ashby"])
        #expect(candidates("The Dravik-yun plan failed.") == ["Dravik"])
    }

    @Test func aGovernmentWordAfterTheName() throws {
        var f = StageFixture("The Dravik administration denied it.")
        let c = try #require(f.candidates().first)
        #expect(f.text(c.from, c.to) == "Dravik")
        let g = try #require(c.government)
        #expect(f.text(g, g + 1) == "administration")
    }

    @Test func shoutingIsNoName() {
        #expect(candidates("The sign read QUELLAN DRAVIK OUT in red.") == [])
    }
}
