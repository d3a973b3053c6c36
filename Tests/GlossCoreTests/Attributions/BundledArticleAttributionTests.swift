import Testing
import GlossCore

/// The bundled article's attributions that issue 11 names, as a reader finds them.
@Suite struct BundledArticleAttributionTests {
    static let article = ArticleLoader.bundled()
    static let attributions = AttributionAnalysis(article: article, actors: ActorAnalysis(article: article)).attributions

    static func at(_ ref: String, _ kind: Attribution.Kind) -> [Attribution] {
        attributions.filter { article.sentences[$0.sentence].ref.description == ref && $0.kind == kind }
    }

    @Test func yoonReiterates() {
        let a = Self.at("5.1", .indirect)
        #expect(a.first?.speaker == "Yoon Suk Yeol")
        #expect(a.first?.cue == "reiterated")
        #expect(a.first?.content.hasPrefix("his desire to keep ties with Russia") == true)
        // The broken quote marks around "as soft as possible" make a quotation of Yoon's too.
        #expect(Self.at("5.1", .direct).first.map { ($0.content, $0.speaker) } ?? ("", nil) == ("as soft as possible", "Yoon Suk Yeol"))
    }

    @Test func westernParticipantsAreUnnamed() {
        let a = Self.at("7.2", .indirect)
        #expect(a.first?.speaker == nil)
        #expect(a.first?.speakerText == "the Western participants")
        #expect(a.first?.content.hasPrefix("The United States should have put more pressure") == true)
    }

    @Test func memorandumIsSouthKoreasNotZinovievs() {
        let a = Self.at("9.1", .indirect)
        #expect(a.map(\.speaker) == ["South Korea"])
        #expect(a.first?.cue == "demanded")
        #expect(a.first?.content == "Russia cut off military ties with North Korea")
    }

    @Test func putinsNotice() {
        let a = Self.at("9.2", .indirect)
        #expect(a.first?.speaker == "Vladimir Putin")
        #expect(a.first?.cue == "issued a public notice")
        #expect(a.first?.content.hasPrefix("it would be a “very great error” if South Korea") == true)
    }

    @Test func noAttributionCreditsZinoviev() {
        #expect(!Self.attributions.contains { $0.speaker == "Georgy Zinoviev" })
    }
}
