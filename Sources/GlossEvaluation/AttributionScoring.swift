import GlossCore

/// Scores the attribution analysis against hand-annotated articles: how many reference attributions it
/// finds (direct and indirect apart), how many of those have the right speaker, and how many of its
/// attributions match nothing in the reference.
///
/// A reference attribution is found when a predicted one of the same type overlaps its content. A
/// predicted attribution is false when it overlaps no reference attribution of either type (a short
/// quote inside an annotated reported clause is not false, also where the reference's few words of
/// that clause miss the quote but the predicted clause that matched them holds it); one of fewer than
/// four words is not scored as a prediction at all, since no reference content can be that short. The speaker is right when both are unnamed,
/// or when the predicted actor's name or a form of it (or, for a name the actor list lacks, the name as
/// written) is one of the reference actor's forms.
public enum AttributionScoring {
    /// Counts for one type of attribution.
    public struct Counts: Sendable, Equatable {
        public var reference = 0
        public var found = 0
        public var rightSpeaker = 0

        public var recall: Double { reference == 0 ? 1 : Double(found) / Double(reference) }
        /// Right speakers among the attributions found.
        public var speakerAccuracy: Double { found == 0 ? 1 : Double(rightSpeaker) / Double(found) }

        mutating func add(_ other: Counts) {
            reference += other.reference; found += other.found; rightSpeaker += other.rightSpeaker
        }
    }

    /// The figures for a set of articles.
    public struct Score: Sendable, Equatable {
        public var articles = 0
        public var direct = Counts()
        public var indirect = Counts()
        public var predicted = 0
        public var falsePredicted = 0
        public var falseRate: Double { predicted == 0 ? 0 : Double(falsePredicted) / Double(predicted) }

        public init() {}

        /// Adds another set's figures, so that a split's total and its collections' parts come from one
        /// analysis of each article.
        public mutating func add(_ other: Score) {
            articles += other.articles; direct.add(other.direct); indirect.add(other.indirect)
            predicted += other.predicted; falsePredicted += other.falsePredicted
        }
    }

    /// One reference attribution missed or credited to the wrong speaker, or one false prediction.
    public struct Miss: Sendable {
        public let article: String
        public let message: String
    }

    /// Scores one article; `misses` collects what went wrong.
    public static func score(_ article: ReferenceArticle, into score: inout Score, misses: inout [Miss]) {
        let text = Article(text: article.text, source: article.id)
        let actors = ActorAnalysis(article: text)
        let predicted = AttributionAnalysis(article: text, actors: actors).attributions
        score.articles += 1
        let scalars = text.scalars
        var matched = Set<Int>()
        for say in article.says {
            guard let span = find(say.content, in: scalars) else { continue }
            func overlaps(_ a: Attribution) -> Bool { a.parts.contains { $0.lowerBound < span.upperBound && span.lowerBound < $0.upperBound } }
            for (i, a) in predicted.enumerated() where overlaps(a) { matched.insert(i) }
            var counts = say.kind == .direct ? score.direct : score.indirect
            counts.reference += 1
            let candidates = predicted.filter { $0.kind.rawValue == say.kind.rawValue && overlaps($0) }
            if let best = candidates.first(where: { rightSpeaker($0, say, article, actors) }) ?? candidates.first {
                counts.found += 1
                if rightSpeaker(best, say, article, actors) {
                    counts.rightSpeaker += 1
                } else {
                    misses.append(Miss(article: article.id, message: "wrong speaker \(best.speaker ?? "-") (\(best.speakerText)) for \(say.speaker ?? "-"): \(say.kind.rawValue) \(say.cue) | \(say.content)"))
                }
            } else {
                misses.append(Miss(article: article.id, message: "missed \(say.kind.rawValue) \(say.speaker ?? "-") \(say.cue) | \(say.content)"))
            }
            if say.kind == .direct { score.direct = counts } else { score.indirect = counts }
        }
        // An attribution of fewer than four words ("“That's correct,” Volker said") is beyond what the
        // format can annotate (a reference content has four words at least), so it is neither true nor false.
        let scorable = predicted.indices.filter { Tokenizer.foldedWords(of: predicted[$0].content).count >= 4 }
        score.predicted += scorable.count
        // A short quote inside a reported clause that matched ("said Reid had a “functioning, improvised
        // device”") is part of that clause: the reference names a clause by a few of its words only.
        func insideMatched(_ a: Attribution) -> Bool {
            matched.contains { j in
                let b = predicted[j]
                return b.kind == .indirect && a.kind == .direct && a.sentences.allSatisfy(b.sentences.contains)
                    && a.parts.allSatisfy { p in b.parts.contains { $0.lowerBound <= p.lowerBound && p.upperBound <= $0.upperBound + 1 } }
            }
        }
        for i in scorable where !matched.contains(i) && !insideMatched(predicted[i]) {
            let a = predicted[i]
            score.falsePredicted += 1
            misses.append(Miss(article: article.id, message: "false \(a.kind.rawValue) \(a.speaker ?? "-") (\(a.speakerText)) \(a.cue) | \(a.content)"))
        }
    }

    /// Scores every article of one split.
    public static func score(_ articles: [ReferenceArticle], split: ReferenceArticle.Split) -> (Score, [Miss]) {
        var total = Score(), misses = [Miss]()
        for a in articles where a.split == split { score(a, into: &total, misses: &misses) }
        return (total, misses)
    }

    /// The figures as report lines, one per split and type.
    public static func lines(_ score: Score, split: ReferenceArticle.Split) -> [String] {
        func row(_ name: String, _ c: Counts) -> String {
            "\(split.rawValue) \(name): found \(c.found)/\(c.reference) = \(format(c.recall)), right speaker \(c.rightSpeaker)/\(c.found) = \(format(c.speakerAccuracy))"
        }
        return [
            "\(split.rawValue): \(score.articles) articles",
            row("direct", score.direct),
            row("indirect", score.indirect),
            "\(split.rawValue) false attributions: \(score.falsePredicted)/\(score.predicted) = \(format(score.falseRate))",
        ]
    }

    /// The figures on one line: found/speaker for direct and indirect, and the false rate.
    public static func summary(_ score: Score) -> String {
        "direct found \(format(score.direct.recall)) speaker \(format(score.direct.speakerAccuracy)), "
            + "indirect found \(format(score.indirect.recall)) speaker \(format(score.indirect.speakerAccuracy)), "
            + "false \(format(score.falseRate))"
    }

    /// Two decimals.
    static func format(_ x: Double) -> String {
        let n = Int((x * 100).rounded())
        return "\(n / 100).\(n % 100 < 10 ? "0" : "")\(n % 100)"
    }

    /// The code-point range of the first occurrence of `needle`.
    static func find(_ needle: String, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        let n = Array(needle.unicodeScalars)
        guard !n.isEmpty, n.count <= scalars.count else { return nil }
        for i in 0...(scalars.count - n.count) where scalars[i] == n[0] {
            if scalars[i..<(i + n.count)].elementsEqual(n) { return i..<(i + n.count) }
        }
        return nil
    }

    private static func rightSpeaker(_ a: Attribution, _ say: ReferenceArticle.SayEntry, _ article: ReferenceArticle, _ actors: ActorAnalysis) -> Bool {
        // A name the actor list lacks ("Mr Jan", "Wikileaks") is reported as written: that text names the speaker.
        let unlisted = a.speaker == nil && a.resolution == .unknown && !a.speakerText.isEmpty ? a.speakerText : nil
        guard let expected = say.speaker else { return a.speaker == nil && unlisted == nil }
        guard let name = a.speaker ?? unlisted, let entry = article.actors.first(where: { $0.name == expected }) else { return false }
        let forms = Set(([entry.name] + entry.forms).map(key))
        let ours = [name] + (actors.actors.first { $0.name == name }?.aliases ?? [])
        return ours.contains { forms.contains(key($0)) }
    }

    /// A name compared by its folded words, without a leading "the" or title: "The New York Times" is
    /// "New York Times", "King Juan Carlos" is "Juan Carlos" (a title does not change who is named).
    private static func key(_ s: String) -> String {
        var words = Tokenizer.foldedWords(of: s)[...]
        while let first = words.first, words.count > 1, first == "the" || AttributionWords.titles.contains(first) { words = words.dropFirst() }
        return words.joined(separator: " ")
    }
}
