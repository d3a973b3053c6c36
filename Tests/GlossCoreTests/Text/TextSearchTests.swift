import Testing
import GlossCore

/// Finding phrases, literals and patterns.
@Suite struct TextSearchTests {
    let article = Article(text: """
        South Korea’s envoy met South Korean officials. Then South Korea said no.
        The Kim-Putin summit worried Seoul. A defence pact, or defense pact, was signed.
        """, source: "t")

    @Test func phrasesMatchWholeWordsAcrossPossessivesButNotLongerWords() {
        let matches = TextSearch.phrase("South Korea", in: article)
        #expect(matches.count == 2)
        #expect(matches.map { article.text(from: $0.start, to: $0.end) } == ["South Korea", "South Korea"])
    }

    @Test func punctuationBetweenWordsIsIgnored() {
        #expect(TextSearch.phrase("Kim Putin", in: article).count == 1)
        #expect(TextSearch.phrase("kim-putin", in: article).count == 1)
    }

    @Test func caseSensitiveMatching() {
        #expect(TextSearch.phrase("then", in: article).count == 1)
        #expect(TextSearch.phrase("then", in: article, caseSensitive: true).isEmpty)
    }

    @Test func regexFindsVariantsAndReportsBadPatterns() throws {
        let matches = try TextSearch.regex("defen[cs]e", in: article, caseSensitive: false).get()
        #expect(matches.map { article.text(from: $0.start, to: $0.end) } == ["defence", "defense"])
        guard case .failure = TextSearch.regex("((", in: article, caseSensitive: false) else {
            Issue.record("an unbalanced pattern compiled")
            return
        }
    }

    @Test func punctuationOnlyQueriesMatchLiterally() {
        #expect(TextSearch.phrase("’", in: article).count == 1)
    }
}
