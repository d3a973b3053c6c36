import GlossCore

/// Shared wording for tag listings: id runs, one-line quotes, where a tag sits.
enum TagFormatting {
    /// "#4", "#4–#6", "#4, #7".
    static func idRange(_ ids: [Int]) -> String {
        RefFormatting.runs(ids).map { $0.count == 1 ? "#\($0.lowerBound)" : "#\($0.lowerBound)–#\($0.upperBound - 1)" }
            .joined(separator: ", ")
    }

    /// The tag's ref, or "orphaned" when its quote is gone from the article.
    static func place(_ tag: Tag) -> String {
        tag.orphaned ? "orphaned" : tag.anchor.ref?.description ?? "?"
    }

    /// Whether the tag covers a whole sentence of the current article (rather than a span in one).
    static func isWholeSentence(_ tag: Tag, in article: Article) -> Bool {
        guard !tag.orphaned, let s = article.sentence(containing: tag.anchor.start) else { return false }
        return s.start == tag.anchor.start && s.end == tag.anchor.end
    }

    /// The sentence ids of the tags that still anchor in the article, in reading order.
    static func sentences(of tags: [Tag], in article: Article) -> [Int] {
        Array(Set(tags.filter { !$0.orphaned }.compactMap { article.sentence(containing: $0.anchor.start)?.id })).sorted()
    }
}
