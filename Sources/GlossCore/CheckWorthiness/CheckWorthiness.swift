/// Ranks sentences by how worth checking they are, with explainable rules whose weights sit in one table.
///
/// Each rule fires at most once per sentence; a sentence's score is the sum of the weights of the
/// rules that fired, and the reasons say which fired and on what words.
public enum CheckWorthiness {
    /// What a rule looks for.
    public enum Signal: String, Sendable, CaseIterable {
        case attribution, reportedSpeech, quotation, number, date, quantity, occasion
        case prediction, causation, comparison, firstPerson, publicationNotice
    }

    /// One rule: its signal, a short name for reasons, its weight and what it means.
    public struct Rule: Sendable {
        public let signal: Signal
        public let name: String
        public let weight: Int
        public let explanation: String
    }

    /// The rules and their weights: the single place to tune the scorer.
    public static let rules: [Rule] = [
        Rule(signal: .attribution, name: "attribution", weight: 3,
             explanation: "a named actor near a reporting verb or noun (said, stated, demanded, reiterated, warned, a statement, a notice, according to)"),
        Rule(signal: .reportedSpeech, name: "reported", weight: 1,
             explanation: "a reporting verb or noun with no named actor near it (he said, officials warned)"),
        Rule(signal: .quotation, name: "quote", weight: 2,
             explanation: "direct quotation: text between double quotation marks"),
        Rule(signal: .number, name: "number", weight: 2,
             explanation: "a figure written in digits (3, 1,000, 9th, 2.5)"),
        Rule(signal: .date, name: "date", weight: 1,
             explanation: "a date or time: a month or weekday name, a year, yesterday, last week"),
        Rule(signal: .quantity, name: "quantity", weight: 1,
             explanation: "a quantity word: percent, million, dozens, half, twice, doubled"),
        Rule(signal: .occasion, name: "occasion", weight: 1,
             explanation: "a specific occasion: a press conference, summit, meeting, interview, speech, announcement, visit"),
        Rule(signal: .prediction, name: "prediction", weight: 1,
             explanation: "prediction or modality: will, would, might, could, may, expects, likely"),
        Rule(signal: .causation, name: "causal", weight: 1,
             explanation: "causal language: because, caused, led to, due to, as a result, sparked"),
        Rule(signal: .comparison, name: "comparison", weight: 1,
             explanation: "a comparative or superlative: more, less, than, most, largest, first"),
        Rule(signal: .firstPerson, name: "first person", weight: -2,
             explanation: "the writer's own experience (I, me, my outside quotation marks): hard to check, counts against"),
        Rule(signal: .publicationNotice, name: "publication notice", weight: -3,
             explanation: "about the publication itself (this article, republished, with permission, copyright): counts against"),
    ]

    /// The rule for a signal.
    public static func rule(_ signal: Signal) -> Rule { rules.first { $0.signal == signal }! }

    /// Why a rule fired: the rule and the words that made it fire.
    public struct Reason: Sendable, Equatable {
        public let signal: Signal
        public let evidence: String
        public var rule: Rule { CheckWorthiness.rule(signal) }
    }

    /// A sentence's score and the reasons for it, in the order of `rules`.
    public struct Assessment: Sendable, Equatable {
        public let sentence: Int
        public let score: Int
        public let reasons: [Reason]
    }

    /// Scores one sentence. `entities` are code-point ranges of named actors found by the caller;
    /// when nil, a capitalised word near a reporting cue is taken for a named actor.
    public static func score(sentence: Sentence, in article: Article, entities: [Range<Int>]? = nil) -> Assessment {
        assess(sentence, in: article, lexicon: article.checkWorthinessCache.lexicon(for: article), entities: entities)
    }

    /// Every sentence's assessment, highest score first, ties in reading order. This builds every
    /// sentence's reasons; `top` is the fast way to the best few.
    public static func rank(_ article: Article, entities: [Range<Int>]? = nil) -> [Assessment] {
        let lexicon = article.checkWorthinessCache.lexicon(for: article)
        return article.sentences
            .map { assess($0, in: article, lexicon: lexicon, entities: entities) }
            .sorted { ($0.score, -$0.sentence) > ($1.score, -$1.sentence) }
    }

    /// The `limit` best sentences with a positive score, ranked as `rank` ranks them. The scores are
    /// computed once per article and entities and kept; reasons are built only for the sentences returned.
    public static func top(_ limit: Int, in article: Article, entities: [Range<Int>]? = nil) -> [Assessment] {
        let (lexicon, order) = article.checkWorthinessCache.ranking(for: article, entities: entities)
        return order.prefix(max(0, limit)).map { assess(article.sentences[Int($0.sentence)], in: article, lexicon: lexicon, entities: entities) }
    }

    /// A sentence's score and reasons, the evidence turned into text.
    static func assess(_ sentence: Sentence, in article: Article, lexicon: FormLexicon, entities: [Range<Int>]?) -> Assessment {
        let features = SentenceFeatures(sentence: sentence, article: article, lexicon: lexicon)
        var reasons = [Reason]()
        var score = 0
        features.forEachFiring(entities: entities) { rule, evidence in
            reasons.append(Reason(signal: rule.signal, evidence: features.text(of: evidence)))
            score += rule.weight
        }
        return Assessment(sentence: sentence.id, score: score, reasons: reasons)
    }

    /// The sentences with a positive score, best first, ties in reading order; no reasons, so no strings.
    static func positiveScores(_ article: Article, lexicon: FormLexicon, entities: [Range<Int>]?) -> [CheckWorthinessCache.Scored] {
        var scored = [CheckWorthinessCache.Scored]()
        for sentence in article.sentences {
            var score = 0
            SentenceFeatures(sentence: sentence, article: article, lexicon: lexicon)
                .forEachFiring(entities: entities) { rule, _ in score += rule.weight }
            if score > 0 { scored.append(.init(sentence: Int32(sentence.id), score: Int32(score))) }
        }
        return scored.sorted { ($0.score, -$0.sentence) > ($1.score, -$1.sentence) }
    }
}
