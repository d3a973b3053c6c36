import Testing
import GlossCore

/// The rules against sentences labelled by hand: for each sentence, every rule a reader expects to fire
/// (from the rules' explanations), and the ranking of short news-like fixtures.
@Suite struct CheckWorthinessTests {
    func order(_ article: Article) -> [String] {
        CheckWorthiness.rank(article).map { article.sentences[$0.sentence].ref.description }
    }

    /// The names of the rules that fire on the first sentence of `text`.
    func fired(_ text: String) -> Set<String> {
        let a = Article(text: text, source: "t")
        return Set(CheckWorthiness.score(sentence: a.sentences[0], in: a).reasons.map(\.rule.name))
    }

    /// Hand-labelled sentences: the text, then every rule that should fire on it and no other.
    static let labelled: [(String, Set<String>)] = [
        ("He said 40 staff left.", ["reported", "number"]),
        ("Prices rose in January.", ["date"]),
        ("Prices will rise.", ["prediction"]),
        ("Prices rose because of the war.", ["causal"]),
        ("Prices are higher than last year.", ["comparison", "date"]),
        ("“We will win this fight,” she said.", ["quote", "prediction", "reported"]),
        ("Dozens of people were hurt.", ["quantity"]),
        ("I saw the crowd.", ["first person"]),
        ("This article was first published elsewhere.", ["publication notice", "comparison"]),
        ("At the summit, leaders met.", ["occasion"]),
        ("Jane Porter said the plan works.", ["attribution"]),
        ("Officials said the bridge was closed.", ["reported"]),
        ("“I will resign,” Jane Porter said.", ["attribution", "quote", "prediction"]),
        ("The river rose two metres on Tuesday, the Bureau of Meteorology said.", ["attribution", "date", "quantity"]),
        ("The sky was grey.", []),
    ]

    @Test(arguments: labelled)
    func rulesFireAsLabelled(text: String, expected: Set<String>) {
        #expect(fired(text) == expected, "\(text)")
    }

    @Test func theAttributionReasonNamesTheResolvedSpeaker() {
        let a = Article(text: "Jane Porter visited the dam. She warned that the dam would fail within a year.", source: "t")
        let reasons = CheckWorthiness.score(sentence: a.sentences[1], in: a).reasons
        #expect(reasons.first { $0.rule.name == "attribution" }?.evidence == "Jane Porter? (She) … warned")
    }

    @Test func quoteEvidenceShowsTheWordsAsWritten() {
        let a = Article(text: "The army called it a “voluntary clean-up, not a show of force”.", source: "t")
        let reasons = CheckWorthiness.score(sentence: a.sentences[0], in: a).reasons
        // Hyphens and commas stay as in the article; past four words ("clean-up" is two) the quote is cut.
        #expect(reasons.first { $0.rule.name == "quote" }?.evidence == "“voluntary clean-up, not …”")
    }

    @Test func onTheBundledArticleTheMemorandumIsSouthKoreas() {
        let article = ArticleLoader.bundled()
        let ref = article.sentences.first { $0.ref.description == "9.1" }!
        let reasons = CheckWorthiness.score(sentence: ref, in: article).reasons
        #expect(reasons.first?.rule.name == "attribution")
        #expect(reasons.first?.evidence == "South Korea … demanded")
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

    @Test func weatherFixture() {
        let text = "Storm Ciara will bring winds of 80mph, the Met Office warned on Sunday. My garden fence fell over. The storm is the strongest this winter because the jet stream has shifted."
        #expect(order(Article(text: text, source: "t")) == ["1.1", "1.3", "1.2"])
    }

    @Test func firstPersonInsideAQuoteDoesNotCountAgainst() {
        #expect(!fired("“I will resign,” the minister said.").contains("first person"))
    }

    @Test func mayTheVerbIsNotADate() {
        #expect(!fired("Why It May Fail").contains("date"))
        #expect(fired("They met on May 9th.").contains("date"))
    }

    @Test func topAgreesWithRank() {
        let article = ArticleLoader.bundled()
        let best = CheckWorthiness.rank(article).filter { $0.score > 0 }
        #expect(CheckWorthiness.top(5, in: article) == Array(best.prefix(5)))
    }

    @Test func everyRuleHasAUniqueNameAndAnExplanation() {
        #expect(Set(CheckWorthiness.rules.map(\.name)).count == CheckWorthiness.rules.count)
        #expect(CheckWorthiness.rules.allSatisfy { !$0.explanation.isEmpty && $0.weight != 0 })
        #expect(CheckWorthiness.rule(named: "attribution")?.weight == 3)
    }
}
