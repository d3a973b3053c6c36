/// An article, analysed once at load: paragraphs, sentences, words and a word index. Immutable.
public struct Article: Sendable {
    /// Where the text came from, as shown to the user (a path, or the bundled article's name).
    public let source: String
    /// SHA-256 of the bytes as read from the source.
    public let sha256: String
    /// The text as loaded (BOM removed, line ends LF). All offsets count code points of this text.
    public let text: String
    /// The text's code points, for O(1) slicing by offset.
    public let scalars: [Unicode.Scalar]
    /// The title paragraph (number 0), when the first line is a short line without final punctuation.
    public let title: Paragraph?
    /// The body paragraphs, numbered from 1.
    public let paragraphs: [Paragraph]
    /// All sentences in reading order, the title's first.
    public let sentences: [Sentence]
    public let words: [Word]
    public let index: WordIndex
    /// Check-worthiness scores, computed on the first `suggest` rather than at load, shared by copies.
    let checkWorthinessCache = CheckWorthinessCache()

    /// Analyses `text`. Pure and total: any string gives an article (maybe with no paragraphs).
    public init(text: String, source: String, sha256: String? = nil) {
        self.source = source
        self.text = text
        self.sha256 = sha256 ?? SHA256.hexDigest(Array(text.utf8))
        var scalars = [Unicode.Scalar]()
        scalars.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars { scalars.append(c) }
        self.scalars = scalars

        // Paragraphs: the non-blank lines, trimmed.
        var lines = [Range<Int>]()
        var lineStart = 0
        for i in 0...scalars.count where i == scalars.count || scalars[i] == "\n" {
            var a = lineStart, b = i
            while a < b, CharacterClass.isSpace(scalars[a]) { a += 1 }
            while b > a, CharacterClass.isSpace(scalars[b - 1]) { b -= 1 }
            if a < b { lines.append(a..<b) }
            lineStart = i + 1
        }

        var sentences = [Sentence]()
        var words = [Word]()
        var paragraphs = [Paragraph]()
        var title: Paragraph?
        var vocabulary = [String]()
        var ids = [String: Int32]()
        var postings = [[Int32]]()
        let hasTitle = lines.count > 1 && Self.looksLikeTitle(scalars[lines[0]])

        for (lineNumber, line) in lines.enumerated() {
            let number = hasTitle ? lineNumber : lineNumber + 1
            let ranges = number == 0 ? [line] : Segmenter.sentenceRanges(in: scalars, range: line)
            let firstSentence = sentences.count
            for (k, r) in ranges.enumerated() {
                let firstWord = words.count
                for token in Tokenizer.tokens(in: scalars, range: r) {
                    let id: Int32
                    if let known = ids[token.folded] {
                        id = known
                    } else {
                        id = Int32(vocabulary.count)
                        ids[token.folded] = id
                        vocabulary.append(token.folded)
                        postings.append([])
                    }
                    postings[Int(id)].append(Int32(words.count))
                    words.append(Word(start: Int32(token.start), end: Int32(token.end), sentence: Int32(sentences.count), form: id))
                }
                sentences.append(Sentence(
                    id: sentences.count, ref: SentenceRef(paragraph: number, sentence: k + 1),
                    start: r.lowerBound, end: r.upperBound, words: firstWord..<words.count))
            }
            let paragraph = Paragraph(number: number, start: line.lowerBound, end: line.upperBound, sentences: firstSentence..<sentences.count)
            if number == 0 { title = paragraph } else { paragraphs.append(paragraph) }
        }
        self.title = title
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.words = words
        self.index = WordIndex(vocabulary: vocabulary, ids: ids, postings: postings)
    }

    /// The text between two code-point offsets.
    public func text(from start: Int, to end: Int) -> String {
        let a = max(0, min(start, scalars.count)), b = max(a, min(end, scalars.count))
        return Self.string(scalars[a..<b])
    }

    /// A string from scalars, encoding UTF-8 by hand: the generic UnicodeScalarView path is several times slower.
    public static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        var capacity = 0
        for c in slice { capacity += c.value < 0x80 ? 1 : c.value < 0x800 ? 2 : c.value < 0x10000 ? 3 : 4 }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var i = 0
            for c in slice {
                let v = c.value
                if v < 0x80 {
                    buffer[i] = UInt8(v); i += 1
                } else if v < 0x800 {
                    buffer[i] = UInt8(0xC0 | (v >> 6)); buffer[i + 1] = UInt8(0x80 | (v & 0x3F)); i += 2
                } else if v < 0x10000 {
                    buffer[i] = UInt8(0xE0 | (v >> 12)); buffer[i + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[i + 2] = UInt8(0x80 | (v & 0x3F)); i += 3
                } else {
                    buffer[i] = UInt8(0xF0 | (v >> 18)); buffer[i + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[i + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[i + 3] = UInt8(0x80 | (v & 0x3F)); i += 4
                }
            }
            return i
        }
    }

    /// A sentence's exact text, a verbatim substring of the article.
    public func text(of sentence: Sentence) -> String { text(from: sentence.start, to: sentence.end) }

    /// A word's exact text.
    public func text(of word: Word) -> String { text(from: Int(word.start), to: Int(word.end)) }

    /// The paragraph with this number (0 for the title), if it exists.
    public func paragraph(_ number: Int) -> Paragraph? {
        if number == 0 { return title }
        return number >= 1 && number <= paragraphs.count ? paragraphs[number - 1] : nil
    }

    /// The sentence at a ref, if it exists.
    public func sentence(_ ref: SentenceRef) -> Sentence? {
        guard let p = paragraph(ref.paragraph), ref.sentence >= 1, ref.sentence <= p.sentences.count else { return nil }
        return sentences[p.sentences.lowerBound + ref.sentence - 1]
    }

    /// The sentence containing a code-point offset, by binary search.
    public func sentence(containing offset: Int) -> Sentence? {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo < sentences.count, sentences[lo].start <= offset else { return nil }
        return sentences[lo]
    }

    /// The number of word tokens.
    public var wordCount: Int { words.count }

    /// A title is a short first line that does not end like a sentence.
    static func looksLikeTitle(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard line.count <= 150, let last = line.last else { return false }
        if CharacterClass.isSentenceTerminator(last) || last == ":" || last == ";" || last == "," { return false }
        var spaces = 0
        for c in line where c == " " { spaces += 1 }
        return spaces < 20
    }
}
