import Testing
@testable import GlossCore

/// The reference scorer: each sentence's assessment with the string-based features, as `score` did.
enum ReferenceScorer {
    static func score(sentence: Sentence, in article: Article, entities: [Range<Int>]?) -> CheckWorthiness.Assessment {
        let features = ReferenceFeatures(sentence: sentence, article: article)
        var reasons = [CheckWorthiness.Reason]()
        for rule in CheckWorthiness.rules {
            if let evidence = features.evidence(for: rule.signal, entities: entities) {
                reasons.append(CheckWorthiness.Reason(signal: rule.signal, evidence: evidence))
            }
        }
        return CheckWorthiness.Assessment(sentence: sentence.id, score: reasons.reduce(0) { $0 + $1.rule.weight }, reasons: reasons)
    }

    static func rank(_ article: Article, entities: [Range<Int>]?) -> [CheckWorthiness.Assessment] {
        article.sentences
            .map { score(sentence: $0, in: article, entities: entities) }
            .sorted { ($0.score, -$0.sentence) > ($1.score, -$1.sentence) }
    }
}

/// The check-worthiness scorer as it was before it worked on form ids: one String per word, every
/// rule a string comparison. Kept verbatim (only renamed) as the reference the fast scorer must match.
struct ReferenceFeatures {
    /// One word: its folded form, its surface text and its code-point span.
    struct Token {
        let folded: String
        let surface: String
        let start: Int
        let end: Int
        /// Only spaces separate it from the previous word (so a name can run on across it).
        let joinsPrevious: Bool
        var isCapitalised: Bool { surface.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }
        var hasDigit: Bool { surface.unicodeScalars.contains { $0.value >= 0x30 && $0.value <= 0x39 } }
    }

    let tokens: [Token]
    /// Code-point ranges between double quotation marks.
    let quoted: [Range<Int>]

    init(sentence: Sentence, article: Article) {
        var previousEnd: Int?
        tokens = article.words[sentence.words].map { w in
            let joins = previousEnd.map { article.scalars[$0..<Int(w.start)].allSatisfy { $0 == " " } } ?? false
            previousEnd = Int(w.end)
            return Token(folded: article.index.vocabulary[Int(w.form)], surface: article.text(of: w),
                         start: Int(w.start), end: Int(w.end), joinsPrevious: joins)
        }
        var marks = [Int]()
        for i in sentence.start..<sentence.end where Lexicon.doubleQuotes.contains(article.scalars[i]) { marks.append(i) }
        quoted = stride(from: 0, to: marks.count - 1, by: 2).map { marks[$0]..<(marks[$0 + 1] + 1) }
    }

    /// The words that make a rule fire, or nil when it does not.
    func evidence(for signal: CheckWorthiness.Signal, entities: [Range<Int>]?) -> String? {
        switch signal {
        case .attribution:
            guard let (cue, actor) = attribution(entities: entities) else { return nil }
            return actor + " … " + cue
        case .reportedSpeech:
            guard attribution(entities: entities) == nil else { return nil }
            return reportingCues().first.map { tokens[$0].surface }
        case .quotation:
            guard let q = quoted.first(where: { r in tokens.filter { r.contains($0.start) }.count >= 2 }) else { return nil }
            let inside = tokens.filter { q.contains($0.start) }.map(\.surface)
            return "“" + inside.prefix(4).joined(separator: " ") + (inside.count > 4 ? " …" : "") + "”"
        case .number:
            return tokens.first { $0.hasDigit }?.surface
        case .date:
            return dateEvidence()
        case .quantity:
            return tokens.first { Lexicon.quantityWords.contains($0.folded) }?.surface
        case .occasion:
            return firstPhrase(in: Lexicon.occasions)
        case .prediction:
            for (k, t) in tokens.enumerated() where Lexicon.modality.contains(t.folded) {
                // "May" the month is not the modal verb.
                if t.folded == "may", t.surface == "May" || (k + 1 < tokens.count && tokens[k + 1].hasDigit) { continue }
                return t.surface
            }
            return firstPhrase(in: Lexicon.predictionPhrases)
        case .causation:
            return tokens.first { Lexicon.causalWords.contains($0.folded) }?.surface ?? firstPhrase(in: Lexicon.causalPhrases)
        case .comparison:
            return tokens.first { Lexicon.comparatives.contains($0.folded) || isSuperlative($0.folded) }?.surface
        case .firstPerson:
            return tokens.first { t in
                Lexicon.firstPerson.contains(t.folded) && (t.folded != "i" || t.surface == "I") && !quoted.contains { $0.contains(t.start) }
            }?.surface
        case .publicationNotice:
            return firstPhrase(in: Lexicon.publicationPhrases)
        }
    }

    /// Positions of reporting cues: verbs first (said, demanded), then nouns (a statement) and "according to".
    /// A capitalised cue is part of a name ("United States"), not a verb, except "According" opening the sentence.
    private func reportingCues() -> [Int] {
        let verbs = tokens.indices.filter { !tokens[$0].isCapitalised && Lexicon.reportingVerbs.contains(tokens[$0].folded) }
        let nouns = tokens.indices.filter { k in
            let f = tokens[k].folded
            if f == "according" { return k + 1 < tokens.count && tokens[k + 1].folded == "to" }
            return !tokens[k].isCapitalised && Lexicon.reportingNouns.contains(f)
        }
        return verbs + nouns
    }

    /// The first reporting cue with a named actor within `window` words of it, as (cue, actor).
    private func attribution(entities: [Range<Int>]?, window: Int = 12) -> (String, String)? {
        for cue in reportingCues() {
            let near = max(0, cue - window)..<min(tokens.count, cue + window + 1)
            if let entities {
                if let k = near.first(where: { k in k != cue && entities.contains { $0.contains(tokens[k].start) } }) {
                    return (tokens[cue].surface, tokens[k].surface)
                }
            } else if let k = nearestName(to: cue, in: near) {
                return (tokens[cue].surface, nameRun(around: k))
            }
        }
        return nil
    }

    /// The nearest name before a reporting cue, else after it; after it first for "according to".
    private func nearestName(to cue: Int, in near: Range<Int>) -> Int? {
        let before = near.last { $0 < cue && isName($0) }
        let after = near.first { $0 > cue && isName($0) }
        return tokens[cue].folded == "according" ? after ?? before : before ?? after
    }

    /// The run of name words around position `k` ("Yoon Suk Yeol").
    private func nameRun(around k: Int) -> String {
        var a = k, b = k
        while a > 0, tokens[a].joinsPrevious, isName(a - 1) { a -= 1 }
        while b + 1 < tokens.count, tokens[b + 1].joinsPrevious, isName(b + 1) { b += 1 }
        return tokens[a...b].map(\.surface).joined(separator: " ")
    }

    /// The capitalised-name heuristic: a capitalised word that is not a common word capitalised at
    /// the start of the sentence, not a pronoun, and not a reporting cue itself.
    private func isName(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isCapitalised, !t.hasDigit, t.surface.unicodeScalars.count > 1 else { return false }
        return !Lexicon.commonWords.contains(t.folded) && !Lexicon.reportingVerbs.contains(t.folded)
    }

    private func dateEvidence() -> String? {
        for (k, t) in tokens.enumerated() {
            if t.folded == "may" {
                // The month only beside a figure ("May 9th", "9 May") or after "in"/"on"/"since"/"by".
                let beside = (k + 1 < tokens.count && tokens[k + 1].hasDigit) || (k > 0 && tokens[k - 1].hasDigit)
                let after = k > 0 && ["in", "on", "since", "by", "until", "last", "next", "early", "late", "mid"].contains(tokens[k - 1].folded)
                if t.isCapitalised && (beside || after) { return t.surface + (beside && k + 1 < tokens.count ? " " + tokens[k + 1].surface : "") }
                continue
            }
            if t.isCapitalised, Lexicon.months.contains(t.folded) || Lexicon.weekdays.contains(t.folded) { return t.surface }
            if Lexicon.relativeDays.contains(t.folded) { return t.surface }
            if t.surface.unicodeScalars.count == 4, let year = Int(t.surface), (1800...2099).contains(year) { return t.surface }
        }
        return firstPhrase(in: Lexicon.datePhrases)
    }

    /// Superlatives by their ending, leaving out common words that only look like one.
    private func isSuperlative(_ w: String) -> Bool {
        w.hasSuffix("est") && w.count >= 6 && !Lexicon.notSuperlatives.contains(w)
    }

    /// The first multi-word phrase from `phrases` found in the sentence's words.
    private func firstPhrase(in phrases: [[String]]) -> String? {
        for start in tokens.indices {
            for p in phrases where start + p.count <= tokens.count {
                if p.indices.allSatisfy({ tokens[start + $0].folded == p[$0] }) {
                    return tokens[start..<(start + p.count)].map(\.surface).joined(separator: " ")
                }
            }
        }
        return nil
    }
}
