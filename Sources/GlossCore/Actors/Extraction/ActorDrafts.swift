/// The actors being built: one draft per (kind, name), the mentions given to it, and the finished `Actor`s
/// with the evidence of every mention.
extension ActorExtractor {
    /// A typed mention: its word range and the rule that made it (its kind is its draft's).
    struct TypedMention {
        let from: Int
        let to: Int
        let rule: MentionRule
    }

    /// An actor being built: its name, kind and state, and the mentions given to it so far.
    struct ActorDraft {
        var name: String
        var kind: ActorKind
        var linkedState: String?
        var spans: [TypedMention] = []
    }
    // MARK: - Drafts

    /// The draft of (kind, name), made on first use; a draft without a state takes `linked`.
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
        drafts.append(ActorDraft(name: name, kind: kind, linkedState: linked))
        return drafts.count - 1
    }

    /// The draft of gazetteer entry `t`, made on first use.
    mutating func gazetteerDraft(_ t: Int32) -> Int {
        if entryDraft.isEmpty { entryDraft = [Int?](repeating: nil, count: Gazetteer.index.entries.count) }
        if let known = entryDraft[Int(t)] { return known }
        let e = Gazetteer.index.entries[Int(t)]
        let d = draftIndex(name: e.name, kind: e.kind, linked: e.linkedState)
        entryDraft[Int(t)] = d
        return d
    }

    /// Gives words `from..<to` to draft `d` as a mention made by `rule`, and claims them.
    mutating func appendSpan(_ d: Int, _ from: Int, _ to: Int, _ rule: MentionRule) {
        drafts[d].spans.append(TypedMention(from: from, to: to, rule: rule))
        for k in from..<to { wordState[k].owner = .draft(d) }
    }

    /// `appendSpan` to the draft of (kind, name).
    mutating func addMention(name: String, kind: ActorKind, linked: String?, from: Int, to: Int, rule: MentionRule) {
        appendSpan(draftIndex(name: name, kind: kind, linked: linked), from, to, rule)
    }

    /// The drafts with mentions as `Actor`s in order of first mention, and every mention's evidence.
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
            let aliases = Actor.aliases(of: surfaces.map(\.text))
            actors.append(Actor(name: draft.name, kind: draft.kind, aliases: aliases, mentions: mentions, linkedState: draft.linkedState))
        }
        actors.sort { ($0.mentions[0].start, $0.name) < ($1.mentions[0].start, $1.name) }
        return (actors, MentionProvenance(records: records, evidence: evidence))
    }
}
