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

    let article: Article
    let lexicon: AttributionLexicon
    var resolver: SpeakerResolver

    private(set) var attributions = [Attribution]()
    /// The latest attribution with a resolved speaker, for continued quotes and pronouns.
    /// The actor is nil for a name the actor list lacks ("the Scottish government"), which a continued quote keeps.
    private var lastNamed: (actor: Int?, sentence: Int, start: Int, text: String)?
    /// The latest attribution to one unnamed person ("the boyfriend", "a witness"), for "he"/"she" after it.
    /// The latest attributions to an unnamed source ("officials", "an army spokesman") and to one unnamed
    /// person ("the boyfriend"): "it"/"they" just after the first go on with it, "he"/"she" after the second.
    private var lastUnnamed: (sentence: Int, start: Int)?, lastUnnamedPerson: (sentence: Int, start: Int)?
    private(set) var scareQuotes = [ScareQuote]()

    init(article: Article, actors: ActorAnalysis) {
        self.article = article
        self.lexicon = AttributionLexicon(article.index)
        self.resolver = SpeakerResolver(article: article, analysis: actors)
    }

    /// Runs over every paragraph (the title included) and returns the attributions in text order.
    mutating func run() -> (attributions: [Attribution], scareQuotes: [ScareQuote]) {
        let paragraphs = (article.title.map { [$0] } ?? []) + article.paragraphs.filter { !$0.sentences.isEmpty }
        let spans = paragraphs.map { QuotationFinder.spans(in: article.scalars, range: $0.start..<$0.end) }
        // Names inside quotations are the speaker's words: pronouns and descriptions never point to them.
        resolver.quoted = spans.flatMap { $0.map(\.inner) }.sorted { $0.lowerBound < $1.lowerBound }
        var mention = 0
        for (p, spans) in zip(paragraphs, spans) {
            let (tokens, marks) = self.tokens(of: p, spans: spans, mention: &mention)
            paragraph(tokens, marks: marks, spans: spans, first: p.sentences.lowerBound)
        }
        attributions.sort { ($0.start, $0.kind.rawValue) < ($1.start, $1.kind.rawValue) }
        return (attributions, scareQuotes)
    }

    // MARK: - Tokens

    /// The paragraph's tokens, and for each quoted span the tokens of its opening and closing marks.
    private func tokens(of p: Paragraph, spans: [QuotationFinder.Span], mention: inout Int) -> ([Token], [(open: Int?, close: Int?)]) {
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
                } else if ",;:.!?()-—–".unicodeScalars.contains(c) {
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

    private func flags(_ t: Token) -> AttributionLexicon.Flags { t.isWord ? lexicon.flags[Int(t.form)] : [] }
    private func word(_ t: Token) -> String { t.isWord ? article.index.vocabulary[Int(t.form)] : "" }
    private func text(_ tokens: [Token], _ r: Range<Int>) -> String {
        guard let a = r.first, let b = r.last else { return "" }
        return article.text(from: tokens[a].start, to: tokens[b].end)
    }

    private mutating func paragraph(_ t: [Token], marks: [(open: Int?, close: Int?)], spans: [QuotationFinder.Span], first: Int) {
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
    private struct Cue {
        let cue: Range<Int>
        let speaker: Range<Int>?
        /// Where the attribution's words start, when before both (`"…," chairman, CEO … Craig Menear said`).
        var from: Int? = nil
    }

    // MARK: - Direct quotations

    /// Handles quoted span `k` (and the spans an interrupted quote continues into); returns the next span.
    private mutating func direct(_ t: [Token], marks: [(open: Int?, close: Int?)], spans: [QuotationFinder.Span], at k: Int, used: inout Set<Int>) -> Int {
        let span = spans[k]
        guard let open = marks[k].open else { return k + 1 }
        let close = marks[k].close
        var parts = [span.inner]
        var next = k + 1
        var found: Cue?
        var cueOwner = open
        if let close, let after = cueAfter(t, close: close, span: span), after.speaker.map({ resolve(t, $0, before: t[open].start) != nil }) ?? true {
            found = after
            // Interrupted: "…," he said, "…" — the quote goes on right after the attribution's comma.
            let end = (after.speaker.map { max($0.upperBound, after.cue.upperBound) } ?? after.cue.upperBound)
            if end + 1 < t.count, t[end].mark == ",", t[end + 1].opensQuote, t[end + 1].quote == next, next < spans.count {
                parts.append(spans[next].inner)
                next += 1
            } else if let more = continuation(t, marks: marks, spans: spans, after: end, next: next) {
                // `"…," Mayer said. "…"`: a quote that opens the next sentence with no cue of its own goes on.
                parts.append(spans[more].inner)
                next = more + 1
            }
            cueOwner = after.cue.lowerBound
        } else if let before = cueBefore(t, open: open) {
            found = before
            cueOwner = before.cue.lowerBound
        }
        let words = article.words(in: span.inner)
        guard words >= 1 else { return next }
        let sentence = t[cueOwner].sentence
        // A few quoted words inside a clause with no cue ("his “tough on China” stance"): a phrase, not speech.
        let inClause = open > 0 && t[open - 1].isWord && t[open - 1].sentence == t[open].sentence && words <= 4
        // One or two quoted words ending a clause (`was initially "high", Lord Baker added`): the cue reports the clause.
        let endsClause = words <= 2 && open >= 3 && (open - 3..<open).allSatisfy { t[$0].isWord && t[$0].sentence == t[open].sentence }
        if found == nil && (words <= 2 || inClause) || found != nil && words <= 2 && (endsClause || !adjacent(found!, open: open, close: close)) {
            scareQuotes.append(ScareQuote(sentence: t[open + (open + 1 < t.count ? 1 : 0)].sentence, start: span.inner.lowerBound, end: span.inner.upperBound))
            return next
        }
        // A cue beside the quote is the quote's; one further back also reports the clause around a partial quote.
        if let found, adjacent(found, open: open, close: close) { for i in found.cue { used.insert(i) } }
        var speaker: (Int?, SpeakerResolution, String) = (nil, .unnamed, "")
        if let found, let sp = found.speaker, let r = resolve(t, sp, before: t[open].start) {
            speaker = (r.actor, r.resolution, r.name ?? text(t, sp))
        } else if found == nil, open > 0, t[open - 1].mark == ":", let subject = colonSubject(t, open: open) {
            // "Tom Baxter, a farmer, was blunt: “…”": the sentence's subject introduces the quote.
            let r = resolver.named(t[subject].actor, surface: mentionSurface(t, subject))
            speaker = (r.actor, r.resolution, mentionSurface(t, subject))
        } else if found == nil, let previous = lastNamed, t[open].sentence - previous.sentence <= 2 {
            // A person who opens the sentence before, named after the last quote, speaks next ("Baxter disagreed. “…”").
            let before = t[open].sentence - 1
            if before > previous.sentence, let named = resolver.subject(of: before), named.actor != previous.actor {
                speaker = (named.actor, .continued, named.text)
            } else {
                // A name the actor list lacks stays such a name (no actor, so no guess to mark).
                speaker = (previous.actor, previous.actor == nil ? .unknown : .continued, previous.text)
            }
        }
        add(.direct, sentence: sentence, parts: parts, speaker: speaker, cue: found.map { text(t, $0.cue) } ?? "")
        return next
    }

    /// The quoted span `next` when it opens the sentence right after an attribution's sentence (which
    /// ends at or after token `end`) and has no cue of its own: `"…," Mayer said. "Not everyone will succeed."`
    private func continuation(_ t: [Token], marks: [(open: Int?, close: Int?)], spans: [QuotationFinder.Span], after end: Int, next: Int) -> Int? {
        guard next < spans.count, end > 0, let open = marks[next].open, open >= end else { return nil }
        let sentence = t[end - 1].sentence
        // Marks between sentences belong to the next one: only the words must be the attribution's.
        guard (end..<open).allSatisfy({ (!t[$0].isWord || t[$0].sentence == sentence) && t[$0].quote < 0 }),
              open + 1 < t.count, t[open + 1].sentence != sentence else { return nil }
        if let close = marks[next].close, cueAfter(t, close: close, span: spans[next]) != nil { return nil }
        return next
    }

    /// The actor mention that opens the sentence of a quote introduced by a colon, within its first words.
    private func colonSubject(_ t: [Token], open: Int) -> Int? {
        var k = open - 1
        while k > 0, t[k - 1].sentence == t[open].sentence { k -= 1 }
        let first = (k..<min(open, k + 3)).first { t[$0].isWord && t[$0].quote < 0 && t[$0].actor >= 0 }
        guard let first, !t[first].possessive || (first + 1 < t.count && t[first + 1].actor == t[first].actor) else { return nil }
        return first
    }

    /// Whether a cue sits right against the quote ("Never," he said / said: "Never"), as a short quote needs.
    private func adjacent(_ cue: Cue, open: Int, close: Int?) -> Bool {
        let lo = min(cue.cue.lowerBound, cue.speaker?.lowerBound ?? Int.max, cue.from ?? Int.max)
        if let close, lo <= close + 2, lo > close { return true }
        return cue.cue.upperBound >= open - 1 && cue.cue.upperBound <= open
    }

    /// A hyphen joining two words with no space ("Lieutenant-General"): part of a name, not punctuation.
    private func isJoiningHyphen(_ t: [Token], _ k: Int) -> Bool {
        t[k].mark == "-" && k >= 1 && k + 1 < t.count && t[k - 1].isWord && t[k + 1].isWord
            && t[k - 1].end == t[k].start && t[k].end == t[k + 1].start
    }

    /// The full stop of an abbreviated title before a name ("Lt. David", "Sgt. Ross"): a short
    /// capitalised word, the stop against it, a capitalised word next.
    private func isAbbreviationStop(_ t: [Token], _ k: Int) -> Bool {
        t[k].mark == "." && k >= 1 && k + 1 < t.count && t[k - 1].isWord && t[k - 1].capitalised
            && t[k - 1].end == t[k].start && t[k - 1].end - t[k - 1].start <= 4 && t[k + 1].isWord && t[k + 1].capitalised
    }

    /// `"…," he said` / `"…," said Smith` / `"…", according to X`: a cue right after the closing mark.
    private func cueAfter(_ t: [Token], close: Int, span: QuotationFinder.Span) -> Cue? {
        var a = close + 1
        // The quote ends its clause: punctuation inside the marks ("…," / "…?") or a comma after them.
        var lastAt = max(span.inner.lowerBound, span.inner.upperBound - 1)
        while lastAt > span.inner.lowerBound, "\u{2019}\u{2018}'\"\u{201D}".unicodeScalars.contains(article.scalars[lastAt]) { lastAt -= 1 }
        let last = article.scalars[lastAt]
        let trimmed = article.scalars[span.inner.upperBound..<t[close].start]
        let endsClause = trimmed.contains(",") || ".!?".unicodeScalars.contains(last)
        if a < t.count, t[a].mark == "," { a += 1 }
        // A sentence that starts after the quote is its own: `"…." The Rural Fire Service says …` (marks
        // between sentences belong to the next one, so the quote's last word says where it ends); a
        // lower-case word goes on the quote's sentence however it was split (`"…?" she wrote`).
        var lastWord = close - 1
        while lastWord > 0, !t[lastWord].isWord { lastWord -= 1 }
        guard a < t.count, t[a].sentence == t[lastWord].sentence || !t[a].capitalised, var cue = cueAfterClause(t, from: a) else { return nil }
        cue.from = a
        if endsClause || t[a - 1].mark == "," { return cue }
        // A quote whose comma was left out (`"… continue to see " Mayer said.`): only a whole "X said." sentence.
        let end = max(cue.cue.upperBound, cue.speaker?.upperBound ?? 0)
        return end >= t.count || ".!?".unicodeScalars.contains(t[end].mark) ? cue : nil
    }

    /// The cue of `cueAfter` from token `a`, the first after the quote and its comma.
    private func cueAfterClause(_ t: [Token], from a: Int) -> Cue? {
        func inPhrase(_ k: Int) -> Bool { k < t.count && t[k].quote < 0 && (t[k].isWord || isJoiningHyphen(t, k) || isAbbreviationStop(t, k)) }
        var e = a
        while inPhrase(e), e - a < 10 { e += 1 }
        guard e > a else { return nil }
        if t[a].form == lexicon.according, a + 1 < e, t[a + 1].form == lexicon.to { return Cue(cue: a..<(a + 2), speaker: (a + 2 < e) ? (a + 2)..<e : nil) }
        guard let v = (a..<e).first(where: { isVerbCue(t, $0) }) else {
            // `"…," John Smith, a spokesman for the council, said.`: the speaker, an appositive or two, the verb;
            // `"…," chairman, CEO and president Craig Menear said`: a name just before the verb says more.
            var b = e
            for _ in 0..<2 {
                guard b < t.count, t[b].mark == ",", b + 1 < t.count else { return nil }
                var c = b + 1
                while c < t.count, t[c].isWord, flags(t[c]).contains(.auxiliary) { c += 1 }
                if c < t.count, isVerbCue(t, c) { return Cue(cue: cueRange(t, c, limit: t.count), speaker: a..<e) }
                let from = c
                while inPhrase(c), c - b <= 12 {
                    if c > from, isVerbCue(t, c) {
                        var phrase = from..<c
                        while let l = phrase.last, flags(t[l]).contains(.auxiliary) { phrase = from..<l }
                        let named = phrase.last.map { t[$0].actor >= 0 } ?? false
                        return Cue(cue: cueRange(t, c, limit: t.count), speaker: named ? phrase : a..<e)
                    }
                    c += 1
                }
                b = c
            }
            return nil
        }
        var s = a
        while s < v, flags(t[s]).contains(.time) { s += 1 }
        var before = s..<v
        while let last = before.last, flags(t[last]).contains(.auxiliary) { before = before.lowerBound..<last }
        // "lead researcher and NASA planetary scientist Lucas Paganini said": the phrase after the last boundary.
        if let b = before.last(where: { flags(t[$0]).contains(.boundary) }) {
            guard b + 1 < v else { return nil }
            before = (b + 1)..<v
        }
        if !before.isEmpty { return Cue(cue: cueRange(t, v, limit: e), speaker: before) }
        // Inverted: "said Smith", "said the minister".
        var sp = (v + 1)..<e
        while let first = sp.first, flags(t[first]).contains(.time) { sp = (first + 1)..<sp.upperBound }
        return Cue(cue: v..<(v + 1), speaker: sp.isEmpty ? nil : cutAtPreposition(t, sp))
    }

    /// `Smith said: "…"` / `He told reporters the plan "would fail"`: the nearest cue before the
    /// opening mark in the same sentence, with the cue's subject.
    private func cueBefore(_ t: [Token], open: Int) -> Cue? {
        let sentence = t[open].sentence
        var i = open - 1
        while i >= 0, t[i].sentence == sentence || t[i].mark == ":" , open - i <= 30 {
            if t[i].quote >= 0 && !t[i].opensQuote && !t[i].closesQuote { return nil }
            if t[i].closesQuote { return nil }
            if isVerbCue(t, i) {
                guard let subject = subject(t, cue: i, relative: true) else { return nil }
                return Cue(cue: cueRange(t, i, limit: open), speaker: subject)
            }
            // "she was warned that “…”": whoever warned her is not named; the quote is not hers.
            if i > 0, t[i].isWord, !t[i].capitalised, flags(t[i]).contains(.verb), flags(t[i - 1]).contains(.passive), !word(t[i]).hasSuffix("ing") {
                return Cue(cue: (i - 1)..<(i + 1), speaker: nil)
            }
            if t[i].form == lexicon.according, i + 1 < open, t[i + 1].form == lexicon.to {
                var e = i + 2
                while e < open, t[e].isWord { e += 1 }
                return Cue(cue: i..<(i + 2), speaker: e > i + 2 ? (i + 2)..<e : nil)
            }
            if let c = nounCue(t, i), let subject = subject(t, cue: c.lowerBound) { return Cue(cue: c, speaker: subject) }
            i -= 1
        }
        return nil
    }

    // MARK: - Reported speech

    private mutating func indirect(_ t: [Token], cue i: Int, sentence bounds: Range<Int>) {
        let sentenceEnd = bounds.upperBound
        let sentenceStart = bounds.lowerBound
        // "according to X, …" / "…, according to X."
        if t[i].form == lexicon.according, i + 1 < sentenceEnd, t[i + 1].form == lexicon.to {
            var e = i + 2
            while e < sentenceEnd, t[e].isWord { e += 1 }
            guard e > i + 2 else { return }
            var speaker: Range<Int>? = cutAtPreposition(t, (i + 2)..<e)
            if let sp = speaker, resolve(t, sp, before: t[sp.lowerBound].start).map({ $0.actor == nil && $0.resolution == .unnamed }) ?? true {
                // A document or a crowd ("the TexAuto Facts report from InfoNation", "data from MarketAxess",
                // "people familiar with the matter"): the actor named right after "from", "by" or "of", else unnamed.
                let owner = ((i + 3)..<e).first { k in
                    [lexicon.from, lexicon.by, lexicon.of].contains(t[k - 1].form) && t[k].actor >= 0
                        || k >= i + 4 && [lexicon.from, lexicon.by, lexicon.of].contains(t[k - 2].form) && flags(t[k - 1]).contains(.definite) && t[k].actor >= 0
                }
                speaker = owner.map { k in
                    var b = k
                    while b + 1 < e, t[b + 1].actor == t[k].actor { b += 1 }
                    return k..<(b + 1)
                } ?? (resolve(t, sp, before: t[sp.lowerBound].start) == nil ? nil : sp)
            }
            let content: Range<Int>
            if i == sentenceStart || (i > sentenceStart && !t[i - 1].isWord && i - 1 == sentenceStart) {
                // Past the comma after the speaker; nothing when the speaker ends the sentence.
                content = min(e + 1, sentenceEnd)..<sentenceEnd
            } else {
                content = (i > sentenceStart && t[i - 1].mark == ",") ? sentenceStart..<(i - 1) : sentenceStart..<i
            }
            emit(t, cue: i..<(i + 2), speaker: speaker, content: content)
            return
        }
        // "…, saying (that) …", "…, adding …": a participle reporting for the clause's subject.
        if flags(t[i]).contains(.participle), i > sentenceStart, flags(t[i]).contains(.speechParticiple) || t[i - 1].mark == "," {
            // "adding to the problems", "adding 67 runs": another sense of the participle.
            if i + 1 < sentenceEnd, t[i + 1].isWord, flags(t[i + 1]).contains(.bindingPreposition) || CharacterClass.isDigit(article.scalars[t[i + 1].start]) { return }
            // "claiming the set", "adding a second goal": an object, not a clause ("warning the public that …" is one).
            if !flags(t[i]).contains(.speechParticiple), i + 1 < sentenceEnd, flags(t[i + 1]).contains(.article),
               !((i + 1)..<min(sentenceEnd, i + 8)).contains(where: { t[$0].form == lexicon.that }) { return }
            guard let speaker = participleSubject(t, saying: i, sentenceStart: sentenceStart) else { return }
            emit(t, cue: i..<(i + 1), speaker: speaker, content: contentAfter(t, i + 1, end: sentenceEnd, object: false))
            return
        }
        // "Mr Joseph’s insistence that …": a position its possessor stated.
        if flags(t[i]).contains(.positionNoun), i > sentenceStart, t[i - 1].isWord, t[i - 1].possessive, i + 1 < sentenceEnd,
           t[i + 1].form == lexicon.that, let owner = leftPhrase(t, endingAt: i - 1) {
            emit(t, cue: i..<(i + 1), speaker: owner, content: contentAfter(t, i + 2, end: sentenceEnd, object: false))
            return
        }
        // "… issued a public notice that …", "released a statement saying …"
        if let c = nounCue(t, i) {
            guard let subject = subject(t, cue: c.lowerBound) else { return }
            let from = c.upperBound < sentenceEnd && t[c.upperBound].form == lexicon.saying ? c.upperBound + 1 : c.upperBound
            emit(t, cue: c, speaker: subject, content: contentAfter(t, from, end: sentenceEnd, object: false))
            return
        }
        // "Michael Gove is said to believe (that) …": a position reported of the subject.
        if flags(t[i]).contains(.say), i > sentenceStart, flags(t[i - 1]).contains(.passive), i + 2 < sentenceEnd, t[i + 1].form == lexicon.to,
           AttributionWords.reportedBeliefs.contains(word(t[i + 2])) {
            guard let subject = subject(t, cue: i) else { return }
            emit(t, cue: (i - 1)..<(i + 3), speaker: subject, content: contentAfter(t, i + 3, end: sentenceEnd, object: false))
            return
        }
        guard isVerbCue(t, i) else { return }
        let f = flags(t[i])
        // "ruled out any devaluation": the particle is the cue's, the object the position.
        if f.contains(.particleVerb), i + 1 < sentenceEnd, word(t[i + 1]) == AttributionWords.particleCues[word(t[i])] {
            guard let subject = subject(t, cue: i) else { return }
            emit(t, cue: i..<(i + 2), speaker: subject, content: contentAfter(t, i + 2, end: sentenceEnd, object: false))
            return
        }
        // Passive: "it was announced by the ministry that …".
        if i > sentenceStart, flags(t[i - 1]).contains(.passive), i + 1 < sentenceEnd, t[i + 1].form == lexicon.by {
            var e = i + 2
            while e < sentenceEnd, t[e].isWord, t[e].form != lexicon.that { e += 1 }
            guard e > i + 2 else { return }
            emit(t, cue: (i - 1)..<(i + 2), speaker: cutAtPreposition(t, (i + 2)..<e), content: contentAfter(t, e, end: sentenceEnd, object: false))
            return
        }
        // Trailing: "…, X said." / "…, said X." — the cue near the sentence's end, the content before a comma.
        var tail = i + 1
        while tail < sentenceEnd, t[tail].isWord, t[tail].quote < 0, tail - i <= 18 { tail += 1 }
        let tailWords = tail - i - 1
        let endsSentence = tail >= sentenceEnd || ".!?".unicodeScalars.contains(t[tail].mark) && tail + 1 >= sentenceEnd
        let hasThat = ((i + 1)..<tail).contains { t[$0].form == lexicon.that }
        // Not "The Opposition Leader, Simon Crean, says the Government has failed": a subject before the
        // comma, or a clause after the verb, makes it a leading cue.
        let invertedSpeaker = ((i + 1)..<tail).allSatisfy { flags(t[$0]).isDisjoint(with: [.auxiliary, .pronoun, .verb]) || flags(t[$0]).contains(.time) }
        // Only verbs that close a quotation invert ("…, said the minister"; not "…, found no evidence").
        if endsSentence, tailWords > 0, tailWords <= 16, !hasThat, i > sentenceStart, t[i - 1].mark == ",", f.contains(.quotationVerb),
           invertedSpeaker, !hasSubject(t, cue: i),
           emit(t, cue: i..<(i + 1), speaker: cutAtPreposition(t, (i + 1)..<tail), content: sentenceStart..<(i - 1), anyNoun: true) {
            // Inverted: "…, said the minister." / "…, said The We Company’s executive chair Marcelo Claure in an email."
            return
        }
        if !hasThat, trailingTail(t, after: i, end: sentenceEnd) {
            // "…, Mayer said.", "…, Cook said while visiting …", "…, Benioff said, ever since …".
            var s = i - 1
            while s > sentenceStart, flags(t[s]).contains(.auxiliary) { s -= 1 }
            var a = s
            while a > sentenceStart, a > s - 12 {
                // "…, Palestinian and Israeli security officials said": a coordinated speaker.
                if t[a - 1].isWord, !flags(t[a - 1]).contains(.boundary) || lexicon.conjunctions.contains(t[a - 1].form) && a - 1 > sentenceStart && t[a - 2].isWord { a -= 1 }
                else if isAbbreviationStop(t, a - 1) { a -= 2 }  // "Lt. David Lelevier said."
                else { break }
            }
            // A parenthetical ("Before Swanson got out of the water, Walsh said, he fashioned …"): both sides.
            var after: Range<Int>? = nil
            if i + 1 < sentenceEnd, t[i + 1].mark == ",", i + 2 < sentenceEnd { after = contentAfter(t, i + 2, end: sentenceEnd, object: false) }
            if a > sentenceStart + 1, t[a - 1].mark == ",", s >= a,
               emit(t, cue: cueRange(t, i, limit: tail), speaker: a..<(s + 1), content: sentenceStart..<(a - 1), more: after, anyNoun: true) {
                return
            }
        }
        // "called for", "called on": a demand; "said on Monday" is a time.
        let demand = f.contains(.needsClause) && i + 1 < sentenceEnd && (t[i + 1].form == lexicon.forWord || t[i + 1].form == lexicon.on)
        if f.contains(.needsClause) && !hasThat && !demand { return }
        if demand {
            guard let subject = subject(t, cue: i) else { return }
            emit(t, cue: i..<(i + 2), speaker: subject, content: (i + 2)..<sentenceEnd)
            return
        }
        // Leading: "X said (that) …". Not a score: "added 72 without loss", "claimed second place".
        if AttributionWords.scoreVerbs.contains(word(t[i])), i + 1 < sentenceEnd, t[i + 1].isWord,
           CharacterClass.isDigit(article.scalars[t[i + 1].start]) || AttributionWords.ordinals.contains(word(t[i + 1])) { return }
        guard let subject = subject(t, cue: i) else { return }
        // A short noun phrase opening the sentence is the subject whatever its noun ("Business groups have urged").
        // Not before a preposition ("Strong winds predicted for today": a participle); "say" not after a
        // negation ("Israeli forces did not say how many"; "does not expect any opposition" states a position).
        let opens = subject.lowerBound == sentenceStart || subject.lowerBound == sentenceStart + 1 && !t[sentenceStart].isWord
        let negated = flags(t[i]).contains(.say) && i > 0 && AttributionWords.negations.contains(word(t[i - 1]))
        let beforePreposition = i + 1 < sentenceEnd && flags(t[i + 1]).contains(.preposition)
        if negated { return }
        emit(t, cue: cueRange(t, i, limit: sentenceEnd), speaker: subject, content: contentAfter(t, i + 1, end: sentenceEnd, object: f.contains(.takesObject)),
             anyNoun: opens && subject.count <= 4 && !beforePreposition)
    }

    /// Whether the cue at `i` has a subject on its left that can speak ("The Opposition Leader, Simon Crean,
    /// says", "Officials, speaking on condition of anonymity, said").
    private func hasSubject(_ t: [Token], cue i: Int) -> Bool {
        guard let sp = subject(t, cue: i) else { return false }
        return resolve(t, sp, before: t[sp.lowerBound].start) != nil
    }

    /// Whether what follows the cue at `v` adds no content of its own, so a speaker and cue after a comma
    /// close the clause before them: the sentence's end, a comma, an adverbial clause ("while visiting …"),
    /// or time words and prepositional phrases up to a comma or the end ("on Tuesday in a speech to …"),
    /// but not "on Monday it would …", where a clause follows.
    private func trailingTail(_ t: [Token], after v: Int, end: Int) -> Bool {
        var k = v + 1
        if k >= end || !t[k].isWord && ".!?,".unicodeScalars.contains(t[k].mark) { return true }
        guard t[k].isWord, t[k].quote < 0 else { return false }
        if flags(t[k]).contains(.adverbial) { return true }
        // "…, Cook told Benioff.", "…, he told reporters in Sydney.": an audience, then the same.
        if flags(t[v]).contains(.takesObject), t[k].capitalised || flags(t[k]).contains(.audience) { k += 1 }
        guard k >= end || !t[k].isWord || flags(t[k]).contains(.preposition) || flags(t[k]).contains(.time) else { return false }
        while k < end, k - v <= 14 {
            if isJoiningHyphen(t, k) { k += 1; continue }
            if !t[k].isWord { return ".!?,".unicodeScalars.contains(t[k].mark) }
            // A clause follows: "that", a pronoun, a verb or an auxiliary, or a determiner that no preposition
            // introduces ("said on Monday the county would …").
            let f = flags(t[k])
            if t[k].quote >= 0 || t[k].form == lexicon.that || f.contains(.pronoun) || f.contains(.verb) || f.contains(.auxiliary) { return false }
            if f.contains(.definite) || f.contains(.indefinite), k > v + 1, t[k - 1].isWord, !flags(t[k - 1]).contains(.preposition) { return false }
            k += 1
        }
        return k >= end
    }

    /// The content after a cue: past an audience ("told reporters"), time words and "that", to the sentence's end.
    private func contentAfter(_ t: [Token], _ from: Int, end: Int, object: Bool) -> Range<Int> {
        var a = from
        if object, a < end, t[a].isWord {
            if flags(t[a]).contains(.audience) { a += 1 }
            else if flags(t[a]).contains(.definite), a + 1 < end, flags(t[a + 1]).contains(.audience) { a += 2 }
            else if t[a].capitalised, t[a].actor >= 0 {
                var b = a
                while b < end, t[b].isWord, t[b].capitalised { b += 1 }
                // "urged Vietnam and others to push back": the person urged is part of what was urged.
                if !(b < end && t[b].isWord && (lexicon.conjunctions.contains(t[b].form) || t[b].form == lexicon.to)) { a = b }
            }
        }
        // "said in a statement (that) …", "said on Twitter …": the medium is not what was said.
        if a + 1 < end, t[a].isWord, t[a].form == lexicon.inWord || t[a].form == lexicon.on,
           let n = ((a + 1)..<min(end, a + 5)).first(where: { t[$0].isWord && (flags(t[$0]).contains(.reportingNoun) || t[$0].capitalised) }),
           ((a + 1)..<n).allSatisfy({ t[$0].isWord && (flags(t[$0]).contains(.article) || !t[$0].capitalised) }), n + 2 < end {
            a = n + 1
        }
        if let that = (a..<min(end, a + 7)).first(where: { t[$0].form == lexicon.that }),
           (a..<that).allSatisfy({ (t[$0].isWord && !flags(t[$0]).contains(.participle)) || t[$0].mark == "," }) {
            a = that + 1
        }
        // "announced sanctions, saying it would …": the participle reports a clause of its own.
        var end = end
        if let p = (a..<end).first(where: { $0 > a + 2 && t[$0].isWord && flags(t[$0]).contains(.participle) && t[$0 - 1].mark == "," }) { end = p - 1 }
        while a < end, !t[a].isWord, t[a].mark == "," || t[a].mark == ":" { a += 1 }
        // "said on Monday (that) …": the time words, then "that".
        var b0 = a
        while b0 < end, t[b0].isWord, flags(t[b0]).contains(.time) { b0 += 1 }
        if b0 > a, b0 < end, t[b0].isWord { a = b0 }
        if a < end, t[a].form == lexicon.that, a > from { a += 1 }
        var b = end
        while b > a, !t[b - 1].isWord, !t[b - 1].closesQuote { b -= 1 }
        return a..<b
    }

    /// Adds an indirect attribution; false when the content is too short or the speaker phrase is no speaker.
    @discardableResult
    /// `anyNoun`: the speaker stands where only a speaker can ("…, Palestinian medics said."), so a noun
    /// phrase no list knows is an unnamed source rather than no speaker.
    private mutating func emit(_ t: [Token], cue: Range<Int>, speaker: Range<Int>?, content: Range<Int>, more: Range<Int>? = nil, anyNoun: Bool = false) -> Bool {
        guard content.lowerBound < content.upperBound, content.lowerBound >= 0, content.upperBound <= t.count else { return false }
        // A reported clause is a sentence's worth; a run-on text without punctuation must not make it the whole text.
        let content = content.lowerBound..<min(content.upperBound, content.lowerBound + 300)
        let words = content.filter { t[$0].isWord }.count
        guard words >= 3 else { return false }
        // Content that is all quotation belongs to the direct attribution already made.
        let quoted = content.filter { t[$0].isWord && t[$0].quote >= 0 }.count
        if quoted * 10 >= words * 8 { return false }
        var who: (Int?, SpeakerResolution, String) = (nil, .unnamed, "")
        if let speaker {
            let nounPhrase = anyNoun && speaker.count <= 6
                && speaker.allSatisfy { t[$0].isWord && flags(t[$0]).isDisjoint(with: [.verb, .pronoun, .boundary, .preposition, .auxiliary]) || lexicon.conjunctions.contains(t[$0].form) }
            guard let r = resolve(t, speaker, before: t[speaker.lowerBound].start) ?? (nounPhrase ? .init(actor: nil, resolution: .unnamed) : nil) else { return false }
            who = (r.actor, r.resolution, r.name ?? text(t, speaker))
        }
        var first = content.lowerBound, last = content.upperBound - 1
        while first < last, !t[first].isWord, !t[first].opensQuote { first += 1 }
        // "acknowledged and was released": a verb coordinated with another, not a report.
        if t[first].isWord, lexicon.conjunctions.contains(t[first].form), first == content.lowerBound, first == cue.upperBound { return false }
        while last > first, !t[last].isWord, !t[last].closesQuote { last -= 1 }
        // A quote that ends the content closes it too (its mark, before the full stop, counts with the next sentence).
        if last + 1 < t.count, t[last + 1].closesQuote, (first...last).contains(where: { t[$0].opensQuote && t[$0].quote == t[last + 1].quote }) { last += 1 }
        var parts = [t[first].start..<t[last].end]
        if let more, more.count >= 2, let a = more.first(where: { t[$0].isWord || t[$0].opensQuote }), let b = more.last(where: { t[$0].isWord || t[$0].closesQuote }), a <= b {
            parts.append(t[a].start..<t[b].end)
        }
        add(.indirect, sentence: t[cue.lowerBound].sentence, parts: parts, speaker: who, cue: text(t, cue))
        return true
    }

    private mutating func add(_ kind: Attribution.Kind, sentence: Int, parts: [Range<Int>], speaker: (Int?, SpeakerResolution, String), cue: String) {
        var ids = [Int]()
        for p in parts {
            guard let a = article.sentence(containing: p.lowerBound)?.id, let b = article.sentence(containing: max(p.lowerBound, p.upperBound - 1))?.id else { continue }
            for id in a...b where ids.last.map({ $0 < id }) ?? true { ids.append(id) }
        }
        let content = parts.map { article.text(from: $0.lowerBound, to: $0.upperBound) }.joined(separator: " … ")
        // The content's last sentence: a quote over several sentences reaches the next one from its end.
        let last = ids.last ?? sentence
        if speaker.0 != nil || speaker.1 == .unknown {
            lastNamed = (speaker.0, last, parts.first?.lowerBound ?? 0, speaker.2)
        } else if kind == .direct {
            // A quote from an unnamed source ("she was warned that “…”"): the next quote with no cue is not the last named speaker's.
            lastNamed = nil
        }
        if speaker.0 == nil, speaker.1 == .unnamed, let head = Tokenizer.foldedWords(of: speaker.2).last {
            lastUnnamed = (sentence, parts.first?.lowerBound ?? 0)
            if AttributionWords.singularSources.contains(head) { lastUnnamedPerson = lastUnnamed }
        }
        attributions.append(Attribution(
            kind: kind, sentence: sentence, sentences: ids.isEmpty ? [sentence] : ids,
            speaker: speaker.0.map { resolver.actors[$0].name }, speakerText: speaker.2, resolution: speaker.1,
            cue: cue, content: content, parts: parts))
    }

    // MARK: - Cues and subjects

    /// A reporting verb used as one: lower case, not after a determiner ("the claims") or "to" ("refused to say").
    private func isVerbCue(_ t: [Token], _ i: Int) -> Bool {
        guard t[i].isWord, !t[i].capitalised, flags(t[i]).contains(.verb) else { return false }
        if flags(t[i]).contains(.progressive) {
            // "are warning", "is also reporting": only after a form of "be".
            var b = i - 1
            while b > 0, t[b].isWord, flags(t[b]).contains(.auxiliary), !flags(t[b]).contains(.passive) { b -= 1 }
            guard b >= 0, b < i - 0, t[b].isWord, flags(t[b]).contains(.passive), t[b].sentence == t[i].sentence else { return false }
        }
        if i > 0, t[i - 1].isWord {
            let p = flags(t[i - 1])
            // "the claims", "a report": a noun; "Some said", "Many say": a subject; "over alleged assaults":
            // an adjective after a preposition.
            if p.contains(.article) || p.contains(.preposition) || t[i - 1].form == lexicon.to || t[i - 1].possessive { return false }
        }
        // "accused of", "admitted to": a participle or a verb of another sense, not a report; "called for"
        // and "called on" report a demand.
        // "she was warned", "they were told": the subject heard it; only "was announced by X" names a speaker.
        if i > 0, t[i - 1].isWord, flags(t[i - 1]).contains(.passive), !word(t[i]).hasSuffix("ing"),
           !(i + 1 < t.count && t[i + 1].form == lexicon.by) { return false }
        if i + 1 < t.count, t[i + 1].isWord {
            let next = t[i + 1].form
            if next == lexicon.forWord || next == lexicon.on { return true }  // "called for", "said on Monday"
            // "said to be 40": a passive sense; "argued over the weekend": a time, not a binding.
            if flags(t[i]).contains(.say), next == lexicon.to, i + 2 < t.count, ["be", "have"].contains(word(t[i + 2])) { return false }
            let time = i + 2 < t.count && (flags(t[i + 2]).contains(.time) || i + 3 < t.count && flags(t[i + 2]).contains(.definite) && flags(t[i + 3]).contains(.time))
            let infinitive = next == lexicon.to && flags(t[i]).contains(.toInfinitive)
            if flags(t[i + 1]).contains(.bindingPreposition), !flags(t[i]).contains(.say), !time, !infinitive { return false }
        }
        return true
    }

    /// The cue as written: the verb, and "reporters" after "told".
    private func cueRange(_ t: [Token], _ v: Int, limit: Int) -> Range<Int> {
        if flags(t[v]).contains(.takesObject), v + 1 < limit, t[v + 1].isWord, flags(t[v + 1]).contains(.audience) { return v..<(v + 2) }
        return v..<(v + 1)
    }

    /// "issued a (public) notice that/saying …": the cue's tokens, from the verb to the noun.
    private func nounCue(_ t: [Token], _ v: Int) -> Range<Int>? {
        guard t[v].isWord, flags(t[v]).contains(.nounCueVerb) else { return nil }
        var n = v + 1
        while n < t.count, n <= v + 4, t[n].isWord, !flags(t[n]).contains(.reportingNoun) { n += 1 }
        guard n < t.count, n <= v + 4, t[n].isWord, flags(t[n]).contains(.reportingNoun) else { return nil }
        let after = n + 1
        guard after < t.count, t[after].form == lexicon.that || t[after].form == lexicon.saying || t[after].mark == ":" else { return nil }
        return v..<(n + 1)
    }

    /// The subject of the cue at `cue`: the noun phrase on its left, past auxiliaries ("has also said")
    /// and an appositive ("South Korea’s memorandum …, Georgy Zinoviev, demanded").
    private func subject(_ t: [Token], cue: Int, relative: Bool = false) -> Range<Int>? {
        let sentence = t[cue].sentence
        var j = cue - 1
        while j >= 0, t[j].isWord, flags(t[j]).contains(.auxiliary), t[j].sentence == sentence { j -= 1 }
        // "James Kennedy Jr. said": the suffix's full stop is part of the name.
        if j >= 1, t[j].mark == ".", t[j - 1].isWord, t[j - 1].end == t[j].start, flags(t[j - 1]).contains(.nameSuffix) { j -= 1 }
        guard j >= 0, t[j].sentence == sentence, t[j].quote < 0 else { return nil }
        if t[j].isWord, lexicon.conjunctions.contains(t[j].form) { return coordinatedSubject(t, before: j) }
        // "Britain’s Queen Elizabeth II, who said …": the relative pronoun's antecedent speaks.
        // (Only for a quote: "Assange, who denies the accusation, has …" reports no clause.)
        if relative, t[j].isWord, j >= 2, AttributionWords.relativePronouns.contains(word(t[j])), t[j - 1].mark == ",", t[j - 2].isWord {
            return leftPhrase(t, endingAt: j - 2)
        }
        if t[j].isWord {
            // "An Iraqi defector who has applied for residency in Australia claims …": a subject with a
            // restrictive relative clause (no commas) speaks, not the clause's last words. Not "which he said"
            // (the clause has its own subject) nor "The man who calls himself Abu Mohammad told" (it names him).
            if let p = leftPhrase(t, endingAt: j), p.lowerBound >= 2, AttributionWords.personRelatives.contains(word(t[p.lowerBound - 1])), t[p.lowerBound - 2].isWord,
               !flags(t[p.lowerBound]).contains(.pronoun), !(t[j].actor >= 0 && resolver.actors[t[j].actor].kind == .person),
               let head = leftPhrase(t, endingAt: p.lowerBound - 2), !flags(t[head.lowerBound]).contains(.introduction) {
                return head
            }
            return leftPhrase(t, endingAt: j)
        }
        guard t[j].mark == "," else { return nil }
        // ", APPOSITIVE, cue": the subject is the phrase before the appositive when there is one.
        var k = j - 1
        while k >= 0, t[k].isWord || isJoiningHyphen(t, k), t[k].sentence == sentence, j - k <= 30 { k -= 1 }
        // A relative clause ("The company, which is expected to …, confirmed") may run longer than an appositive.
        // So may a participle phrase ("Officials, speaking on condition of anonymity because …, said").
        let relative = k >= 0 && k + 1 < j && t[k].mark == "," && (AttributionWords.relativePronouns.contains(word(t[k + 1]))
            || !t[k + 1].capitalised && word(t[k + 1]).hasSuffix("ing"))
        if j - k > 13 && !relative { return nil }
        // "Shane Bradford of Ballidu, west of Burakin, says": the phrase from the sentence's start is the subject.
        if k < j - 1, k < 0 || t[k].sentence != sentence || ".!?".unicodeScalars.contains(t[k].mark) || t[k].closesQuote {
            // Only a noun phrase: no clause boundary or verb in it ("Walsh added that Swanson surfaced, yelled").
            let phrase = (k + 1)..<j
            return phrase.contains { t[$0].isWord && (flags(t[$0]).contains(.boundary) || isVerbCue(t, $0)) } ? nil : phrase
        }
        guard k >= 0, k < j - 1, t[k].mark == ",", t[k].sentence == sentence else { return nil }
        let appositive = (k + 1)..<j
        if k >= 1, t[k - 1].isWord, let main = leftPhrase(t, endingAt: k - 1), !flags(t[main.lowerBound]).contains(.introduction) {
            // "The minister, John Smith, said": the name in the appositive says more than the description.
            let named = { (r: Range<Int>) in self.resolve(t, r, before: t[r.lowerBound].start).map { $0.actor != nil && !$0.resolution.isGuess } ?? false }
            // "A spokesman for governor Gul Agha, Akbar Jan, says": the spokesman is the one named.
            let spokesman = main.first { flags(t[$0]).contains(.representative) }.map { k in
                (k + 1 < main.upperBound && (t[k + 1].form == lexicon.forWord || t[k + 1].form == lexicon.of)) } ?? false
            if spokesman && named(appositive) { return appositive }
            // A place in the appositive ("… Center in Greenbelt, Maryland, has confirmed") says where, not who.
            let place = appositive.allSatisfy { !t[$0].isWord || t[$0].actor >= 0 && resolver.actors[t[$0].actor].kind == .place }
            return named(main) || !named(appositive) || place ? main : appositive
        }
        return appositive
    }

    /// Who speaks in "…, saying …": the subject of a cue just before ("Lord Baker added, saying"), else
    /// the first name or pronoun among the sentence's first words ("The Foreign Minister, Dr Abdullah,
    /// appeared …, saying"). Nil after a reporting noun ("a statement saying"): that cue is the noun's.
    private func participleSubject(_ t: [Token], saying i: Int, sentenceStart: Int) -> Range<Int>? {
        if ((i - 4)..<i).contains(where: { $0 >= sentenceStart && flags(t[$0]).contains(.reportingNoun) }) { return nil }
        if i - 2 >= sentenceStart, t[i - 1].mark == ",", isVerbCue(t, i - 2) { return subject(t, cue: i - 2) }
        var k = sentenceStart
        while k < min(i, sentenceStart + 10) {
            if t[k].isWord, t[k].quote < 0, t[k].actor >= 0 || flags(t[k]).contains(.pronoun) {
                var e = k
                while e + 1 < i, t[e + 1].isWord, t[e + 1].actor >= 0, t[e + 1].actor == t[k].actor { e += 1 }
                // Names run together ("New York Mayor Rudolph Giuliani"): the run's last name is the head.
                var f = e
                while f + 1 < i, t[f + 1].isWord, t[f + 1].capitalised, t[f + 1].quote < 0 { f += 1 }
                if f > e, t[f].actor >= 0 { e = f }
                return leftPhrase(t, endingAt: e)
            }
            k += 1
        }
        return nil
    }

    /// "Fernando de la Rua has resigned and called for …": the subject of the verb phrase before the
    /// conjunction at `and`, when a short lower-case predicate leads back to a name, a pronoun or an unnamed source.
    private func coordinatedSubject(_ t: [Token], before and: Int) -> Range<Int>? {
        var k = and - 1
        while k >= 0, and - k <= 6, t[k].isWord, t[k].sentence == t[and].sentence, t[k].quote < 0, !t[k].capitalised,
              t[k].actor < 0, flags(t[k]).isDisjoint(with: [.boundary, .pronoun, .unnamed]) { k -= 1 }
        guard k >= 0, k < and - 1, t[k].isWord, t[k].sentence == t[and].sentence, t[k].quote < 0 else { return nil }
        let f = flags(t[k])
        guard t[k].actor >= 0 || f.contains(.pronoun) || f.contains(.unnamed) else { return nil }
        return leftPhrase(t, endingAt: k)
    }

    /// The run of words ending at `j`, stopping at punctuation, a clause boundary or after 14 words.
    private func leftPhrase(_ t: [Token], endingAt j: Int) -> Range<Int>? {
        var a = j
        while a > 0, a > j - 14 {
            let p = t[a - 1]
            if p.isWord {
                let insideName = p.actor >= 0 && p.actor == t[a].actor
                if flags(p).contains(.boundary) && !insideName || p.quote >= 0 || p.sentence != t[j].sentence { break }
            } else if !(p.mark == "-" && a >= 2 && t[a - 2].isWord && t[a - 2].end == p.start && p.end == t[a].start) {
                break
            }
            a -= 1
        }
        return a...j ~= j ? a..<(j + 1) : nil
    }

    /// The head of a speaker phrase: up to its first preposition ("Police in Karachi" → "Police"),
    /// except "a spokesman for X", which names X.
    private func cutAtPreposition(_ t: [Token], _ r: Range<Int>) -> Range<Int> {
        // Also before a participle that modifies the head ("scientists using a telescope") or a clause
        // ("a WeWork spokesperson when contacted"); not at "and" ("Palestinian and Israeli officials").
        guard let p = r.dropFirst().first(where: { k in
            guard t[k].isWord, !(t[k].actor >= 0 && k + 1 < t.count && t[k + 1].actor == t[k].actor) else { return false }
            let f = flags(t[k])
            return f.contains(.preposition) || f.contains(.modifierParticiple) || f.contains(.boundary) && !lexicon.conjunctions.contains(t[k].form)
        }) else { return r }
        return r.lowerBound..<p
    }

    /// Resolves a speaker phrase; nil when it cannot be a speaker ("the plan said" is not reported speech).
    private func resolve(_ t: [Token], _ phrase: Range<Int>, before offset: Int) -> SpeakerResolver.Resolved? {
        var r = phrase
        // "…, with the weather bureau forecasting winds": an absolute phrase describes; nobody speaks.
        if t[r.lowerBound].form == lexicon.with { return nil }
        // Leading introductory words of the clause ("However the minister said").
        var introduced = false
        while let f = r.first, r.count > 1, flags(t[f]).contains(.introduction), t[f].actor < 0 { r = (f + 1)..<r.upperBound; introduced = true }
        // The rest of an introductory phrase with no comma ("In a statement the company says", "On Monday the
        // minister said"): the subject starts at the determiner that follows the phrase's noun.
        if introduced, let d = r.dropFirst().first(where: { k in
            t[k].isWord && flags(t[k]).contains(.definite) && t[k - 1].isWord && flags(t[k - 1]).isDisjoint(with: [.preposition, .article, .boundary])
        }) { r = d..<r.upperBound }
        if r.count == 1, flags(t[r.lowerBound]).contains(.introduction) || flags(t[r.lowerBound]).contains(.boundary) { return nil }
        // A person named at the end: "Director of Logan Airport Tom Kinton", "the Bureau’s Claire Richards".
        if let last = r.last, t[last].actor >= 0, resolver.actors[t[last].actor].kind == .person {
            return resolver.named(t[last].actor, surface: mentionSurface(t, last))
        }
        if let found = body(t, r) { return found }
        // "a statement from Prime Minister Ariel Sharon’s office": the owner of the reporting noun.
        if let owner = r.first(where: { t[$0].possessive && t[$0].actor >= 0 }),
           (owner + 1..<r.upperBound).contains(where: { flags(t[$0]).contains(.reportingNoun) && t[$0].actor < 0 }) {
            return resolver.named(t[owner].actor, surface: mentionSurface(t, owner))
        }
        // "a spokesman for Qantas" / "head of the IMF": the body named after the preposition.
        if let p = r.dropFirst().first(where: { t[$0].isWord && (t[$0].form == lexicon.forWord || t[$0].form == lexicon.of) }),
           flags(t[p - 1]).contains(.representative) {
            if let found = body(t, (p + 1)..<r.upperBound) { return found }
            if let named = ((p + 1)..<r.upperBound).last(where: { t[$0].actor >= 0 }) {
                return resolver.named(t[named].actor, surface: mentionSurface(t, named))
            }
        }
        r = cutAtPreposition(t, r)
        guard let last = r.last else { return nil }
        // "South Korea’s memorandum", "Putin’s comment": the possessor of a reporting noun.
        if let owner = r.first(where: { t[$0].possessive && t[$0].actor >= 0 }),
           (owner + 1..<r.upperBound).contains(where: { flags(t[$0]).contains(.reportingNoun) && t[$0].actor < 0 }) {
            return resolver.named(t[owner].actor, surface: mentionSurface(t, owner))
        }
        let head = t[last]
        let f = flags(head)
        let determiner = flags(t[r.lowerBound])
        // "the company", "the group": a description, though the actor list took the common noun for a name.
        let commonNoun = !head.capitalised && r.count > 1 && determiner.contains(.definite) && AttributionWords.descriptions[word(head)] != nil
        if head.actor >= 0, !commonNoun { return resolver.named(head.actor, surface: mentionSurface(t, last)) }
        // A pronoun is a whole subject: "On Friday he said".
        if f.contains(.pronoun), let kind = AttributionWords.pronouns[word(head)] {
            let named = lastNamed.flatMap { $0.start < offset && head.sentence - $0.sentence <= 2 && $0.actor != nil ? $0 : nil }
            // "he" in the sentence after an unnamed person's attribution, with no named one since, is that person.
            let unnamed = (kind == .group ? lastUnnamed : lastUnnamedPerson).map { $0.start < offset && head.sentence - $0.sentence <= 1 && $0.start > (named?.start ?? -1) } ?? false
            return resolver.pronoun(kind, before: offset, sentence: head.sentence, previous: named?.actor, previousUnnamed: unnamed)
        }
        let sentence = head.sentence
        // "the Scottish government": a body the actor list knows by the whole phrase.
        // Not "the company" in lower case, which describes, even when the list has a "Company" of its own.
        if r.count > 1, determiner.contains(.definite), !commonNoun, let found = resolver.lookup(text(t, (r.lowerBound + 1)..<r.upperBound)) {
            return .init(actor: found, resolution: .alias)
        }
        // "a WeWork spokesperson", "a Qantas spokesman": the body it speaks for, as "a spokesman for Qantas".
        if f.contains(.representative), let body = r.last(where: { $0 < last && t[$0].actor >= 0 && resolver.actors[t[$0].actor].kind != .person }) {
            return resolver.named(t[body].actor, surface: mentionSurface(t, body))
        }
        // "NASA scientists", "White House advisers": people of a body named just before them speak for it
        // ("Israeli security officials", of a state, and "BBC sources", anonymous, stay unnamed).
        if f.contains(.unnamed), !AttributionWords.anonymousSources.contains(word(head)), last > r.lowerBound, t[last - 1].actor >= 0, resolver.actors[t[last - 1].actor].kind == .organisation {
            return resolver.named(t[last - 1].actor, surface: mentionSurface(t, last - 1))
        }
        if f.contains(.unnamed) || determiner.contains(.indefinite) { return .init(actor: nil, resolution: .unnamed) }
        // "the 56-year-old": a person described by age.
        let aged = word(head) == "old" && last >= 2 && t[last - 1].mark == "-" && ["year", "years"].contains(word(t[last - 2]))
        if let kinds = aged ? [.person] : AttributionWords.descriptions[word(head)] {
            if let modifier = r.last(where: { t[$0].actor >= 0 && ($0 < last && t[$0].actor != head.actor || !commonNoun) && kinds.contains(resolver.actors[t[$0].actor].kind) }) {
                return resolver.named(t[modifier].actor, surface: mentionSurface(t, modifier))
            }
            if determiner.contains(.definite) || head.capitalised {
                return resolver.description(head: word(head), kinds: kinds, before: offset, sentence: sentence)
            }
            // "Austria’s interior minister": a minister the text has named as one, else unnamed (no guess).
            if t[r.lowerBound].possessive {
                return resolver.description(head: word(head), kinds: kinds, before: offset, sentence: sentence, anyOfKind: false)
            }
            return .init(actor: nil, resolution: .unnamed)
        }
        if r.allSatisfy({ !t[$0].isWord || t[$0].capitalised || flags(t[$0]).contains(.title) }) {
            // A form the extractor did not mark here ("Mr Jan" for Akbar Jan): the actor list's own lookup.
            let name = r.filter { t[$0].isWord && flags(t[$0]).isDisjoint(with: [.title, .nameSuffix]) }
            if let first = name.first, let found = resolver.lookup(text(t, first..<(name.last! + 1))) ?? resolver.lookup(word(t[name.last!])) {
                return .init(actor: found, resolution: .alias)
            }
            // One capitalised word with no title is a name only when the text never writes it in lower
            // case and capitalises it inside a sentence too: "Hospitals have urged" is a common noun.
            if name.count == 1, name.count == r.count, !resolver.isProperName(form: t[name[0]].form) {
                return .init(actor: nil, resolution: .unnamed)
            }
            // "U.S. Attorney James Kennedy Jr": the name starts at a known first name after the role words.
            if let k = name.dropFirst().first(where: { PersonNames.isFirstName(word(t[$0])) }), let end = r.last {
                return .init(actor: nil, resolution: .unknown, name: text(t, k..<(end + 1)))
            }
            return .init(actor: nil, resolution: .unknown)
        }
        return nil
    }

    /// "the Scottish government", "Pakistan’s Foreign Ministry", "China’s commerce ministry": a body
    /// named by its modifiers or its owner, the actor list's when it knows the name, else the name as
    /// written (unknown) — never the country or place that owns it. Nil when the phrase is no such body.
    private func body(_ t: [Token], _ r: Range<Int>) -> SpeakerResolver.Resolved? {
        guard let last = r.last, r.count >= 2, t[last].isWord, t[last].actor < 0, flags(t[last]).contains(.body) else { return nil }
        var a = r.lowerBound
        let owner = r.last { t[$0].possessive && $0 < last }
        if let owner { a = owner + 1 } else if flags(t[a]).contains(.definite) { a += 1 }
        // Modifiers: capitalised ("Scottish", "Foreign", "US"), or any after an owner ("China’s commerce ministry").
        guard a < last, last - a <= 3, (a..<last).allSatisfy({ t[$0].isWord && !t[$0].possessive && (owner != nil || t[$0].capitalised) }) else { return nil }
        let name = text(t, a..<(last + 1))
        if let found = resolver.lookup(name) { return .init(actor: found, resolution: .alias) }
        return .init(actor: nil, resolution: .unknown, name: name)
    }

    /// The text of the actor mention that covers token `i`.
    private func mentionSurface(_ t: [Token], _ i: Int) -> String {
        var a = i, b = i
        while a > 0, t[a - 1].actor == t[i].actor, t[a - 1].isWord { a -= 1 }
        while b + 1 < t.count, t[b + 1].actor == t[i].actor, t[b + 1].isWord, !t[b].possessive { b += 1 }
        return article.text(from: t[a].start, to: t[b].end)
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
