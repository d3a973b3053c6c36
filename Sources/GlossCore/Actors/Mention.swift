/// One place where the text names an actor: the words of the name only, without titles or a possessive ’s.
public struct Mention: Sendable, Hashable, Comparable {
    /// The sentence's id (its position in `Article.sentences`).
    public let sentence: Int
    /// Code-point offsets into the article text; `end` is exclusive.
    public let start: Int
    public let end: Int
    /// The exact text between `start` and `end`.
    public let surface: String

    public init(sentence: Int, start: Int, end: Int, surface: String) {
        self.sentence = sentence
        self.start = start
        self.end = end
        self.surface = surface
    }

    public static func < (a: Mention, b: Mention) -> Bool { (a.start, a.end) < (b.start, b.end) }

    /// Whether two mentions share at least one code point.
    public func overlaps(_ other: Mention) -> Bool { start < other.end && other.start < end }
}
