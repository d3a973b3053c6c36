/// Cues and subjects: which words are a reporting cue, the speaker phrase beside it, and who it names.
extension AttributionFinder {
    /// A reporting verb used as one: lower case, not after a determiner ("the claims") or "to" ("refused to say").
    func isVerbCue(_ t: [Token], _ i: Int) -> Bool {
        guard t[i].isWord, !t[i].capitalised, flags(t[i]).contains(.verb) else { return false }
        // "U.S. states where …", "in 11 states, including": the plural noun, before words no report starts with.
        if t[i].form == lexicon.states, i + 1 >= t.count || !t[i + 1].isWord || AttributionWords.afterPluralStates.contains(word(t[i + 1])) { return false }
        if flags(t[i]).contains(.linkVerb), let particle = AttributionWords.joiningVerbs[word(t[i])] {
            // "weighed in", "chimed in": only with the particle ("weighed 80 kilos" reports nothing).
            guard i + 1 < t.count, t[i + 1].isWord, word(t[i + 1]) == particle else { return false }
            return true
        }
        if flags(t[i]).contains(.linkVerb), let prepositions = AttributionWords.linkVerbs[word(t[i])] {
            // An object first, then the preposition, in the same clause: "linked the incident to …".
            guard i + 2 < t.count, t[i + 1].isWord, !flags(t[i + 1]).contains(.preposition) else { return false }
            var k = i + 2
            while k < t.count, k <= i + 8, t[k].isWord, t[k].sentence == t[i].sentence, !prepositions.contains(word(t[k])) { k += 1 }
            guard k < t.count, k <= i + 8, t[k].isWord, prepositions.contains(word(t[k])) else { return false }
        }
        if flags(t[i]).contains(.progressive) {
            // "are warning", "is also reporting", "are worried": only after a form of "be".
            var b = i - 1
            while b > 0, t[b].isWord, flags(t[b]).contains(.auxiliary), !flags(t[b]).contains(.passive) { b -= 1 }
            guard b >= 0, b < i - 0, t[b].isWord, flags(t[b]).contains(.passive), t[b].sentence == t[i].sentence else { return false }
        }
        // "is concerned “about our ability …”": a stance reports only a clause of the writer's words right after it.
        if flags(t[i]).contains(.stance), !(i + 1 < t.count && t[i + 1].isWord && t[i + 1].quote < 0) { return false }
        // "a think tank": a compound noun; "people who it thinks could benefit": the belief's subject is gapped, a
        // relative clause's aside, no report.
        if i + 1 < t.count, t[i + 1].isWord, AttributionWords.beliefVerbs.contains(word(t[i])),
           AttributionWords.beliefCompounds.contains(word(t[i + 1])) || flags(t[i + 1]).contains(.auxiliary) { return false }
        // "has written", "have shown": only in a perfect tense.
        if flags(t[i]).contains(.perfect), !(i > 0 && t[i - 1].isWord && flags(t[i - 1]).contains(.perfectAuxiliary)) { return false }
        // "Other estimates are …": a plural noun, as its verb's agreement says.
        if word(t[i]).hasSuffix("s"), i + 1 < t.count, t[i + 1].isWord, flags(t[i + 1]).contains(.pluralAgreement) { return false }
        if i > 0, t[i - 1].isWord {
            let p = flags(t[i - 1])
            // "the claims", "a report": a noun; "Some said", "Many say": a subject; "over alleged assaults":
            // an adjective after a preposition.
            let continued = t[i - 1].form == lexicon.to && i >= 2 && t[i - 2].isWord && AttributionWords.continuing.contains(word(t[i - 2]))
            if p.contains(.article) || p.contains(.preposition) && !continued || t[i - 1].form == lexicon.to && !continued || t[i - 1].possessive { return false }
        }
        // "a plan announced by the ministry", "recalled by the Reich for his cruelty": a participle and its agent;
        // only after an auxiliary ("it was announced by X that …") does "by" name a speaker.
        if i + 1 < t.count, t[i + 1].isWord, t[i + 1].form == lexicon.by, !(i > 0 && t[i - 1].isWord && flags(t[i - 1]).contains(.passive)) { return false }
        // "accused of", "admitted to": a participle or a verb of another sense, not a report; "called for"
        // and "called on" report a demand.
        // "she was warned", "they were told": the subject heard it; only "was announced by X" names a speaker.
        // ("are worried that …" states a stance: its adjective reports only there.)
        if i > 0, t[i - 1].isWord, flags(t[i - 1]).contains(.passive), !word(t[i]).hasSuffix("ing"), !flags(t[i]).contains(.progressive),
           !(i + 1 < t.count && t[i + 1].form == lexicon.by) { return false }
        if i + 1 < t.count, t[i + 1].isWord {
            let next = t[i + 1].form
            if next == lexicon.forWord || next == lexicon.on { return true }  // "called for", "said on Monday"
            // "said to be 40": a passive sense; "argued over the weekend": a time, not a binding.
            if flags(t[i]).contains(.say), next == lexicon.to, i + 2 < t.count, ["be", "have"].contains(word(t[i + 2])) { return false }
            let time = i + 2 < t.count && (flags(t[i + 2]).contains(.time) || i + 3 < t.count && flags(t[i + 2]).contains(.definite) && flags(t[i + 3]).contains(.time))
            let infinitive = next == lexicon.to && flags(t[i]).contains(.toInfinitive)
            if flags(t[i + 1]).contains(.bindingPreposition), !flags(t[i]).contains(.say), !time, !infinitive, !isPrepositionCue(t, i) { return false }
        }
        return true
    }

    /// Whether the verb at `i` and the preposition after it report together ("warned of", "told of").
    func isPrepositionCue(_ t: [Token], _ i: Int) -> Bool {
        guard i + 1 < t.count, t[i].isWord, flags(t[i]).contains(.prepositionCue), t[i + 1].isWord, let prepositions = AttributionWords.prepositionCues[word(t[i])] else { return false }
        return prepositions.contains(word(t[i + 1]))
    }

    /// The cue as written: the verb, "reporters" after "told", the particle after "weighed".
    func cueRange(_ t: [Token], _ v: Int, limit: Int) -> Range<Int> {
        if flags(t[v]).contains(.linkVerb), let particle = AttributionWords.joiningVerbs[word(t[v])], v + 1 < limit, word(t[v + 1]) == particle { return v..<(v + 2) }
        if flags(t[v]).contains(.takesObject), v + 1 < limit, t[v + 1].isWord, flags(t[v + 1]).contains(.audience) { return v..<(v + 2) }
        if v + 1 < limit, isPrepositionCue(t, v) { return v..<(v + 2) }
        return v..<(v + 1)
    }

    /// "issued a (public) notice that/saying …": the cue's tokens, from the verb to the noun.
    func nounCue(_ t: [Token], _ v: Int) -> Range<Int>? {
        guard t[v].isWord, flags(t[v]).contains(.nounCueVerb) else { return nil }
        var n = v + 1
        while n < t.count, n <= v + 4, t[n].isWord, !flags(t[n]).contains(.reportingNoun) { n += 1 }
        guard n < t.count, n <= v + 4, t[n].isWord, flags(t[n]).contains(.reportingNoun) else { return nil }
        let after = n + 1
        guard after < t.count, t[after].form == lexicon.that || t[after].form == lexicon.saying || t[after].mark == ":" else { return nil }
        return v..<(n + 1)
    }

    /// A person named first in the sentence, a comma after the name, and only appositives up to the comma
    /// at `j` before the cue ("Charles Simpson, program administrator for the Refugees in Towns Project at
    /// Tufts University’s Feinstein International Center, told …"): the name, however long the appositives.
    /// An opening time or introductory phrase and its comma ("In October, Rep. David McKinley, R-W.Va., …")
    /// and an abbreviated title come first.
    func openingName(_ t: [Token], before j: Int) -> Range<Int>? {
        var s = j
        while s > 0, t[s - 1].sentence == t[j].sentence { s -= 1 }
        while s < j, !t[s].isWord { s += 1 }
        if s < j, t[s].actor < 0, flags(t[s]).contains(.introduction) || flags(t[s]).contains(.time),
           let comma = (s..<min(j, s + 5)).first(where: { t[$0].mark == "," }), (s..<comma).allSatisfy({ t[$0].isWord && t[$0].actor < 0 }) {
            s = comma + 1
        }
        if s + 2 < j, isAbbreviationStop(t, s + 1), t[s].actor < 0 { s += 2 }
        // "Federal Reserve Bank of Kansas City President Thomas M. Hoenig, …,": a run of capitalised title words
        // (a body's name among them) before the name is the name's, as a title is.
        let isPerson = { (k: Int) in t[k].actor >= 0 && self.resolver.actors[t[k].actor].kind == .person }
        if s < j, !isPerson(s), t[s].capitalised, let p = (s..<min(j, s + 10)).first(where: isPerson), p > s,
           (s..<p).allSatisfy({ t[$0].isWord && !t[$0].possessive && (t[$0].capitalised || AttributionWords.titleLowerWords.contains(word(t[$0])))
               && flags(t[$0]).isDisjoint(with: [.introduction, .boundary, .time, .pronoun]) }) {
            s = p
        }
        guard s < j, isPerson(s) else { return nil }
        var m = s
        // The name runs over its initials' and suffix's full stops ("James P. Kennedy Jr.,").
        while m + 1 < j {
            if t[m + 1].isWord, t[m + 1].actor == t[s].actor || flags(t[m + 1]).contains(.nameSuffix) { m += 1; continue }
            if t[m + 1].mark == ".", t[m].isWord, t[m].end == t[m + 1].start, isInitialStop(t, m + 1) || flags(t[m]).contains(.nameSuffix) { m += 1; continue }
            break
        }
        let nameEnd = (s...m).last { t[$0].actor == t[s].actor } ?? s
        while m > s, !t[m].isWord { m -= 1 }
        var c = m + 1
        while c < j, t[c].mark == "." { c += 1 }
        guard c < j, t[c].mark == ",", !t[m].possessive, j - m <= 40,
              !(c..<j).contains(where: { t[$0].quote >= 0 && !inTitle(t, $0) || t[$0].isWord && isVerbCue(t, $0) }) else { return nil }
        return s..<(nameEnd + 1)
    }

    /// Whether token `k` belongs to a quoted span (its marks included) that is a title ("The Case for Colonialism").
    func inTitle(_ t: [Token], _ k: Int) -> Bool {
        let q = t[k].quote
        guard q >= 0, let o = (max(0, k - 30)...k).last(where: { t[$0].opensQuote && t[$0].quote == q }),
              let c = (k..<min(t.count, k + 30)).first(where: { t[$0].closesQuote && t[$0].quote == q }) else { return false }
        return isTitle(t, from: o + 1, to: c)
    }

    /// "Netanyahu’s declaration that …", "his vow on Monday that …", "directives from Xi to “…”": a position noun at
    /// `n`, its author (the possessor before it, or the actor named after "from" or "by") and the word that opens
    /// what it states ("that"; before a quote, `quote`, also "to" or "for"), past time words. Nil for any other noun.
    func positionCue(_ t: [Token], _ n: Int, quote: Bool) -> (author: Range<Int>, opener: Int)? {
        guard t[n].isWord, !t[n].capitalised, t[n].quote < 0, flags(t[n]).contains(.positionNoun) else { return nil }
        let sentence = t[n].sentence
        func opener(from k: Int) -> Int? {
            var k = k
            while k < t.count, k - n <= 6, t[k].isWord, t[k].sentence == sentence, t[k].form != lexicon.that,
                  flags(t[k]).contains(.time) || flags(t[k]).contains(.timeNoun) { k += 1 }
            guard k < t.count, t[k].isWord, t[k].sentence == sentence, t[k].quote < 0 else { return nil }
            return t[k].form == lexicon.that || quote && AttributionWords.positionOpeners.contains(word(t[k])) ? k : nil
        }
        // The owner: "Xi’s directive", "his vow".
        if n >= 1, t[n - 1].isWord, t[n - 1].sentence == sentence, t[n - 1].quote < 0,
           t[n - 1].possessive && t[n - 1].actor >= 0 || AttributionWords.possessivePronouns[word(t[n - 1])] != nil {
            guard let o = opener(from: n + 1) else { return nil }
            var a = n - 1
            while t[n - 1].possessive, a > 0, t[a - 1].isWord, t[a - 1].actor == t[n - 1].actor { a -= 1 }
            return (a..<n, o)
        }
        // The author after the preposition: "directives from Xi", "a call by the president".
        guard n + 2 < t.count, t[n + 1].isWord, AttributionWords.authorPrepositions.contains(word(t[n + 1])) else { return nil }
        let a = n + 2
        var e = a
        if t[a].isWord, t[a].actor >= 0 {
            while e + 1 < t.count, t[e + 1].isWord, t[e + 1].actor == t[a].actor { e += 1 }
        } else if t[a].form == lexicon.the, a + 1 < t.count, t[a + 1].isWord, flags(t[a + 1]).contains(.description) {
            e = a + 1
        } else { return nil }
        guard !t[e].possessive, let o = opener(from: e + 1) else { return nil }
        return (a..<(e + 1), o)
    }

    /// "paid tribute to", "expressed her belief in", "voiced concern that": a verb of expressing, a stance
    /// noun at most two words on (past a possessive or an adjective) and the preposition or "that" after it:
    /// the cue's tokens. Not "expressed interest" or "paid the bill", which state no position.
    func stanceCue(_ t: [Token], _ v: Int, end: Int) -> Range<Int>? {
        guard t[v].isWord, !t[v].capitalised, flags(t[v]).contains(.stanceVerb) else { return nil }
        guard let n = ((v + 1)..<min(end, v + 4)).first(where: { t[$0].isWord && AttributionWords.stanceNouns.contains(word(t[$0])) }),
              ((v + 1)..<n).allSatisfy({ t[$0].isWord && !t[$0].capitalised && t[$0].actor < 0 }) else { return nil }
        guard n + 1 < end, t[n + 1].isWord, AttributionWords.stancePrepositions.contains(word(t[n + 1])) else { return nil }
        return v..<(n + 2)
    }

    /// The subject of the cue at `cue`: the noun phrase on its left, past auxiliaries ("has also said")
    /// and an appositive ("South Korea’s memorandum …, Georgy Zinoviev, demanded").
    func subject(_ t: [Token], cue: Int, relative: Bool = false) -> Range<Int>? {
        let sentence = t[cue].sentence
        var j = cue - 1
        while j >= 0, t[j].isWord, flags(t[j]).contains(.auxiliary), t[j].sentence == sentence { j -= 1 }
        // "Amazon, the online retailer, last year pledged", "The council on Monday warned": a time adverbial (time
        // words, then their noun) between the subject and the verb says when, not who.
        if j >= 1, t[j].isWord, flags(t[j]).contains(.timeNoun), t[j].sentence == sentence {
            var k = j - 1
            while k >= 0, k >= j - 3, t[k].isWord, flags(t[k]).contains(.time), t[k].sentence == sentence { k -= 1 }
            if k < j - 1, k >= 0, t[k].sentence == sentence, t[k].isWord || t[k].mark == "," {
                j = k
                while j >= 0, t[j].isWord, flags(t[j]).contains(.auxiliary), t[j].sentence == sentence { j -= 1 }
            }
        }
        // "Mr. Trump continues to insist": the subject of the verb that carries the report on.
        if j >= 1, t[j].form == lexicon.to, t[j - 1].isWord, AttributionWords.continuing.contains(word(t[j - 1])) {
            j -= 2
            while j >= 0, t[j].isWord, flags(t[j]).contains(.auxiliary), t[j].sentence == sentence { j -= 1 }
        }
        // "James Kennedy Jr. said": the suffix's full stop is part of the name.
        if j >= 1, t[j].mark == ".", t[j - 1].isWord, t[j - 1].end == t[j].start, flags(t[j - 1]).contains(.nameSuffix) { j -= 1 }
        // "the Universities and Colleges Employers’ Association (UCEA) said": the abbreviation in brackets names the
        // body before it, by the actor list's name when it has one.
        if j >= 2, t[j].mark == ")", let o = ((max(0, j - 4))..<j).last(where: { t[$0].mark == "(" }), o + 1 < j, o >= 1,
           ((o + 1)..<j).allSatisfy({ t[$0].isWord && t[$0].capitalised }), t[o - 1].isWord, t[o - 1].sentence == sentence {
            if t[o + 1].actor >= 0, resolver.actors[t[o + 1].actor].kind == .organisation, t[j - 1].actor == t[o + 1].actor { return (o + 1)..<j }
            j = o - 1
        }
        // `Gilley, author of the essay "The Case for Colonialism," argued`: the appositive's comma inside a title's marks.
        if j >= 2, t[j].closesQuote, t[j - 1].mark == ",", inTitle(t, j), let name = openingName(t, before: j - 1) { return name }
        guard j >= 0, t[j].sentence == sentence, t[j].quote < 0 else { return nil }
        if t[j].isWord, lexicon.conjunctions.contains(t[j].form) { return coordinatedSubject(t, before: j) }
        // "Britain’s Queen Elizabeth II, who said …": the relative pronoun's antecedent speaks.
        // (Only for a quote: "Assange, who denies the accusation, has …" reports no clause.)
        if relative, t[j].isWord, j >= 2, AttributionWords.relativePronouns.contains(word(t[j])), t[j - 1].mark == ",", t[j - 2].isWord {
            return leftPhrase(t, endingAt: j - 2)
        }
        if t[j].isWord {
            // "An Iraqi defector who has applied for residency in Australia claims …": a subject with a
            // restrictive relative clause (no commas) speaks, not the clause's last words. Not "which he said"
            // (the clause has its own subject) nor "The man who calls himself Abu Mohammad told" (it names him).
            if let p = leftPhrase(t, endingAt: j), p.lowerBound >= 2, AttributionWords.personRelatives.contains(word(t[p.lowerBound - 1])), t[p.lowerBound - 2].isWord,
               !flags(t[p.lowerBound]).contains(.pronoun), !(t[j].actor >= 0 && resolver.actors[t[j].actor].kind == .person),
               let head = leftPhrase(t, endingAt: p.lowerBound - 2), !flags(t[head.lowerBound]).contains(.introduction) {
                return head
            }
            return leftPhrase(t, endingAt: j)
        }
        guard t[j].mark == "," else { return nil }
        // "Omar Lamrani, a senior analyst at Stratfor, the Texas-based firm, told": a person who opens the
        // sentence, with only appositives after the name, speaks, however many appositives describe them.
        if let name = openingName(t, before: j) { return name }
        // ", APPOSITIVE, cue": the subject is the phrase before the appositive when there is one.
        var k = j - 1
        while k >= 0, t[k].isWord || isJoiningHyphen(t, k), t[k].sentence == sentence, j - k <= 30 { k -= 1 }
        // A relative clause ("The company, which is expected to …, confirmed") may run longer than an appositive.
        // So may a participle phrase ("Officials, speaking on condition of anonymity because …, said").
        let relative = k >= 0 && k + 1 < j && t[k].mark == "," && (AttributionWords.relativePronouns.contains(word(t[k + 1]))
            || !t[k + 1].capitalised && word(t[k + 1]).hasSuffix("ing"))
        if j - k > 13 && !relative { return openingName(t, before: j) }
        // "Shane Bradford of Ballidu, west of Burakin, says": the phrase from the sentence's start is the subject.
        if k < j - 1, k < 0 || t[k].sentence != sentence || CharacterClass.isSentenceTerminator(t[k].mark) || t[k].closesQuote {
            // Only a noun phrase: no clause boundary or verb in it ("Walsh added that Swanson surfaced, yelled").
            let phrase = (k + 1)..<j
            return phrase.contains { t[$0].isWord && (flags(t[$0]).contains(.boundary) || isVerbCue(t, $0)) } ? nil : phrase
        }
        guard k >= 0, k < j - 1, t[k].mark == ",", t[k].sentence == sentence else { return openingName(t, before: j) }
        let appositive = (k + 1)..<j
        // "Amazon.com Inc., the online retailer, said": the suffix's full stop ends the name before the appositive.
        let mainEnd = k >= 2 && t[k - 1].mark == "." && t[k - 2].isWord && t[k - 2].end == t[k - 1].start && flags(t[k - 2]).contains(.nameSuffix) ? k - 2 : k - 1
        if mainEnd >= 0, t[mainEnd].isWord, let main = leftPhrase(t, endingAt: mainEnd), !flags(t[main.lowerBound]).contains(.introduction) {
            // "The minister, John Smith, said": the name in the appositive says more than the description.
            let named = { (r: Range<Int>) in self.resolve(t, r, before: t[r.lowerBound].start).map { $0.actor != nil && !$0.resolution.isGuess } ?? false }
            // "A spokesman for governor Gul Agha, Akbar Jan, says": the spokesman is the one named.
            let spokesman = main.first { flags(t[$0]).contains(.representative) }.map { k in
                (k + 1 < main.upperBound && (t[k + 1].form == lexicon.forWord || t[k + 1].form == lexicon.of)) } ?? false
            // (A name the actor list lacks is still the spokesman's: "A spokesman for governor Gul Agha, Akbar Jan, says".)
            if spokesman && (named(appositive) || t[appositive.lowerBound].capitalised && resolve(t, appositive, before: t[appositive.lowerBound].start)?.resolution == .unknown) {
                return appositive
            }
            // A place in the appositive ("… Center in Greenbelt, Maryland, has confirmed") says where, not who.
            let place = appositive.allSatisfy { !t[$0].isWord || t[$0].actor >= 0 && resolver.actors[t[$0].actor].kind == .place }
            // "WeWork’s parent company, The We Company, announced": the owner says whose it is, the appositive's
            // name (listed or not) who. Not the owner of a document ("South Korea’s memorandum …, Georgy Zinoviev,").
            let owned = main.contains { t[$0].possessive && t[$0].actor >= 0 } && !t[main.upperBound - 1].possessive
                && !main.contains { flags(t[$0]).contains(.reportingNoun) }
            let namesSomeone = resolve(t, appositive, before: t[appositive.lowerBound].start).map { $0.actor != nil && !$0.resolution.isGuess || $0.resolution == .unknown } ?? false
            if owned && !place && namesSomeone && t[appositive.lowerBound].capitalised { return appositive }
            return named(main) || !named(appositive) || place ? main : appositive
        }
        return appositive
    }

    /// The name in an appositive after a speaker phrase that ends at the comma `comma` ("according to its
    /// national secretary, Tony Sheldon."): the words up to the sentence's end or the next comma, when
    /// they name an actor outright (not by a guess).
    func appositiveName(_ t: [Token], after comma: Int, end: Int) -> Range<Int>? {
        guard comma + 1 < end, t[comma].mark == "," else { return nil }
        var e = comma + 1
        while e < end, t[e].isWord || isJoiningHyphen(t, e) || isAbbreviationStop(t, e) { e += 1 }
        guard e > comma + 1, e - comma <= 6, e == end || ",.!?".unicodeScalars.contains(t[e].mark) && (t[e].mark == "," || e + 1 >= end) else { return nil }
        let name = (comma + 1)..<e
        guard t[name.lowerBound].capitalised, t[e - 1].actor >= 0,
              let r = resolve(t, name, before: t[name.lowerBound].start), r.actor != nil, !r.resolution.isGuess else { return nil }
        return name
    }

    /// Who speaks in "…, saying …": the subject of a cue just before ("Lord Baker added, saying"), else
    /// the first name or pronoun among the sentence's first words ("The Foreign Minister, Dr Abdullah,
    /// appeared …, saying"). Nil after a reporting noun ("a statement saying"): that cue is the noun's.
    func participleSubject(_ t: [Token], saying i: Int, sentenceStart: Int) -> Range<Int>? {
        if ((i - 4)..<i).contains(where: { $0 >= sentenceStart && flags(t[$0]).contains(.reportingNoun) }) { return nil }
        if i - 2 >= sentenceStart, t[i - 1].mark == ",", isVerbCue(t, i - 2) { return subject(t, cue: i - 2) }
        var k = afterDateline(t, from: sentenceStart, before: i)
        while k < min(i, sentenceStart + 10) {
            if t[k].isWord, t[k].quote < 0, t[k].actor >= 0 || flags(t[k]).contains(.pronoun) {
                var e = k
                while e + 1 < i, t[e + 1].isWord, t[e + 1].actor >= 0, t[e + 1].actor == t[k].actor { e += 1 }
                // Names run together ("New York Mayor Rudolph Giuliani"): the run's last name is the head.
                var f = e
                while f + 1 < i, t[f + 1].isWord, t[f + 1].capitalised, t[f + 1].quote < 0 { f += 1 }
                if f > e, t[f].actor >= 0 { e = f }
                return leftPhrase(t, endingAt: e)
            }
            k += 1
        }
        return nil
    }

    /// Past a dateline that opens the sentence ("WASHINGTON – Two officers were charged …"): a run of words in
    /// capitals, then a dash. The place there says where the story was filed, not who acts in it.
    func afterDateline(_ t: [Token], from start: Int, before end: Int) -> Int {
        var k = start
        while k < end, k - start < 5, t[k].isWord, article.scalars[t[k].start..<t[k].end].allSatisfy({ !CharacterClass.isLetter($0) || CharacterClass.isUpper($0) }),
              t[k].end - t[k].start >= 2 { k += 1 }
        guard k > start, k < end, "-–—".unicodeScalars.contains(t[k].mark) else { return start }
        return k + 1
    }

    /// "Fernando de la Rua has resigned and called for …": the subject of the verb phrase before the
    /// conjunction at `and`, when a short lower-case predicate leads back to a name, a pronoun or an unnamed source.
    /// A comma may stand before the conjunction ("the group raised alarm at the terms, and said …"), the
    /// predicate then running longer; a definite description ("the group") is a subject too.
    func coordinatedSubject(_ t: [Token], before and: Int) -> Range<Int>? {
        var k = and - 1
        let comma = k >= 1 && t[k].mark == ","
        if comma { k -= 1 }
        let reach = 12
        while k >= 0, and - k <= reach, t[k].isWord, t[k].sentence == t[and].sentence, t[k].quote < 0, !t[k].capitalised,
              t[k].actor < 0, flags(t[k]).isDisjoint(with: [.boundary, .pronoun, .unnamed]), !(comma && isVerbCue(t, k)),
              !(k >= 1 && t[k - 1].isWord && flags(t[k - 1]).contains(.definite) && flags(t[k]).contains(.description)) { k -= 1 }
        // "Rep. David McKinley, R-W.Va., visited the border near McAllen, Texas, and argued …": past the
        // predicate's own commas, the person who opens the sentence.
        let opener = { comma ? self.openingName(t, before: and - 1) : nil }
        guard k >= 0, k < and - (comma ? 2 : 1), t[k].isWord, t[k].sentence == t[and].sentence, t[k].quote < 0 else { return opener() }
        let f = flags(t[k])
        let described = k >= 1 && t[k - 1].isWord && flags(t[k - 1]).contains(.definite) && f.contains(.description)
        guard t[k].actor >= 0 || f.contains(.pronoun) || f.contains(.unnamed) || described, let phrase = leftPhrase(t, endingAt: k) else { return opener() }
        // After a comma or a long predicate the subject must open the sentence (past an introductory "But" or
        // "However,"), not end a clause inside it ("said the contract has confused employees …, and demanded").
        if comma || and - k > 6 {
            var start = phrase.lowerBound
            while start > 0, t[start - 1].sentence == t[k].sentence { start -= 1 }
            while start < phrase.lowerBound, !t[start].isWord { start += 1 }  // the full stop before counts with this sentence
            let opening = phrase.lowerBound == start
                || phrase.lowerBound - start <= 3 && (start..<phrase.lowerBound).allSatisfy { t[$0].mark == "," || flags(t[$0]).contains(.introduction) }
            if !opening { return opener() }
        }
        return phrase
    }

    /// The run of words ending at `j`, stopping at punctuation, a clause boundary or after 14 words.
    func leftPhrase(_ t: [Token], endingAt j: Int) -> Range<Int>? {
        var a = j
        while a > 0, a > j - 14 {
            let p = t[a - 1]
            if p.isWord {
                let insideName = p.actor >= 0 && p.actor == t[a].actor
                if flags(p).contains(.boundary) && !insideName || p.quote >= 0 || p.sentence != t[j].sentence { break }
            } else if !((p.mark == "-" || p.mark == ".") && a >= 2 && t[a - 2].isWord && t[a - 2].end == p.start && p.end == t[a].start) {
                // (A hyphen or a full stop between two words with no space joins them: "Lieutenant-General", "Amazon.com".)
                break
            }
            a -= 1
        }
        return a...j ~= j ? a..<(j + 1) : nil
    }

    /// The head of a speaker phrase: up to its first preposition ("Police in Karachi" → "Police"),
    /// except "a spokesman for X", which names X.
    func cutAtPreposition(_ t: [Token], _ r: Range<Int>) -> Range<Int> {
        // Also before a participle that modifies the head ("scientists using a telescope") or a clause
        // ("a WeWork spokesperson when contacted"); not at "and" ("Palestinian and Israeli officials").
        guard let p = r.dropFirst().first(where: { k in
            guard t[k].isWord, !(t[k].actor >= 0 && k + 1 < t.count && t[k + 1].actor == t[k].actor) else { return false }
            let f = flags(t[k])
            // "Washington-based analysts": a participle joined by a hyphen modifies the head; it does not end it.
            let joined = k >= 2 && isJoiningHyphen(t, k - 1)
            // "a report from Kotak Institutional Equities": the author of a document after it stays in the phrase.
            if isAuthorPreposition(t, k) { return false }
            return f.contains(.preposition) || f.contains(.modifierParticiple) && !joined || f.contains(.boundary) && !lexicon.conjunctions.contains(t[k].form)
        }) else { return r }
        return r.lowerBound..<p
    }

    /// Whether token `k` is "from" or "by" right after a document or a reporting noun ("a report from Kotak", "a
    /// statement by the ministry"), naming its author.
    func isAuthorPreposition(_ t: [Token], _ k: Int) -> Bool {
        k >= 1 && t[k].isWord && (t[k].form == lexicon.from || t[k].form == lexicon.by) && t[k - 1].isWord && t[k - 1].actor < 0
            && !flags(t[k - 1]).isDisjoint(with: [.document, .reportingNoun])
    }

    /// Whether a speaker phrase is the writer: a lone "I" or "we", past introductory words ("But we …").
    func isWriter(_ t: [Token], _ phrase: Range<Int>) -> Bool {
        guard let last = phrase.last, t[last].isWord, flags(t[last]).contains(.firstPerson) else { return false }
        return phrase.dropLast().allSatisfy { !t[$0].isWord || flags(t[$0]).contains(.introduction) }
    }

    /// Resolves a speaker phrase; nil when it cannot be a speaker ("the plan said" is not reported speech).
    func resolve(_ t: [Token], _ phrase: Range<Int>, before offset: Int) -> SpeakerResolver.Resolved? {
        // The writer ("“…,” I said"): no actor of the text, and never the last organisation named ("we" is no "they").
        if isWriter(t, phrase) { return .init(actor: nil, resolution: .unnamed) }
        var r = phrase
        // "…, with the weather bureau forecasting winds": an absolute phrase describes; nobody speaks.
        if t[r.lowerBound].form == lexicon.with { return nil }
        // Leading introductory words of the clause ("However the minister said").
        var introduced = false
        while let f = r.first, r.count > 1, flags(t[f]).contains(.introduction), t[f].actor < 0 { r = (f + 1)..<r.upperBound; introduced = true }
        // The rest of an introductory phrase with no comma ("In a statement the company says", "On Monday the
        // minister said"): the subject starts at the determiner that follows the phrase's noun.
        if introduced, let d = r.dropFirst().first(where: { k in
            t[k].isWord && flags(t[k]).contains(.definite) && t[k - 1].isWord && flags(t[k - 1]).isDisjoint(with: [.preposition, .article, .boundary])
        }) { r = d..<r.upperBound }
        // "Amazon.com Inc", "Acme Corp": a company's suffix outside the actor's mention is still its name.
        while let l = r.last, r.count > 1, t[l].isWord, t[l].actor < 0, flags(t[l]).contains(.nameSuffix), t[l - 1].actor >= 0 { r = r.lowerBound..<l }
        // (A name that folds to such a word is still a name: "says WHO".)
        if r.count == 1, t[r.lowerBound].actor < 0, flags(t[r.lowerBound]).contains(.introduction) || flags(t[r.lowerBound]).contains(.boundary) { return nil }
        // A person named at the end: "Director of Logan Airport Tom Kinton", "the Bureau’s Claire Richards".
        // Not after a participle that modifies the head ("scientists using a telescope atop Mauna Kea").
        if let last = r.last, t[last].actor >= 0, resolver.actors[t[last].actor].kind == .person,
           !r.contains(where: { t[$0].isWord && flags(t[$0]).contains(.modifierParticiple) }) {
            return resolver.named(t[last].actor, surface: mentionSurface(t, last))
        }
        if let found = body(t, r) { return found }
        // "a statement from Prime Minister Ariel Sharon’s office": the owner of the reporting noun.
        if let owner = r.first(where: { t[$0].possessive && t[$0].actor >= 0 }),
           (owner + 1..<r.upperBound).contains(where: { flags(t[$0]).contains(.reportingNoun) && t[$0].actor < 0 }) {
            return resolver.named(t[owner].actor, surface: mentionSurface(t, owner))
        }
        // "a spokesman for Qantas" / "head of the IMF": the body named after the preposition.
        if let p = r.dropFirst().first(where: { t[$0].isWord && (t[$0].form == lexicon.forWord || t[$0].form == lexicon.of) }),
           flags(t[p - 1]).contains(.representative) {
            if let found = body(t, (p + 1)..<r.upperBound) { return found }
            if let named = ((p + 1)..<r.upperBound).last(where: { t[$0].actor >= 0 }) {
                return resolver.named(t[named].actor, surface: mentionSurface(t, named))
            }
        }
        // "a report from Kotak Institutional Equities", "a study released last month by Election Data Services": a
        // document speaks for the body named as its author (not for one that obtained it: "a report obtained by"); only
        // a document at the head of the phrase ("scientists using data from the UN" speak for themselves).
        let headPart = cutAtPreposition(t, r)
        if let n = headPart.first(where: { t[$0].isWord && t[$0].actor < 0 && !flags(t[$0]).isDisjoint(with: [.document, .reportingNoun]) }),
           let p = ((n + 1)..<r.upperBound).first(where: { t[$0].form == lexicon.from || t[$0].form == lexicon.by }),
           !AttributionWords.obtainingParticiples.contains(word(t[p - 1])),
           let a = ((p + 1)..<r.upperBound).first(where: { t[$0].actor >= 0 }), ((p + 1)..<a).allSatisfy({ t[$0].form == lexicon.the }) {
            return resolver.named(t[a].actor, surface: mentionSurface(t, a))
        }
        r = cutAtPreposition(t, r)
        guard let last = r.last else { return nil }
        // "South Korea’s memorandum", "Putin’s comment": the possessor of a reporting noun.
        if let owner = r.first(where: { t[$0].possessive && t[$0].actor >= 0 }),
           (owner + 1..<r.upperBound).contains(where: { flags(t[$0]).contains(.reportingNoun) && t[$0].actor < 0 }) {
            return resolver.named(t[owner].actor, surface: mentionSurface(t, owner))
        }
        let head = t[last]
        let f = flags(head)
        let determiner = flags(t[r.lowerBound])
        // "his team", "her colleagues": the people of the person the possessive points to, who speaks for them.
        // "his spokesman", "her spokeswoman": who speak for that person.
        if r.count == 2, AttributionWords.ownTeams.contains(word(head)) || AttributionWords.ownSpokespeople.contains(word(head)), let kind = AttributionWords.possessivePronouns[word(t[r.lowerBound])] {
            let named = lastNamed.flatMap { $0.start < offset && head.sentence - $0.sentence <= 2 && $0.actor != nil ? $0 : nil }
            return resolver.pronoun(kind, before: offset, sentence: head.sentence, previous: named?.actor)
        }
        // "the company", "the group": a description, though the actor list took the common noun for a name.
        // Not the tail of a longer mention ("the Scottish government", one actor): that is a name.
        let inName = head.actor >= 0 && last > r.lowerBound && t[last - 1].actor == head.actor
        let commonNoun = !head.capitalised && !inName && r.count > 1 && determiner.contains(.definite)
            && AttributionWords.descriptions[word(head)] != nil
        if head.actor >= 0, !commonNoun { return resolver.named(head.actor, surface: mentionSurface(t, last)) }
        // A pronoun is a whole subject: "On Friday he said"; so is a lone possessive one, the author of a
        // position noun ("his vow that …").
        if let kind = f.contains(.pronoun) ? AttributionWords.pronouns[word(head)] : r.count == 1 ? AttributionWords.possessivePronouns[word(head)] : nil {
            let named = lastNamed.flatMap { $0.start < offset && head.sentence - $0.sentence <= 2 && $0.actor != nil ? $0 : nil }
            // "he" in the sentence after an unnamed person's attribution, with no named one since, is that person.
            let unnamed = (kind == .group ? lastUnnamed : lastUnnamedPerson).map { $0.start < offset && head.sentence - $0.sentence <= 1 && $0.start > (named?.start ?? -1) } ?? false
            let unlisted = lastNamed.flatMap { $0.actor == nil && $0.start < offset && head.sentence - $0.sentence <= 1 && !$0.text.isEmpty ? $0.text : nil }
            return resolver.pronoun(kind, before: offset, sentence: head.sentence, previous: named?.actor, previousSentence: named?.sentence,
                                    previousUnnamed: unnamed, previousUnlisted: unlisted)
        }
        let sentence = head.sentence
        // "the Scottish government": a body the actor list knows by the whole phrase.
        // Not "the company" in lower case, which describes, even when the list has a "Company" of its own.
        if r.count > 1, determiner.contains(.definite), !commonNoun, let found = resolver.lookup(text(t, (r.lowerBound + 1)..<r.upperBound)) {
            return .init(actor: found, resolution: .alias)
        }
        // "a WeWork spokesperson", "a Qantas spokesman": the body it speaks for, as "a spokesman for Qantas".
        if f.contains(.representative), let body = r.last(where: { $0 < last && t[$0].actor >= 0 && resolver.actors[t[$0].actor].kind != .person }) {
            return resolver.named(t[body].actor, surface: mentionSurface(t, body))
        }
        // "NASA scientists", "White House advisers": people of a body named just before them speak for it
        // ("Israeli security officials", of a state, and "BBC sources", anonymous, stay unnamed); so do its data and
        // documents ("Commerce Department data show").
        if f.contains(.unnamed) && !AttributionWords.anonymousSources.contains(word(head)) || f.contains(.document), last > r.lowerBound, t[last - 1].actor >= 0, resolver.actors[t[last - 1].actor].kind == .organisation {
            return resolver.named(t[last - 1].actor, surface: mentionSurface(t, last - 1))
        }
        // "The spokesman says" after "a spokesman for Immigration Minister Philip Ruddock says", "the analyst"
        // after "Jefferies analyst Jonathan Matuszewski", "the authority" after "the Civil Aviation Safety
        // Authority": one source the text has already named so, not a new unnamed one.
        if f.contains(.unnamed), r.count == 2, t[r.lowerBound].form == lexicon.the, AttributionWords.definiteSources.contains(word(head)) {
            if let found = namedSo(word(head), sentence: sentence) ?? resolver.titled(head: word(head), before: offset, sentence: sentence) { return found }
        }
        if f.contains(.unnamed) || determiner.contains(.indefinite) { return .init(actor: nil, resolution: .unnamed) }
        // "the 56-year-old": a person described by age.
        let aged = word(head) == "old" && last >= 2 && t[last - 1].mark == "-" && ["year", "years"].contains(word(t[last - 2]))
        if let kinds = aged ? [.person] : AttributionWords.descriptions[word(head)] {
            if let modifier = r.last(where: { t[$0].actor >= 0 && ($0 < last && t[$0].actor != head.actor || !commonNoun) && kinds.contains(resolver.actors[t[$0].actor].kind) }) {
                return resolver.named(t[modifier].actor, surface: mentionSurface(t, modifier))
            }
            if determiner.contains(.definite) || head.capitalised {
                return resolver.description(head: word(head), kinds: kinds, before: offset, sentence: sentence)
            }
            // "Austria’s interior minister": a minister the text has named as one, else unnamed (no guess).
            if t[r.lowerBound].possessive {
                return resolver.description(head: word(head), kinds: kinds, before: offset, sentence: sentence, anyOfKind: false)
            }
            return .init(actor: nil, resolution: .unnamed)
        }
        if r.allSatisfy({ !t[$0].isWord || t[$0].capitalised || flags(t[$0]).contains(.title) }) {
            // A form the extractor did not mark here ("Mr Jan" for Akbar Jan): the actor list's own lookup.
            let name = r.filter { t[$0].isWord && flags(t[$0]).isDisjoint(with: [.title, .nameSuffix]) }
            if let first = name.first, let found = resolver.lookup(text(t, first..<(name.last! + 1))) ?? resolver.lookup(word(t[name.last!])) {
                return .init(actor: found, resolution: .alias)
            }
            // One capitalised word with no title is a name only when the text never writes it in lower
            // case and capitalises it inside a sentence too: "Hospitals have urged" is a common noun.
            if name.count == 1, name.count == r.count, !resolver.isProperName(form: t[name[0]].form) {
                return .init(actor: nil, resolution: .unnamed)
            }
            // "U.S. Attorney James Kennedy Jr": the name starts at a known first name after the role words.
            if let k = name.dropFirst().first(where: { PersonNames.isFirstName(word(t[$0])) }), let end = r.last {
                return .init(actor: nil, resolution: .unknown, name: text(t, k..<(end + 1)))
            }
            return .init(actor: nil, resolution: .unknown)
        }
        return nil
    }

    /// The speaker of the latest attribution within reach whose speaker phrase has the noun `head` ("a
    /// spokesman for Philip Ruddock" for "the spokesman"), when it names an actor.
    func namedSo(_ head: String, sentence: Int) -> SpeakerResolver.Resolved? {
        for a in attributions.reversed() where a.sentence <= sentence {
            if sentence - a.sentence > SpeakerResolver.reach { break }
            guard Tokenizer.foldedWords(of: a.speakerText).contains(head) else { continue }
            guard let name = a.speaker, let i = resolver.actors.firstIndex(where: { $0.name == name }) else { return nil }
            return .init(actor: i, resolution: .description)
        }
        return nil
    }

    /// "the Scottish government", "Pakistan’s Foreign Ministry", "China’s commerce ministry": a body
    /// named by its modifiers or its owner, the actor list's when it knows the name, else the name as
    /// written (unknown) — never the country or place that owns it. Nil when the phrase is no such body.
    func body(_ t: [Token], _ r: Range<Int>) -> SpeakerResolver.Resolved? {
        guard let last = r.last, r.count >= 2, t[last].isWord, t[last].actor < 0, flags(t[last]).contains(.body) else { return nil }
        var a = r.lowerBound
        let owner = r.last { t[$0].possessive && $0 < last }
        if let owner { a = owner + 1 } else if flags(t[a]).contains(.definite) { a += 1 }
        // Modifiers: capitalised ("Scottish", "Foreign", "US"), or any after an owner ("China’s commerce ministry").
        guard a < last, last - a <= 3, (a..<last).allSatisfy({ t[$0].isWord && !t[$0].possessive && (owner != nil || t[$0].capitalised) }) else { return nil }
        let name = text(t, a..<(last + 1))
        if let found = resolver.lookup(name) { return .init(actor: found, resolution: .alias) }
        return .init(actor: nil, resolution: .unknown, name: name)
    }

    /// The text of the actor mention that covers token `i`.
    func mentionSurface(_ t: [Token], _ i: Int) -> String {
        var a = i, b = i
        while a > 0, t[a - 1].actor == t[i].actor, t[a - 1].isWord { a -= 1 }
        while b + 1 < t.count, t[b + 1].actor == t[i].actor, t[b + 1].isWord, !t[b].possessive { b += 1 }
        return article.text(from: t[a].start, to: t[b].end)
    }
}
