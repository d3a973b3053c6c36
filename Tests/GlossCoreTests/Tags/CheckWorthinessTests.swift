import Testing
import GlossCore

@Suite struct CheckWorthinessTests {
    let bundled = ArticleLoader.bundled()

    func rank(of ref: String, in ranking: [CheckWorthiness.Assessment], article: Article) -> Int {
        ranking.firstIndex { article.sentences[$0.sentence].ref.description == ref }!
    }

    @Test func printRanking() {
        for a in CheckWorthiness.rank(bundled) {
            print(a.score, bundled.sentences[a.sentence].ref, a.reasons.map { "\($0.rule.name): \($0.evidence)" }.joined(separator: "; "))
        }
    }
}
