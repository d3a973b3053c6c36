import Testing
import GlossCore

@Suite struct CheckWorthinessTests {
    func order(_ article: Article, entities: [Range<Int>]? = nil) -> [String] {
        CheckWorthiness.rank(article, entities: entities).map { article.sentences[$0.sentence].ref.description }
    }

    func signals(_ text: String) -> Set<CheckWorthiness.Signal> {
        let a = Article(text: text, source: "t")
        return Set(CheckWorthiness.score(sentence: a.sentences[0], in: a).reasons.map(\.signal))
    }

    @Test func onTheBundledArticleReportsOfWhatActorsSaidRankAboveFramingAndNotices() {
        let ranking = order(ArticleLoader.bundled())
        let position = { (ref: String) in ranking.firstIndex(of: ref)! }
        for reported in ["5.1", "9.1", "9.2"] {
            for framing in ["1.2", "13.1", "14.3", "14.4", "15.1"] {
                #expect(position(reported) < position(framing), "\(reported) should outrank \(framing)")
            }
        }
    }

    @Test func councilFixture() {
        let text = """
            Council cuts
            I have lived on this street for ten years and it has never looked better.
            On Tuesday the council leader, Maria Lopez, said spending on libraries would fall by 12% next year.
            Critics warned that the cuts would close more branches than in any year since 2010.
            This article is republished with permission.
            """
        let ranking = order(Article(text: text, source: "council"))
        // The attributed statements lead; the writer's anecdote and the republication notice trail.
        #expect(Set(ranking.prefix(2)) == ["2.1", "3.1"])
        #expect(ranking.suffix(2) == ["1.1", "4.1"])
    }

    @Test func healthFixtureWithSuppliedEntities() {
        let text = "The health minister said waiting lists had doubled since March. Waiting is frustrating for everyone."
        let a = Article(text: text, source: "t")
        // No named actor supplied: the reporting verb still counts, but only as unattributed speech.
        let none = CheckWorthiness.score(sentence: a.sentences[0], in: a, entities: [])
        #expect(none.reasons.contains { $0.signal == .reportedSpeech })
        #expect(!none.reasons.contains { $0.signal == .attribution })
        // The caller's actor span turns it into attribution.
        let named = CheckWorthiness.score(sentence: a.sentences[0], in: a, entities: [4..<19])
        #expect(named.reasons.contains { $0.signal == .attribution })
        #expect(order(a).first == "1.1")
    }

    @Test func weatherFixture() {
        let text = "Storm Ciara will bring winds of 80mph, the Met Office warned on Sunday. My garden fence fell over. The storm is the strongest this winter because the jet stream has shifted."
        let ranking = order(Article(text: text, source: "t"))
        #expect(ranking == ["1.1", "1.3", "1.2"])
    }

    @Test(arguments: [
        ("He said 40% of staff left.", CheckWorthiness.Signal.number),
        ("Prices rose in January.", .date),
        ("Prices will rise.", .prediction),
        ("Prices rose because of the war.", .causation),
        ("Prices are higher than last year.", .comparison),
        ("“We will win,” she said.", .quotation),
        ("Dozens of people were hurt.", .quantity),
        ("I saw the crowd.", .firstPerson),
        ("This article was first published elsewhere.", .publicationNotice),
        ("At the summit, leaders met.", .occasion),
        ("Mr Smith said the plan works.", .attribution),
    ])
    func eachRuleFires(text: String, signal: CheckWorthiness.Signal) {
        #expect(signals(text).contains(signal))
    }

    @Test func firstPersonInsideAQuoteDoesNotCountAgainst() {
        #expect(!signals("“I will resign,” the minister said.").contains(.firstPerson))
    }

    @Test func mayTheVerbIsNotADate() {
        #expect(!signals("Why It May Fail").contains(.date))
        #expect(signals("They met on May 9th.").contains(.date))
    }

    @Test func everyRuleHasOneEntryAndAnExplanation() {
        #expect(CheckWorthiness.rules.count == CheckWorthiness.Signal.allCases.count)
        #expect(Set(CheckWorthiness.rules.map(\.signal)).count == CheckWorthiness.rules.count)
        #expect(CheckWorthiness.rules.allSatisfy { !$0.explanation.isEmpty && $0.weight != 0 })
    }
}
