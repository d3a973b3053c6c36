import Testing
import GlossCore
import GlossEvaluation

/// Guards the actor figures on the hand-annotated real articles (Tests/Reference/articles) against
/// regressions: each figure must stay at or above the floor recorded when it was last improved.
/// Raise a floor when the analysis gets better; never lower one to make a change pass.
@Suite struct ActorAccuracyGuardTests {
    /// Recorded floors on the dev articles (the held-out ones are scored by the benchmark only, never
    /// guarded here: a floor on them would invite tuning to them, and their set grows apart).
    /// Recorded 2026-12-02 on 125 dev articles (Lee lines 1–98 and 100, 21 web news articles of 2019, five
    /// newspaper3k/NASA ones), after the news-style rules, the company table and the merging of one
    /// organisation's forms (national prefix, undefined acronyms, "Securities and Exchange Commission"):
    /// recall 0.91, precision 0.94, kind 0.98, merged 0.84, no wrong merges.
    /// Re-recorded the same day for the set, not the code: 24 more web articles (news and press releases)
    /// joined dev, and the same extractor scores recall 0.87, precision 0.93, kind 0.97, merged 0.82 and
    /// 2 wrong merges (two places) on the 149.
    /// Raised the same day by the finding and typing round (parties, league teams, governed places'
    /// governments, routes, names joined by particles, more context cues and gazetteer bodies), the merging
    /// round (people by particle, suffix, initials and titles; demonym plurals; shortened names), New York
    /// State apart from the city and the scorer keeping a body's title-like first word: recall 0.91,
    /// precision 0.94, kind 0.97, merged 0.87, no wrong merges on the 149. With the 15 dev articles of round 5
    /// (Readability's news pages and Zyte's last ones) the same extractor scores 0.89, 0.94, 0.97, 0.86, none
    /// wrongly merged, on the 164; with round 5's rules (list kinds, "&" firms, context cues, places without
    /// their head) and the scorer dropping a leading article on both sides: 0.90, 0.94, 0.98, 0.86, none.
    /// With the 8 dev articles of round 6 (trafilatura's test pages), on the 172: 0.89, 0.93 (0.926), 0.97 (0.969), 0.84, none.
    /// With the 12 dev articles of goose3's pages too, on the 184: 0.87, 0.91, 0.96, 0.83, none.
    /// Raised for round 6's rules (finding, typing and merging): 0.89, 0.92, 0.97, 0.86, none.
    /// With the 11 dev articles of round 7 (Zyte's opinion and feature pages) and its rules, on the 195: 0.89 (2279/2568),
    /// 0.92 (2293/2494), 0.97 (2208/2279), 0.86 (418/486), one wrongly merged (a new article's "New York state" and "NYC"),
    /// none again once a US state's name before a lower-case "state" is the state: 0.92 (2294/2495).
    static let floors = (recall: 0.88, precision: 0.91, kind: 0.96, merged: 0.85, wrongMerges: 0)

    @Test func devFiguresStayAboveTheirFloors() throws {
        let articles = try ReferenceArticles.all().filter { $0.split == .dev }
        try #require(articles.count >= 195)
        var score = ActorScore()
        for reference in articles {
            score.add(reference, predicted: ActorAnalysis(article: Article(text: reference.text, source: reference.id)).actors)
        }
        let dev = score.overall
        #expect(dev.recall >= Self.floors.recall)
        #expect(dev.precision >= Self.floors.precision)
        #expect(dev.kindAccuracy >= Self.floors.kind)
        #expect(dev.merged >= Self.floors.merged)
        #expect(dev.wrongMerges <= Self.floors.wrongMerges)
    }
}
