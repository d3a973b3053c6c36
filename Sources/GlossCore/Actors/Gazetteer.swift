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
        guard let i = keys.byKey[NameKey.key(form)] else { return nil }
        return index.entries[i]
    }

    /// The entry with exactly this canonical name.
    public static func entry(named name: String) -> Entry? {
        guard let i = index.byName[name] else { return nil }
        return index.entries[i]
    }

    /// Whether a word or phrase is a title or honorific ("President", "Gov.", "Prime Minister").
    public static func isTitle(_ form: String) -> Bool { keys.titleKeys.contains(NameKey.key(form)) }

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
        /// The entry the phrase names (its index), or nil for a title.
        let entry: Int32?
        let isAdjective: Bool
    }

    /// What extraction needs. Built on first use, so every start-up pays for it: keep it lean.
    struct Index: Sendable {
        let entries: [Entry]
        let byName: [String: Int]
        let phrases: [Phrase]
        /// First folded word → phrase indices, longest first.
        let byFirst: [String: [Int32]]
        let workCues: [[String]]
    }

    /// Normalised keys for `lookup` and `isTitle`, which extraction does not use: built separately,
    /// on first lookup, so start-up does not normalise every form in the gazetteer.
    struct KeyIndex: Sendable {
        let byKey: [String: Int]
        let titleKeys: Set<String>
    }

    static let index: Index = build()
    static let keys: KeyIndex = buildKeys()

    private static func buildKeys() -> KeyIndex {
        var byKey = [String: Int]()
        byKey.reserveCapacity(4 * GazetteerData.entries.count)
        func add(_ form: String, _ i: Int) {
            let k = NameKey.key(form)
            if byKey[k] == nil { byKey[k] = i }
        }
        for (i, e) in GazetteerData.entries.enumerated() {
            add(e.name, i)
            for form in e.aliases { add(form, i) }
            for form in e.adjectives { add(form, i) }
        }
        return KeyIndex(byKey: byKey, titleKeys: Set(GazetteerData.titles.map(NameKey.key)))
    }

    private static func build() -> Index {
        let data = GazetteerData.entries
        var entries = [Entry]()
        entries.reserveCapacity(data.count)
        var byName = [String: Int](minimumCapacity: data.count)
        let formCount = data.reduce(GazetteerData.titles.count) { $0 + 1 + $1.aliases.count + $1.adjectives.count }
        var phrases = [Phrase]()
        phrases.reserveCapacity(formCount)
        // First folded word → indices of the phrases kept so far; also how duplicates are found
        // (a duplicate shares its first word), so each phrase costs one hash of one word.
        var byFirst = [String: [Int32]](minimumCapacity: formCount)
        // Scratch buffers reused for every phrase.
        var bytes = [UInt8]()
        bytes.reserveCapacity(64)
        var scalars = [Unicode.Scalar]()
        scalars.reserveCapacity(64)
        func addPhrase(_ text: String, entry: Int32?, adjective: Bool, anyCase: Bool) {
            var forms = [String](), gaps = [Gap](), cases = [CaseRule]()
            if !simplePhrase(text, anyCase: anyCase, &bytes, &forms, &gaps, &cases) {
                scalars.removeAll(keepingCapacity: true)
                scalars.append(contentsOf: text.unicodeScalars)
                let tokens = Tokenizer.tokens(in: scalars, range: 0..<scalars.count)
                guard !tokens.isEmpty else { return }
                forms.reserveCapacity(tokens.count)
                gaps.reserveCapacity(tokens.count)
                cases.reserveCapacity(tokens.count)
                for (k, t) in tokens.enumerated() {
                    forms.append(t.folded)
                    gaps.append(k == 0 ? .start : classifyGap(scalars, tokens[k - 1].end, t.start))
                    cases.append(anyCase ? .any : caseRule(scalars[t.start..<t.end]))
                }
            }
            // The first phrase with these words and gaps wins.
            func keep(_ list: inout [Int32]) -> Bool {
                for p in list where phrases[Int(p)].forms == forms && phrases[Int(p)].gaps == gaps { return false }
                list.append(Int32(phrases.count))
                return true
            }
            guard keep(&byFirst[forms[0], default: []]) else { return }
            phrases.append(Phrase(forms: forms, gaps: gaps, cases: cases, entry: entry, isAdjective: adjective))
        }
        for e in data {
            let i = entries.count
            entries.append(Entry(name: e.name, kind: e.kind, linkedState: e.linkedState.isEmpty ? nil : e.linkedState,
                                 aliases: e.aliases, adjectives: e.adjectives))
            byName[e.name] = i
            addPhrase(e.name, entry: Int32(i), adjective: false, anyCase: false)
            for form in e.aliases { addPhrase(form, entry: Int32(i), adjective: false, anyCase: false) }
            for form in e.adjectives { addPhrase(form, entry: Int32(i), adjective: true, anyCase: false) }
        }
        for t in GazetteerData.titles { addPhrase(t, entry: nil, adjective: false, anyCase: true) }
        // Longest first, then in order of adding. Sorted in place through `values`: reassigning
        // while iterating the dictionary would copy it.
        var i = byFirst.values.startIndex
        while i != byFirst.values.endIndex {
            if byFirst.values[i].count > 1 {
                byFirst.values[i].sort { (phrases[Int($0)].forms.count, -$0) > (phrases[Int($1)].forms.count, -$1) }
            }
            byFirst.values.formIndex(after: &i)
        }
        let cues = GazetteerData.workCues.map { Tokenizer.foldedWords(of: $0) }
        return Index(entries: entries, byName: byName, phrases: phrases, byFirst: byFirst, workCues: cues)
    }

    /// Splits a phrase made only of ASCII letters and single spaces ("South Korea", "Russian",
    /// most of the gazetteer) straight from its bytes. For such text this gives exactly what the
    /// general path gives (`Tokenizer.tokens`, gaps of one space, `caseRule`); returns false,
    /// touching nothing, for anything else.
    private static func simplePhrase(_ text: String, anyCase: Bool, _ bytes: inout [UInt8],
                                     _ forms: inout [String], _ gaps: inout [Gap], _ cases: inout [CaseRule]) -> Bool {
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: text.utf8)
        let n = bytes.count
        guard n > 0, bytes[0] != 0x20, bytes[n - 1] != 0x20 else { return false }
        var words = 1
        for (k, b) in bytes.enumerated() {
            if b == 0x20 {
                if bytes[k - 1] == 0x20 { return false }
                words += 1
            } else if !CharacterClass.isASCIILetter(byte: b) {
                return false
            }
        }
        forms.reserveCapacity(words)
        gaps.reserveCapacity(words)
        cases.reserveCapacity(words)
        var start = 0
        while start < n {
            var end = start
            var upper = 0
            while end < n, bytes[end] != 0x20 {
                if CharacterClass.isASCIIUpper(byte: bytes[end]) { upper += 1 }
                end += 1
            }
            forms.append(String(unsafeUninitializedCapacity: end - start) { out in
                for k in start..<end { out[k - start] = CharacterClass.isASCIIUpper(byte: bytes[k]) ? bytes[k] + 32 : bytes[k] }
                return end - start
            })
            gaps.append(start == 0 ? .start : .space)
            // caseRule for letters only: all capitals (two or more), an initial capital, or any.
            let letters = end - start
            cases.append(anyCase ? .any : letters >= 2 && upper == letters ? .allCaps : CharacterClass.isASCIIUpper(byte: bytes[start]) ? .capital : .any)
            start = end + 1
        }
        return true
    }

    static func caseRule(_ s: ArraySlice<Unicode.Scalar>) -> CaseRule {
        var letters = 0, upper = 0
        for c in s where CharacterClass.isLetter(c) {
            letters += 1
            if CharacterClass.isUpper(c) { upper += 1 }
        }
        if letters >= 2 && upper == letters { return .allCaps }
        if let f = s.first, CharacterClass.isUpper(f) { return .capital }
        if let f = s.first, CharacterClass.isDigit(f), upper > 0 { return .allCaps }
        return .any
    }

    /// Classifies the text between two words (`scalars[from..<to]`).
    static func classifyGap(_ scalars: [Unicode.Scalar], _ from: Int, _ to: Int) -> Gap {
        if from >= to { return .other }
        if CharacterClass.isApostrophe(scalars[from]), from + 1 < to, scalars[from + 1] == "s" || scalars[from + 1] == "S" {
            return .possessive
        }
        var hyphen = false, space = false, comma = false, stop = false, open = false, other = false
        for i in from..<to {
            let c = scalars[i]
            if CharacterClass.isLineBreak(c) { return .start }
            if CharacterClass.isInlineSpace(c) { space = true }
            else if CharacterClass.isHyphen(c) { hyphen = true }
            else if c == "," { comma = true }
            else if CharacterClass.isSentenceTerminator(c) { stop = true }
            else if c == "(" { open = true }
            else { other = true }
        }
        if stop { return .stop }
        if other { return .other }
        if hyphen { return (space || comma || open) ? (comma || open ? .other : .spacedHyphen) : .hyphen }
        if comma { return open ? .other : .comma }
        if open { return .open }
        return .space
    }
}
