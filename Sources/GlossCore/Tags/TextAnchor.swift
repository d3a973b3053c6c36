/// Where a tag sits in an article, recorded so that it can be found again after the text changes:
/// the exact quote with some context (W3C TextQuoteSelector) and its code-point offsets (TextPositionSelector).
public struct TextAnchor: Sendable, Equatable {
    /// Code points of context kept on each side of the quote.
    public static let contextLength = 32

    /// The quoted text, verbatim.
    public let exact: String
    /// Up to `contextLength` code points just before the quote (fewer at the start of the article).
    public let prefix: String
    /// Up to `contextLength` code points just after the quote (fewer at the end of the article).
    public let suffix: String
    /// Code-point offsets into the article text; `end` is exclusive.
    public let start: Int
    public let end: Int
    /// The sentence holding the start of the quote; nil only when the offsets fall outside every sentence.
    public let ref: SentenceRef?

    /// The anchor of `start..<end` in `article` (offsets are clamped to the text).
    public init(article: Article, start: Int, end: Int) {
        let count = article.scalars.count
        let a = max(0, min(start, count)), b = max(a, min(end, count))
        self.start = a
        self.end = b
        self.exact = article.text(from: a, to: b)
        self.prefix = article.text(from: a - Self.contextLength, to: a)
        self.suffix = article.text(from: b, to: b + Self.contextLength)
        self.ref = article.sentence(containing: a)?.ref
    }

    /// Finds the quote in `article`, which may be another version of the text.
    ///
    /// Every occurrence of the exact quote is a candidate; the one whose surrounding text agrees
    /// best with the recorded prefix and suffix wins, ties going to the one nearest the old offset.
    /// Different text is never matched: when the quote does not occur, the anchor is orphaned.
    public func reanchor(in article: Article) -> AnchorResolution {
        let needle = Array(exact.unicodeScalars)
        let candidates = Self.occurrences(of: needle, in: article.scalars)
        guard !candidates.isEmpty else { return .orphaned }
        let before = Array(prefix.unicodeScalars), after = Array(suffix.unicodeScalars)
        var best = candidates[0]
        var bestKey = (agreement: -1, distance: Int.max)
        for c in candidates {
            let agreement = Self.commonSuffixLength(before, article.scalars[max(0, c - before.count)..<c])
                + Self.commonPrefixLength(after, article.scalars[(c + needle.count)..<min(article.scalars.count, c + needle.count + after.count)])
            let distance = abs(c - start)
            if agreement > bestKey.agreement || (agreement == bestKey.agreement && distance < bestKey.distance) {
                best = c
                bestKey = (agreement, distance)
            }
        }
        return best == start ? .exact : .moved(start: best, end: best + needle.count)
    }

    /// Start offsets of every occurrence of `needle` in `haystack` (overlapping ones included).
    static func occurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Int] {
        guard let first = needle.first, needle.count <= haystack.count else { return [] }
        var out = [Int]()
        for i in 0...(haystack.count - needle.count) where haystack[i] == first {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { out.append(i) }
        }
        return out
    }

    /// How many code points at the end of `recorded` agree with the end of `found`.
    static func commonSuffixLength(_ recorded: [Unicode.Scalar], _ found: ArraySlice<Unicode.Scalar>) -> Int {
        var n = 0
        for (x, y) in zip(recorded.reversed(), found.reversed()) {
            guard x == y else { break }
            n += 1
        }
        return n
    }

    /// How many code points at the start of `recorded` agree with the start of `found`.
    static func commonPrefixLength(_ recorded: [Unicode.Scalar], _ found: ArraySlice<Unicode.Scalar>) -> Int {
        var n = 0
        for (x, y) in zip(recorded, found) {
            guard x == y else { break }
            n += 1
        }
        return n
    }
}

/// Where an anchor's quote was found in a (possibly changed) article.
public enum AnchorResolution: Sendable, Equatable {
    /// Same offsets, same text.
    case exact
    /// The same text, now at other offsets.
    case moved(start: Int, end: Int)
    /// The quote no longer occurs in the text.
    case orphaned
}
