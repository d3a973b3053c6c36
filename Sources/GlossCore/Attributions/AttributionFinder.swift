/// Finds who said what in one article: quotations with the attribution around them, then reported
/// speech ("X said (that) …", "…, X said.", "according to X, …", "X’s memorandum demanded …",
/// "it was announced by X that …"), each speaker resolved by `SpeakerResolver`.
///
/// Works paragraph by paragraph on a stream of tokens (words and punctuation marks) built from the
/// article's words, so it needs no parser; every rule is a pattern of word classes from `AttributionWords`.
struct AttributionFinder {
    /// A word or a punctuation mark of one paragraph.
    struct Token {
        let start: Int
        let end: Int
        /// The word's form id, or -1 for punctuation.
        let form: Int32
        /// The punctuation mark (a space for words).
        let mark: Unicode.Scalar
        let sentence: Int
        /// The quoted span the token is inside (-1: none); marks carry their own span.
        var quote = -1
        var opensQuote = false, closesQuote = false
        /// The actor whose mention covers the word (-1: none).
        var actor = -1
        /// A possessive ’s follows the word.
        var possessive = false
        let capitalised: Bool
        var isWord: Bool { form >= 0 }
    }

    /// The punctuation that bounds clauses and names, kept as tokens: `, ; : . ! ? ( ) - — –` (the rest,
    /// spaces included, is skipped). A switch, as every scalar between words passes here.
    static func isClauseMark(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ",", ";", ":", ".", "!", "?", "(", ")", "-", "\u{2014}", "\u{2013}": true
        default: false
        }
    }

    /// Quoted words from which a quote inside reported words is a clause of its own, reported as a direct
    /// attribution (shorter ones stay part of the reported clause: "said it was a “historic mistake”").
    static let clauseQuoteWords = 4

    let article: Article
    let lexicon: AttributionLexicon
    var resolver: SpeakerResolver

    var attributions = [Attribution]()
    /// The latest attribution with a resolved speaker, for continued quotes and pronouns.
    /// The actor is nil for a name the actor list lacks ("the Scottish government"), which a continued quote keeps.
    var lastNamed: (actor: Int?, sentence: Int, start: Int, text: String)?
    /// The latest attribution to one unnamed person ("the boyfriend", "a witness"), for "he"/"she" after it.
    /// The latest attributions to an unnamed source ("officials", "an army spokesman") and to one unnamed
    /// person ("the boyfriend"): "it"/"they" just after the first go on with it, "he"/"she" after the second.
    var lastUnnamed: (sentence: Int, start: Int)?, lastUnnamedPerson: (sentence: Int, start: Int)?
    var scareQuotes = [ScareQuote]()
    /// The latest quote whose cue came before it in its clause: its closing mark's offset, speaker and cue, which a
    /// second quote later in the same clause shares.
    var clauseQuote: (close: Int, speaker: (Int?, SpeakerResolution, String), cue: String)?

    init(article: Article, actors: ActorAnalysis) {
        self.article = article
        self.lexicon = AttributionLexicon(article.index)
        self.resolver = SpeakerResolver(article: article, analysis: actors)
    }

    /// Runs over every paragraph (the title included) and returns the attributions in text order.
    mutating func run() -> (attributions: [Attribution], scareQuotes: [ScareQuote]) {
        let paragraphs = (article.title.map { [$0] } ?? []) + article.paragraphs.filter { !$0.sentences.isEmpty }
        let spans = paragraphs.map { QuotationFinder.spans(in: article.scalars, range: $0.start..<$0.end) }
        // Names inside quotations are the speaker's words: pronouns and descriptions never point to them; nor
        // do the place and outlet of a dateline ("LONDON (Reuters) —"), which say where the story was filed.
        let datelines = paragraphs.compactMap { dateline(at: $0.start, end: $0.end) }
        resolver.quoted = (spans.flatMap { $0.map(\.inner) } + datelines).sorted { $0.lowerBound < $1.lowerBound }
        var mention = 0
        for (p, spans) in zip(paragraphs, spans) {
            let (tokens, marks) = self.tokens(of: p, spans: spans, mention: &mention)
            paragraph(tokens, marks: marks, spans: spans, first: p.sentences.lowerBound)
        }
        attributions.sort { ($0.start, $0.kind.rawValue) < ($1.start, $1.kind.rawValue) }
        return (attributions, scareQuotes)
    }

    /// The dateline that opens a paragraph: up to 60 characters of capitalised words, commas and a
    /// parenthesised outlet, then a dash and a space ("HONOLULU, Hawaii (HawaiiNewsNow) - …", "Hong Kong
    /// (CNN Business) …" has no dash and is none).
    func dateline(at start: Int, end: Int) -> Range<Int>? {
        let s = article.scalars
        guard start < end, CharacterClass.isUpper(s[start]) else { return nil }
        var i = start, depth = 0, wordStart = true
        while i < min(end, start + 60) {
            let c = s[i]
            if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
            else if (c == "—" || c == "–" || c == "-") && i > start && s[i - 1] == " " || (c == "—" || c == "–") && i > start && s[i - 1] == ")" {
                return i + 1 < end && s[i + 1] == " " ? start..<i : nil
            } else if wordStart, depth == 0, CharacterClass.isLetter(c), !CharacterClass.isUpper(c) { return nil }
            wordStart = c == " " || c == "(" || c == ","
            i += 1
        }
        return nil
    }

    // MARK: - Tokens

    /// The paragraph's tokens, and for each quoted span the tokens of its opening and closing marks.
    func tokens(of p: Paragraph, spans: [QuotationFinder.Span], mention: inout Int) -> ([Token], [(open: Int?, close: Int?)]) {
        let s = article.scalars
        let mentions = resolver.mentions
        var out = [Token]()
        var spanAt = [Int: (Int, Bool)]()  // mark offset → (span, opens)
        for (k, sp) in spans.enumerated() {
            spanAt[sp.open] = (k, true)
            if let c = sp.close { spanAt[c] = (k, false) }
        }
        var marks = [(open: Int?, close: Int?)](repeating: (nil, nil), count: spans.count)
        // Offsets are asked in ascending order and the spans, sorted, never overlap: one pointer walks them.
        var next = 0
        func inside(_ offset: Int) -> Int {
            while next < spans.count, spans[next].inner.upperBound <= offset { next += 1 }
            return next < spans.count && spans[next].inner.contains(offset) ? next : -1
        }
        func punctuation(_ range: Range<Int>, sentence: Int) {
            var i = range.lowerBound
            while i < range.upperBound {
                let c = s[i]
                if let (k, opens) = spanAt[i] {
                    var t = Token(start: i, end: i + 1, form: -1, mark: opens ? "\u{201C}" : "\u{201D}", sentence: sentence, capitalised: false)
                    t.quote = k
                    t.opensQuote = opens
                    t.closesQuote = !opens
                    if opens { marks[k].open = out.count } else { marks[k].close = out.count }
                    out.append(t)
                } else if (c == "\u{2019}" || c == "'"), i + 1 < range.upperBound, s[i + 1] == "s" || s[i + 1] == "S", let last = out.indices.last, out[last].isWord, out[last].end == i {
                    out[last].possessive = true
                    i += 2
                    continue
                } else if Self.isClauseMark(c) {
                    var t = Token(start: i, end: i + 1, form: -1, mark: c, sentence: sentence, capitalised: false)
                    t.quote = inside(i)
                    out.append(t)
                }
                i += 1
            }
        }
        var gap = p.start
        for sid in p.sentences {
            let sentence = article.sentences[sid]
            for w in sentence.words {
                let word = article.words[w]
                let a = Int(word.start), b = Int(word.end)
                punctuation(gap..<a, sentence: sid)
                var t = Token(start: a, end: b, form: word.form, mark: " ", sentence: sid, capitalised: CharacterClass.isUpper(s[a]))
                if !spans.isEmpty { t.quote = inside(a) }
                while mention < mentions.count, mentions[mention].end <= a { mention += 1 }
                var m = mention
                while m < mentions.count, mentions[m].start <= a {
                    if mentions[m].end > a { t.actor = mentions[m].actor; break }
                    m += 1
                }
                out.append(t)
                gap = b
            }
        }
        punctuation(gap..<p.end, sentence: p.sentences.upperBound - 1)
        return (out, marks)
    }

    // MARK: - One paragraph

    func flags(_ t: Token) -> AttributionLexicon.Flags { t.isWord ? lexicon.flags[Int(t.form)] : [] }
    func word(_ t: Token) -> String { t.isWord ? article.index.vocabulary[Int(t.form)] : "" }
    func text(_ tokens: [Token], _ r: Range<Int>) -> String {
        guard let a = r.first, let b = r.last else { return "" }
        return article.text(from: tokens[a].start, to: tokens[b].end)
    }

    mutating func paragraph(_ t: [Token], marks: [(open: Int?, close: Int?)], spans: [QuotationFinder.Span], first: Int) {
        // Each sentence's tokens, so a rule finds its sentence's bounds without a search.
        var bounds = [Range<Int>]()
        var a = 0
        for i in t.indices where i + 1 == t.count || t[i + 1].sentence != t[i].sentence {
            while bounds.count < t[i].sentence - first { bounds.append(a..<a) }
            bounds.append(a..<(i + 1))
            a = i + 1
        }
        var used = Set<Int>()  // cue tokens already credited to a quotation
        // Sentences in text order, so pronouns and continued quotes see the attribution just before them
        // (a one-paragraph article mixes both kinds): reported speech before each quotation's sentence first.
        var done = 0, k = 0
        while done < bounds.count || k < spans.count {
            let upTo = k < spans.count ? (marks[k].open.map { t[$0].sentence - first } ?? done) : bounds.count
            while done < min(upTo, bounds.count) {
                for i in bounds[done] where t[i].quote < 0 && !used.contains(i) && t[i].isWord {
                    indirect(t, cue: i, sentence: bounds[done])
                }
                done += 1
            }
            if k < spans.count { k = direct(t, marks: marks, spans: spans, at: k, used: &used) } else { break }
        }
    }

    /// A reporting cue found beside a quotation or a clause: the cue's tokens and the speaker phrase.
    struct Cue {
        let cue: Range<Int>
        let speaker: Range<Int>?
        /// Where the attribution's words start, when before both (`"…," chairman, CEO … Craig Menear said`).
        var from: Int? = nil
    }
}

extension Article {
    /// How many words start inside a code-point range.
    func words(in range: Range<Int>) -> Int { firstWord(startingAtOrAfter: range.upperBound) - firstWord(startingAtOrAfter: range.lowerBound) }

    /// The index of the first word that starts at or after `offset` (binary search: words are in order).
    private func firstWord(startingAtOrAfter offset: Int) -> Int {
        var lo = 0, hi = words.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(words[mid].start) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
