/// Someone or something the article names: a person, a state, an organisation or a place.
public struct Actor: Sendable, Hashable {
    /// The canonical name (the full name for people, the gazetteer's name for states and known bodies).
    public var name: String
    public var kind: ActorKind
    /// The forms this text uses for the actor, exactly as written (without a possessive ’s), sorted.
    public var aliases: [String]
    /// Every mention, in text order.
    public var mentions: [Mention]
    /// The state a place (a capital, a territory), a body or a person is tied to, when known.
    public var linkedState: String?

    public init(name: String, kind: ActorKind, aliases: [String], mentions: [Mention], linkedState: String? = nil) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.mentions = mentions
        self.linkedState = linkedState
    }

    /// The first mention in the text, if any (actors added by a correction may have none).
    public var firstMention: Mention? { mentions.first }

    /// The ids of the sentences that mention the actor, ascending, without repeats.
    public var sentenceIDs: [Int] {
        var out = [Int]()
        out.reserveCapacity(mentions.count)
        var last = -1
        for m in mentions where m.sentence != last {
            out.append(m.sentence)
            last = m.sentence
        }
        return out
    }

    /// Rebuilds `aliases` from the mentions' surfaces (sorted, unique).
    mutating func refreshAliases() {
        aliases = Actor.aliases(of: mentions.map(\.surface))
    }

    /// The aliases that surfaces show: sorted, unique, without soft hyphens (line-break hints a page leaves inside
    /// words, "Netan\u{AD}yahu", which some terminals draw); the mentions keep the text as written.
    static func aliases(of surfaces: [String]) -> [String] {
        Set(surfaces.map { s in s.unicodeScalars.contains(where: CharacterClass.isSoftHyphen) ? String(String.UnicodeScalarView(s.unicodeScalars.filter { !CharacterClass.isSoftHyphen($0) })) : s }).sorted()
    }
}

/// How often two actors are named in the same sentence.
public struct ActorPair: Sendable, Hashable {
    public let a: String
    public let b: String
    /// The number of sentences naming both.
    public let count: Int
    /// The ids of those sentences, ascending.
    public let sentences: [Int]
}
