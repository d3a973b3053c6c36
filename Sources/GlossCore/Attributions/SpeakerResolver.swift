/// Resolves a speaker phrase to an actor: a name or alias in it, a pronoun to the most recent fitting
/// actor, a description to the actor it points back to; an unnamed source stays unnamed.
struct SpeakerResolver {
    /// What a pronoun may point back to.
    enum PronounKind { case male, female, group }

    /// The outcome: the actor (index into the analysis), the resolution, or nil when the phrase is no speaker.
    struct Resolved {
        let actor: Int?
        let resolution: SpeakerResolution
        /// The speaker's name as written when the actor list lacks it and it is only part of the phrase
        /// ("Foreign Ministry" in "Pakistan’s Foreign Ministry").
        var name: String? = nil
    }

    let article: Article
    let actors: [Actor]
    /// Every mention, sorted by start, with its actor's index.
    let mentions: [(start: Int, end: Int, sentence: Int, actor: Int)]
    /// Each person's likely gender (nil for other kinds and when nothing suggests one).
    let genders: [PersonGender?]
    /// How many sentences back a pronoun or a description may reach.
    static let reach = 5

    /// The actor list, for forms the extractor did not mark at a place ("Mr Jan").
    let analysis: ActorAnalysis

    init(article: Article, analysis: ActorAnalysis) {
        self.article = article
        self.analysis = analysis
        let actors = analysis.actors
        self.actors = actors
        var all = [(start: Int, end: Int, sentence: Int, actor: Int)]()
        for (i, a) in actors.enumerated() { for m in a.mentions { all.append((m.start, m.end, m.sentence, i)) } }
        all.sort { ($0.start, $0.actor) < ($1.start, $1.actor) }
        mentions = all
        genders = actors.map { Self.likelyGender(of: $0, in: article) }
    }

    /// The index of the actor a form denotes, if any.
    func lookup(_ form: String) -> Int? {
        guard let a = analysis.actor(named: form) else { return nil }
        return actors.firstIndex { $0.name == a.name }
    }

    /// Whether the text writes a word form only capitalised, and at least once inside a sentence (not
    /// as its first word): a name, not a common noun that opens a sentence.
    func isProperName(form: Int32) -> Bool {
        var inside = false
        for p in article.index.postings[Int(form)] {
            let w = article.words[Int(p)]
            if !CharacterClass.isUpper(article.scalars[Int(w.start)]) { return false }
            if article.sentences[Int(w.sentence)].words.first != Int(p) { inside = true }
        }
        return inside
    }

    /// How the text names an actor in a speaker phrase: its canonical name, or another form.
    func named(_ actor: Int, surface: String) -> Resolved {
        Resolved(actor: actor, resolution: surface == actors[actor].name ? .name : .alias)
    }

    /// The quoted spans of the article, sorted: mentions inside them are not antecedents.
    var quoted: [Range<Int>] = []

    /// "he", "she", "they", "it" at `offset`: the subject of its own sentence (the first fitting actor
    /// named before it there), else the previous attribution's speaker when it fits, else the first
    /// fitting actor of the nearest sentence before (subjects are named first). `previousUnnamed`: the
    /// previous attribution's speaker is one unnamed person, whom "he" or "she" goes on with.
    /// `previousUnlisted`: the previous attribution's speaker is a name the actor list lacks ("the US
    /// military said … It did not …"), which a pronoun that fits it goes on with before any actor further back.
    /// `previousSentence`: where the previous attribution was made; a person named since whose gender is
    /// known to fit ("Rachel Reeves … she said") goes before a previous speaker whose gender is unknown.
    func pronoun(_ kind: PronounKind, before offset: Int, sentence: Int, previous: Int?, previousSentence: Int? = nil,
                 previousUnnamed: Bool = false, previousUnlisted: String? = nil) -> Resolved {
        let fits: (Int) -> Bool = { i in
            let a = actors[i]
            switch kind {
            case .male: return a.kind == .person && genders[i] != .female
            case .female: return a.kind == .person && genders[i] != .male
            case .group: return a.kind == .organisation || a.kind == .state
            }
        }
        if let i = first(in: sentence, before: offset, where: fits) { return Resolved(actor: i, resolution: .pronoun) }
        if previousUnnamed { return Resolved(actor: nil, resolution: .unnamed) }
        if let name = previousUnlisted, let first = Tokenizer.foldedWords(of: name).first,
           PersonNames.isFirstName(first) == (kind != .group) {
            // A person's name for "he" or "she", a body's for "it" or "they"; a guess the text keeps as written.
            return Resolved(actor: nil, resolution: .unknown, name: name)
        }
        // A person who opens the sentence before, named since the previous attribution, is who "he" goes on
        // with ("Boudreau gave his players a pep talk. “…,” he said."), as a quote with no cue does.
        if let p = previous, kind != .group, let since = previousSentence, sentence - 1 > since, let opener = subject(of: sentence - 1),
           opener.actor != p, fits(opener.actor) {
            return Resolved(actor: opener.actor, resolution: .pronoun)
        }
        if let p = previous, fits(p), kind != .group, genders[p] == nil, let since = previousSentence, since < sentence {
            let gender: PersonGender = kind == .male ? .male : .female
            for s in stride(from: sentence - 1, through: since + 1, by: -1) {
                if let i = first(in: s, before: offset, where: { fits($0) && self.genders[$0] == gender }) { return Resolved(actor: i, resolution: .pronoun) }
            }
        }
        if let p = previous, fits(p) { return Resolved(actor: p, resolution: .pronoun) }
        for s in stride(from: sentence - 1, through: max(0, sentence - Self.reach), by: -1) {
            if let i = first(in: s, before: offset, where: fits) { return Resolved(actor: i, resolution: .pronoun) }
        }
        return Resolved(actor: nil, resolution: .unnamed)
    }

    /// The person who opens sentence `s` (named within its first three words, not as an owner:
    /// "Baxter disagreed", not "Porter’s deputy"), with the name as written.
    func subject(of s: Int) -> (actor: Int, text: String)? {
        let sentence = article.sentences[s]
        guard let w = sentence.words.first else { return nil }
        let limit = sentence.words.count > 3 ? Int(article.words[sentence.words.lowerBound + 3].start) : sentence.end
        var k = lastMention(before: Int(article.words[w].start)) + 1
        while k < mentions.count, mentions[k].start < limit {
            let m = mentions[k]
            if actors[m.actor].kind == .person, !isQuoted(m.start), !isPossessive(m.end) {
                return (m.actor, article.text(from: m.start, to: m.end))
            }
            k += 1
        }
        return nil
    }

    /// The person who opens sentence `s`: "he" or "she" as its first word, resolved as that pronoun, else one named
    /// among its first three words (`subject(of:)`), else "he" or "she" there; with the text as written.
    func opener(of s: Int) -> (actor: Int, text: String)? {
        let words = article.sentences[s].words.prefix(3)
        func pronounAt(_ w: Int) -> (actor: Int, text: String)? {
            let word = article.words[w]
            guard let kind = AttributionWords.pronouns[article.index.vocabulary[Int(word.form)]], kind != .group else { return nil }
            let r = pronoun(kind, before: Int(word.start), sentence: s, previous: nil)
            return r.actor.map { ($0, article.text(from: Int(word.start), to: Int(word.end))) }
        }
        if let first = words.first, let p = pronounAt(first) { return p }
        return subject(of: s) ?? words.lazy.compactMap(pronounAt).first
    }

    /// Whether ’s follows a mention ending at `end`: the name owns what follows, it does not act.
    private func isPossessive(_ end: Int) -> Bool {
        let s = article.scalars
        return end + 1 < s.count && CharacterClass.isApostrophe(s[end]) && (s[end + 1] == "s" || s[end + 1] == "S")
    }

    /// The first actor named in sentence `s` before `offset`, outside quotations, that fits; an owner
    /// ("Porter’s deputy, Anne Lee") only when no other fitting actor is named there.
    private func first(in s: Int, before offset: Int, where fits: (Int) -> Bool) -> Int? {
        let sentence = article.sentences[s]
        var k = lastMention(before: min(offset, sentence.end))
        var found: Int?, owner: Int?
        while k >= 0, mentions[k].start >= sentence.start {
            if fits(mentions[k].actor), !isQuoted(mentions[k].start) {
                if isPossessive(mentions[k].end) { owner = k } else { found = k }
            }
            k -= 1
        }
        if found == nil { found = owner }
        // Names run together ("Foreign Affairs Minister Alexander Downer"): the last of the run is the head.
        while var f = found, f + 1 < mentions.count, mentions[f + 1].start < min(offset, sentence.end),
              mentions[f + 1].start - mentions[f].end <= 12, fits(mentions[f + 1].actor),
              capitalisedWords(mentions[f].end..<mentions[f + 1].start) {
            f += 1
            found = f
        }
        return found.map { mentions[$0].actor }
    }

    /// Whether every word in a stretch is capitalised (" Minister " between two names, not " met ").
    private func capitalisedWords(_ r: Range<Int>) -> Bool {
        var atStart = true
        for c in article.scalars[r] {
            if c == " " { atStart = true; continue }
            if atStart, !CharacterClass.isUpper(c) { return false }
            atStart = false
        }
        return true
    }

    private func isQuoted(_ offset: Int) -> Bool {
        var lo = 0, hi = quoted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if quoted[mid].lowerBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && quoted[lo - 1].contains(offset)
    }

    /// "the Prime Minister", "the airline" (head noun `head`, fitting `kinds`) at `offset`: the most
    /// recent actor the text has called that ("Prime Minister John Howard"), else (`anyOfKind`) the most recent of a fitting kind.
    func description(head: String, kinds: Set<ActorKind>, before offset: Int, sentence: Int, anyOfKind: Bool = true) -> Resolved {
        var k = lastMention(before: offset)
        let oldest = max(0, k - 500)
        while k >= oldest {
            let m = mentions[k]
            if kinds.contains(actors[m.actor].kind), previousWord(before: m.start) == head || appositiveHead(before: m.start) == head {
                return Resolved(actor: m.actor, resolution: .description)
            }
            k -= 1
        }
        // Not an actor the list named by the common noun itself ("Company" for "the company").
        // "the commission", "the court": a body of that sort, which its name says ("the European Commission"),
        // not whichever body came last ("Xinhua … the commission said").
        // (The actors named so are found once, not at every mention the search passes.)
        let namedSo: Set<Int>? = AttributionWords.namedBodies.contains(head)
            ? Set(actors.indices.filter { Tokenizer.foldedWords(of: actors[$0].name).contains(head) }) : nil
        let fits = { (i: Int) in
            kinds.contains(self.actors[i].kind) && self.actors[i].name.lowercased() != head && (namedSo?.contains(i) ?? true)
        }
        // "the company", "the union": the body last named as one that acts, not one named in passing after a
        // preposition ("in an interview with The Wall Street Journal").
        if anyOfKind, kinds == [.organisation], let i = recentActing(before: offset, sentence: sentence, where: fits) {
            return Resolved(actor: i, resolution: .description)
        }
        if anyOfKind, let i = recent(before: offset, sentence: sentence, where: fits) {
            return Resolved(actor: i, resolution: .description)
        }
        if let i = namedLater(head: head, kinds: kinds, after: offset, sentence: sentence) { return Resolved(actor: i, resolution: .description) }
        return Resolved(actor: nil, resolution: .unnamed)
    }

    /// "the analyst", "the authority" (an unnamed source's noun `head` after "the"): the person last titled so
    /// within reach ("Jefferies analyst Jonathan Matuszewski", "Omar Lamrani, the analyst") or the body whose
    /// name ends in it ("the Civil Aviation Safety Authority"); nil when the text has named none so.
    func titled(head: String, before offset: Int, sentence: Int) -> Resolved? {
        var k = lastMention(before: offset)
        while k >= 0, mentions[k].sentence >= sentence - Self.reach {
            let m = mentions[k], a = actors[m.actor]
            let titledSo = a.kind == .person && (previousWord(before: m.start) == head || appositiveHead(before: m.start) == head)
            let namedSo = a.kind == .organisation && a.name.split(separator: " ").last.map({ $0.lowercased() == head }) == true
            if titledSo || namedSo {
                return Resolved(actor: m.actor, resolution: .description)
            }
            k -= 1
        }
        return nil
    }

    /// A description the text explains later, as news leads do ("The Queensland Premier says …" before
    /// "Premier Peter Beattie says …"; "The department has confirmed …" before "The Immigration Department"):
    /// the first actor within reach after `offset` titled with the head noun or named by a phrase ending in it.
    private func namedLater(head: String, kinds: Set<ActorKind>, after offset: Int, sentence: Int) -> Int? {
        var k = lastMention(before: offset) + 1
        while k < mentions.count, mentions[k].sentence <= sentence + Self.reach {
            let m = mentions[k]
            if m.start > offset, kinds.contains(actors[m.actor].kind),
               previousWord(before: m.start) == head || actors[m.actor].name.split(separator: " ").last.map({ $0.lowercased() == head }) == true {
                return m.actor
            }
            k += 1
        }
        return nil
    }

    /// The likely gender of an actor: titles before its mentions (Mr, Mrs, Ms, Miss), else "he" or
    /// "she" opening the sentence after its first mention. The one place genders are guessed: first
    /// names (PersonNames.gender(ofFirstName:)) join here.
    static func likelyGender(of actor: Actor, in article: Article) -> PersonGender? {
        guard actor.kind == .person else { return nil }
        for m in actor.mentions {
            if let g = PersonNames.gender(ofTitle: previousWord(before: m.start, in: article.scalars)) { return g }
        }
        // A first name that the census lists mostly for one sex ("Jane Harmon").
        if let first = actor.name.split(separator: " ").first, let g = PersonNames.gender(ofFirstName: String(first)) { return g }
        if let first = actor.firstMention, first.sentence + 1 < article.sentences.count {
            let next = article.sentences[first.sentence + 1]
            if let w = next.words.first.map({ article.index.vocabulary[Int(article.words[$0].form)] }) {
                if w == "he" { return .male }
                if w == "she" { return .female }
            }
        }
        return nil
    }

    // MARK: - Looking back

    private func lastMention(before offset: Int) -> Int {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo - 1
    }

    /// The fitting actor named most recently, within twice the reach, by a mention no preposition governs
    /// ("after CNBC reported" opens a clause: "after" there is a conjunction).
    private func recentActing(before offset: Int, sentence: Int, where fits: (Int) -> Bool) -> Int? {
        let governing = AttributionWords.prepositions.subtracting(AttributionWords.clauseBoundaries)
        var k = lastMention(before: offset)
        while k >= 0, mentions[k].sentence >= sentence - 2 * Self.reach {
            let before = previousWord(before: mentions[k].start)
            if fits(mentions[k].actor), !governing.contains(before),
               !(["the", "a", "an"].contains(before) && governing.contains(previousWord(before: wordStart(before: mentions[k].start)))) {
                return mentions[k].actor
            }
            k -= 1
        }
        return nil
    }

    /// The start of the word just before `offset`.
    private func wordStart(before offset: Int) -> Int {
        let s = article.scalars
        var i = offset - 1
        while i >= 0, !CharacterClass.isLetter(s[i]) { i -= 1 }
        while i > 0, CharacterClass.isLetter(s[i - 1]) { i -= 1 }
        return max(0, i)
    }

    private func recent(before offset: Int, sentence: Int, where fits: (Int) -> Bool) -> Int? {
        var k = lastMention(before: offset)
        while k >= 0, mentions[k].sentence >= sentence - Self.reach {
            if fits(mentions[k].actor) { return mentions[k].actor }
            k -= 1
        }
        return nil
    }

    private func previousWord(before offset: Int) -> String { Self.previousWord(before: offset, in: article.scalars) }

    /// The noun a name is in apposition to ("The group, WeWorkers Coalition, …" → "group"): the word before
    /// the comma before `offset`, lower-cased; empty when no comma comes first.
    private func appositiveHead(before offset: Int) -> String {
        let s = article.scalars
        var i = offset - 1
        while i >= 0, s[i] == " " || s[i] == "\u{00A0}" { i -= 1 }
        guard i >= 1, s[i] == "," else { return "" }
        return Self.previousWord(before: i, in: s)
    }

    /// The word just before `offset` (across spaces and a full stop), lower-cased: "mr" before "Mr. Smith".
    static func previousWord(before offset: Int, in s: [Unicode.Scalar]) -> String {
        var i = offset - 1
        while i >= 0, s[i] == " " || s[i] == "\u{00A0}" { i -= 1 }
        if i >= 0, s[i] == "." { i -= 1 }
        var end = i + 1
        while i >= 0, CharacterClass.isLetter(s[i]) { i -= 1 }
        if end - i > 24 { end = i + 25 }
        return String(String.UnicodeScalarView(s[(i + 1)..<end])).lowercased()
    }
}
