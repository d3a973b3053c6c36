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
        /// The sentences with a positive score, best first, and the entities they were scored with.
        var ranking: (entities: [Range<Int>]?, order: [Scored])?
    }

    private let state = Mutex(State())

    init() {}

    /// The article's lexicon as form ids.
    func lexicon(for article: Article) -> FormLexicon {
        state.withLock { s in Self.lexicon(&s, article) }
    }

    /// The article's positive-scoring sentences, best first, ties in reading order, with its lexicon.
    func ranking(for article: Article, entities: [Range<Int>]?) -> (FormLexicon, [Scored]) {
        state.withLock { s in
            let lexicon = Self.lexicon(&s, article)
            if let r = s.ranking, r.entities == entities { return (lexicon, r.order) }
            let order = CheckWorthiness.positiveScores(article, lexicon: lexicon, entities: entities)
            // Only the latest entities are kept: a session scores with one set of actors at a time.
            s.ranking = (entities, order)
            return (lexicon, order)
        }
    }

    private static func lexicon(_ s: inout State, _ article: Article) -> FormLexicon {
        if let l = s.lexicon { return l }
        let l = FormLexicon(article.index)
        s.lexicon = l
        return l
    }
}
