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

    @Test(arguments: [
        ("defen[cs]e", "defen"),
        ("South Korea", "south"),
        ("missiles?", "missile"),
        ("Kor(ea|ean)", nil),  // any alternation: no literal (conservative)
        ("\\bPutin\\b", "putin"),
        ("colou?r", "colo"),
        ("a+bcd", "bcd"),
        ("x{2,}yz", nil),
        ("Russia|Ukraine", nil),
        ("(?i)putin", nil),
        ("\\x41BC", nil),
        ("(North)? Korea", "korea"),
        ("ab", nil),
    ] as [(String, String?)])
    func requiredLiterals(pattern: String, literal: String?) {
        #expect(RequiredLiteral.of(pattern) == literal)
    }

    @Test func thePrefilterNeverChangesWhatARegexFinds() throws {
        let article = ArticleLoader.bundled()
        for pattern in ["defen[cs]e", "Korea(n|'s)?", "Putin.s", "\\bUS\\b", "[0-9]+th", "mis+ile", "Kim-Putin", "press conf"] {
            let fast = try TextSearch.regex(pattern, in: article, caseSensitive: false).get()
            // The reference: every sentence, no prefilter.
            let regex = try Regex(pattern).ignoresCase()
            var slow = [TextSearch.Match]()
            for s in article.sentences {
                let text = article.text(of: s)
                for m in text.matches(of: regex) where !m.range.isEmpty {
                    let start = s.start + text.unicodeScalars.distance(from: text.startIndex, to: m.range.lowerBound)
                    let end = s.start + text.unicodeScalars.distance(from: text.startIndex, to: m.range.upperBound)
                    slow.append(TextSearch.Match(sentence: s.id, start: start, end: end))
                }
            }
            #expect(fast == slow, "\(pattern)")
        }
    }
}
