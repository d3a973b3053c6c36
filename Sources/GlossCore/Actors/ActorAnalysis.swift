import Synchronization

/// Who is in an article: people, states, organisations and places, each under its canonical
/// name with every form the text uses and every mention. Pure and deterministic.
public struct ActorAnalysis: Sendable {
    /// The analysed article (kept so corrections can search its text).
    public let article: Article
    /// The actors, in order of first mention.
    public private(set) var actors: [Actor]
    /// Extra forms that find an actor besides its name and aliases (added by corrections), by actor name.
    public private(set) var extraForms: [String: [String]]
    private var lookupTable: [String: Int]
    /// Work derived from the actors on first use (co-occurrence). The analysis is immutable and
    /// corrections build a new one, so nothing cached here goes stale; copies share it.
    private let cache = ActorAnalysisCache()

    /// Why each extracted mention was made (empty for mentions added by corrections).
    let provenance: MentionProvenance

    public init(article: Article) {
        let result = ActorExtractor.extract(article)
        self.init(article: article, actors: result.actors, extraForms: [:], provenance: result.provenance)
    }

    init(article: Article, actors: [Actor], extraForms: [String: [String]], provenance: MentionProvenance = .empty) {
        self.article = article
        self.actors = actors
        self.extraForms = extraForms
        self.provenance = provenance
        self.lookupTable = Self.buildLookup(actors, extraForms)
    }

    /// Normalised form → actor index. Names first, then aliases seen, then extra forms, then the
    /// gazetteer's other names for the actor ("USA" finds United States even if the text says "US").
    private static func buildLookup(_ actors: [Actor], _ extra: [String: [String]]) -> [String: Int] {
        var table = [String: Int]()
        func add(_ form: String, _ i: Int) {
            let k = NameKey.key(form)
            if !k.isEmpty && table[k] == nil { table[k] = i }
        }
        for (i, a) in actors.enumerated() { add(a.name, i) }
        for (i, a) in actors.enumerated() { for s in a.aliases { add(s, i) } }
        for (i, a) in actors.enumerated() { for s in extra[a.name] ?? [] { add(s, i) } }
        // A person's first or last name alone ("Yoon", "Putin"), when no other actor claims it.
        var partOwners = [String: Set<Int>]()
        for (i, a) in actors.enumerated() where a.kind == .person {
            let parts = NameKey.key(a.name).split(separator: " ")
            for p in [parts.first, parts.last].compactMap({ $0 }) where p.count > 1 { partOwners[String(p), default: []].insert(i) }
        }
        for (part, owners) in partOwners where owners.count == 1 && table[part] == nil { table[part] = owners.first! }
        for (i, a) in actors.enumerated() where a.kind != .person {
            if let e = Gazetteer.entry(named: a.name), e.kind == a.kind {
                for s in e.aliases + e.adjectives { add(s, i) }
            }
        }
        return table
    }

    // MARK: - Lookups

    /// The actor a name or any of its forms denotes; case-insensitive, full stops, hyphens and
    /// common diacritics ignored ("u.s.", "putin", "Kim Jong-un", "Orban").
    public func actor(named name: String) -> Actor? {
        guard let i = lookupTable[NameKey.key(name)] else { return nil }
        return actors[i]
    }

    /// Actor names close to `name`, for "did you mean": small edit distance to a name or alias, or
    /// a name containing the typed word. Best first; at most `limit`.
    public func suggestions(for name: String, limit: Int = 3) -> [String] {
        let key = NameKey.key(name)
        guard !key.isEmpty else { return [] }
        // One or two letters are too few for an edit to mean anything ("pu" is one edit from "eu"): they
        // only offer names with a word starting with them. Longer keys: small edits first, then those names.
        let length = key.unicodeScalars.count
        let budget = length < 3 ? 0 : max(1, min(3, length / 3))
        var best = [Int: Int]()  // actor → score
        for (form, i) in lookupTable {
            var score = EditDistance.distance(key, form, limit: budget)
            if score > budget {
                if (" " + form).contains(" " + key) { score = budget + 1 } else { continue }
            }
            if best[i].map({ score < $0 }) ?? true { best[i] = score }
        }
        return best.sorted { ($0.value, actors[$0.key].name) < ($1.value, actors[$1.key].name) }
            .prefix(limit).map { actors[$0.key].name }
    }

    /// Which rule or gazetteer entry made a mention and why its actor has its kind; nil for a
    /// mention added by a correction (`alias`, `add-actor`).
    public func evidence(for mention: Mention) -> MentionEvidence? { provenance.evidence(forStart: mention.start) }

    /// The actors of one kind, in order of first mention.
    public func actors(of kind: ActorKind) -> [Actor] { actors.filter { $0.kind == kind } }

    /// The actors mentioned in a sentence (by sentence id), in order of first mention there.
    public func actors(inSentence id: Int) -> [Actor] {
        actors.compactMap { a in a.mentions.first { $0.sentence == id }.map { (a, $0.start) } }
            .sorted { $0.1 < $1.1 }.map(\.0)
    }

    /// Ids of the sentences that mention every one of the named actors (unknown names give none).
    public func sentences(mentioningAll names: [String]) -> [Int] {
        var result: Set<Int>?
        for name in names {
            guard let a = actor(named: name) else { return [] }
            let ids = Set(a.sentenceIDs)
            result = result.map { $0.intersection(ids) } ?? ids
        }
        return (result ?? []).sorted()
    }

    /// Sentence-level co-occurrence: for every pair of actors named in the same sentence, how many
    /// sentences name both. Most frequent first, then by names. Pairs are ordered by first mention.
    /// Computed once per analysis (`actor` and `network` ask for it on every call).
    public func cooccurrences() -> [ActorPair] {
        cache.cooccurrences { Self.computeCooccurrences(actors, sentenceCount: article.sentences.count) }
    }

    private static func computeCooccurrences(_ actors: [Actor], sentenceCount: Int) -> [ActorPair] {
        // Actors per sentence as one flat array (counting sort by sentence), each sentence's
        // actors in actor order: no dictionary of arrays.
        let ids = actors.map(\.sentenceIDs)
        var start = [Int](repeating: 0, count: sentenceCount + 1)
        for list in ids { for s in list { start[s + 1] += 1 } }
        for s in 0..<sentenceCount { start[s + 1] += start[s] }
        var fill = start
        var members = [Int32](repeating: 0, count: start[sentenceCount])
        for (i, list) in ids.enumerated() {
            for s in list {
                members[fill[s]] = Int32(i)
                fill[s] += 1
            }
        }
        // Pair (i, j), i < j, → its slot; sentences are visited in order, so each list is ascending.
        let count = actors.count
        var slotOf = [Int: Int]()
        var pairs = [(i: Int, j: Int, sentences: [Int])]()
        for s in 0..<sentenceCount where start[s + 1] - start[s] > 1 {
            for x in start[s]..<start[s + 1] {
                for y in (x + 1)..<start[s + 1] {
                    let i = Int(members[x]), j = Int(members[y])
                    let key = i * count + j
                    if let slot = slotOf[key] {
                        pairs[slot].sentences.append(s)
                    } else {
                        slotOf[key] = pairs.count
                        pairs.append((i, j, [s]))
                    }
                }
            }
        }
        // Ties on (count, names) fall back to actor order, so the result never depends on hashing.
        pairs.sort { p, q in
            if p.sentences.count != q.sentences.count { return p.sentences.count > q.sentences.count }
            let (pa, qa) = (actors[p.i].name, actors[q.i].name)
            if pa != qa { return pa < qa }
            let (pb, qb) = (actors[p.j].name, actors[q.j].name)
            if pb != qb { return pb < qb }
            return (p.i, p.j) < (q.i, q.j)
        }
        return pairs.map { ActorPair(a: actors[$0.i].name, b: actors[$0.j].name, count: $0.sentences.count, sentences: $0.sentences) }
    }

    // MARK: - Corrections

    /// Whether a correction can be applied; a message saying why not otherwise.
    public func problem(with correction: ActorCorrection) -> String? {
        func unknown(_ name: String) -> String? {
            guard actor(named: name) == nil else { return nil }
            let s = suggestions(for: name)
            return "no actor \"\(name)\"" + (s.isEmpty ? "" : " (did you mean \(s.joined(separator: ", "))?)")
        }
        switch correction {
        case .alias(let form, let name):
            if NameKey.key(form).isEmpty { return "empty alias" }
            return unknown(name)
        case .merge(let a, let b):
            if let p = unknown(a) ?? unknown(b) { return p }
            if actor(named: a)?.name == actor(named: b)?.name { return "\"\(a)\" and \"\(b)\" are the same actor" }
            return nil
        case .rename(let a, let b):
            if NameKey.key(b).isEmpty { return "empty name" }
            return unknown(a)
        case .drop(let a):
            return unknown(a)
        case .add(let name, _, _):
            if NameKey.key(name).isEmpty { return "empty name" }
            if let a = actor(named: name), a.name == name { return "actor \"\(name)\" exists" }
            return nil
        }
    }

    /// The analysis with corrections applied in order. Corrections that do not apply (see
    /// `problem(with:)`) are skipped.
    public func applying(_ corrections: [ActorCorrection]) -> ActorAnalysis {
        var result = self
        for c in corrections { result = result.applying(c) }
        return result
    }

    public func applying(_ correction: ActorCorrection) -> ActorAnalysis {
        guard problem(with: correction) == nil else { return self }
        var actors = self.actors
        var extra = self.extraForms
        func index(_ name: String) -> Int? {
            guard let a = actor(named: name) else { return nil }
            return actors.firstIndex { $0.name == a.name && $0.kind == a.kind }
        }
        switch correction {
        case .alias(let form, let name):
            guard let i = index(name) else { return self }
            extra[actors[i].name, default: []].append(form)
            Self.assign(occurrences(of: form), to: i, in: &actors)
        case .merge(let a, let b):
            guard let i = index(a), let j = index(b) else { return self }
            actors[j].mentions = Self.union(actors[j].mentions, actors[i].mentions)
            actors[j].aliases = Array(Set(actors[j].aliases + actors[i].aliases)).sorted()
            extra[actors[j].name, default: []] += [actors[i].name] + (extra[actors[i].name] ?? [])
            extra[actors[i].name] = nil
            actors.remove(at: i)
        case .rename(let a, let b):
            guard let i = index(a) else { return self }
            let old = actors[i].name
            if let j = actors.firstIndex(where: { $0.name == b }), j != i {
                return ActorAnalysis(article: article, actors: actors, extraForms: extra, provenance: provenance).applying(.merge(a, into: b))
            }
            actors[i].name = b
            extra[b] = (extra[old] ?? []) + [old]
            extra[old] = nil
        case .drop(let a):
            guard let i = index(a) else { return self }
            extra[actors[i].name] = nil
            actors.remove(at: i)
        case .add(let name, let kind, let aliases):
            actors.append(Actor(name: name, kind: kind, aliases: [], mentions: []))
            let i = actors.count - 1
            extra[name] = aliases
            for form in [name] + aliases { Self.assign(occurrences(of: form), to: i, in: &actors) }
        }
        // Keep actors that still have mentions (or were added by hand), in order of first mention.
        let added: Set<String> = { if case .add(let name, _, _) = correction { return [name] } else { return [] } }()
        let emptyBefore = Set(self.actors.filter { $0.mentions.isEmpty }.map(\.name))
        actors = actors.filter { !$0.mentions.isEmpty || added.contains($0.name) || emptyBefore.contains($0.name) }
        actors.sort { ($0.mentions.first?.start ?? Int.max, $0.name) < ($1.mentions.first?.start ?? Int.max, $1.name) }
        return ActorAnalysis(article: article, actors: actors, extraForms: extra, provenance: provenance)
    }

    /// Every occurrence of a form in the text, found with the word index: consecutive words with the
    /// same folded forms (case-insensitive), the words of one paragraph.
    public func occurrences(of form: String) -> [Mention] {
        let folded = Tokenizer.foldedWords(of: form)
        guard let first = folded.first else { return [] }
        let words = article.words
        var out = [Mention]()
        for p in article.index.positions(of: first) {
            let i = Int(p)
            guard i + folded.count <= words.count else { continue }
            var ok = true
            for k in 1..<max(1, folded.count) {
                let w = words[i + k]
                if article.index.vocabulary[Int(w.form)] != folded[k] { ok = false; break }
                let gapText = article.scalars[Int(words[i + k - 1].end)..<Int(w.start)]
                if gapText.contains("\n") { ok = false; break }
            }
            guard ok else { continue }
            let a = Int(words[i].start), b = Int(words[i + folded.count - 1].end)
            out.append(Mention(sentence: Int(words[i].sentence), start: a, end: b, surface: article.text(from: a, to: b)))
        }
        return out
    }

    /// Gives mentions to actor `i`, taking them from any other actor whose mentions they overlap.
    private static func assign(_ mentions: [Mention], to i: Int, in actors: inout [Actor]) {
        guard !mentions.isEmpty else { return }
        for j in actors.indices where j != i {
            let before = actors[j].mentions.count
            actors[j].mentions.removeAll { m in mentions.contains { $0.overlaps(m) } }
            if actors[j].mentions.count != before { actors[j].refreshAliases() }
        }
        actors[i].mentions = union(actors[i].mentions.filter { m in !mentions.contains { $0.overlaps(m) } }, mentions)
        actors[i].refreshAliases()
    }

    private static func union(_ a: [Mention], _ b: [Mention]) -> [Mention] {
        var all = a
        for m in b where !all.contains(where: { $0.overlaps(m) }) { all.append(m) }
        return all.sorted()
    }
}

/// What an `ActorAnalysis` computes on first use and keeps. A class so that copies of the analysis
/// share it; a Mutex keeps it Sendable (whoever asks first computes while the others wait).
final class ActorAnalysisCache: Sendable {
    private let pairs = Mutex<[ActorPair]?>(nil)

    init() {}

    func cooccurrences(_ compute: () -> [ActorPair]) -> [ActorPair] {
        pairs.withLock { cached in
            if let cached { return cached }
            let result = compute()
            cached = result
            return result
        }
    }
}
