/// `AttributionWords` translated to one article's form ids, so the rules test bits instead of hashing strings.
struct AttributionLexicon {
    /// What a word is, as bits.
    struct Flags: OptionSet {
        let rawValue: UInt64
        static let verb = Flags(rawValue: 1 << 0)
        static let takesObject = Flags(rawValue: 1 << 1)
        static let needsClause = Flags(rawValue: 1 << 2)
        static let audience = Flags(rawValue: 1 << 3)
        static let reportingNoun = Flags(rawValue: 1 << 4)
        static let nounCueVerb = Flags(rawValue: 1 << 5)
        static let auxiliary = Flags(rawValue: 1 << 6)
        static let time = Flags(rawValue: 1 << 7)
        static let boundary = Flags(rawValue: 1 << 8)
        static let preposition = Flags(rawValue: 1 << 9)
        static let introduction = Flags(rawValue: 1 << 10)
        static let definite = Flags(rawValue: 1 << 11)
        static let indefinite = Flags(rawValue: 1 << 12)
        static let pronoun = Flags(rawValue: 1 << 13)
        static let title = Flags(rawValue: 1 << 14)
        static let unnamed = Flags(rawValue: 1 << 15)
        static let description = Flags(rawValue: 1 << 16)
        static let passive = Flags(rawValue: 1 << 17)
        static let representative = Flags(rawValue: 1 << 18)
        static let bindingPreposition = Flags(rawValue: 1 << 19)
        static let participle = Flags(rawValue: 1 << 20)
        static let adverbial = Flags(rawValue: 1 << 21)
        static let say = Flags(rawValue: 1 << 22)
        static let speechParticiple = Flags(rawValue: 1 << 23)
        static let body = Flags(rawValue: 1 << 24)
        static let particleVerb = Flags(rawValue: 1 << 25)
        static let nameSuffix = Flags(rawValue: 1 << 26)
        static let article = Flags(rawValue: 1 << 27)
        static let modifierParticiple = Flags(rawValue: 1 << 28)
        static let progressive = Flags(rawValue: 1 << 29)
        static let toInfinitive = Flags(rawValue: 1 << 30)
        static let quotationVerb = Flags(rawValue: 1 << 31)
        static let positionNoun = Flags(rawValue: 1 << 32)
        static let stanceVerb = Flags(rawValue: 1 << 33)
        /// A verb that reports only with a word after it: a link verb's preposition or a joining verb's particle.
        static let linkVerb = Flags(rawValue: 1 << 34)
        /// "I", "we": the writer's voice.
        static let firstPerson = Flags(rawValue: 1 << 35)
        /// "year", "Monday", "March": the noun of a time adverbial ("last year", "on Monday").
        static let timeNoun = Flags(rawValue: 1 << 36)
        /// "reports", "report" after a receiving verb ("has received reports that …").
        static let receivedReport = Flags(rawValue: 1 << 37)
        /// "received", "heard": a verb of receiving a report.
        static let receiving = Flags(rawValue: 1 << 38)
        /// A verb of `AttributionWords.prepositionCues` ("warned" of …).
        static let prepositionCue = Flags(rawValue: 1 << 39)
        /// "show", "showed": a verb of showing, a cue only for a document.
        static let showing = Flags(rawValue: 1 << 40)
        /// "data", "files", "records": a document or data, which shows what it records.
        static let document = Flags(rawValue: 1 << 41)
        /// "written", "shown": report only in a perfect tense.
        static let perfect = Flags(rawValue: 1 << 42)
        /// "revealed", "projects": report only a clause that "that" opens.
        static let thatOnly = Flags(rawValue: 1 << 43)
        /// "has", "have", "had": before a perfect participle.
        static let perfectAuxiliary = Flags(rawValue: 1 << 44)
        /// "are", "were", "have": after a plural noun, never after a verb in -s.
        static let pluralAgreement = Flags(rawValue: 1 << 45)
        /// "worried", "adamant": an adjective of a stance held.
        static let stance = Flags(rawValue: 1 << 46)
    }

    let flags: [Flags]
    /// Ids of single words the rules name; -2 when the article never uses the word (never a word's or a mark's form).
    /// "and", "but", "or": content never starts with one ("acknowledged and was released").
    let conjunctions: Set<Int32>
    let that: Int32, the: Int32, you: Int32, states: Int32, according: Int32, to: Int32, by: Int32, saying: Int32, forWord: Int32, of: Int32, on: Int32, with: Int32, from: Int32, inWord: Int32

    init(_ index: WordIndex) {
        var flags = [Flags](repeating: [], count: index.vocabulary.count)
        func mark(_ words: some Sequence<String>, _ flag: Flags) {
            for w in words { if let id = index.ids[w] { flags[Int(id)].insert(flag) } }
        }
        mark(AttributionWords.reportingVerbs, .verb)
        mark(AttributionWords.showingVerbs, [.verb, .showing])
        mark(AttributionWords.perfectParticiples, [.verb, .perfect])
        mark(AttributionWords.shownParticiples, .showing)
        mark(AttributionWords.perfectAuxiliaries, .perfectAuxiliary)
        mark(AttributionWords.projectingVerbs, .verb)
        mark(AttributionWords.beliefVerbs, .verb)
        mark(AttributionWords.thatOnlyCues, .thatOnly)
        mark(AttributionWords.pluralAgreements, .pluralAgreement)
        mark(AttributionWords.documentNouns, .document)
        mark(AttributionWords.takesObject, .takesObject)
        mark(AttributionWords.needsClause, .needsClause)
        mark(AttributionWords.audiences, .audience)
        mark(AttributionWords.reportingNouns, .reportingNoun)
        mark(AttributionWords.nounCueVerbs, .nounCueVerb)
        mark(AttributionWords.auxiliaries, .auxiliary)
        mark(AttributionWords.timeWords, .time)
        mark(AttributionWords.clauseBoundaries, .boundary)
        mark(AttributionWords.prepositions, .preposition)
        mark(AttributionWords.introductions, .introduction)
        mark(AttributionWords.definiteDeterminers, .definite)
        mark(AttributionWords.indefiniteDeterminers, .indefinite)
        mark(AttributionWords.pronouns.keys, .pronoun)
        mark(AttributionWords.firstPersonPronouns, [.pronoun, .firstPerson])
        mark(AttributionWords.timeNouns, .timeNoun)
        mark(AttributionWords.receivedReports, .receivedReport)
        mark(AttributionWords.receivingVerbs, .receiving)
        mark(AttributionWords.prepositionCues.keys, .prepositionCue)
        mark(AttributionWords.titles, .title)
        mark(AttributionWords.unnamedSources, .unnamed)
        mark(AttributionWords.descriptions.keys, .description)
        mark(AttributionWords.passiveAuxiliaries, .passive)
        mark(AttributionWords.representatives, .representative)
        mark(AttributionWords.bindingPrepositions, .bindingPreposition)
        mark(AttributionWords.participles, .participle)
        mark(AttributionWords.adverbialOpeners, .adverbial)
        mark(AttributionWords.sayVerbs, .say)
        mark(AttributionWords.speechParticiples, .speechParticiple)
        mark(AttributionWords.bodies, .body)
        mark(AttributionWords.particleCues.keys, .particleVerb)
        mark(AttributionWords.nameSuffixes, .nameSuffix)
        mark(AttributionWords.articles, .article)
        mark(AttributionWords.modifierParticiples, .modifierParticiple)
        mark(AttributionWords.progressives, .progressive)
        mark(AttributionWords.stanceAdjectives, [.verb, .progressive, .stance])
        mark(AttributionWords.toInfinitiveCues, .toInfinitive)
        mark(AttributionWords.quotationVerbs, .quotationVerb)
        mark(AttributionWords.positionNouns, .positionNoun)
        mark(AttributionWords.stanceVerbs, .stanceVerb)
        mark(AttributionWords.linkVerbs.keys, .linkVerb)
        mark(AttributionWords.joiningVerbs.keys, .linkVerb)
        self.flags = flags
        func id(_ w: String) -> Int32 { index.ids[w] ?? -2 }
        that = id("that"); the = id("the"); you = id(AttributionWords.reader); states = id("states"); according = id("according"); to = id("to"); by = id("by"); saying = id("saying")
        forWord = id("for"); of = id("of"); on = id("on"); with = id("with"); from = id("from"); inWord = id("in")
        conjunctions = Set(AttributionWords.conjunctions.map(id))
    }
}
