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
        x.acronyms()
        return x.finish()
    }

    // MARK: - Shared by the stages

    func flags(_ i: Int) -> UInt16 { formFlags[Int(words[i].form)] }
    func has(_ i: Int, _ f: UInt16) -> Bool { formFlags[Int(words[i].form)] & f != 0 }

    /// The surface of a word range with runs of white space turned into one space.
    func cleanName(_ from: Int, _ to: Int) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for k in Int(words[from].start)..<Int(words[to - 1].end) {
            let c = scalars[k]
            if CharacterClass.isSpace(c) { space = true; continue }
            if space { out.append(" "); space = false }
            out.append(c)
        }
        return String(out)
    }

    // MARK: - Keys

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
}
