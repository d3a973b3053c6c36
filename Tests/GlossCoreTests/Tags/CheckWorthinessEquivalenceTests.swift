import Testing
@testable import GlossCore

/// The form-id scorer against the string-based reference: same scores, same reasons, same order.
@Suite struct CheckWorthinessEquivalenceTests {
    static let fixtures = [
        """
        Council cuts
        I have lived on this street for ten years and it has never looked better.
        On Tuesday the council leader, Maria Lopez, said spending on libraries would fall by 12% next year.
        Critics warned that the cuts would close more branches than in any year since 2010.
        This article is republished with permission.
        """,
        "The health minister said waiting lists had doubled since March. Waiting is frustrating for everyone.",
        "Storm Ciara will bring winds of 80mph, the Met Office warned on Sunday. My garden fence fell over. The storm is the strongest this winter because the jet stream has shifted.",
        "He said 40% of staff left. Prices rose in January. Prices will rise. Prices rose because of the war.",
        "Prices are higher than last year. “We will win,” she said. Dozens of people were hurt. I saw the crowd.",
        "This article was first published elsewhere. At the summit, leaders met. Mr Smith said the plan works.",
        "“I will resign,” the minister said. Why It May Fail\n\nThey met on May 9th. In May the U.S. said so.",
        "According to Ms O’Brien, the 1999 figures were the greatest ever; according to him, not so.",
    ]

    /// Articles to compare on: the bundled one, the fixtures, and generated text aimed at the rules' edge cases.
    static var articles: [Article] {
        [ArticleLoader.bundled()] + fixtures.map { Article(text: $0, source: "fixture") } + [Article(text: generated(), source: "generated")]
    }

    /// Deterministic sentences mixing lexicon words, their capitalised forms, names, figures, years and quotes.
    static func generated() -> String {
        var words = Array(Lexicon.reportingVerbs) + Array(Lexicon.reportingNouns) + Array(Lexicon.quantityWords)
            + Array(Lexicon.modality) + Array(Lexicon.causalWords) + Array(Lexicon.comparatives)
            + Array(Lexicon.notSuperlatives) + Array(Lexicon.firstPerson) + Array(Lexicon.months)
            + Array(Lexicon.weekdays) + Array(Lexicon.relativeDays) + Array(Lexicon.commonWords)
            + Array(Lexicon.beforeMonth)
        for list in [Lexicon.occasions, Lexicon.predictionPhrases, Lexicon.causalPhrases, Lexicon.publicationPhrases, Lexicon.datePhrases] {
            words += list.map { $0.joined(separator: " ") }
        }
        words += ["May", "I", "i", "May 9th", "9 May", "according to", "According to", "1999", "2099", "1799", "0199",
                  "12,000", "3.5", "80mph", "Yoon Suk Yeol", "Élysée", "Ólafur", "O’Brien", "won’t", "won't", "U.S.",
                  "greatest", "tallest", "tést", "harvest", "\u{201C}", "\u{201D}", "\"", "«", "»", "„", ",", ";", "-",
                  "Said", "Statement", "Maria Lopez", "Met Office", "A", "X", "the", "and", "street", "crowd"]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        var paragraphs = [String]()
        for _ in 0..<60 {
            var sentences = [String]()
            for _ in 0..<(1 + next(4)) {
                var s = [String]()
                for _ in 0..<(3 + next(22)) {
                    var w = words[next(words.count)]
                    if next(4) == 0, let f = w.unicodeScalars.first { w = String(f).uppercased() + w.unicodeScalars.dropFirst().map(String.init).joined() }
                    s.append(w)
                }
                sentences.append(s.joined(separator: next(5) == 0 ? "  " : " ") + [".", "!", "?"][next(3)])
            }
            paragraphs.append(sentences.joined(separator: " "))
        }
        return paragraphs.joined(separator: "\n\n")
    }

    /// Entity sets to score with: none (the name heuristic), empty, and the spans of some capitalised words.
    static func entitySets(_ article: Article) -> [[Range<Int>]?] {
        let capitalised = article.words.enumerated().compactMap { k, w -> Range<Int>? in
            k % 3 == 0 && article.scalars[Int(w.start)].properties.isUppercase ? Int(w.start)..<Int(w.end) : nil
        }
        return [nil, [], capitalised]
    }

    @Test func rankMatchesTheReference() {
        for article in Self.articles {
            for entities in Self.entitySets(article) {
                let fast = CheckWorthiness.rank(article, entities: entities)
                let reference = ReferenceScorer.rank(article, entities: entities)
                #expect(fast.count == reference.count)
                for (f, r) in zip(fast, reference) where f != r {
                    Issue.record("\(article.source) \(article.sentences[r.sentence].ref): \(f) != \(r)")
                }
            }
        }
    }

    @Test func everyRuleFiresSomewhereInTheComparison() {
        // Otherwise the comparison would say nothing about the rules that never fired.
        let fired = Set(Self.articles.flatMap { a in CheckWorthiness.rank(a).flatMap { $0.reasons.map(\.signal) } })
        #expect(fired == Set(CheckWorthiness.Signal.allCases))
    }

    @Test func topIsTheRankingsPositivePrefixAndStaysSoWhenCached() {
        for article in Self.articles {
            for entities in Self.entitySets(article) {
                let positive = ReferenceScorer.rank(article, entities: entities).filter { $0.score > 0 }
                for limit in [1, 3, 10, positive.count + 5] {
                    #expect(CheckWorthiness.top(limit, in: article, entities: entities) == Array(positive.prefix(limit)))
                }
            }
            // Back to the first entities after others were cached.
            let again = CheckWorthiness.top(10, in: article)
            #expect(again == Array(ReferenceScorer.rank(article, entities: nil).filter { $0.score > 0 }.prefix(10)))
        }
    }

    @Test func scoreMatchesTheReferenceSentenceBySentence() {
        let article = ArticleLoader.bundled()
        for s in article.sentences {
            #expect(CheckWorthiness.score(sentence: s, in: article) == ReferenceScorer.score(sentence: s, in: article, entities: nil))
        }
    }
}
