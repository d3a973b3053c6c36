/// Ranks sentences by how worth checking they are, with explainable rules (`CheckWorthiness.Rule`).
///
/// Each rule fires at most once per sentence; a sentence's score is the sum of the weights of the
/// rules that fired, and the reasons say which fired and on what words.
public enum CheckWorthiness {
    /// One rule, whole: its name for reasons, its weight, what it means, and how it finds its evidence.
    /// The rules are values in `CheckWorthiness.rules` (CheckWorthinessRules.swift); adding one is one value there.
    public struct Rule: Sendable, Equatable {
        public let name: String
        public let weight: Int
        public let explanation: String
        /// The words one of which must be in the sentence for the rule to fire (empty: no such condition),
        /// so a sentence without any is skipped without a search.
        let needs: FormLexicon.Flags
        /// The evidence in a sentence, or nil when the rule does not fire.
        let match: @Sendable (SentenceFeatures) -> SentenceFeatures.Evidence?

        init(name: String, weight: Int, explanation: String, needs: FormLexicon.Flags = [],
             match: @escaping @Sendable (SentenceFeatures) -> SentenceFeatures.Evidence?) {
            self.name = name
            self.weight = weight
            self.explanation = explanation
            self.needs = needs
            self.match = match
        }

        public static func == (a: Rule, b: Rule) -> Bool { a.name == b.name }
    }

    /// The rule with a name, if any.
    public static func rule(named name: String) -> Rule? { rules.first { $0.name == name } }

    /// Why a rule fired: the rule and the words that made it fire.
    public struct Reason: Sendable, Equatable {
        public let rule: Rule
        public let evidence: String
    }

    /// A sentence's score and the reasons for it, in the order of `rules`.
    public struct Assessment: Sendable, Equatable {
        public let sentence: Int
        public let score: Int
        public let reasons: [Reason]
    }

    /// Scores one sentence. `attributions` are who said what in the article; when nil they are found
    /// with the article's own actors.
    public static func score(sentence: Sentence, in article: Article, attributions: AttributionAnalysis? = nil) -> Assessment {
        let said = bySentence(attributions ?? analyse(article))
        return assess(sentence, in: article, lexicon: article.checkWorthinessCache.lexicon(for: article), said: said[sentence.id] ?? [])
    }

    /// Every sentence's assessment, highest score first, ties in reading order. This builds every
    /// sentence's reasons; `top` is the fast way to the best few.
    public static func rank(_ article: Article, attributions: AttributionAnalysis? = nil) -> [Assessment] {
        let lexicon = article.checkWorthinessCache.lexicon(for: article)
        let said = bySentence(attributions ?? analyse(article))
        return article.sentences
            .map { assess($0, in: article, lexicon: lexicon, said: said[$0.id] ?? []) }
            .sorted { ($0.score, -$0.sentence) > ($1.score, -$1.sentence) }
    }

    /// The `limit` best sentences with a positive score, ranked as `rank` ranks them. The scores are
    /// computed once per article and attributions and kept; reasons are built only for the sentences returned.
    public static func top(_ limit: Int, in article: Article, attributions: AttributionAnalysis? = nil) -> [Assessment] {
        let attributions = attributions ?? analyse(article)
        let (lexicon, said, order) = article.checkWorthinessCache.ranking(for: article, attributions: attributions)
        return order.prefix(max(0, limit)).map { assess(article.sentences[Int($0.sentence)], in: article, lexicon: lexicon, said: said[Int($0.sentence)] ?? []) }
    }

    /// A sentence's score and reasons, the evidence turned into text.
    static func assess(_ sentence: Sentence, in article: Article, lexicon: FormLexicon, said: [Attribution]) -> Assessment {
        let features = SentenceFeatures(sentence: sentence, article: article, lexicon: lexicon, attributions: said)
        var reasons = [Reason]()
        var score = 0
        features.forEachFiring { rule, evidence in
            reasons.append(Reason(rule: rule, evidence: features.text(of: evidence)))
            score += rule.weight
        }
        return Assessment(sentence: sentence.id, score: score, reasons: reasons)
    }

    /// The sentences with a positive score, best first, ties in reading order; no reasons, so no strings.
    static func positiveScores(_ article: Article, lexicon: FormLexicon, said: [Int: [Attribution]]) -> [CheckWorthinessCache.Scored] {
        var scored = [CheckWorthinessCache.Scored]()
        for sentence in article.sentences {
            var score = 0
            SentenceFeatures(sentence: sentence, article: article, lexicon: lexicon, attributions: said[sentence.id] ?? [])
                .forEachFiring { rule, _ in score += rule.weight }
            if score > 0 { scored.append(.init(sentence: Int32(sentence.id), score: Int32(score))) }
        }
        return scored.sorted { ($0.score, -$0.sentence) > ($1.score, -$1.sentence) }
    }

    /// The attributions by the sentences their content covers (a quote over three sentences is the
    /// speaker's claim in each) and the sentence of their cue.
    static func bySentence(_ analysis: AttributionAnalysis) -> [Int: [Attribution]] {
        var out = [Int: [Attribution]]()
        for a in analysis.attributions {
            for id in Set(a.sentences + [a.sentence]) { out[id, default: []].append(a) }
        }
        return out
    }

    private static func analyse(_ article: Article) -> AttributionAnalysis {
        AttributionAnalysis(article: article, actors: ActorAnalysis(article: article))
    }
}
