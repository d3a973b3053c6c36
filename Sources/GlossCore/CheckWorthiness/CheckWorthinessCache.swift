import Synchronization

/// One article's check-worthiness work, done on first use and kept: the lexicon as form ids and the ranking.
///
/// The article is immutable, so what is computed from it never goes stale; copies of the article share
/// the cache. A Mutex keeps it Sendable; whoever gets there first computes while the others wait.
final class CheckWorthinessCache: Sendable {
    /// A sentence and its score.
    struct Scored: Sendable {
        let sentence: Int32
        let score: Int32
    }

    /// What has been computed so far.
    private struct State {
        var lexicon: FormLexicon?
        /// The sentences with a positive score, best first, and the attributions they were scored with.
        var ranking: (attributions: [Attribution], said: [Int: [Attribution]], order: [Scored])?
    }

    private let state = Mutex(State())

    init() {}

    /// The article's lexicon as form ids.
    func lexicon(for article: Article) -> FormLexicon {
        state.withLock { s in Self.lexicon(&s, article) }
    }

    /// The article's positive-scoring sentences, best first, ties in reading order, with its lexicon
    /// and the attributions by sentence.
    func ranking(for article: Article, attributions: AttributionAnalysis) -> (FormLexicon, [Int: [Attribution]], [Scored]) {
        state.withLock { s in
            let lexicon = Self.lexicon(&s, article)
            if let r = s.ranking, r.attributions == attributions.attributions { return (lexicon, r.said, r.order) }
            let said = CheckWorthiness.bySentence(attributions)
            let order = CheckWorthiness.positiveScores(article, lexicon: lexicon, said: said)
            // Only the latest attributions are kept: a session scores with one set of actors at a time.
            s.ranking = (attributions.attributions, said, order)
            return (lexicon, said, order)
        }
    }

    private static func lexicon(_ s: inout State, _ article: Article) -> FormLexicon {
        if let l = s.lexicon { return l }
        let l = FormLexicon(article.index)
        s.lexicon = l
        return l
    }
}
