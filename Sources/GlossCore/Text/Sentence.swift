/// One sentence of an article: where it is (code-point offsets) and which words it holds.
public struct Sentence: Sendable, Hashable {
    /// Position in `Article.sentences`.
    public let id: Int
    public let ref: SentenceRef
    /// Code-point offsets into the article text; `end` is exclusive.
    public let start: Int
    public let end: Int
    /// Indices into `Article.words`.
    public let words: Range<Int>
}

/// One paragraph: a line of the source with text on it. Number 0 is the title, when there is one.
public struct Paragraph: Sendable, Hashable {
    public let number: Int
    public let start: Int
    public let end: Int
    /// Indices into `Article.sentences`.
    public let sentences: Range<Int>
}
