/// A sentence's citation: paragraph and sentence numbers, both 1-based ("3.2"); paragraph 0 is the title.
public struct SentenceRef: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let paragraph: Int
    public let sentence: Int

    public init(paragraph: Int, sentence: Int) {
        self.paragraph = paragraph
        self.sentence = sentence
    }

    public var description: String { "\(paragraph).\(sentence)" }

    public static func < (a: SentenceRef, b: SentenceRef) -> Bool {
        (a.paragraph, a.sentence) < (b.paragraph, b.sentence)
    }
}
