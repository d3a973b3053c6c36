import GlossCore

/// How well the actor analysis agrees with hand annotations, per kind and overall.
///
/// Matching (all comparisons on `NameKey.key`, so case, full stops, hyphens and diacritics do not
/// count; leading titles such as "Mr" or "President" are removed from reference forms, because
/// mentions never include them, nor a leading "the", nor a final possessive ’s):
/// - A predicted actor *touches* a reference actor when one of its mention surfaces equals one of the
///   reference actor's forms.
/// - A reference actor is *found* (recall) when some predicted actor touches it. Its *kind* is right
///   when the predicted actor touching it with the most mentions of its forms has its kind.
/// - A predicted actor is *correct* (precision) when it touches some reference actor; otherwise it
///   is a false actor (a `not` phrase, a partial name, a fused name, a missed annotation).
/// - A reference actor with two or more distinct forms is *merged whole* when one predicted actor
///   touches all of them.
/// - A predicted actor is *wrongly merged* when it touches two reference actors through forms that
///   belong to only one of them each (a form annotated under two actors proves nothing).
/// Per kind: recall, kind accuracy and merging are counted by the reference kind; precision by the
/// predicted kind.
public struct ActorScore: Sendable {
    /// Counts behind the figures of one kind (or of all kinds).
    public struct Counts: Sendable {
        public var reference = 0, found = 0, kindRight = 0
        public var predicted = 0, correct = 0
        public var multiForm = 0, mergedWhole = 0
        public var wrongMerges = 0

        public init() {}

        public var recall: Double { ratio(found, reference) }
        public var precision: Double { ratio(correct, predicted) }
        public var kindAccuracy: Double { ratio(kindRight, found) }
        public var merged: Double { ratio(mergedWhole, multiForm) }

        mutating func add(_ o: Counts) {
            reference += o.reference; found += o.found; kindRight += o.kindRight
            predicted += o.predicted; correct += o.correct
            multiForm += o.multiForm; mergedWhole += o.mergedWhole; wrongMerges += o.wrongMerges
        }

        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
    }

    /// One mistake, for reading the errors one by one.
    public struct Mistake: Sendable, CustomStringConvertible {
        public enum Sort: String, Sendable { case missed, falseActor = "false", wrongKind = "kind", split, wrongMerge = "merge" }
        public let article: String
        public let sort: Sort
        public let detail: String
        public var description: String { "\(article)  \(sort.rawValue)  \(detail)" }
    }

    public private(set) var byKind: [ActorKind: Counts] = [:]
    public private(set) var mistakes: [Mistake] = []
    public private(set) var articles = 0

    public init() {}

    /// All kinds together.
    public var overall: Counts {
        var c = Counts()
        for v in byKind.values { c.add(v) }
        return c
    }

    /// Scores the actors predicted for one article against its annotation.
    public mutating func add(_ reference: ReferenceArticle, predicted: [Actor]) {
        articles += 1
        let refs = reference.actors
        let refKeys: [Set<String>] = refs.map { ref in Set(ref.forms.map { Self.formKey($0, kind: ref.kind) }.filter { !$0.isEmpty }) }
        var owners = [String: Set<Int>]()
        for (r, keys) in refKeys.enumerated() { for k in keys { owners[k, default: []].insert(r) } }
        func note(_ sort: Mistake.Sort, _ detail: String) { mistakes.append(Mistake(article: reference.id, sort: sort, detail: detail)) }

        // Which reference actors each predicted actor touches, and with how many mentions.
        var touching = [[Int: Int]](repeating: [:], count: predicted.count)
        var surfaceKeys = [Set<String>](repeating: [], count: predicted.count)
        for (p, actor) in predicted.enumerated() {
            for m in actor.mentions {
                let k = Self.mentionKey(m.surface)
                surfaceKeys[p].insert(k)
                for r in owners[k] ?? [] { touching[p][r, default: 0] += 1 }
            }
        }
        for (p, actor) in predicted.enumerated() {
            var c = byKind[actor.kind] ?? Counts()
            c.predicted += 1
            if touching[p].isEmpty {
                note(.falseActor, "\(actor.name) (\(actor.kind.rawValue)) as \(actor.aliases.joined(separator: ", "))")
            } else {
                c.correct += 1
            }
            // Wrong merge: two reference actors, each through a form that is only theirs.
            let unique = Set(surfaceKeys[p].compactMap { k -> Int? in
                guard let o = owners[k], o.count == 1 else { return nil }
                return o.first
            })
            if unique.count >= 2 {
                c.wrongMerges += 1
                note(.wrongMerge, "\(actor.name) covers " + unique.sorted().map { refs[$0].name }.joined(separator: " + "))
            }
            byKind[actor.kind] = c
        }
        for (r, ref) in refs.enumerated() {
            var c = byKind[ref.kind] ?? Counts()
            c.reference += 1
            var best: (p: Int, n: Int)?
            for p in predicted.indices { if let n = touching[p][r], n > (best?.n ?? 0) { best = (p, n) } }
            if let best {
                c.found += 1
                if predicted[best.p].kind == ref.kind { c.kindRight += 1 } else {
                    note(.wrongKind, "\(ref.name): \(ref.kind.rawValue) taken for \(predicted[best.p].kind.rawValue)")
                }
            } else {
                note(.missed, "\(ref.name) (\(ref.kind.rawValue))")
            }
            if refKeys[r].count >= 2 {
                c.multiForm += 1
                if predicted.indices.contains(where: { refKeys[r].isSubset(of: surfaceKeys[$0]) }) { c.mergedWhole += 1 } else if best != nil {
                    let groups = predicted.indices.filter { touching[$0][r] != nil }.map { predicted[$0].name }
                    let seen = predicted.indices.filter { touching[$0][r] != nil }.reduce(Set<String>()) { $0.union(surfaceKeys[$1]) }
                    let missing = ref.forms.filter { !seen.contains(Self.formKey($0, kind: ref.kind)) }
                    note(.split, "\(ref.name) in \(groups.joined(separator: " | "))" + (missing.isEmpty ? "" : "; forms not found: " + missing.joined(separator: ", ")))
                }
            }
            byKind[ref.kind] = c
        }
    }

    /// A mention's key, compared with `formKey`: a leading article is dropped on both sides, so that "The
    /// Hague" found with its article and annotated with it match, as "Daily Telegraph" found without it does.
    static func mentionKey(_ surface: String) -> String {
        let key = NameKey.key(surface)
        return key.hasPrefix("the ") && key.count > 4 ? String(key.dropFirst(4)) : key
    }

    /// A reference form as mentions write it: its key, without a person's leading titles ("Mr Smith" →
    /// "smith"). Only a person's: in a body's name the same words are the name ("General Assembly",
    /// "Justice Department").
    static func formKey(_ form: String, kind: ActorKind) -> String {
        var words = NameKey.key(form).split(separator: " ").map(String.init)
        if kind == .person {
            while words.count > 2, Gazetteer.isTitle(words[0] + " " + words[1]) { words.removeFirst(2) }
            while words.count > 1, Gazetteer.isTitle(words[0]) { words.removeFirst() }
        }
        // Mentions start after a leading article ("The Daily Telegraph" is mentioned as "Daily Telegraph").
        if words.count > 1, words[0] == "the" { words.removeFirst() }
        // Nor a final possessive, even one that is part of the name ("Lowe's" is mentioned as "Lowe").
        if let last = words.last, last.hasSuffix("'s"), last.count > 2 { words[words.count - 1] = String(last.dropLast(2)) }
        return words.joined(separator: " ")
    }
}
