/// Finds the actors of an article. One pass per rule over the word tokens; linear in the text.
///
/// Order of the passes (each claims words so later passes cannot reuse them):
/// 1. gazetteer phrases, longest first (states, demonyms, capitals, regions, known bodies, titles);
/// 2. titles of works after a cue ("author of The … Alliance: Why It May Fail") are marked;
/// 3. capitalised runs with a head word: organisations ("… Institute of America"), places
///    ("… Valley"), and things that are not actors ("… Act", "… Treaty");
/// 4. place names of two to four words from the place table (GeoNames, ISO 3166-2), where longer
///    than the gazetteer phrases they overlap ("Western Australia" over "Australia");
/// 5. gazetteer matches not covered by steps 3–4 become mentions;
/// 6. capitalised name runs: candidates for people (titles stripped, sentence openers dropped);
/// 7. resolution: full names with person evidence (a title, a known first name, a surname used
///    alone, "X said") become people, others take a kind from context rules (`ActorContext.swift`)
///    or are no actor; short forms go to the full names seen anywhere in the text (Mr/Mrs by
///    gender); lone known places; hyphen compounds split; "<name> administration" is the person's
///    government (an organisation);
/// 8. acronyms the text defines ("… of America (KEI )") and all their uses.
/// Every mention carries the typed `MentionRule` that made it (shown by `actor NAME --why`).
struct ActorExtractor {
    typealias Gap = Gazetteer.Gap

    // Per-form flags.
    static let fStop: UInt16 = 1, fGeneric: UInt16 = 2, fOrgHead: UInt16 = 4, fPlaceHead: UInt16 = 8
    static let fThingHead: UInt16 = 16, fParticle: UInt16 = 32, fSuffix: UInt16 = 64, fGovernment: UInt16 = 128
    static let fAbbreviation: UInt16 = 256, fConnector: UInt16 = 512, fSurnameTitle: UInt16 = 1024, fTitle: UInt16 = 2048

    // Word owners.
    static let free: Int32 = -1, notActor: Int32 = -2, titleWord: Int32 = -3

    let article: Article
    let words: [Word]
    let scalars: [Unicode.Scalar]
    let n: Int
    var gap: [Gap]
    var cap: [Bool]
    var allCaps: [Bool]
    var initial: [Bool]
    var formFlags: [UInt16]
    /// Per form: the text uses it somewhere starting with a lower-case letter ("following").
    var lowerUse: [Bool]
    var owner: [Int32]
    var inWork: [Bool]
    /// Gazetteer entry of the committed match covering a word, or -1.
    var wordEntry: [Int32]

    /// A mention's word range and the rule that made it.
    struct Span {
        let from: Int
        let to: Int
        let rule: MentionRule
    }

    struct Draft {
        var name: String
        var kind: ActorKind
        var linkedState: String?
        var spans: [Span] = []
    }
    var drafts: [Draft] = []
    var draftByKey: [String: Int] = [:]
    /// Exact (kind, name) → draft, to skip normalising names seen before.
    var draftByName: [String: Int] = [:]
    /// Per form: its `NameKey`, computed on first use.
    var formKeys: [String?]
    /// Per gazetteer entry: its draft, or -1.
    var entryDraft: [Int] = []

    init(article: Article) {
        self.article = article
        words = article.words
        scalars = article.scalars
        n = words.count
        gap = [Gap](repeating: .start, count: n)
        cap = [Bool](repeating: false, count: n)
        allCaps = [Bool](repeating: false, count: n)
        initial = [Bool](repeating: false, count: n)
        owner = [Int32](repeating: Self.free, count: n)
        inWork = [Bool](repeating: false, count: n)
        wordEntry = [Int32](repeating: -1, count: n)
        let vocabularyCount = article.index.vocabulary.count
        formFlags = [UInt16](repeating: 0, count: vocabularyCount)
        lowerUse = [Bool](repeating: false, count: vocabularyCount)
        formKeys = [String?](repeating: nil, count: vocabularyCount)
    }

    static func run(_ article: Article) -> [Actor] { extract(article).actors }

    /// The actors and the evidence of each mention.
    static func extract(_ article: Article) -> (actors: [Actor], provenance: MentionProvenance) {
        var x = ActorExtractor(article: article)
        x.prepare()
        let matches = x.gazetteerMatches()
        x.markWorks()
        let covered = x.headedRuns(matches)
        x.placeNames(matches)
        x.commitGazetteer(matches, covered: covered)
        let candidates = x.nameRuns()
        x.resolve(candidates)
        x.standaloneBodies()
        x.acronyms()
        return x.finish()
    }

    // MARK: - Features

    mutating func prepare() {
        let ids = article.index.ids
        func flag(_ list: [String], _ f: UInt16) {
            for w in list { if let id = ids[NameKey.key(w)] { formFlags[Int(id)] |= f } }
        }
        flag(GazetteerData.stopWords, Self.fStop)
        flag(GazetteerData.genericWords, Self.fGeneric)
        flag(GazetteerData.organisationHeads, Self.fOrgHead)
        flag(GazetteerData.placeHeads, Self.fPlaceHead)
        flag(GazetteerData.thingHeads, Self.fThingHead)
        flag(GazetteerData.nameParticles, Self.fParticle)
        flag(GazetteerData.nameSuffixes, Self.fSuffix)
        flag(GazetteerData.governmentWords, Self.fGovernment)
        flag(GazetteerData.abbreviations, Self.fAbbreviation)
        flag(GazetteerData.surnameTitles, Self.fSurnameTitle)
        flag(GazetteerData.titles, Self.fTitle)
        flag(["of", "for", "on", "and", "the", "de", "des", "du", "del", "la"], Self.fConnector)

        for i in 0..<n {
            let w = words[i]
            let a = Int(w.start), b = Int(w.end)
            let first = scalars[a]
            cap[i] = Tokenizer.isUpperLetter(first)
            var letters = 0, upper = 0
            for k in a..<b where Tokenizer.isLetter(scalars[k]) {
                letters += 1
                if Tokenizer.isUpperLetter(scalars[k]) { upper += 1 }
            }
            allCaps[i] = letters >= 2 && upper == letters
            if Tokenizer.isLetter(first) && !cap[i] { lowerUse[Int(w.form)] = true }
            // A sentence boundary is always a hard break, whatever the characters between the words: a name
            // never spans two sentences ("… U.S. Senate …" where the segmenter ended a sentence after "U.S.").
            if i == 0 || words[i].sentence != words[i - 1].sentence {
                gap[i] = .start
                initial[i] = true
            } else {
                let g = Gazetteer.classifyGap(scalars, Int(words[i - 1].end), a)
                gap[i] = g
                if g == .start {
                    initial[i] = true
                } else if g == .stop {
                    initial[i] = !(isAbbreviationStop(i) || isInitialStop(i))
                }
            }
        }
    }

    func flags(_ i: Int) -> UInt16 { formFlags[Int(words[i].form)] }
    func has(_ i: Int, _ f: UInt16) -> Bool { formFlags[Int(words[i].form)] & f != 0 }

    /// The gap before word i is "." followed only by spaces.
    func isPlainStop(_ i: Int) -> Bool {
        let a = Int(words[i - 1].end), b = Int(words[i].start)
        guard a < b, scalars[a] == "." else { return false }
        for k in (a + 1)..<b where !(scalars[k] == " " || scalars[k] == "\u{A0}") { return false }
        return true
    }

    /// "Mr. Smith": the stop before word i follows a title abbreviation.
    func isAbbreviationStop(_ i: Int) -> Bool { isPlainStop(i) && has(i - 1, Self.fAbbreviation) }

    /// "George W. Bush": the stop before word i follows a single capital letter.
    func isInitialStop(_ i: Int) -> Bool {
        let w = words[i - 1]
        return w.end - w.start == 1 && cap[i - 1] && isPlainStop(i)
    }


    func surface(_ from: Int, _ to: Int) -> String {
        article.text(from: Int(words[from].start), to: Int(words[to - 1].end))
    }

    /// The surface of a word range with runs of white space turned into one space.
    func cleanName(_ from: Int, _ to: Int) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for k in Int(words[from].start)..<Int(words[to - 1].end) {
            let c = scalars[k]
            if c == " " || c == "\u{A0}" || c == "\t" || c == "\n" { space = true; continue }
            if space { out.append(" "); space = false }
            out.append(c)
        }
        return String(out)
    }

    // MARK: - 1. Gazetteer

    struct Match {
        let start: Int
        let length: Int
        let phrase: Int32
    }

    func compiledPhrases() -> (slot: [Int32], lists: [[(Int32, [Int32])]]) {
        let g = Gazetteer.index
        let ids = article.index.ids
        var slot = [Int32](repeating: -1, count: formFlags.count)
        var lists = [[(Int32, [Int32])]]()
        for (first, phraseList) in g.byFirst {
            guard let firstID = ids[first] else { continue }
            var compiled = [(Int32, [Int32])]()
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
        return (slot, lists)
    }

    func match(at i: Int, _ table: (slot: [Int32], lists: [[(Int32, [Int32])]])) -> Match? {
        let s = table.slot[Int(words[i].form)]
        guard s >= 0 else { return nil }
        let phrases = Gazetteer.index.phrases
        for (p, forms) in table.lists[Int(s)] {
            let phrase = phrases[Int(p)]
            let len = forms.count
            guard i + len <= n else { continue }
            var ok = true
            for k in 0..<len {
                let w = i + k
                if k > 0 && (words[w].form != forms[k] || gap[w] != phrase.gaps[k]) { ok = false; break }
                switch phrase.cases[k] {
                case .any: break
                case .capital: if !cap[w] { ok = false }
                case .allCaps: if !allCaps[w] { ok = false }
                }
                if !ok { break }
            }
            if ok { return Match(start: i, length: len, phrase: p) }
        }
        return nil
    }

    /// A capitalised word that could be part of a personal name next to a gazetteer word
    /// ("George Washington", "Jordan Peterson").
    func isNameLike(_ i: Int) -> Bool {
        cap[i] && !allCaps[i] && flags(i) & (Self.fStop | Self.fGeneric | Self.fOrgHead | Self.fPlaceHead | Self.fThingHead | Self.fTitle) == 0
    }

    mutating func gazetteerMatches() -> [Match] {
        let table = compiledPhrases()
        let phrases = Gazetteer.index.phrases
        let entries = Gazetteer.index.entries
        var out = [Match]()
        var matchedWord = [Bool](repeating: false, count: n)
        var i = 0
        while i < n {
            guard let m = match(at: i, table) else { i += 1; continue }
            let phrase = phrases[Int(m.phrase)]
            if phrase.target < 0 {
                // A title. Surname-like titles after a capitalised name word are name parts ("Martin Luther King").
                if m.length == 1, has(i, Self.fSurnameTitle), i > 0, gap[i] == .space, !matchedWord[i - 1], isNameLike(i - 1) {
                    i += 1
                    continue
                }
                for k in i..<(i + m.length) { owner[k] = Self.titleWord }
            } else if m.length == 1 && !phrase.isAdjective && phrase.cases[0] == .capital
                        && entries[Int(phrase.target)].kind != .organisation {
                // A lone place or state name glued to an unknown capitalised word is part of a name.
                let before = i > 0 && gap[i] == .space && !matchedWord[i - 1] && isNameLike(i - 1) && !initialOpener(i - 1)
                let after = i + 1 < n && gap[i + 1] == .space && isNameLike(i + 1) && match(at: i + 1, table) == nil
                if before || after { i += 1; continue }
            }
            for k in i..<(i + m.length) { matchedWord[k] = true }
            out.append(m)
            i += m.length
        }
        return out
    }

    /// A sentence-initial word that is an ordinary word ("Following", "Analysts").
    func initialOpener(_ i: Int) -> Bool {
        guard initial[i] else { return false }
        if has(i, Self.fStop) || lowerUse[Int(words[i].form)] { return true }
        // "Neighbouring Liberia", "Reportedly …": a participle or adverb opening the sentence.
        let w = article.index.vocabulary[Int(words[i].form)]
        return w.utf8.count >= 7 && (w.hasSuffix("ing") || w.hasSuffix("ly")) && !PersonNames.isFirstName(key: w)
    }

    // MARK: - 2. Titles of works

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
                    if i >= n || words[i].form != f || gap[i] != .space { ok = false; break }
                }
                guard ok else { continue }
                var w = i + 1
                guard w < n, gap[w] != .stop, gap[w] != .start, cap[w] else { continue }
                while w < n {
                    if w > i + 1 && (gap[w] == .stop || gap[w] == .start) { break }
                    if !cap[w] && !has(w, Self.fStop) && !Tokenizer.isDigit(scalars[Int(words[w].start)]) { break }
                    inWork[w] = true
                    w += 1
                }
            }
        }
    }

    // MARK: - 3. Runs with a head word

    /// Returns, per word, whether a headed run covers it (so gazetteer matches there are void).
    mutating func headedRuns(_ matches: [Match]) -> [Bool] {
        var inEntity = [Bool](repeating: false, count: n)
        var matchStartEntry = [Int32](repeating: -1, count: n)
        let phrases = Gazetteer.index.phrases
        for m in matches {
            let t = phrases[Int(m.phrase)].target
            if t >= 0 {
                for k in m.start..<(m.start + m.length) { inEntity[k] = true }
                matchStartEntry[m.start] = t
            }
        }
        var covered = [Bool](repeating: false, count: n)
        let headMask = Self.fOrgHead | Self.fPlaceHead | Self.fThingHead
        let andForm = article.index.ids["and"] ?? -1
        var i = 0
        while i < n {
            // A run: capitalised words (and connectors between them) joined by spaces or hyphens.
            guard cap[i], !inWork[i] else { i += 1; continue }
            var end = i + 1
            while end < n, gap[end] == .space || gap[end] == .hyphen, !inWork[end] {
                if cap[end] { end += 1; continue }
                if has(end, Self.fConnector), end + 1 < n, gap[end + 1] == .space, cap[end + 1] { end += 1; continue }
                break
            }
            var h = i
            while h < end {
                // A head word in capitals is an acronym ("the ACT"), unless it is a legal form ("BHP AG").
                guard cap[h], has(h, headMask), !inEntity[h], !allCaps[h] || has(h, Self.fOrgHead) && words[h].end - words[h].start <= 3
                else { h += 1; continue }
                // Walk back over capitalised words (not connectors, not stop words).
                var s = h
                while s > i, gap[s] == .space || gap[s] == .hyphen {
                    if cap[s - 1], !has(s - 1, Self.fStop) { s -= 1; continue }
                    // "Competition and Markets Authority": "and" between two plain capitalised words.
                    // A particle between capitalised words: "Montana de Oro State Park".
                    if has(s - 1, Self.fParticle), !cap[s - 1], words[s - 1].form != andForm, s - 2 >= i, cap[s - 2],
                       !has(s - 2, Self.fStop), gap[s - 1] == .space { s -= 2; continue }
                    // Only one word on the left: "Rio Tinto and Deutsche Bank" are two.
                    if words[s - 1].form == andForm, s - 2 >= i, cap[s - 2], !inEntity[s - 2], !has(s - 2, Self.fStop),
                       gap[s - 1] == .space, s - 2 == i || !cap[s - 3] || gap[s - 2] != .space || inEntity[s - 3] { s -= 2; continue }
                    break
                }
                while s < h, initialOpener(s) || has(s, Self.fStop) { s += 1 }
                // Extend forward: more capitalised words, connectors followed by capitals; a title ends it.
                var e = h + 1
                var lastHead = h
                while e < end {
                    if cap[e] {
                        if owner[e] == Self.titleWord { break }
                        // "… Space Station Monday": a generic word after the head ends the name.
                        if has(e, Self.fGeneric), e > lastHead, e + 1 >= end || !cap[e + 1] { break }
                        if has(e, headMask) && !inEntity[e] { lastHead = e }
                        e += 1
                        continue
                    }
                    // A connector: "and" may not join a known entity ("Institute of America and Japan").
                    if words[e].form == andForm, e + 1 < end, inEntity[e + 1] { break }
                    // "and" after a head word starts another name ("Deutsche Bank and Rio Tinto", "X Road and Y Road").
                    if words[e].form == andForm, has(e - 1, headMask) { break }
                    // A place named by where it lies: "Southern Highlands of New South Wales" is two places.
                    if e + 1 < end, inEntity[e + 1], flags(lastHead) & Self.fPlaceHead != 0, flags(lastHead) & Self.fOrgHead == 0 { break }
                    if e + 1 < end, cap[e + 1], owner[e + 1] != Self.titleWord { e += 1; continue }
                    break
                }
                // Capitalised words after the last head without a connector start another name
                // ("Logan International Airport Tom Kinton").
                if lastHead + 1 < e, PersonNames.isFirstName(key: key(lastHead + 1, lastHead + 2)) {
                    var connected = false
                    for k in (lastHead + 1)..<e where !cap[k] { connected = true }
                    if !connected { e = lastHead + 1 }
                }
                // A number after a place head belongs to the name: "Highway 74", "Space Launch Complex-41".
                if e == lastHead + 1, e < n, gap[e] == .space || gap[e] == .hyphen, flags(lastHead) & Self.fPlaceHead != 0,
                   Tokenizer.isDigit(scalars[Int(words[e].start)]), owner[e] == Self.free { e += 1 }
                if e - s < 2 { h += 1; continue }
                let kindFlags = flags(lastHead)
                if kindFlags & Self.fThingHead != 0 && kindFlags & Self.fOrgHead == 0 {
                    for k in s..<e { owner[k] = Self.notActor }
                } else {
                    let kind: ActorKind = kindFlags & Self.fOrgHead != 0 && !endsInFacility(lastHead, e) ? .organisation : .place
                    var linked: String?
                    let t = matchStartEntry[s]
                    if t >= 0 {
                        let entry = Gazetteer.index.entries[Int(t)]
                        if entry.kind == .state { linked = entry.name }
                    }
                    addMention(name: cleanName(s, e), kind: kind, linked: linked, from: s, to: e,
                               rule: .headWord(form: words[lastHead].form))
                }
                for k in s..<e { covered[k] = true }
                h = e
            }
            i = end
        }
        return covered
    }

    // MARK: - 4. Gazetteer mentions

    mutating func commitGazetteer(_ matches: [Match], covered: [Bool]) {
        let phrases = Gazetteer.index.phrases
        let entries = Gazetteer.index.entries
        for m in matches {
            let t = phrases[Int(m.phrase)].target
            guard t >= 0 else { continue }
            var void = false
            for k in m.start..<(m.start + m.length) where covered[k] || owner[k] != Self.free { void = true }
            if void { continue }
            if entryDraft.isEmpty { entryDraft = [Int](repeating: -1, count: entries.count) }
            if entryDraft[Int(t)] < 0 {
                let e = entries[Int(t)]
                entryDraft[Int(t)] = draftIndex(name: e.name, kind: e.kind, linked: e.linkedState)
            }
            appendSpan(entryDraft[Int(t)], m.start, m.start + m.length, .gazetteer(entry: t, adjective: phrases[Int(m.phrase)].isAdjective))
            for k in m.start..<(m.start + m.length) { wordEntry[k] = t }
        }
    }

    // MARK: - 4b. Place names of two or more words

    /// A free capitalised word that may start or continue a place name ("New South Wales", "Swan Hill").
    func isPlaceWord(_ i: Int) -> Bool {
        owner[i] == Self.free && cap[i] && !inWork[i] && !has(i, Self.fStop)
    }

    /// Towns, cities and subdivisions of two to four words from the place table, longest first.
    /// Single words wait for resolution: a lone "Howard" may be the surname of a person named earlier.
    mutating func placeNames(_ matches: [Match]) {
        // A place name must be longer than the gazetteer phrases it overlaps ("Western Australia" over
        // "Australia"; not "New York" the table's over "New York" the gazetteer's).
        var matchEnd = [Int](repeating: -1, count: n)
        for m in matches { for k in m.start..<(m.start + m.length) { matchEnd[k] = m.start + m.length } }
        var matchStart = [Int](repeating: -1, count: n)
        for m in matches { for k in m.start..<(m.start + m.length) { matchStart[k] = m.start } }
        var i = 0
        while i < n {
            guard isPlaceWord(i), !initialOpener(i) || !has(i, Self.fGeneric) else { i += 1; continue }
            var e = i + 1
            while e < n, e - i < 4, isPlaceWord(e), gap[e] == .space || gap[e] == .hyphen { e += 1 }
            var found = false
            if e - i >= 2, PlaceNames.hasLongerName(startingWith: key(i, i + 1)) {
                var end = e
                while end >= i + 2 {
                    let k = key(i, end)
                    let inside = (i..<end).allSatisfy { matchEnd[$0] < 0 || (matchStart[$0] >= i && matchEnd[$0] <= end) }
                    let longer = (i..<end).contains { matchEnd[$0] < 0 }
                    if inside, longer, let state = PlaceNames.state(forKey: k) {
                        // A town's name used for a body ("Deutsche Bank and Rio Tinto", "shares in Rio Tinto").
                        if let (kind, reason) = contextKind(i, end), kind == .organisation {
                            addMention(name: cleanName(i, end), kind: kind, linked: nil, from: i, to: end, rule: .context(reason))
                        } else {
                            addMention(name: cleanName(i, end), kind: .place, linked: state, from: i, to: end, rule: .placeTable)
                        }
                        i = end
                        found = true
                        break
                    }
                    end -= 1
                }
            }
            // "Greater Sydney", "Inner Sydney": the place itself, with a modifier that stays in the mention.
            if !found, Self.placeModifiers.contains(word(i)), i + 1 < n, gap[i + 1] == .space, isPlaceWord(i + 1),
               !allCaps[i + 1], i + 2 >= n || !(cap[i + 2] && gap[i + 2] == .space) {
                let k = key(i + 1, i + 2)
                if let state = PlaceNames.state(forKey: k) {
                    addMention(name: cleanName(i + 1, i + 2), kind: .place, linked: state, from: i, to: i + 2, rule: .placeTable)
                    i += 2
                    found = true
                }
            }
            if !found { i += 1 }
        }
    }

    /// Words before a place that name its wider or inner area, not another place.
    static let placeModifiers: Set<String> = ["greater", "inner", "outer", "metropolitan"]

    // MARK: - 5. Name runs

    struct Candidate {
        let from: Int
        let to: Int
        /// Word ranges of the name's parts (a hyphenated compound is one part).
        let parts: [(Int, Int)]
        /// Parts counted for a full name (no particles or suffixes).
        let countable: Int
        let titled: Bool
        /// The folded title word right before the name ("mr", "mrs", "president"), if any.
        let title: String?
        let linked: String?
        /// A government word right after the name ("administration"), its word index.
        let government: Int?
    }

    func isNamePart(_ i: Int) -> Bool {
        owner[i] == Self.free && cap[i] && !inWork[i] && (flags(i) & (Self.fStop | Self.fGeneric) == 0 || isHyphenedGeneric(i))
    }

    mutating func nameRuns() -> [Candidate] {
        var out = [Candidate]()
        var i = 0
        while i < n {
            guard isNamePart(i) else { i += 1; continue }
            var start = i
            var end = i + 1
            while end < n {
                if isNamePart(end), gap[end] == .space || gap[end] == .hyphen || (gap[end] == .stop && isInitialStop(end)) {
                    end += 1
                    continue
                }
                if owner[end] == Self.free, has(end, Self.fParticle), !cap[end], gap[end] == .space,
                   end + 1 < n, gap[end + 1] == .space, isNamePart(end + 1) {
                    end += 2
                    continue
                }
                if owner[end] == Self.free, has(end, Self.fParticle), !cap[end], gap[end] == .space, end + 2 < n,
                   owner[end + 1] == Self.free, has(end + 1, Self.fParticle), !cap[end + 1], gap[end + 1] == .space,
                   gap[end + 2] == .space, isNamePart(end + 2) {
                    end += 3
                    continue
                }
                break
            }
            i = end
            // Evidence before the run: a title ("President", "Mr."), maybe after a state's adjective.
            var titled = false
            var title: String?
            var linked: String?
            if start > 0, owner[start - 1] == Self.titleWord,
               gap[start] == .space || (gap[start] == .stop && isAbbreviationStop(start)) {
                titled = true
                title = key(start - 1, start)
                var q = start - 1
                while q > 0, owner[q - 1] == Self.titleWord, gap[q] == .space { q -= 1 }
                if q > 0, gap[q] == .space, wordEntry[q - 1] >= 0 {
                    let entry = Gazetteer.index.entries[Int(wordEntry[q - 1])]
                    if entry.kind == .state { linked = entry.name }
                }
            }
            if !titled, initialOpener(start) {
                start += 1
                if start >= end { continue }
            }
            // Parts.
            var parts = [(Int, Int)]()
            var countable = 0
            var k = start
            while k < end {
                var e = k + 1
                while e < end, gap[e] == .hyphen, cap[e] { e += 1 }
                parts.append((k, e))
                if !has(k, Self.fParticle | Self.fSuffix) || cap[k] && !has(k, Self.fSuffix) { countable += 1 }
                k = e
            }
            if countable > 5 { continue }
            // A run of capitals only ("ALL CAPS HEADLINE") is shouting or acronyms, not a name.
            if countable >= 2 && !titled && (start..<end).allSatisfy({ allCaps[$0] || !cap[$0] }) { continue }
            var government: Int?
            if end < n, gap[end] == .space, !cap[end], has(end, Self.fGovernment), owner[end] == Self.free { government = end }
            out.append(Candidate(from: start, to: end, parts: parts, countable: countable, titled: titled,
                                 title: title, linked: linked, government: government))
        }
        return out
    }

    // MARK: - 6. Resolution

    /// The `NameKey` of a word range, from per-form keys (the same as normalising its surface).
    mutating func key(_ from: Int, _ to: Int) -> String {
        var out = ""
        for k in from..<to {
            let f = Int(words[k].form)
            if formKeys[f] == nil { formKeys[f] = NameKey.key(article.index.vocabulary[f]) }
            if k > from { out += " " }
            out += formKeys[f]!
        }
        return out
    }

    mutating func partKey(_ p: (Int, Int)) -> String { key(p.0, p.1) }

    mutating func resolve(_ candidates: [Candidate]) {
        // Companies are also named without their legal suffix ("Acme Robotics Inc" → "Acme Robotics").
        var companyByKey = [String: Int]()
        for (d, draft) in drafts.enumerated() where draft.kind == .organisation {
            let k = NameKey.key(draft.name)
            for suffix in [" inc", " ltd", " co", " corp", " llc", " plc", " ag", " sa", " gmbh", " co ltd"] where k.hasSuffix(suffix) {
                companyByKey[String(k.dropLast(suffix.count))] = d
            }
        }
        // Full names (two or more parts), in text order.
        struct Person { var name: String; var keys: [String]; var linked: String? }
        var people = [Person]()
        var personByKey = [String: Int]()
        var fullOf = [Int](repeating: -1, count: candidates.count)
        var companyOf = [(draft: Int, rule: MentionRule)?](repeating: nil, count: candidates.count)
        // Uses of each name, for the context rules.
        var usesByKey = [String: [(Int, Int)]]()
        var titledKeys = Set<String>()
        for cand in candidates {
            let k = key(cand.from, cand.to)
            if cand.titled { titledKeys.insert(k) } else { usesByKey[k, default: []].append((cand.from, cand.to)) }
        }
        /// Person evidence for a full name without a title or a known first name: a title on it or on its
        /// last part elsewhere ("Mr Boje"), its last part used alone, or a person's context ("X said").
        // Decided once per name, not once per use: a name used a million times is read a million times, not squared.
        var contextByKey = [String: (kind: ActorKind, reason: String)?]()
        func context(_ key: String) -> (kind: ActorKind, reason: String)? {
            if let known = contextByKey[key] { return known }
            let found = contextKind(of: usesByKey[key] ?? [])
            contextByKey[key] = found
            return found
        }
        var evidenceByKey = [String: Bool]()
        func personEvidence(_ cand: Candidate, _ runKey: String) -> Bool {
            if let known = evidenceByKey[runKey] { return known }
            let found = personEvidenceOnce(cand, runKey)
            evidenceByKey[runKey] = found
            return found
        }
        func personEvidenceOnce(_ cand: Candidate, _ runKey: String) -> Bool {
            let last = partKey(cand.parts[cand.parts.count - 1])
            if titledKeys.contains(runKey) || titledKeys.contains(last) || usesByKey[last] != nil { return true }
            if cand.parts.count == 2, PersonNames.isSurname(key: last) { return true }
            return (usesByKey[runKey] ?? []).contains { personContext($0.0, $0.1) != nil }
        }
        var contextDraft = [String: (draft: Int, rule: MentionRule)]()
        for (c, cand) in candidates.enumerated() where cand.countable >= 2 && cand.government == nil {
            if !companyByKey.isEmpty, let d = companyByKey[key(cand.from, cand.to)] { companyOf[c] = (d, .companyShortName); continue }
            // No title and no known first name: the context may say it is a place or a body ("in Alei Sinai").
            let runKey = key(cand.from, cand.to)
            if !cand.titled, !PersonNames.isFirstName(key: partKey(cand.parts[0])) {
                if let d = contextDraft[runKey] { companyOf[c] = d; continue }
                if let (kind, reason) = context(runKey) {
                    let d = (draftIndex(name: cleanName(cand.from, cand.to), kind: kind, linked: nil), MentionRule.context(reason))
                    contextDraft[runKey] = d
                    companyOf[c] = d
                    continue
                }
                // No person evidence: not a person ("Foreign Affairs", "Atlas V"), and no actor.
                if !personEvidence(cand, runKey) { continue }
            }
            var keys = [String]()
            for part in cand.parts where !has(part.0, Self.fParticle) || cap[part.0] { keys.append(partKey(part)) }
            let key = keys.joined(separator: " ")
            if let p = personByKey[key] {
                fullOf[c] = p
                if people[p].linked == nil { people[p].linked = cand.linked }
            } else {
                personByKey[key] = people.count
                fullOf[c] = people.count
                people.append(Person(name: cleanName(cand.from, cand.to), keys: keys, linked: cand.linked))
            }
        }
        // A shorter full name whose parts are a subsequence of exactly one longer name is that name.
        var redirect = Array(0..<people.count)
        for (a, pa) in people.enumerated() {
            var target = -1, count = 0
            for (b, pb) in people.enumerated() where b != a && pb.keys.count > pa.keys.count {
                // "Rodriguez Saa" (or "Mr Rodriguez Saa") is the end of "Adolfo Rodriguez Saa".
                let suffix = pa.keys.count >= 2 && Array(pb.keys.suffix(pa.keys.count)) == pa.keys
                if suffix || pa.keys.first == pb.keys.first && pa.keys.last == pb.keys.last && Self.isSubsequence(pa.keys, of: pb.keys) {
                    target = b
                    count += 1
                }
            }
            if count == 1 { redirect[a] = target }
        }
        // Short forms: first or last part of a full name.
        var byPart = [String: [Int]]()
        for (p, person) in people.enumerated() where redirect[p] == p {
            let countable = person.keys.filter { $0.unicodeScalars.count > 1 }
            for k in Set([countable.first, countable.last].compactMap { $0 }) { byPart[k, default: []].append(p) }
        }
        func personIndex(forPart key: String) -> (Int?, ambiguous: Bool) {
            guard let list = byPart[key] else { return (nil, false) }
            return list.count == 1 ? (list[0], false) : (nil, true)
        }
        var personDraft = [Int: Int]()
        func draftFor(_ p: Int) -> Int {
            let p = redirect[p]
            if let d = personDraft[p] { return d }
            let d = draftIndex(name: people[p].name, kind: .person, linked: people[p].linked)
            personDraft[p] = d
            return d
        }
        for (c, cand) in candidates.enumerated() { if let (d, rule) = companyOf[c] { appendSpan(d, cand.from, cand.to, rule) } }
        // Mentions of full names.
        for (c, cand) in candidates.enumerated() where fullOf[c] >= 0 {
            let evidence: MentionRule.PersonEvidence = cand.titled ? .title(words[cand.from - 1].form)
                : PersonNames.isFirstName(key: partKey(cand.parts[0])) ? .firstName : .elsewhere
            appendSpan(draftFor(fullOf[c]), cand.from, cand.to, .fullName(evidence))
        }
        // Single names introduced by a title become people of their own when no full name matches.
        var singles = [String: Int]()
        for cand in candidates where cand.countable < 2 && cand.titled {
            let key = self.key(cand.from, cand.to)
            if personIndex(forPart: key).0 == nil && !personIndex(forPart: key).ambiguous && singles[key] == nil {
                singles[key] = draftIndex(name: cleanName(cand.from, cand.to), kind: .person, linked: cand.linked)
            }
        }
        for cand in candidates {
            if let g = cand.government {
                // "<name> administration": the person's government, an organisation of its own.
                let key = self.key(cand.from, cand.to)
                var linked: String?
                if let p = personIndex(forPart: key).0 { linked = people[redirect[p]].linked }
                if let p = personByKey[key] { linked = people[redirect[p]].linked }
                let name = cleanName(cand.from, cand.to) + " " + article.index.vocabulary[Int(words[g].form)]
                appendSpan(draftIndex(name: name, kind: .organisation, linked: linked), cand.from, g + 1, .government(form: words[g].form))
                continue
            }
            guard cand.countable < 2 else { continue }
            if !companyByKey.isEmpty, let d = companyByKey[self.key(cand.from, cand.to)] { appendSpan(d, cand.from, cand.to, .companyShortName); continue }
            let key = self.key(cand.from, cand.to)
            var (p, ambiguous) = personIndex(forPart: key)
            // "Mr X" and "Mrs X" go to the man and the woman the text introduced; a title of the other
            // gender than the one person named X is someone else (his wife, her father).
            if let gender = cand.title.flatMap({ PersonNames.gender(ofTitle: $0) }) {
                let owners = (byPart[key] ?? []).map { redirect[$0] }
                let fitting = Set(owners.filter { PersonNames.gender(ofFirstName: people[$0].keys[0]) == gender })
                let opposite = owners.filter { g in PersonNames.gender(ofFirstName: people[g].keys[0]).map { $0 != gender } ?? false }
                let unknown = owners.filter { PersonNames.gender(ofFirstName: people[$0].keys[0]) == nil }
                if fitting.count == 1, unknown.isEmpty {
                    (p, ambiguous) = (fitting.first, false)
                } else if fitting.isEmpty, !opposite.isEmpty, opposite.count == owners.count {
                    let name = cleanName(cand.from - 1, cand.to)
                    appendSpan(draftIndex(name: name, kind: .person, linked: cand.linked), cand.from, cand.to,
                               .otherGenderTitle(form: words[cand.from - 1].form))
                    continue
                }
            }
            if let p {
                let rule: MentionRule = cand.title.flatMap { PersonNames.gender(ofTitle: $0) } != nil && byPart[key]?.count ?? 0 > 1
                    ? .genderedTitle(form: words[cand.from - 1].form) : .shortForm
                appendSpan(draftFor(p), cand.from, cand.to, rule)
            } else if ambiguous {
                appendSpan(draftIndex(name: cleanName(cand.from, cand.to), kind: .person, linked: nil), cand.from, cand.to, .ambiguousShortForm)
            } else if let d = singles[key] {
                appendSpan(d, cand.from, cand.to, cand.titled ? .title(form: words[cand.from - 1].form) : .titledElsewhere)
            } else if cand.to - cand.from == 1, !initialOpener(cand.from), !allCaps[cand.from], let state = PlaceNames.state(forKey: key) {
                appendSpan(draftIndex(name: cleanName(cand.from, cand.to), kind: .place, linked: state), cand.from, cand.to, .placeTable)
            } else if cand.to - cand.from == 1, !cand.titled, let (kind, reason) = context(key) {
                appendSpan(draftIndex(name: cleanName(cand.from, cand.to), kind: kind, linked: nil), cand.from, cand.to, .context(reason))
            } else if cand.parts.count == 1, cand.to - cand.from > 1 {
                // A hyphen compound of known people ("Kim-Putin") names each of them.
                var pieces = [(Int, Int)]()
                for k in cand.from..<cand.to {
                    let pieceKey = self.key(k, k + 1)
                    let (p, ambiguous) = personIndex(forPart: pieceKey)
                    if let p { pieces.append((draftFor(p), k)) }
                    else if ambiguous { pieces.append((draftIndex(name: cleanName(k, k + 1), kind: .person, linked: nil), k)) }
                    else if let d = singles[pieceKey] { pieces.append((d, k)) }
                    else { pieces = []; break }
                }
                for (d, k) in pieces { appendSpan(d, k, k + 1, .compound) }
            }
        }
    }

    static func isSubsequence(_ a: [String], of b: [String]) -> Bool {
        var j = 0
        for x in a {
            while j < b.count && b[j] != x { j += 1 }
            if j == b.count { return false }
            j += 1
        }
        return true
    }

    // MARK: - 7. Acronyms defined in the text

    mutating func acronyms() {
        var defined = [(Int32, Int)]()  // form, draft (the first definition of a form wins)
        var seen = Set<Int32>()
        for (d, draft) in drafts.enumerated() {
            for span in draft.spans {
                let a = span.to
                guard a < n, gap[a] == .open, allCaps[a], owner[a] == Self.free else { continue }
                var k = Int(words[a].end)
                while k < scalars.count, scalars[k] == " " || scalars[k] == "\u{A0}" { k += 1 }
                guard k < scalars.count, scalars[k] == ")" else { continue }
                if seen.insert(words[a].form).inserted { defined.append((words[a].form, d)) }
            }
        }
        for (form, d) in defined {
            for p in article.index.postings[Int(form)] {
                let i = Int(p)
                if owner[i] == Self.free && allCaps[i] { appendSpan(d, i, i + 1, .acronym) }
            }
        }
    }

    // MARK: - Drafts

    mutating func draftIndex(name: String, kind: ActorKind, linked: String?) -> Int {
        let exact = kind.rawValue + "|" + name
        if let d = draftByName[exact] {
            if drafts[d].linkedState == nil { drafts[d].linkedState = linked }
            return d
        }
        let key = kind.rawValue + "|" + NameKey.key(name)
        if let d = draftByKey[key] {
            draftByName[exact] = d
            if drafts[d].linkedState == nil { drafts[d].linkedState = linked }
            return d
        }
        draftByKey[key] = drafts.count
        draftByName[exact] = drafts.count
        drafts.append(Draft(name: name, kind: kind, linkedState: linked))
        return drafts.count - 1
    }

    mutating func appendSpan(_ d: Int, _ from: Int, _ to: Int, _ rule: MentionRule) {
        drafts[d].spans.append(Span(from: from, to: to, rule: rule))
        for k in from..<to { owner[k] = Int32(d) }
    }

    mutating func addMention(name: String, kind: ActorKind, linked: String?, from: Int, to: Int, rule: MentionRule) {
        appendSpan(draftIndex(name: name, kind: kind, linked: linked), from, to, rule)
    }

    func finish() -> (actors: [Actor], provenance: MentionProvenance) {
        var actors = [Actor]()
        var records = [(start: Int32, evidence: Int32)]()
        var evidence = [MentionEvidence]()
        for draft in drafts where !draft.spans.isEmpty {
            // A draft's rules are few: each is put into words once.
            var described = [MentionRule: Int32]()
            for span in draft.spans {
                let e: Int32
                if let known = described[span.rule] { e = known } else {
                    e = Int32(evidence.count)
                    evidence.append(describe(span.rule, draft))
                    described[span.rule] = e
                }
                records.append((Int32(truncatingIfNeeded: Int(words[span.from].start)), e))
            }
            // Distinct surfaces are few: compare code points against them instead of building a String per mention.
            var surfaces = [(scalars: ArraySlice<Unicode.Scalar>, text: String)]()
            let spans = draft.spans.sorted { $0.from < $1.from }
            var mentions = [Mention]()
            mentions.reserveCapacity(spans.count)
            for span in spans {
                let from = span.from, to = span.to
                let a = Int(words[from].start), b = Int(words[to - 1].end)
                let slice = scalars[a..<b]
                var text: String
                if let known = surfaces.first(where: { $0.scalars.elementsEqual(slice) }) {
                    text = known.text
                } else {
                    text = article.text(from: a, to: b)
                    surfaces.append((slice, text))
                }
                mentions.append(Mention(sentence: Int(words[from].sentence), start: a, end: b, surface: text))
            }
            let aliases = surfaces.map(\.text).sorted()
            actors.append(Actor(name: draft.name, kind: draft.kind, aliases: aliases, mentions: mentions, linkedState: draft.linkedState))
        }
        actors.sort { ($0.mentions[0].start, $0.name) < ($1.mentions[0].start, $1.name) }
        return (actors, MentionProvenance(records: records, evidence: evidence))
    }
}
