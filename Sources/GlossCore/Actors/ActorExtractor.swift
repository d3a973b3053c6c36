/// Finds the actors of an article, in stages with typed values between them; linear in the text.
/// Each stage is one file under `Extraction/` and claims words (`WordOwner`) that later stages leave alone:
///
/// 0. `WordFeatures`: per form, what the word lists say it is (`FormFlags`); per word, capitals, the gap
///    before it, sentence-initial;
/// 1. `PhraseMatcher`: gazetteer phrases, longest first (states, demonyms, capitals, known bodies, titles)
///    → `GazetteerMatch`es; titles of works after a cue ("author of The … Alliance") are marked;
/// 2. `MentionTyper`: what the tables know becomes `TypedMention`s with their `MentionRule`: teams of
///    the major leagues by nickname (`TeamNames`: "the Bruins"), capitalised runs with a head word
///    (organisations "… Institute of America", places "… Valley", non-actors "… Act"), names joined by particles ("Lashkar-e-Taiba"), listed companies named whole by a run
///    (`CompanyNames`: "Home Depot", "Boeing"), place names of two to four words (GeoNames, ISO 3166-2)
///    where longer than the gazetteer phrases they overlap, then the gazetteer matches none of them covers;
/// 3. `CandidateFinder`: the capitalised name runs left → `CandidateSpan`s (title before them, parts,
///    sentence openers dropped);
/// 4. `ActorResolver`: candidates become mentions of people (full names with person evidence, short
///    forms by first or last part, Mr/Mrs by gender), or take a kind from context rules
///    (`ActorContext.swift`), lone known places, hyphen compounds, "<name> administration"; then the
///    acronyms the text defines ("… of America (KEI)") and all their uses;
/// 5. `ActorDrafts`: drafts (one per kind and name) → `Actor`s, with the evidence of every mention
///    (`actor NAME --why`).
struct ActorExtractor {
    typealias Gap = Gazetteer.Gap

    let article: Article
    let words: [Word]
    let scalars: [Unicode.Scalar]
    let n: Int
    /// Per word: its features and who has claimed it (the context rules in ActorContext.swift read it too).
    var wordState: [WordState] = []
    /// Per form: what the word lists say it is.
    var formFlags: [FormFlags]
    /// Per form: the text uses it somewhere starting with a lower-case letter ("following").
    var lowerUse: [Bool]

    var drafts: [ActorDraft] = []
    var draftByKey: [String: Int] = [:]
    /// Exact (kind, name) → draft, to skip normalising names seen before.
    var draftByName: [String: Int] = [:]
    /// Per form: its `NameKey`, computed on first use.
    var formKeys: [String?]
    /// Per gazetteer entry: its draft, once it has one.
    var entryDraft: [Int?] = []

    init(article: Article) {
        self.article = article
        words = article.words
        scalars = article.scalars
        n = words.count
        let vocabularyCount = article.index.vocabulary.count
        formFlags = [FormFlags](repeating: [], count: vocabularyCount)
        lowerUse = [Bool](repeating: false, count: vocabularyCount)
        formKeys = [String?](repeating: nil, count: vocabularyCount)
    }

    static func run(_ article: Article) -> [Actor] { extract(article).actors }

    /// The actors and the evidence of each mention.
    static func extract(_ article: Article) -> (actors: [Actor], provenance: MentionProvenance) {
        var x = ActorExtractor(article: article)
        x.prepare()                                      // 0. word features
        x.typeFromTables()                               // 1–2. phrases, typed mentions
        let candidates = x.nameRuns()                    // 3. candidate spans
        x.resolve(candidates)                            // 4. resolution
        x.standaloneBodies()                             //    bodies named by their head alone ("the Government")
        x.acronyms()
        x.mergeOrganisationForms()                       // 5. forms of one organisation
        x.bodiesByHeadAlone()                            //    a body's head alone ("the Court") for the one it heads
        return x.finish()
    }

    /// Stages 1 and 2, in their order: gazetteer phrases and the marks they give, then the mentions the
    /// tables type (league teams by nickname, headed runs, joined names, listed companies, place names,
    /// the gazetteer matches none of them covers, names joined by "&").
    mutating func typeFromTables() {
        let matches = gazetteerMatches()
        markWorks()
        markRoutes(matches)                              // events named by a route ("the Sydney to Hobart")
        teamNames()
        var covered = headedRuns(matches)
        lowerCasePartyNames(matches, &covered)           // "the Communist party", "the Likud party"
        stateUniversities(matches, &covered)             // "Michigan State", "Ohio State"
        joinedNames()
        companyNames()
        placeNames(matches)
        commitGazetteer(matches, covered: covered)
        ampersandNames()
    }

    // MARK: - Shared by the stages

    /// The word-list flags of word i's form.
    func flags(_ i: Int) -> FormFlags { formFlags[Int(words[i].form)] }
    /// Whether word i's form has any of the flags `f`.
    func has(_ i: Int, _ f: FormFlags) -> Bool { !formFlags[Int(words[i].form)].isDisjoint(with: f) }
    /// The draft whose mention covers word i, if a draft has claimed it.
    func draft(at i: Int) -> ActorDraft? {
        if case .draft(let d) = wordState[i].owner { drafts[d] } else { nil }
    }

    /// The surface of a word range with runs of white space turned into one space and soft hyphens dropped:
    /// they are line-break hints a page leaves inside words ("Netan\u{AD}yahu"), and some terminals draw them.
    func cleanName(_ from: Int, _ to: Int) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for k in Int(words[from].start)..<Int(words[to - 1].end) {
            let c = scalars[k]
            if CharacterClass.isSoftHyphen(c) { continue }
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
