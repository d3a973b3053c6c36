/// The built-in list of states, places and organisations, with the word lists name detection uses.
/// The data is generated (see `GazetteerData.swift` and `Generator/`); the index over it is built
/// once, on first use.
public enum Gazetteer {
    /// One gazetteer entry.
    public struct Entry: Sendable, Hashable {
        public let name: String
        public let kind: ActorKind
        /// The state a capital, territory or body belongs to.
        public let linkedState: String?
        /// Other names ("US", "United States of America", "Britain").
        public let aliases: [String]
        /// Demonyms and adjectives ("American", "South Korean", "European").
        public let adjectives: [String]
    }

    /// Every entry.
    public static var entries: [Entry] { index.entries }

    /// The entry a name, alias, demonym or capital denotes (case-insensitive, full stops and
    /// diacritics ignored): "U.S." → United States, "Polish" → Poland, "Kiev" → Kyiv.
    public static func lookup(_ form: String) -> Entry? {
        guard let i = index.byKey[NameKey.key(form)] else { return nil }
        return index.entries[i]
    }

    /// The entry with exactly this canonical name.
    public static func entry(named name: String) -> Entry? {
        guard let i = index.byName[name] else { return nil }
        return index.entries[i]
    }

    /// Whether a word or phrase is a title or honorific ("President", "Gov.", "Prime Minister").
    public static func isTitle(_ form: String) -> Bool { index.titleKeys.contains(NameKey.key(form)) }

    // MARK: - Index

    /// How the text between two words joins them.
    enum Gap: UInt8 {
        case start, space, hyphen, spacedHyphen, comma, possessive, stop, open, other
    }

    /// A phrase word's case requirement: any case, an initial capital, or all capitals.
    enum CaseRule: UInt8 { case any, capital, allCaps }

    struct Phrase {
        let forms: [String]
        let gaps: [Gap]  // gaps[k] is the gap before word k (gaps[0] unused)
        let cases: [CaseRule]
        /// Entry index, or -1 for a title.
        let target: Int32
        let isAdjective: Bool
    }

    struct Index: Sendable {
        let entries: [Entry]
        let byKey: [String: Int]
        let byName: [String: Int]
        let phrases: [Phrase]
        /// First folded word → phrase indices, longest first.
        let byFirst: [String: [Int32]]
        let titleKeys: Set<String>
        let workCues: [[String]]
    }

    static let index: Index = build()

    private static func build() -> Index {
        var entries = [Entry]()
        var byKey = [String: Int]()
        var byName = [String: Int]()
        var phrases = [Phrase]()
        var seenPhrase = Set<String>()
        func addPhrase(_ text: String, target: Int32, adjective: Bool, anyCase: Bool) {
            let scalars = Array(text.unicodeScalars)
            let tokens = Tokenizer.tokens(in: scalars, range: 0..<scalars.count)
            guard !tokens.isEmpty else { return }
            var gaps = [Gap](), cases = [CaseRule]()
            for (k, t) in tokens.enumerated() {
                gaps.append(k == 0 ? .start : classifyGap(scalars, tokens[k - 1].end, t.start))
                cases.append(anyCase ? .any : caseRule(scalars[t.start..<t.end]))
            }
            let signature = tokens.map(\.folded).joined(separator: " ") + "|" + gaps.map { String($0.rawValue) }.joined()
            guard seenPhrase.insert(signature).inserted else { return }
            phrases.append(Phrase(forms: tokens.map(\.folded), gaps: gaps, cases: cases, target: target, isAdjective: adjective))
        }
        for e in GazetteerData.entries {
            let i = entries.count
            entries.append(Entry(name: e.name, kind: e.kind, linkedState: e.linkedState.isEmpty ? nil : e.linkedState,
                                 aliases: e.aliases, adjectives: e.adjectives))
            byName[e.name] = i
            for form in [e.name] + e.aliases + e.adjectives {
                let k = NameKey.key(form)
                if byKey[k] == nil { byKey[k] = i }
            }
            for form in [e.name] + e.aliases { addPhrase(form, target: Int32(i), adjective: false, anyCase: false) }
            for form in e.adjectives { addPhrase(form, target: Int32(i), adjective: true, anyCase: false) }
        }
        var titleKeys = Set<String>()
        for t in GazetteerData.titles {
            titleKeys.insert(NameKey.key(t))
            addPhrase(t, target: -1, adjective: false, anyCase: true)
        }
        var byFirst = [String: [Int32]]()
        for (i, p) in phrases.enumerated() { byFirst[p.forms[0], default: []].append(Int32(i)) }
        for (k, list) in byFirst {
            byFirst[k] = list.sorted { (phrases[Int($0)].forms.count, -$0) > (phrases[Int($1)].forms.count, -$1) }
        }
        let cues = GazetteerData.workCues.map { Tokenizer.foldedWords(of: $0) }
        return Index(entries: entries, byKey: byKey, byName: byName, phrases: phrases, byFirst: byFirst,
                     titleKeys: titleKeys, workCues: cues)
    }

    static func caseRule(_ s: ArraySlice<Unicode.Scalar>) -> CaseRule {
        var letters = 0, upper = 0
        for c in s where Tokenizer.isLetter(c) {
            letters += 1
            if Tokenizer.isUpperLetter(c) { upper += 1 }
        }
        if letters >= 2 && upper == letters { return .allCaps }
        if let f = s.first, Tokenizer.isUpperLetter(f) { return .capital }
        if let f = s.first, Tokenizer.isDigit(f), upper > 0 { return .allCaps }
        return .any
    }

    /// Classifies the text between two words (`scalars[from..<to]`).
    static func classifyGap(_ scalars: [Unicode.Scalar], _ from: Int, _ to: Int) -> Gap {
        if from >= to { return .other }
        if Tokenizer.isApostrophe(scalars[from]), from + 1 < to, scalars[from + 1] == "s" || scalars[from + 1] == "S" {
            return .possessive
        }
        var hyphen = false, space = false, comma = false, stop = false, open = false, other = false
        for i in from..<to {
            switch scalars[i].value {
            case 0x0A, 0x0D: return .start
            case 0x20, 0x09, 0xA0, 0x2009, 0x200A, 0x202F: space = true
            case 0x2D, 0x2010, 0x2011, 0x2013: hyphen = true
            case 0x2C: comma = true
            case 0x2E, 0x21, 0x3F, 0x2026: stop = true
            case 0x28: open = true
            default: other = true
            }
        }
        if stop { return .stop }
        if other { return .other }
        if hyphen { return (space || comma || open) ? (comma || open ? .other : .spacedHyphen) : .hyphen }
        if comma { return open ? .other : .comma }
        if open { return .open }
        return .space
    }
}
