/// Direct quotations: the cue after or before each quoted span, interrupted and continued quotes.
extension AttributionFinder {
    /// Handles quoted span `k` (and the spans an interrupted quote continues into); returns the next span.
    mutating func direct(_ t: [Token], marks: [(open: Int?, close: Int?)], spans: [QuotationFinder.Span], at k: Int, used: inout Set<Int>) -> Int {
        let span = spans[k]
        guard let open = marks[k].open else { return k + 1 }
        let close = marks[k].close
        var parts = [span.inner]
        var next = k + 1
        var found: Cue?
        var cueOwner = open
        var cueFollows = false
        if let close, let after = cueAfter(t, close: close, span: span) ?? nameLine(t, close: close), after.speaker.map({ resolve(t, $0, before: t[open].start) != nil }) ?? true {
            found = after
            // Interrupted: "…," he said, "…" — the quote goes on right after the attribution's comma.
            var end = (after.speaker.map { max($0.upperBound, after.cue.upperBound) } ?? after.cue.upperBound)
            // `"…," Benioff weighed in, telling Cook, "…"`: a participle and its audience before the quote goes on.
            if end + 2 < t.count, t[end].mark == ",", t[end + 1].isWord, !t[end + 1].capitalised, word(t[end + 1]).hasSuffix("ing"),
               let comma = ((end + 2)..<min(t.count, end + 6)).first(where: { !t[$0].isWord }), t[comma].mark == ",",
               comma + 1 < t.count, t[comma + 1].opensQuote, t[comma + 1].quote == next {
                end = comma
            }
            if end + 1 < t.count, t[end].mark == ",", t[end + 1].opensQuote, t[end + 1].quote == next, next < spans.count {
                parts.append(spans[next].inner)
                next += 1
            } else if let more = continuation(t, marks: marks, spans: spans, after: end, next: next) {
                // `"…," Mayer said. "…"`: a quote that opens the next sentence with no cue of its own goes on.
                parts.append(spans[more].inner)
                next = more + 1
            }
            cueOwner = after.cue.lowerBound
            cueFollows = true
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
        // A title ("Once Upon a Time in Hollywood", an exhibition called "Remembrance in the City"): only a cue right
        // after it (`"Never Again," he said`) makes it speech.
        let title = !cueFollows && close.map { isTitle(t, from: open + 1, to: $0) } ?? false
        if title || found == nil && (words <= 2 || inClause) || found != nil && words <= 2 && (endsClause || !adjacent(found!, open: open, close: close)) {
            scareQuotes.append(ScareQuote(sentence: t[open + (open + 1 < t.count ? 1 : 0)].sentence, start: span.inner.lowerBound, end: span.inner.upperBound))
            return next
        }
        // A cue beside the quote is the quote's; one further back also reports the clause around a partial quote, and
        // so does one right after a short quote that ends a longer clause of unquoted words (`This will lead to a "more
        // sustained recovery," Hoenig said.`): the clause is reported, the quote inside it kept as his exact words.
        let tail = cueFollows && parts.count == 1 && words <= Self.clauseQuoteWords && unquotedWords(t, before: open) > words
        if let found, adjacent(found, open: open, close: close), !tail { for i in found.cue { used.insert(i) } }
        var speaker: (Int?, SpeakerResolution, String) = (nil, .unnamed, "")
        var cue = found.map { text(t, $0.cue) } ?? ""
        // A pronoun before the quote looks back from itself ("He accused Schumer of “…”" is not Schumer's).
        if let found, let sp = found.speaker, let r = resolve(t, sp, before: min(t[open].start, t[sp.lowerBound].start)) {
            speaker = (r.actor, r.resolution, r.name ?? text(t, sp))
        } else if found == nil, let shared = clauseQuote, k > 0, let c = marks[k - 1].close, t[c].start == shared.close,
                  open - c <= 8, ((c + 1)..<open).allSatisfy({ t[$0].isWord && t[$0].quote < 0 }) {
            // `directives from Xi to “show no mercy” in the “struggle against …”`: a second quote in the clause of a
            // quote whose cue came before it, with only words between, is part of the same report.
            speaker = shared.speaker
            cue = shared.cue
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
        } else if found == nil, t[open].sentence > 0, !(open > 0 && t[open - 1].isWord && t[open - 1].sentence == t[open].sentence),
                  let opener = resolver.opener(of: t[open].sentence - 1) {
            // "She had arrived in the city with no contacts. “I was intimidated …”": with no speaker quoted just before, a
            // quote that opens its sentence is the person who opens the sentence before (by name, or as "he" or "she").
            speaker = (opener.actor, .continued, opener.text)
        }
        add(.direct, sentence: sentence, parts: parts, speaker: speaker, cue: cue)
        clauseQuote = !cueFollows && !cue.isEmpty && parts.count == 1 ? close.map { (t[$0].start, speaker, cue) } : nil
        return next
    }

    /// How many words outside quotes come before the quote that opens at `open` in its sentence.
    func unquotedWords(_ t: [Token], before open: Int) -> Int {
        guard open + 1 < t.count else { return 0 }
        let sentence = t[open + 1].sentence
        var k = open - 1, n = 0
        while k >= 0, t[k].sentence == sentence || !t[k].isWord && k + 1 < t.count && t[k + 1].sentence == sentence {
            if t[k].isWord, t[k].quote < 0 { n += 1 }
            k -= 1
        }
        return n
    }

    /// `"…somewhere." Kheradpir. "…"`, `"…" --Thomas Jefferson`: a person's name standing alone as the sentence
    /// after a quote that ends one (past a dash), the name line that credits it; the name is cue and speaker.
    func nameLine(_ t: [Token], close: Int) -> Cue? {
        guard close >= 1, !t[close - 1].isWord, CharacterClass.isSentenceTerminator(t[close - 1].mark) else { return nil }
        var a = close + 1
        while a < t.count, !t[a].isWord, "-\u{2014}\u{2013}".unicodeScalars.contains(t[a].mark) { a += 1 }
        guard a < t.count, t[a].isWord, t[a].capitalised, t[a].quote < 0, t[a].actor >= 0, resolver.actors[t[a].actor].kind == .person else { return nil }
        var e = a + 1
        while e < t.count, t[e].isWord, t[e].actor == t[a].actor { e += 1 }
        guard e >= t.count || CharacterClass.isSentenceTerminator(t[e].mark) && (e + 1 >= t.count || t[e + 1].opensQuote || t[e + 1].sentence != t[a].sentence) else { return nil }
        return Cue(cue: a..<e, speaker: a..<e)
    }

    /// Whether the tokens between two quotation marks are a title: two words or more, each capitalised but
    /// for short ones ("in", "the", "of"), and no mark that ends a sentence.
    func isTitle(_ t: [Token], from a: Int, to b: Int) -> Bool {
        var words = 0
        for k in a..<b {
            if !t[k].isWord {
                if CharacterClass.isSentenceTerminator(t[k].mark) && !isInitialStop(t, k) { return false }
                continue
            }
            if !t[k].capitalised && (words == 0 || !AttributionWords.titleLowerWords.contains(word(t[k]))) { return false }
            words += 1
        }
        return words >= 2
    }

    /// The quoted span `next` when it opens the sentence right after an attribution's sentence (which
    /// ends at or after token `end`) and has no cue of its own: `"…," Mayer said. "Not everyone will succeed."`
    func continuation(_ t: [Token], marks: [(open: Int?, close: Int?)], spans: [QuotationFinder.Span], after end: Int, next: Int) -> Int? {
        guard next < spans.count, end > 0, let open = marks[next].open, open >= end else { return nil }
        let sentence = t[end - 1].sentence
        // Marks between sentences belong to the next one: only the words must be the attribution's.
        guard (end..<open).allSatisfy({ (!t[$0].isWord || t[$0].sentence == sentence) && t[$0].quote < 0 }),
              open + 1 < t.count, t[open + 1].sentence != sentence else { return nil }
        if let close = marks[next].close, cueAfter(t, close: close, span: spans[next]) != nil { return nil }
        return next
    }

    /// The actor mention that opens the sentence of a quote introduced by a colon, within its first words.
    func colonSubject(_ t: [Token], open: Int) -> Int? {
        var k = open - 1
        while k > 0, t[k - 1].sentence == t[open].sentence { k -= 1 }
        let first = (k..<min(open, k + 3)).first { t[$0].isWord && t[$0].quote < 0 && t[$0].actor >= 0 }
        guard let first, !t[first].possessive || (first + 1 < t.count && t[first + 1].actor == t[first].actor) else { return nil }
        return first
    }

    /// Whether a cue sits right against the quote ("Never," he said / said: "Never"), as a short quote needs.
    func adjacent(_ cue: Cue, open: Int, close: Int?) -> Bool {
        let lo = min(cue.cue.lowerBound, cue.speaker?.lowerBound ?? Int.max, cue.from ?? Int.max)
        if let close, lo <= close + 2, lo > close { return true }
        return cue.cue.upperBound >= open - 1 && cue.cue.upperBound <= open
    }

    /// A hyphen joining two words with no space ("Lieutenant-General"): part of a name, not punctuation.
    func isJoiningHyphen(_ t: [Token], _ k: Int) -> Bool {
        t[k].mark == "-" && k >= 1 && k + 1 < t.count && t[k - 1].isWord && t[k + 1].isWord
            && t[k - 1].end == t[k].start && t[k].end == t[k + 1].start
    }

    /// The full stop after an initial of an abbreviated name ("D.C.", "U.S.", "N.Y."): a capital letter
    /// alone, the stop against it.
    func isInitialStop(_ t: [Token], _ k: Int) -> Bool {
        t[k].mark == "." && k >= 1 && t[k - 1].isWord && t[k - 1].capitalised && t[k - 1].end == t[k].start && t[k - 1].end - t[k - 1].start == 1
    }

    /// The full stop of an abbreviated month before a day ("on Sept. 30", "Nov. 6"): no end of anything.
    func isDateStop(_ t: [Token], _ k: Int) -> Bool {
        t[k].mark == "." && k >= 1 && k + 1 < t.count && t[k - 1].isWord && t[k - 1].end == t[k].start
            && AttributionWords.monthAbbreviations.contains(word(t[k - 1])) && t[k + 1].isWord && CharacterClass.isDigit(article.scalars[t[k + 1].start])
    }

    /// The full stop of an abbreviated title before a name ("Lt. David", "Sgt. Ross"): a short
    /// capitalised word, the stop against it, a capitalised word next.
    func isAbbreviationStop(_ t: [Token], _ k: Int) -> Bool {
        t[k].mark == "." && k >= 1 && k + 1 < t.count && t[k - 1].isWord && t[k - 1].capitalised
            && t[k - 1].end == t[k].start && t[k - 1].end - t[k - 1].start <= 4 && t[k + 1].isWord && t[k + 1].capitalised
    }

    /// `"…," he said` / `"…," said Smith` / `"…", according to X`: a cue right after the closing mark.
    func cueAfter(_ t: [Token], close: Int, span: QuotationFinder.Span) -> Cue? {
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
        return end >= t.count || CharacterClass.isSentenceTerminator(t[end].mark) ? cue : nil
    }

    /// The cue of `cueAfter` from token `a`, the first after the quote and its comma.
    func cueAfterClause(_ t: [Token], from a: Int) -> Cue? {
        func inPhrase(_ k: Int) -> Bool { k < t.count && t[k].quote < 0 && (t[k].isWord || isJoiningHyphen(t, k) || isAbbreviationStop(t, k) || isInitialStop(t, k)) }
        var e = a
        while inPhrase(e), e - a < 10 { e += 1 }
        guard e > a else { return nil }
        if t[a].form == lexicon.according, a + 1 < e, t[a + 1].form == lexicon.to { return Cue(cue: a..<(a + 2), speaker: (a + 2 < e) ? (a + 2)..<e : nil) }
        guard let v = (a..<e).first(where: { isVerbCue(t, $0) }) else {
            if let unlisted = unlistedVerbCue(t, from: a, to: e) { return unlisted }
            // `"…," John Smith, a spokesman for the council, said.`: the speaker, an appositive or two, the verb;
            // `"…," chairman, CEO and president Craig Menear said`: a name just before the verb says more.
            var b = e
            // Up to four appositives: "study lead author Lucas Paganini, a planetary scientist at …, Maryland, and
            // American University in Washington, D.C., said".
            for _ in 0..<5 {
                guard b < t.count, t[b].mark == ",", b + 1 < t.count else { return nil }
                var c = b + 1
                while c < t.count, t[c].isWord, flags(t[c]).contains(.auxiliary) { c += 1 }
                if c < t.count, isVerbCue(t, c) { return Cue(cue: cueRange(t, c, limit: t.count), speaker: a..<e) }
                let from = c
                // (An appositive may be long: "a senior fellow at the Urban Institute-Brookings Institution Tax Policy Center".)
                while inPhrase(c), c - b <= 16 {
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

    /// `"…," he assures himself`, `"…," she beamed`: right after a quote, a subject pronoun and a lower-case
    /// word in -s or -ed that ends the clause (alone, or before a reflexive or an -ly word) is a verb the lists
    /// lack reporting the quote: a pronoun and its verb there have no other reading.
    func unlistedVerbCue(_ t: [Token], from a: Int, to e: Int) -> Cue? {
        guard a + 1 < e, flags(t[a]).contains(.pronoun), !t[a + 1].capitalised, !flags(t[a + 1]).contains(.auxiliary) else { return nil }
        let verb = word(t[a + 1])
        guard verb.count >= 4, verb.hasSuffix("ed") || verb.hasSuffix("s") else { return nil }
        let k = a + 2
        func closes(_ i: Int) -> Bool { i >= t.count || !t[i].isWord }
        let tail = closes(k) ? "" : word(t[k])
        guard closes(k) || closes(k + 1) && (tail.hasSuffix("self") || tail.hasSuffix("selves") || tail.hasSuffix("ly")) else { return nil }
        return Cue(cue: (a + 1)..<(a + 2), speaker: a..<(a + 1))
    }

    /// `Smith said: "…"` / `He told reporters the plan "would fail"`: the nearest cue before the
    /// opening mark in the same sentence, with the cue's subject.
    func cueBefore(_ t: [Token], open: Int) -> Cue? {
        let sentence = t[open].sentence
        var i = open - 1
        while i >= 0, t[i].sentence == sentence || t[i].mark == ":" , open - i <= 30 {
            if t[i].quote >= 0 && !t[i].opensQuote && !t[i].closesQuote { return nil }
            if t[i].closesQuote { return nil }
            // "directives from Xi to “show no mercy”", "his vow that he would “…”": a position noun and its author, the
            // quote in the clause the noun opens (no mark between).
            if let p = positionCue(t, i, quote: true), p.opener < open, ((p.opener + 1)..<open).allSatisfy({ t[$0].isWord }) {
                return Cue(cue: i..<(i + 1), speaker: p.author)
            }
            if isVerbCue(t, i) {
                guard let subject = subject(t, cue: i, relative: true) else { return nil }
                return Cue(cue: cueRange(t, i, limit: open), speaker: subject)
            }
            // "sent a letter stating that they “…”": the participle reports for the clause's subject.
            if t[i].isWord, !t[i].capitalised, flags(t[i]).contains(.speechParticiple), let start = (0..<i).last(where: { $0 == 0 || t[$0 - 1].sentence != sentence }),
               let subject = participleSubject(t, saying: i, sentenceStart: start) {
                return Cue(cue: i..<(i + 1), speaker: subject)
            }
            // "she was warned that “…”": whoever warned her is not named; the quote is not hers.
            if i > 0, t[i].isWord, !t[i].capitalised, flags(t[i]).contains(.verb), flags(t[i - 1]).contains(.passive), !word(t[i]).hasSuffix("ing"),
               !flags(t[i]).contains(.stance) {  // ("his office is concerned “…”" is no one's warning)
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
}
