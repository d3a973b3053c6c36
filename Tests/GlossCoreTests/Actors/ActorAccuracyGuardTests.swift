import Testing
import GlossCore
import GlossEvaluation

/// Guards the actor figures on the hand-annotated real articles (Tests/Reference/articles) against
/// regressions: each figure must stay at or above the floor recorded when it was last improved.
/// Raise a floor when the analysis gets better; never lower one to make a change pass.
@Suite struct ActorAccuracyGuardTests {
    /// The repository's reference articles, found from this file's path.
    static var directory: String {
        let parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        return parts.dropLast(4).joined(separator: "/") + "/Tests/Reference/articles"
    }

    /// Recorded floors, all articles (dev and held-out) together.
    /// Recorded 2026-12-01 on 71 articles (48 dev, 23 held-out), after the place-list, area, venue, standalone-body and
    /// facility rules: recall about 0.89, precision 0.95, kind 0.97, merged 0.82.
    /// Re-recorded 2026-12-02 on 117 articles (the reference set grew by 46 dev articles, the actor rules did
    /// not change on this branch): recall 0.87, precision 0.92, kind 0.96, merged 0.78, 3 wrong merges.
    static let floors = (recall: 0.86, precision: 0.92, kind: 0.95, merged: 0.78, wrongMerges: 3)

    @Test func figuresStayAboveTheirFloors() throws {
        let articles = try ReferenceSet.load(directory: Self.directory)
        try #require(articles.count >= 71)
        var score = ActorScore()
        for reference in articles {
            score.add(reference, predicted: ActorAnalysis(article: Article(text: reference.text, source: reference.id)).actors)
        }
        let all = score.overall
        #expect(all.recall >= Self.floors.recall)
        #expect(all.precision >= Self.floors.precision)
        #expect(all.kindAccuracy >= Self.floors.kind)
        #expect(all.merged >= Self.floors.merged)
        #expect(all.wrongMerges <= Self.floors.wrongMerges)
    }
}
