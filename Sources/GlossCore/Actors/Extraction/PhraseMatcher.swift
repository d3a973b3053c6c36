/// Stage 1, phrases: gazetteer phrases (states, demonyms, capitals, known bodies, titles) matched over
/// the words, longest first, and titles of works after a cue ("author of The … Alliance").
extension ActorExtractor {
    // MARK: - Gazetteer phrases

    /// A gazetteer phrase (its index in `Gazetteer.index.phrases`) found at words `start..<start + length`.
    struct GazetteerMatch {
        let start: Int
        let length: Int
        let phrase: Int32
    }

    /// The gazetteer's phrases in this article's form ids, grouped by first word: only phrases whose
    /// every word the text has.
    struct CompiledPhrases {
        /// Per form: its group in `lists`, when some phrase starts with it.
        var slot: [Int32?]
        /// Per group: (phrase index, the phrase's form ids), longest first.
        var lists: [[(phrase: Int32, forms: [Int32])]]
    }

    /// The gazetteer phrases this text can match, in its form ids.
    func compiledPhrases() -> CompiledPhrases {
        let g = Gazetteer.index
        let ids = article.index.ids
        var slot = [Int32?](repeating: nil, count: formFlags.count)
        var lists = [[(phrase: Int32, forms: [Int32])]]()
        for (first, phraseList) in g.byFirst {
            guard let firstID = ids[first] else { continue }
            var compiled = [(phrase: Int32, forms: [Int32])]()
            for p in phraseList {
                let phrase = g.phrases[Int(p)]
                var forms = [Int32]()
                var ok = true
                for f in phrase.forms {
                    guard let id = ids[f] else { ok = false; break }
                    forms.append(id)
                }
                if ok { compiled.append((p, forms)) }
            }
            if !compiled.isEmpty {
                slot[Int(firstID)] = Int32(lists.count)
                lists.append(compiled)
            }
        }
        return CompiledPhrases(slot: slot, lists: lists)
    }

    /// The longest phrase matching at word i, if any.
    func match(at i: Int, _ table: CompiledPhrases) -> GazetteerMatch? {
        guard let s = table.slot[Int(words[i].form)] else { return nil }
        let phrases = Gazetteer.index.phrases
        for (p, forms) in table.lists[Int(s)] {
            let phrase = phrases[Int(p)]
            let len = forms.count
            guard i + len <= n else { continue }
            var ok = true
            for k in 0..<len {
                let w = i + k
                if k > 0 && (words[w].form != forms[k] || wordState[w].gap != phrase.gaps[k]) { ok = false; break }
                switch phrase.cases[k] {
                case .any: break
                case .capital: if !wordState[w].cap { ok = false }
                case .allCaps: if !wordState[w].allCaps { ok = false }
                }
                if !ok { break }
            }
            if ok { return GazetteerMatch(start: i, length: len, phrase: p) }
        }
        return nil
    }


    /// Every word of match `m` is in capitals where the phrase writes it with a capital and lower-case letters (two
    /// letters or more: "U.S." stays a match). A name with an acronym in it is often styled in capitals whole
    /// ("USA TODAY"): not shouted.
    func isShouted(_ m: GazetteerMatch, _ phrase: Gazetteer.Phrase) -> Bool {
        var mixed = false
        for k in 0..<m.length {
            let w = m.start + k
            guard phrase.cases[k] != .allCaps else { return false }
            guard wordState[w].allCaps || phrase.cases[k] == .any else { return false }
            if phrase.cases[k] == .capital, words[w].end - words[w].start >= 2 { mixed = true }
        }
        return mixed
    }

    /// The phrases matched over the text, left to right, longest first; titles claim their words.
    mutating func gazetteerMatches() -> [GazetteerMatch] {
        let table = compiledPhrases()
        let phrases = Gazetteer.index.phrases
        let entries = Gazetteer.index.entries
        var out = [GazetteerMatch]()
        var matchedWord = [Bool](repeating: false, count: n)
        var i = 0
        while i < n {
            guard let m = match(at: i, table) else { i += 1; continue }
            let phrase = phrases[Int(m.phrase)]
            if let entry = phrase.entry {
                if m.length == 1 && !phrase.isAdjective && phrase.cases[0] == .capital && entries[Int(entry)].kind != .organisation {
                    // A lone place or state name glued to an unknown capitalised word is part of a name.
                    let before = i > 0 && wordState[i].gap == .space && !matchedWord[i - 1] && isNameLike(i - 1) && !initialOpener(i - 1)
                    let after = i + 1 < n && wordState[i + 1].gap == .space && isNameLike(i + 1) && match(at: i + 1, table) == nil
                    if before || after { i += 1; continue }
                }
                // "Michael Bloomberg", "Tim Apple": a body's one-word name after a known first name is a surname.
                if m.length == 1 && !phrase.isAdjective && phrase.cases[0] == .capital && entries[Int(entry)].kind == .organisation,
                   firstNameBefore(i, matchedWord) { i += 1; continue }
                if isPartyInLongerName(m, entries[Int(entry)], matchedWord) { i += 1; continue }
                // "FACEBOOK", "SHARE ON TWITTER": a body's name that has lower-case letters, written in capitals, is a
                // headline or a button, as the company table holds ("GOOGLE" is no mention of Google).
                if entries[Int(entry)].kind == .organisation, isShouted(m, phrase) { i += 1; continue }
            } else {
                // A title. Surname-like titles after a capitalised name word are name parts ("Martin Luther King").
                if m.length == 1, has(i, .surnameTitle), i > 0, wordState[i].gap == .space, !matchedWord[i - 1], isNameLike(i - 1) {
                    i += 1
                    continue
                }
                // Honorifics are written with a capital: "we miss Steve" has no title.
                if m.length == 1, !wordState[i].cap, AttributionWords.titles.contains(word(i)) {
                    i += 1
                    continue
                }
                for k in i..<(i + m.length) { wordState[k].owner = .title }
            }
            for k in i..<(i + m.length) { matchedWord[k] = true }
            out.append(m)
            i += m.length
        }
        return out
    }

    /// Word i follows, after a space, a known first name no match claimed that does not open the sentence as
    /// an ordinary word.
    func firstNameBefore(_ i: Int, _ matchedWord: [Bool]) -> Bool {
        i > 0 && wordState[i].gap == .space && !matchedWord[i - 1] && isNameLike(i - 1) && !initialOpener(i - 1)
            && PersonNames.isFirstName(key: NameKey.key(word(i - 1)))
    }

    /// A party's name or member word glued to an unknown capitalised word is part of another name: "Peoples
    /// Democratic Party", "Conservative Judaism"; a first name after it is the member's ("Democrat Nancy Quell").
    func isPartyInLongerName(_ m: GazetteerMatch, _ entry: Gazetteer.Entry, _ matchedWord: [Bool]) -> Bool {
        guard entry.kind == .organisation, !entry.adjectives.isEmpty else { return false }
        let i = m.start, e = m.start + m.length
        if i > 0, wordState[i].gap == .space, !matchedWord[i - 1], isNameLike(i - 1), !initialOpener(i - 1) { return true }
        return e < n && wordState[e].gap == .space && isNameLike(e) && !PersonNames.isFirstName(key: NameKey.key(word(e)))
    }

    // MARK: - Titles of works

    /// Marks the capitalised words after a work cue as a title of a work (`inWork`), no actor.
    mutating func markWorks() {
        let ids = article.index.ids
        for cue in Gazetteer.index.workCues {
            guard let firstID = ids[cue[0]] else { continue }
            var rest = [Int32]()
            for f in cue.dropFirst() { if let id = ids[f] { rest.append(id) } else { rest = []; break } }
            if rest.count != cue.count - 1 { continue }
            for p in article.index.postings[Int(firstID)] {
                var i = Int(p)
                var ok = true
                for f in rest {
                    i += 1
                    if i >= n || words[i].form != f || wordState[i].gap != .space { ok = false; break }
                }
                guard ok else { continue }
                var w = i + 1
                guard w < n, wordState[w].gap != .stop, wordState[w].gap != .start, wordState[w].cap else { continue }
                while w < n {
                    if w > i + 1 && (wordState[w].gap == .stop || wordState[w].gap == .start) { break }
                    if !wordState[w].cap && !has(w, .stopWord) && !CharacterClass.isDigit(scalars[Int(words[w].start)]) { break }
                    wordState[w].inWork = true
                    w += 1
                }
            }
        }
    }
}

extension ActorExtractor {
    /// "the Sydney to Hobart", "this year's Melbourne to Osaka yacht race": two known places joined by
    /// "to" after "the", an ordinal or a possessive name an event (a race, a run) by its route, not the
    /// places. "from Sydney to Hobart" stays two places. Marks the route's words as no actor.
    mutating func markRoutes(_ matches: [GazetteerMatch]) {
        guard let to = article.index.ids["to"] else { return }
        var matchEnd = [Int?](repeating: nil, count: n)
        var matchStart = [Int?](repeating: nil, count: n)
        for m in matches {
            matchEnd[m.start + m.length - 1] = m.start
            matchStart[m.start] = m.start + m.length
        }
        for p in article.index.postings[Int(to)] {
            let t = Int(p)
            guard t > 0, t + 1 < n, wordState[t].gap == .space, wordState[t + 1].gap == .space, !wordState[t].cap else { continue }
            guard let a = knownPlace(endingAt: t - 1, matchEnd), let b = knownPlace(startingAt: t + 1, matchStart) else { continue }
            guard a > 0, wordState[a].gap == .space || wordState[a].gap == .possessive, isRouteOpener(a - 1) else { continue }
            for k in a..<b { wordState[k].owner = .notActor }
        }
    }

    /// The word before a route's name: "the", an ordinal ("57th") after "the", or a possessive ("this year's").
    func isRouteOpener(_ i: Int) -> Bool {
        if wordState[i + 1].gap == .possessive { return !wordState[i].cap }
        if word(i) == "the" { return true }
        let w = word(i)
        let ordinal = w.hasSuffix("st") || w.hasSuffix("nd") || w.hasSuffix("rd") || w.hasSuffix("th")
        return ordinal && CharacterClass.isDigit(scalars[Int(words[i].start)]) && i > 0 && word(i - 1) == "the"
    }

    /// The first word of a known place (a gazetteer match or a place of the table, up to three words) ending at word `e`.
    mutating func knownPlace(endingAt e: Int, _ matchEnd: [Int?]) -> Int? {
        guard e >= 0, wordState[e].cap else { return nil }
        if let s = matchEnd[e] { return s }
        var s = e
        while s >= 0, s > e - 3, wordState[s].cap {
            if PlaceNames.state(forKey: key(s, e + 1)) != nil { return s }
            guard s > 0, wordState[s].gap == .space else { break }
            s -= 1
        }
        return nil
    }

    /// The end (exclusive) of a known place starting at word `s`.
    mutating func knownPlace(startingAt s: Int, _ matchStart: [Int?]) -> Int? {
        guard s < n, wordState[s].cap else { return nil }
        if let e = matchStart[s] { return e }
        var e = min(n, s + 3)
        while e > s {
            if (s + 1..<e).allSatisfy({ wordState[$0].cap && wordState[$0].gap == .space }), PlaceNames.state(forKey: key(s, e)) != nil { return e }
            e -= 1
        }
        return nil
    }
}
