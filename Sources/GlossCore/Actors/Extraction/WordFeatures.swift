/// Stage 0, word features: per form (stop word, head word, title …) and per word (capitalised, all
/// capitals, sentence-initial, the gap before it), computed once for every later stage.
extension ActorExtractor {
    /// What the word lists say a form is, one bit per list.
    struct FormFlags: OptionSet {
        let rawValue: UInt16
        static let stopWord = FormFlags(rawValue: 1 << 0)
        /// Months, days, directions, blocs ("March", "Monday"): not names, though inside organisation names.
        static let generic = FormFlags(rawValue: 1 << 1)
        static let organisationHead = FormFlags(rawValue: 1 << 2)
        static let placeHead = FormFlags(rawValue: 1 << 3)
        /// Heads of names that are no actor ("Act", "Treaty").
        static let thingHead = FormFlags(rawValue: 1 << 4)
        /// "de", "van", "bin": lower-case parts inside a personal name.
        static let particle = FormFlags(rawValue: 1 << 5)
        /// "Jr", "III".
        static let suffix = FormFlags(rawValue: 1 << 6)
        /// "administration", "government" after a person's name.
        static let government = FormFlags(rawValue: 1 << 7)
        /// Abbreviations whose full stop does not end a sentence ("Mr.", "Gov.").
        static let abbreviation = FormFlags(rawValue: 1 << 8)
        /// "of", "and", "de" between the capitalised words of one name.
        static let connector = FormFlags(rawValue: 1 << 9)
        /// Titles that are also surnames ("King" in "Martin Luther King").
        static let surnameTitle = FormFlags(rawValue: 1 << 10)
        static let title = FormFlags(rawValue: 1 << 11)

        static let heads: FormFlags = [.organisationHead, .placeHead, .thingHead]
    }

    /// Who has claimed a word: nobody yet, a draft's mention, a title, or a name that is no actor.
    enum WordOwner: Equatable {
        case free, notActor, title
        case draft(Int)
    }

    /// One word's features, set once by `prepare()`, and the marks later stages put on it.
    struct WordState {
        /// How the text before the word joins it to the word before.
        let gap: Gap
        /// The word starts with a capital.
        let cap: Bool
        /// Two or more letters, all capitals ("NATO").
        let allCaps: Bool
        /// The word opens a sentence (or follows a full stop that ends one).
        let initial: Bool
        /// A capital after two or more lower-case letters inside the word ("SoftBank", "InfoNation"): a
        /// brand's spelling, not a person's or a place's (MacArthur, McAllen, DeKalb do not count).
        let innerCapital: Bool
        /// Who has claimed the word so far.
        var owner: WordOwner = .free
        /// The word is inside the title of a work ("author of The … Alliance").
        var inWork = false
        /// The gazetteer entry of the committed match covering the word.
        var entry: Int32? = nil
    }

    // MARK: - Features of words and forms

    /// Fills the per-form flags and the per-word features.
    mutating func prepare() {
        let ids = article.index.ids
        func flag(_ list: [String], _ f: FormFlags) {
            for w in list { if let id = ids[NameKey.key(w)] { formFlags[Int(id)].insert(f) } }
        }
        flag(GazetteerData.stopWords, .stopWord)
        flag(GazetteerData.genericWords, .generic)
        flag(GazetteerData.organisationHeads, .organisationHead)
        flag(GazetteerData.placeHeads, .placeHead)
        flag(GazetteerData.thingHeads, .thingHead)
        flag(GazetteerData.nameParticles, .particle)
        flag(GazetteerData.nameSuffixes, .suffix)
        flag(GazetteerData.governmentWords, .government)
        flag(GazetteerData.abbreviations, .abbreviation)
        flag(GazetteerData.surnameTitles, .surnameTitle)
        flag(GazetteerData.titles, .title)
        flag(ExtractionWords.connectors, .connector)

        wordState.reserveCapacity(n)
        for i in 0..<n {
            let w = words[i]
            let a = Int(w.start), b = Int(w.end)
            let first = scalars[a]
            let cap = CharacterClass.isUpper(first)
            var letters = 0, upper = 0, lowerRun = 0, innerCapital = false
            for k in a..<b where CharacterClass.isLetter(scalars[k]) {
                letters += 1
                if CharacterClass.isUpper(scalars[k]) {
                    upper += 1
                    if lowerRun >= 2 && cap { innerCapital = true }
                    lowerRun = 0
                } else {
                    lowerRun += 1
                }
            }
            if innerCapital, ExtractionWords.innerCapitalNamePrefixes.contains(where: { scalars[a..<b].starts(with: $0.unicodeScalars) }) { innerCapital = false }
            if CharacterClass.isLetter(first) && !cap { lowerUse[Int(w.form)] = true }
            // A sentence boundary is always a hard break, whatever the characters between the words: a name
            // never spans two sentences ("… U.S. Senate …" where the segmenter ended a sentence after "U.S.").
            let gap: Gap, initial: Bool
            if i == 0 || words[i].sentence != words[i - 1].sentence {
                gap = .start
                initial = true
            } else {
                gap = Gazetteer.classifyGap(scalars, Int(words[i - 1].end), a)
                switch gap {
                case .start: initial = true
                // The stop tests read only the words before i, whose state is already set.
                case .stop: initial = !(isAbbreviationStop(i) || isInitialStop(i))
                default: initial = false
                }
            }
            wordState.append(WordState(gap: gap, cap: cap, allCaps: letters >= 2 && upper == letters, initial: initial, innerCapital: innerCapital))
        }
    }

    /// The gap before word i is "." followed only by spaces.
    func isPlainStop(_ i: Int) -> Bool {
        let a = Int(words[i - 1].end), b = Int(words[i].start)
        guard a < b, scalars[a] == "." else { return false }
        for k in (a + 1)..<b where !CharacterClass.isInlineSpace(scalars[k]) { return false }
        return true
    }

    /// "Mr. Smith": the stop before word i follows a title abbreviation.
    func isAbbreviationStop(_ i: Int) -> Bool { isPlainStop(i) && has(i - 1, .abbreviation) }

    /// "George W. Bush": the stop before word i follows a single capital letter.
    func isInitialStop(_ i: Int) -> Bool {
        let w = words[i - 1]
        return w.end - w.start == 1 && wordState[i - 1].cap && isPlainStop(i)
    }

    /// A capitalised word that could be part of a personal name next to a gazetteer word
    /// ("George Washington", "Jordan Peterson").
    func isNameLike(_ i: Int) -> Bool {
        wordState[i].cap && !wordState[i].allCaps && flags(i).isDisjoint(with: [.stopWord, .generic, .organisationHead, .placeHead, .thingHead, .title])
    }

    /// A sentence-initial word that is an ordinary word ("Following", "Analysts").
    func initialOpener(_ i: Int) -> Bool {
        guard wordState[i].initial else { return false }
        if has(i, .stopWord) || lowerUse[Int(words[i].form)] { return true }
        // "Neighbouring Liberia", "Reportedly …": a participle or adverb opening the sentence.
        let w = article.index.vocabulary[Int(words[i].form)]
        if w.utf8.count >= 7 && (w.hasSuffix("ing") || w.hasSuffix("ly")) && !PersonNames.isFirstName(key: w) { return true }
        // "Ousted WeWork CEO …", "Embattled Boeing": a past participle opening a headline or a sentence.
        if w.utf8.count >= 6 && w.hasSuffix("ed") && !PersonNames.isFirstName(key: w) && !PersonNames.isSurname(key: w) { return true }
        // "Developer Valve called …": a body's noun that is also a job, opening the sentence before the body's name.
        return ExtractionWords.loneNameOrganisationNouns.contains(w)
    }
}
