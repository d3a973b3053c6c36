/// Who said what in an article: every attribution (quoted or reported) with its speaker resolved to
/// an actor of an `ActorAnalysis`, and the scare quotes that are not speech. Pure and deterministic.
public struct AttributionAnalysis: Sendable {
    /// The attributions in text order (by the content's start).
    public let attributions: [Attribution]
    /// Short quoted phrases with no reporting cue.
    public let scareQuotes: [ScareQuote]

    public init(article: Article, actors: ActorAnalysis) {
        var finder = AttributionFinder(article: article, actors: actors)
        (attributions, scareQuotes) = finder.run()
    }

    /// The attributions credited to an actor (by canonical name).
    public func attributions(of actor: String) -> [Attribution] { attributions.filter { $0.speaker == actor } }

    /// The attributions whose cue is in a sentence (by id).
    public func attributions(inSentence id: Int) -> [Attribution] { attributions.filter { $0.sentence == id } }
}
