/// Stage 0, word features: per form (stop word, head word, title …) and per word (capitalised, all
/// capitals, sentence-initial, the gap before it), computed once for every later stage.
extension ActorExtractor {
    // MARK: - Features

    mutating func prepare() {
        let ids = article.index.ids
        func flag(_ list: [String], _ f: UInt16) {
            for w in list { if let id = ids[NameKey.key(w)] { formFlags[Int(id)] |= f } }
        }
        flag(GazetteerData.stopWords, Self.fStop)
        flag(GazetteerData.genericWords, Self.fGeneric)
        flag(GazetteerData.organisationHeads, Self.fOrgHead)
        flag(GazetteerData.placeHeads, Self.fPlaceHead)
        flag(GazetteerData.thingHeads, Self.fThingHead)
        flag(GazetteerData.nameParticles, Self.fParticle)
        flag(GazetteerData.nameSuffixes, Self.fSuffix)
        flag(GazetteerData.governmentWords, Self.fGovernment)
        flag(GazetteerData.abbreviations, Self.fAbbreviation)
        flag(GazetteerData.surnameTitles, Self.fSurnameTitle)
        flag(GazetteerData.titles, Self.fTitle)
        flag(["of", "for", "on", "and", "the", "de", "des", "du", "del", "la"], Self.fConnector)

        for i in 0..<n {
            let w = words[i]
            let a = Int(w.start), b = Int(w.end)
            let first = scalars[a]
            cap[i] = CharacterClass.isUpper(first)
            var letters = 0, upper = 0
            for k in a..<b where CharacterClass.isLetter(scalars[k]) {
                letters += 1
                if CharacterClass.isUpper(scalars[k]) { upper += 1 }
            }
            allCaps[i] = letters >= 2 && upper == letters
            if CharacterClass.isLetter(first) && !cap[i] { lowerUse[Int(w.form)] = true }
            // A sentence boundary is always a hard break, whatever the characters between the words: a name
            // never spans two sentences ("… U.S. Senate …" where the segmenter ended a sentence after "U.S.").
            if i == 0 || words[i].sentence != words[i - 1].sentence {
                gap[i] = .start
                initial[i] = true
            } else {
                let g = Gazetteer.classifyGap(scalars, Int(words[i - 1].end), a)
                gap[i] = g
                if g == .start {
                    initial[i] = true
                } else if g == .stop {
                    initial[i] = !(isAbbreviationStop(i) || isInitialStop(i))
                }
            }
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
    func isAbbreviationStop(_ i: Int) -> Bool { isPlainStop(i) && has(i - 1, Self.fAbbreviation) }

    /// "George W. Bush": the stop before word i follows a single capital letter.
    func isInitialStop(_ i: Int) -> Bool {
        let w = words[i - 1]
        return w.end - w.start == 1 && cap[i - 1] && isPlainStop(i)
    }

    /// A capitalised word that could be part of a personal name next to a gazetteer word
    /// ("George Washington", "Jordan Peterson").
    func isNameLike(_ i: Int) -> Bool {
        cap[i] && !allCaps[i] && flags(i) & (Self.fStop | Self.fGeneric | Self.fOrgHead | Self.fPlaceHead | Self.fThingHead | Self.fTitle) == 0
    }

    /// A sentence-initial word that is an ordinary word ("Following", "Analysts").
    func initialOpener(_ i: Int) -> Bool {
        guard initial[i] else { return false }
        if has(i, Self.fStop) || lowerUse[Int(words[i].form)] { return true }
        // "Neighbouring Liberia", "Reportedly …": a participle or adverb opening the sentence.
        let w = article.index.vocabulary[Int(words[i].form)]
        return w.utf8.count >= 7 && (w.hasSuffix("ing") || w.hasSuffix("ly")) && !PersonNames.isFirstName(key: w)
    }
}
