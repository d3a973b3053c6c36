/// Stage 3, candidate spans: the capitalised name runs no earlier stage claimed, with the title before
/// them and their parts, for the resolver to type as people or by context.
extension ActorExtractor {
    /// A capitalised name run no earlier stage claimed: words `from..<to`, without the title before it.
    struct CandidateSpan {
        let from: Int
        let to: Int
        /// Word ranges of the name's parts (a hyphenated compound is one part).
        let parts: [(Int, Int)]
        /// Parts counted for a full name (no particles or suffixes).
        let countable: Int
        /// The folded title word right before the name ("mr", "mrs", "president"), if any.
        let title: String?
        /// The state of an adjective before the title ("the Russian President …").
        let linked: String?
        /// A government word right after the name ("administration"), its word index.
        let government: Int?

        /// A title introduces the name.
        var titled: Bool { title != nil }
    }

    /// A free capitalised word that may be part of a name.
    func isNamePart(_ i: Int) -> Bool {
        wordState[i].owner == .free && wordState[i].cap && !wordState[i].inWork
            && (flags(i).isDisjoint(with: [.stopWord, .generic]) || isHyphenedGeneric(i) || isStopWordInitial(i) || isStopWordFirstName(i))
    }

    /// "Will Ferrell", "June Carter": a stop word that is also a first name, capitalised inside a sentence and
    /// followed by a known surname, opens a name; not in a title-case headline ("Prices Will Rise"), where the
    /// word before is capitalised too.
    func isStopWordFirstName(_ i: Int) -> Bool {
        i > 0 && i + 1 < n && has(i, .stopWord) && !wordState[i].initial && !wordState[i].allCaps
            && (wordState[i].gap != .space || !wordState[i - 1].cap) && wordState[i + 1].gap == .space
            && wordState[i + 1].cap && wordState[i + 1].owner == .free && PersonNames.isFirstName(key: word(i))
            && PersonNames.isSurname(key: word(i + 1))
    }

    /// "O’Rourke", "D’Amato": one capital letter and an apostrophe before word i join it into one name part.
    func isApostropheJoin(_ i: Int) -> Bool {
        guard i > 0, wordState[i].cap, wordState[i].gap == .other else { return false }
        let before = words[i - 1]
        return before.end - before.start == 1 && wordState[i - 1].cap && words[i].start - before.end == 1
            && CharacterClass.isApostrophe(scalars[Int(before.end)])
    }

    /// "Sonya A. Zoghlin": a middle initial that is also a stop word ("A", "I") inside a name.
    func isStopWordInitial(_ i: Int) -> Bool {
        i > 0 && i + 1 < n && words[i].end - words[i].start == 1 && wordState[i].gap == .space && wordState[i - 1].cap
            && wordState[i + 1].gap == .stop && isInitialStop(i + 1) && wordState[i + 1].cap
    }

    /// "Kim Jong-un", "Tsai Ing-wen", "Moon Jae-in": a short lower-case syllable hyphened to the last word of a
    /// name run of two or more words ends a romanised given name; English compounds ("Hassan Rouhani-led")
    /// are left out by their word.
    func isGivenNameSyllable(_ i: Int, runStart: Int) -> Bool {
        guard i - runStart >= 2, i < n, wordState[i].gap == .hyphen, !wordState[i].cap, wordState[i].owner == .free,
              wordState[i - 1].cap, wordState[i - 1].gap == .space, words[i].end - words[i].start <= 4,
              words[i - 1].end - words[i - 1].start <= 5 else { return false }
        // Only the one syllable: "Jong-un-led" is a compound again.
        if i + 1 < n, wordState[i + 1].gap == .hyphen { return false }
        let syllable = word(i)
        return syllable.unicodeScalars.allSatisfy(CharacterClass.isLetter) && !ExtractionWords.hyphenCompoundWords.contains(syllable)
    }

    /// "Scientist David Vaughan", "Welcome Jose": an ordinary word (the text also writes it in lower case,
    /// or it opens the sentence) fused before a first name is not part of the name.
    mutating func isWordBeforeFirstName(_ start: Int, _ end: Int) -> Bool {
        guard start + 1 < end, wordState[start + 1].gap == .space, !wordState[start].allCaps,
              lowerUse[Int(words[start].form)] || wordState[start].initial else { return false }
        let first = key(start, start + 1)
        return PersonNames.isFirstName(key: key(start + 1, start + 2)) && !PersonNames.isFirstName(key: first) && !PersonNames.isSurname(key: first)
    }

    /// The candidate spans, in text order.
    mutating func nameRuns() -> [CandidateSpan] {
        var out = [CandidateSpan]()
        var i = 0
        while i < n {
            guard isNamePart(i) else { i += 1; continue }
            var start = i
            var end = i + 1
            while end < n {
                if isNamePart(end), wordState[end].gap == .space || wordState[end].gap == .hyphen || (wordState[end].gap == .stop && isInitialStop(end))
                    || isApostropheJoin(end) {
                    end += 1
                    continue
                }
                if isGivenNameSyllable(end, runStart: start) {
                    end += 1
                    continue
                }
                if isJoiningParticle(end), isNamePart(end + 1) {
                    end += 2
                    continue
                }
                if wordState[end].owner == .free, has(end, .particle), !wordState[end].cap, wordState[end].gap == .space,
                   end + 1 < n, wordState[end + 1].gap == .space, isNamePart(end + 1) {
                    end += 2
                    continue
                }
                if wordState[end].owner == .free, has(end, .particle), !wordState[end].cap, wordState[end].gap == .space, end + 2 < n,
                   wordState[end + 1].owner == .free, has(end + 1, .particle), !wordState[end + 1].cap, wordState[end + 1].gap == .space,
                   wordState[end + 2].gap == .space, isNamePart(end + 2) {
                    end += 3
                    continue
                }
                break
            }
            i = end
            // Evidence before the run: a title ("President", "Mr."), maybe after a state's adjective.
            var titled = false
            var title: String?
            var linked: String?
            if start > 0, wordState[start - 1].owner == .title,
               wordState[start].gap == .space || (wordState[start].gap == .stop && isAbbreviationStop(start)) {
                titled = true
                title = key(start - 1, start)
                var q = start - 1
                while q > 0, wordState[q - 1].owner == .title, wordState[q].gap == .space { q -= 1 }
                if q > 0, wordState[q].gap == .space, let e = wordState[q - 1].entry {
                    let entry = Gazetteer.index.entries[Int(e)]
                    if entry.kind == .state { linked = entry.name }
                }
            }
            if !titled, initialOpener(start) {
                start += 1
                if start >= end { continue }
            }
            if !titled, isWordBeforeFirstName(start, end) { start += 1 }
            // Parts.
            var parts = [(Int, Int)]()
            var countable = 0
            var k = start
            while k < end {
                var e = k + 1
                // Inside the run a hyphen joins words into one part: "Jean-Pierre", "Jong-un", "Lashkar-e-Taiba".
                while e < end, wordState[e].gap == .hyphen || isApostropheJoin(e) { e += 1 }
                parts.append((k, e))
                if !has(k, [.particle, .suffix]) || wordState[k].cap && !has(k, .suffix) { countable += 1 }
                k = e
            }
            if countable > 5 { continue }
            // A run of capitals only ("ALL CAPS HEADLINE") is shouting or acronyms, not a name.
            if countable >= 2 && !titled && (start..<end).allSatisfy({ wordState[$0].allCaps || !wordState[$0].cap }) { continue }
            var government: Int?
            if end < n, wordState[end].gap == .space, !wordState[end].cap, has(end, .government), wordState[end].owner == .free { government = end }
            out.append(CandidateSpan(from: start, to: end, parts: parts, countable: countable,
                                     title: title, linked: linked, government: government))
        }
        return out
    }
}
