/// Reported speech: a reporting cue in running text, its speaker on the left and the clause it reports.
extension AttributionFinder {
    mutating func indirect(_ t: [Token], cue i: Int, sentence bounds: Range<Int>) {
        let sentenceEnd = bounds.upperBound
        let sentenceStart = bounds.lowerBound
        // "according to X, …" / "…, according to X."
        if t[i].form == lexicon.according, i + 1 < sentenceEnd, t[i + 1].form == lexicon.to {
            // "…, he said according to a transcript": the speaker is the one who said it; the source says where it was read.
            let v = i - 1 >= sentenceStart && t[i - 1].mark == "," ? i - 2 : i - 1
            if v >= sentenceStart, isVerbCue(t, v), flags(t[v]).contains(.say) { return }
            var e = i + 2
            while e < sentenceEnd, t[e].isWord || isJoiningHyphen(t, e) { e += 1 }
            guard e > i + 2 else { return }
            var speaker: Range<Int>? = cutAtPreposition(t, (i + 2)..<e)
            let described = speaker.map { sp in resolve(t, sp, before: t[sp.lowerBound].start).map { $0.actor == nil || $0.resolution.isGuess } ?? true } ?? true
            if described, let name = appositiveName(t, after: e, end: sentenceEnd) {
                // "according to its national secretary, Tony Sheldon": the name says who the description is.
                speaker = name
                e = name.upperBound
            } else if let sp = speaker, resolve(t, sp, before: t[sp.lowerBound].start).map({ $0.actor == nil && $0.resolution == .unnamed }) ?? true {
                // A document or a crowd ("the TexAuto Facts report from InfoNation", "data from MarketAxess",
                // "people familiar with the matter"): the actor named right after "from", "by" or "of", else unnamed.
                // Not whoever obtained or saw it ("a police report obtained by The Dallas Morning News").
                let owner = ((i + 3)..<e).first { k in
                    let p = t[k - 1].isWord && flags(t[k - 1]).contains(.definite) ? k - 2 : k - 1
                    return p > i + 2 && t[k].actor >= 0 && [lexicon.from, lexicon.by, lexicon.of].contains(t[p].form)
                        && !(t[p].form == lexicon.by && AttributionWords.obtainingParticiples.contains(word(t[p - 1])))
                }
                // Or described there: "a statement from the company" is the company's.
                let describedOwner = ((i + 4)..<max(i + 4, e - 1)).first { k in
                    (t[k - 1].form == lexicon.from || t[k - 1].form == lexicon.by) && t[k].form == lexicon.the
                        && flags(t[k + 1]).contains(.description) && (k + 2 == e || !t[k + 2].isWord)
                }
                speaker = owner.map { k in
                    var b = k
                    while b + 1 < e, t[b + 1].actor == t[k].actor { b += 1 }
                    return k..<(b + 1)
                } ?? describedOwner.map { $0..<($0 + 2) } ?? (resolve(t, sp, before: t[sp.lowerBound].start) == nil ? nil : sp)
            }
            let content: Range<Int>
            var more: Range<Int>? = nil
            if i == sentenceStart || (i > sentenceStart && !t[i - 1].isWord && i - 1 == sentenceStart) {
                // Past the comma after the speaker; nothing when the speaker ends the sentence.
                content = min(e + 1, sentenceEnd)..<sentenceEnd
            } else {
                content = (i > sentenceStart && t[i - 1].mark == ",") ? sentenceStart..<(i - 1) : sentenceStart..<i
                // "One of the officers, according to prison records, had worked …": a parenthetical source, the
                // report on both sides of it (not a relative clause about the source: "…, according to police, who …").
                if i > sentenceStart, t[i - 1].mark == ",", e + 2 < sentenceEnd, t[e].mark == ",", t[e + 1].isWord,
                   !AttributionWords.relativePronouns.contains(word(t[e + 1])) {
                    more = (e + 1)..<sentenceEnd
                }
            }
            emit(t, cue: i..<(i + 2), speaker: speaker, content: content, more: more)
            return
        }
        // "…, saying (that) …", "…, adding …": a participle reporting for the clause's subject; past adverbs
        // ("…, repeatedly calling for …", "…, again warning …") and after "by" ("marked the day by calling on …").
        var licence = i - 1
        while licence > sentenceStart, t[licence].isWord, flags(t[licence]).contains(.auxiliary), !flags(t[licence]).contains(.passive),
              word(t[licence]).hasSuffix("ly") || AttributionWords.participleAdverbs.contains(word(t[licence])) { licence -= 1 }
        let absolute = flags(t[i]).contains(.participle) ? absolutePhrase(t, participle: i, sentenceStart: sentenceStart) : nil
        if flags(t[i]).contains(.participle), i > sentenceStart,
           flags(t[i]).contains(.speechParticiple) || t[licence].mark == "," || t[licence].form == lexicon.by || absolute != nil {
            // "adding to the problems", "adding 67 runs": another sense of the participle.
            if i + 1 < sentenceEnd, t[i + 1].isWord, flags(t[i + 1]).contains(.bindingPreposition) && !isPrepositionCue(t, i) || CharacterClass.isDigit(article.scalars[t[i + 1].start]) { return }
            // "claiming the set", "adding a second goal": an object, not a clause ("warning the public that …" is one).
            if !flags(t[i]).contains(.speechParticiple), i + 1 < sentenceEnd, flags(t[i + 1]).contains(.article),
               !((i + 1)..<min(sentenceEnd, i + 8)).contains(where: { t[$0].form == lexicon.that }) { return }
            guard let speaker = absolute ?? participleSubject(t, saying: i, sentenceStart: sentenceStart) else { return }
            // "calling for", "calling on", "warning of": the preposition is the cue's.
            let particle = i + 1 < sentenceEnd && (t[i + 1].form == lexicon.forWord || t[i + 1].form == lexicon.on || isPrepositionCue(t, i)) ? 1 : 0
            emit(t, cue: i..<(i + 1 + particle), speaker: speaker, content: contentAfter(t, i + 1 + particle, end: sentenceEnd, object: false), anyNoun: absolute != nil)
            return
        }
        // "has received reports that …": a report from a source the text does not name.
        if flags(t[i]).contains(.receivedReport), !t[i].capitalised, i > sentenceStart, i + 2 < sentenceEnd, t[i + 1].form == lexicon.that,
           let v = ((max(sentenceStart, i - 3))..<i).last(where: { flags(t[$0]).contains(.receiving) }),
           ((v + 1)..<i).allSatisfy({ t[$0].isWord && !t[$0].capitalised && flags(t[$0]).isDisjoint(with: [.verb, .pronoun]) }) {
            emit(t, cue: v..<(i + 1), speaker: nil, content: contentAfter(t, i + 2, end: sentenceEnd, object: false))
            return
        }
        // "Mr Joseph’s insistence that …", "his vow that …", "a demand from the union that …": a position its author stated.
        if flags(t[i]).contains(.positionNoun), i > sentenceStart, let p = positionCue(t, i, quote: false) {
            emit(t, cue: i..<(i + 1), speaker: p.author, content: contentAfter(t, p.opener + 1, end: sentenceEnd, object: false))
            return
        }
        // "… issued a public notice that …", "released a statement saying …"
        if let c = nounCue(t, i) {
            guard let subject = subject(t, cue: c.lowerBound) else { return }
            let from = c.upperBound < sentenceEnd && t[c.upperBound].form == lexicon.saying ? c.upperBound + 1 : c.upperBound
            emit(t, cue: c, speaker: subject, content: contentAfter(t, from, end: sentenceEnd, object: false))
            return
        }
        // "paid tribute to the volunteers", "expressed her belief in …": a stated position, the noun's object its content.
        if flags(t[i]).contains(.stanceVerb), let c = stanceCue(t, i, end: sentenceEnd) {
            guard let subject = subject(t, cue: i) else { return }
            emit(t, cue: c, speaker: subject, content: contentAfter(t, c.upperBound, end: sentenceEnd, object: false))
            return
        }
        // "Michael Gove is said to believe (that) …": a position reported of the subject.
        if flags(t[i]).contains(.say), i > sentenceStart, flags(t[i - 1]).contains(.passive), i + 2 < sentenceEnd, t[i + 1].form == lexicon.to,
           AttributionWords.reportedBeliefs.contains(word(t[i + 2])) {
            guard let subject = subject(t, cue: i) else { return }
            emit(t, cue: (i - 1)..<(i + 3), speaker: subject, content: contentAfter(t, i + 3, end: sentenceEnd, object: false))
            return
        }
        guard isVerbCue(t, i) else { return }
        let f = flags(t[i])
        // "ruled out any devaluation": the particle is the cue's, the object the position.
        if f.contains(.particleVerb), i + 1 < sentenceEnd, word(t[i + 1]) == AttributionWords.particleCues[word(t[i])] {
            guard let subject = subject(t, cue: i) else { return }
            emit(t, cue: i..<(i + 2), speaker: subject, content: contentAfter(t, i + 2, end: sentenceEnd, object: false))
            return
        }
        // Passive: "it was announced by the ministry that …".
        if i > sentenceStart, flags(t[i - 1]).contains(.passive), i + 1 < sentenceEnd, t[i + 1].form == lexicon.by {
            var e = i + 2
            while e < sentenceEnd, t[e].isWord, t[e].form != lexicon.that { e += 1 }
            guard e > i + 2 else { return }
            emit(t, cue: (i - 1)..<(i + 2), speaker: cutAtPreposition(t, (i + 2)..<e), content: contentAfter(t, e, end: sentenceEnd, object: false))
            return
        }
        // Trailing: "…, X said." / "…, said X." — the cue near the sentence's end, the content before a comma.
        var tail = i + 1
        // (Past the stop of an initial or a title: "…, said Mary E. Lovely, an economist.")
        while tail < sentenceEnd, t[tail].isWord || isDateStop(t, tail) || isAbbreviationStop(t, tail), t[tail].quote < 0, tail - i <= 18 { tail += 1 }
        let tailWords = tail - i - 1
        let endsSentence = tail >= sentenceEnd || CharacterClass.isSentenceTerminator(t[tail].mark) && tail + 1 >= sentenceEnd
        // "…, said Serene Gregg, local president of the union.": the speaker, then an appositive to the end.
        let appositiveEnds = tail + 1 < sentenceEnd && t[tail].mark == "," && t[tail + 1].isWord && sentenceEnd - tail <= 26
            && ((tail + 1)..<sentenceEnd).allSatisfy { t[$0].quote < 0 && !(t[$0].isWord && isVerbCue(t, $0)) && t[$0].mark != "," || t[$0].mark == "," && $0 > tail + 1 }
        let hasThat = ((i + 1)..<tail).contains { t[$0].form == lexicon.that }
        // Not "The Opposition Leader, Simon Crean, says the Government has failed": a subject before the
        // comma, or a clause after the verb, makes it a leading cue.
        let invertedSpeaker = ((i + 1)..<tail).allSatisfy { flags(t[$0]).isDisjoint(with: [.auxiliary, .pronoun, .verb]) || flags(t[$0]).contains(.time) }
        // Only verbs that close a quotation invert ("…, said the minister"; not "…, found no evidence").
        // "…, say officials.": "say" inverts as "said" does.
        // `…, which was "extremely distressing," wrote Taylor.`: the comma inside the closing mark ends the clause as well.
        let invertedQuoteComma = i >= sentenceStart + 3 && t[i - 1].closesQuote && t[i - 2].mark == ","
        if endsSentence || appositiveEnds, tailWords > 0, tailWords <= 16, !hasThat, i > sentenceStart, t[i - 1].mark == "," || invertedQuoteComma, f.contains(.quotationVerb) || f.contains(.say) || AttributionWords.invertingReports.contains(word(t[i])),
           invertedSpeaker, !hasSubject(t, cue: i),
           emit(t, cue: i..<(i + 1), speaker: cutAtPreposition(t, (i + 1)..<tail), content: sentenceStart..<(invertedQuoteComma ? i : i - 1), anyNoun: true) {
            // Inverted: "…, said the minister." / "…, said The We Company’s executive chair Marcelo Claure in an email."
            return
        }
        if !hasThat, trailingTail(t, after: i, end: sentenceEnd) {
            // "…, Mayer said.", "…, Cook said while visiting …", "…, Benioff said, ever since …".
            var s = i - 1
            while s > sentenceStart, flags(t[s]).contains(.auxiliary) { s -= 1 }
            var a = s
            while a > sentenceStart, a > s - 12 {
                // "…, Palestinian and Israeli security officials said": a coordinated speaker.
                if t[a - 1].isWord, !flags(t[a - 1]).contains(.boundary) || lexicon.conjunctions.contains(t[a - 1].form) && a - 1 > sentenceStart && t[a - 2].isWord { a -= 1 }
                else if isAbbreviationStop(t, a - 1) { a -= 2 }  // "Lt. David Lelevier said."
                else { break }
            }
            // A parenthetical ("Before Swanson got out of the water, Walsh said, he fashioned …"): both sides.
            var after: Range<Int>? = nil
            if i + 1 < sentenceEnd, t[i + 1].mark == ",", i + 2 < sentenceEnd, !(t[i + 2].form == lexicon.according && i + 3 < sentenceEnd && t[i + 3].form == lexicon.to) {
                after = contentAfter(t, i + 2, end: sentenceEnd, object: false)
            }
            // "Announcing the deployment, Mr Hoon said …": an introductory participle phrase says when, not what,
            // when the cue has words of its own after it (but "Finding water there, he said, is …" and "Using it
            // rarely is safe, the authors said." are gerund subjects of the content).
            let opener = t[sentenceStart].isWord ? sentenceStart : sentenceStart + 1
            let cueEnds = i + 1 >= sentenceEnd || CharacterClass.isSentenceTerminator(t[i + 1].mark)
            let participleOpens = !cueEnds && opener < a - 1 && t[opener].isWord && t[opener].capitalised && t[opener].actor < 0
                && word(t[opener]).hasSuffix("ing") && !(opener..<(a - 1)).contains { t[$0].mark == "," || t[$0].quote >= 0 }
            // "As the charges were unsealed, Hawk Sawyer testified before …": a subordinate clause alone says when,
            // not what; it reports only with a main clause after the cue ("If it breaks, Walsh said, the town floods").
            let subordinateOnly = after == nil && opener < a - 1 && t[opener].isWord && AttributionWords.subordinators.contains(word(t[opener]))
                && !(opener..<(a - 1)).contains { t[$0].mark == "," }
            // `…was "out of balance," Hoenig said.`: the comma inside the closing mark ends the clause as well.
            let quoteComma = a >= sentenceStart + 3 && t[a - 1].closesQuote && t[a - 2].mark == ","
            if a > sentenceStart + 1, t[a - 1].mark == "," || quoteComma, s >= a, !participleOpens || after != nil, !subordinateOnly,
               emit(t, cue: cueRange(t, i, limit: tail), speaker: a..<(s + 1), content: sentenceStart..<(quoteComma ? a : a - 1), more: after, anyNoun: true) {
                return
            }
        }
        // "called for", "called on": a demand; "said on Monday" is a time.
        let demand = f.contains(.needsClause) && i + 1 < sentenceEnd && (t[i + 1].form == lexicon.forWord || t[i + 1].form == lexicon.on)
        if f.contains(.needsClause) && !hasThat && !demand {
            // "The Palestinians called the meeting a “failure”": an object, then "a"/"an" and a complement that is no
            // count or time ("a second time", "a day later"): a judgement stated of the object.
            guard AttributionWords.namingVerbs.contains(word(t[i])),
                  let a = ((i + 2)..<min(sentenceEnd, i + 8)).first(where: { t[$0].isWord && AttributionWords.indefiniteArticles.contains(word(t[$0])) }),
                  ((i + 1)..<a).allSatisfy({ t[$0].isWord && t[$0].quote < 0 && flags(t[$0]).isDisjoint(with: [.preposition, .verb, .boundary]) }),
                  a + 1 < sentenceEnd, t[a + 1].isWord || t[a + 1].opensQuote,
                  !(t[a + 1].isWord && (AttributionWords.ordinals.contains(word(t[a + 1])) || !flags(t[a + 1]).isDisjoint(with: [.time, .timeNoun])
                      || AttributionWords.quantityNouns.contains(word(t[a + 1])))),
                  let subject = subject(t, cue: i) else { return }
            emit(t, cue: i..<(i + 1), speaker: subject, content: (i + 1)..<sentenceEnd)
            return
        }
        if demand {
            guard let subject = subject(t, cue: i) else { return }
            emit(t, cue: i..<(i + 2), speaker: subject, content: (i + 2)..<sentenceEnd)
            return
        }
        // Leading: "X said (that) …". Not a score: "added 72 without loss", "claimed second place".
        if AttributionWords.scoreVerbs.contains(word(t[i])), i + 1 < sentenceEnd, t[i + 1].isWord,
           CharacterClass.isDigit(article.scalars[t[i + 1].start]) || AttributionWords.ordinals.contains(word(t[i + 1])) { return }
        // "added a goal and an assist", "added his seventh": the score comes a word or two on.
        if AttributionWords.scoreVerbs.contains(word(t[i])),
           let k = ((i + 1)..<min(sentenceEnd, i + 4)).first(where: { t[$0].isWord && (AttributionWords.scoreNouns.contains(word(t[$0])) || AttributionWords.ordinals.contains(word(t[$0]))) }),
           ((i + 1)..<k).allSatisfy({ t[$0].isWord && flags(t[$0]).isDisjoint(with: [.auxiliary, .verb, .pronoun]) }) { return }
        guard let subject = subject(t, cue: i) else { return }
        // "more complicated than McKinley suggests", "smaller than what McKinley said": the cue's object is the
        // comparison itself; what follows is the writer's.
        // ("what they say is a detention system out of step" still reports: "what" alone is no comparison.)
        var before = subject.lowerBound - 1
        if before > sentenceStart, t[before].isWord, word(t[before]) == "what" { before -= 1 }
        if before >= sentenceStart, t[before].isWord, word(t[before]) == AttributionWords.comparison { return }
        // "If the US insists on a long window, it will …": a condition the writer sets, which nobody stated.
        if subject.lowerBound > sentenceStart, t[subject.lowerBound - 1].isWord, AttributionWords.conditions.contains(word(t[subject.lowerBound - 1])) { return }
        // A short noun phrase opening the sentence is the subject whatever its noun ("Business groups have urged").
        // Not before a preposition ("Strong winds predicted for today": a participle); "say" not after a
        // negation ("Israeli forces did not say how many"; "does not expect any opposition" states a position).
        // So is one after an opening time phrase and its comma ("Tuesday, prosecutors asserted …").
        let afterTime = subject.lowerBound - sentenceStart <= 4 && subject.lowerBound > sentenceStart && t[subject.lowerBound - 1].mark == ","
            && (sentenceStart..<(subject.lowerBound - 1)).allSatisfy { !t[$0].isWord || flags(t[$0]).contains(.time) }
        let opens = subject.lowerBound == sentenceStart || subject.lowerBound == sentenceStart + 1 && !t[sentenceStart].isWord || afterTime
        let negated = (flags(t[i]).contains(.say) || AttributionWords.disclosures.contains(word(t[i]))) && i > 0 && AttributionWords.negations.contains(word(t[i - 1]))
        let beforePreposition = i + 1 < sentenceEnd && flags(t[i + 1]).contains(.preposition)
        if negated { return }
        let prepositionCue = isPrepositionCue(t, i)
        let content = contentAfter(t, i + (prepositionCue ? 2 : 1), end: sentenceEnd, object: f.contains(.takesObject) && !prepositionCue)
        // "revealed the LC Concept", "The scan revealed severe inflammation": a thing shown, unless "that" opens a clause.
        if f.contains(.thatOnly), !(content.lowerBound > i + 1 && t[content.lowerBound - 1].form == lexicon.that) { return }
        emit(t, cue: cueRange(t, i, limit: sentenceEnd), speaker: subject,
             content: content,
             // "Blood tests revealed that …": a thing that reveals is no speaker; only one the lists know or the text names.
             anyNoun: opens && subject.count <= 4 && (!beforePreposition || prepositionCue) && !f.contains(.thatOnly))
    }

    /// The noun phrase of an absolute phrase before the participle at `i` ("…, with forecasters warning that …"): after
    /// "with" and a comma, up to four words that are no verb, preposition or clause boundary. It, not the clause's
    /// subject, reports.
    func absolutePhrase(_ t: [Token], participle i: Int, sentenceStart: Int) -> Range<Int>? {
        guard let w = (max(sentenceStart + 1, i - 5)..<max(sentenceStart + 1, i - 1)).last(where: { t[$0].form == lexicon.with }),
              t[w - 1].mark == ",",
              ((w + 1)..<i).allSatisfy({ t[$0].isWord && flags(t[$0]).isDisjoint(with: [.verb, .preposition, .boundary, .auxiliary, .participle]) })
        else { return nil }
        return (w + 1)..<i
    }

    /// Whether the cue at `i` has a subject on its left that can speak ("The Opposition Leader, Simon Crean,
    /// says", "Officials, speaking on condition of anonymity, said").
    func hasSubject(_ t: [Token], cue i: Int) -> Bool {
        guard let sp = subject(t, cue: i) else { return false }
        return resolve(t, sp, before: t[sp.lowerBound].start) != nil
    }

    /// Whether what follows the cue at `v` adds no content of its own, so a speaker and cue after a comma
    /// close the clause before them: the sentence's end, a comma, an adverbial clause ("while visiting …"),
    /// or time words and prepositional phrases up to a comma or the end ("on Tuesday in a speech to …"),
    /// but not "on Monday it would …", where a clause follows.
    func trailingTail(_ t: [Token], after v: Int, end: Int) -> Bool {
        var k = v + 1
        if k >= end || !t[k].isWord && ".!?,".unicodeScalars.contains(t[k].mark) { return true }
        // "boasted of concessions": the preposition opens what was said.
        if isPrepositionCue(t, v) { return false }
        guard t[k].isWord, t[k].quote < 0 else { return false }
        if flags(t[k]).contains(.adverbial) { return true }
        // "…, he said according to a transcript reviewed by …": the source of the report, no content of its own.
        if t[k].form == lexicon.according, k + 1 < end, t[k + 1].form == lexicon.to { return true }
        // "…, Cook told Benioff.", "…, he told reporters in Sydney.": an audience, then the same.
        if flags(t[v]).contains(.takesObject), t[k].capitalised || flags(t[k]).contains(.audience) { k += 1 }
        guard k >= end || !t[k].isWord || flags(t[k]).contains(.preposition) || flags(t[k]).contains(.time) else { return false }
        while k < end, k - v <= 14 {
            if isJoiningHyphen(t, k) || isDateStop(t, k) { k += 1; continue }
            if !t[k].isWord { return ".!?,".unicodeScalars.contains(t[k].mark) }
            // A clause follows: "that", a pronoun, a verb or an auxiliary, or a determiner that no preposition
            // introduces ("said on Monday the county would …").
            let f = flags(t[k])
            if t[k].quote >= 0 || t[k].form == lexicon.that || f.contains(.pronoun) || f.contains(.verb) || f.contains(.auxiliary) { return false }
            if f.contains(.definite) || f.contains(.indefinite), k > v + 1, t[k - 1].isWord, !flags(t[k - 1]).contains(.preposition) { return false }
            k += 1
        }
        return k >= end
    }

    /// The content after a cue: past an audience ("told reporters"), time words and "that", to the sentence's end.
    func contentAfter(_ t: [Token], _ from: Int, end: Int, object: Bool) -> Range<Int> {
        var a = from
        if object, a < end, t[a].isWord {
            if flags(t[a]).contains(.audience) { a += 1 }
            else if flags(t[a]).contains(.definite), let n = ((a + 1)..<min(end, a + 7)).first(where: { t[$0].isWord && AttributionWords.mediaNouns.contains(word(t[$0])) }),
                    ((a + 1)..<n).allSatisfy({ t[$0].isWord && t[$0].capitalised }) {
                // "told the Agence France Presse news agency …": a named outlet, then what was said.
                var b = n + 1
                while b < end, t[b].isWord, AttributionWords.mediaNouns.contains(word(t[b])) { b += 1 }
                a = b
            }
            else if flags(t[a]).contains(.definite), a + 1 < end, flags(t[a + 1]).contains(.audience) { a += 2 }
            else if t[a].capitalised, t[a].actor >= 0 {
                var b = a
                while b < end, t[b].isWord, t[b].capitalised { b += 1 }
                // "urged Vietnam and others to push back": the person urged is part of what was urged.
                // So is the one accused or blamed ("accused Beijing of encroaching", "blamed Tom Reilly for the delay").
                if !(b < end && t[b].isWord && (lexicon.conjunctions.contains(t[b].form) || t[b].form == lexicon.to || t[b].form == lexicon.of || t[b].form == lexicon.forWord)) { a = b }
            }
        }
        // "said in a statement (that) …", "said on Twitter …": the medium is not what was said.
        if a + 1 < end, t[a].isWord, t[a].form == lexicon.inWord || t[a].form == lexicon.on,
           let n = ((a + 1)..<min(end, a + 5)).first(where: { t[$0].isWord && (flags(t[$0]).contains(.reportingNoun) || t[$0].capitalised) }),
           ((a + 1)..<n).allSatisfy({ t[$0].isWord && (flags(t[$0]).contains(.article) || !t[$0].capitalised) }), n + 2 < end {
            a = n + 1
        }
        if let that = (a..<min(end, a + 7)).first(where: { t[$0].form == lexicon.that }),
           (a..<that).allSatisfy({ (t[$0].isWord && !flags(t[$0]).contains(.participle)) || t[$0].mark == "," || isDateStop(t, $0) }) {
            a = that + 1
        }
        // "announced sanctions, saying it would …": the participle reports a clause of its own.
        var end = end
        if let p = (a..<end).first(where: { $0 > a + 2 && t[$0].isWord && flags(t[$0]).contains(.participle) && t[$0 - 1].mark == "," }) { end = p - 1 }
        // "said the plan would hurt investment, while the Federation said …": a second speaker's report of its own.
        if let w = (a..<end).first(where: { k in
            k > a + 2 && t[k - 1].mark == "," && t[k].isWord && AttributionWords.contrasts.contains(word(t[k]))
                && ((k + 1)..<end).contains { isVerbCue(t, $0) }
        }) { end = w - 1 }
        // "said the cuts were unfair, according to its secretary": the source of the report is not what was said.
        if let p = (a..<end).first(where: { $0 > a + 2 && t[$0].form == lexicon.according && t[$0 - 1].mark == "," && $0 + 1 < end && t[$0 + 1].form == lexicon.to }) { end = p - 1 }
        while a < end, !t[a].isWord, t[a].mark == "," || t[a].mark == ":" { a += 1 }
        // "said on Monday (that) …": the time words, then "that".
        var b0 = a
        while b0 < end, t[b0].isWord, flags(t[b0]).contains(.time) { b0 += 1 }
        if b0 > a, b0 < end, t[b0].isWord { a = b0 }
        if a < end, t[a].form == lexicon.that, a > from { a += 1 }
        var b = end
        while b > a, !t[b - 1].isWord, !t[b - 1].closesQuote { b -= 1 }
        return a..<b
    }

    /// Adds an indirect attribution; false when the content is too short or the speaker phrase is no speaker.
    @discardableResult
    /// `anyNoun`: the speaker stands where only a speaker can ("…, Palestinian medics said."), so a noun
    /// phrase no list knows is an unnamed source rather than no speaker.
    mutating func emit(_ t: [Token], cue: Range<Int>, speaker: Range<Int>?, content: Range<Int>, more: Range<Int>? = nil, anyNoun: Bool = false) -> Bool {
        guard content.lowerBound < content.upperBound, content.lowerBound >= 0, content.upperBound <= t.count else { return false }
        // A reported clause is a sentence's worth; a run-on text without punctuation must not make it the whole text.
        let content = content.lowerBound..<min(content.upperBound, content.lowerBound + 300)
        let words = content.filter { t[$0].isWord }.count
        guard words >= 3 else { return false }
        // Content that is all quotation belongs to the direct attribution already made.
        let quoted = content.filter { t[$0].isWord && t[$0].quote >= 0 }.count
        if quoted * 10 >= words * 8 { return false }
        // The writer's own voice ("We ask you to keep comments civil", "I hope …") is no reported speech.
        if let speaker, isWriter(t, speaker) { return false }
        // Nor is a cue addressed to the reader ("Anyone will tell you that …", "We urge you to …"); "say you" reports.
        if cue.upperBound < t.count, t[cue.upperBound].isWord, t[cue.upperBound].form == lexicon.you, !flags(t[cue.lowerBound]).contains(.say) { return false }
        // "is asking Mojang for comment and will update …", "asked the council for a response": a request for
        // comment, within the cue's first words, reports nothing.
        if let f = ((cue.upperBound)..<min(t.count, cue.upperBound + 5)).first(where: { t[$0].form == lexicon.forWord }), f + 2 < t.count,
           ((f + 1)...(f + 2)).contains(where: { t[$0].isWord && AttributionWords.requestedResponses.contains(word(t[$0])) }),
           (cue.upperBound..<f).allSatisfy({ t[$0].isWord }) { return false }
        // "figures show …", "Court papers obtained by our correspondent showed that …": a verb of showing reports only
        // for a document or data, which is an unnamed source when no body is named for it.
        var document = false
        if flags(t[cue.lowerBound]).contains(.showing) {
            guard let speaker, cutAtPreposition(t, speaker).contains(where: { t[$0].isWord && flags(t[$0]).contains(.document) }) else { return false }
            document = true
        }
        var who: (Int?, SpeakerResolution, String) = (nil, .unnamed, "")
        if let speaker {
            // (Its head, up to a preposition: "…, people familiar with Chinese trade policy said.")
            let head = cutAtPreposition(t, speaker)
            let nounPhrase = document || anyNoun && head.count <= 6
                && head.allSatisfy { t[$0].isWord && flags(t[$0]).isDisjoint(with: [.verb, .pronoun, .boundary, .preposition, .auxiliary]) || lexicon.conjunctions.contains(t[$0].form) }
            guard let r = resolve(t, speaker, before: t[speaker.lowerBound].start) ?? (nounPhrase ? .init(actor: nil, resolution: .unnamed) : nil) else { return false }
            who = (r.actor, r.resolution, r.name ?? text(t, speaker))
        }
        var first = content.lowerBound, last = content.upperBound - 1
        while first < last, !t[first].isWord, !t[first].opensQuote { first += 1 }
        // "acknowledged and was released": a verb coordinated with another, not a report.
        if t[first].isWord, lexicon.conjunctions.contains(t[first].form), first == content.lowerBound, first == cue.upperBound { return false }
        // "said nothing at all", "revealed little about it": nothing is reported.
        if t[first].isWord, first == cue.upperBound, AttributionWords.emptyObjects.contains(word(t[first])) { return false }
        while last > first, !t[last].isWord, !t[last].closesQuote { last -= 1 }
        // A quote that ends the content closes it too (its mark, before the full stop, counts with the next sentence).
        if last + 1 < t.count, t[last + 1].closesQuote, (first...last).contains(where: { t[$0].opensQuote && t[$0].quote == t[last + 1].quote }) { last += 1 }
        var parts = [t[first].start..<t[last].end]
        // A quotation that is the main clause of the reported words, after no more than a subordinate clause
        // ("…, adding if it goes on “the results will be devastating.”"), is the report: one attribution, the
        // direct one, with the cue nearest the quote. (A quote inside a main clause of the writer's, "said Reid had a
        // “functioning, improvised device”", leaves the clause reported on its own.)
        // The subordinate clause runs to the quote with no other quote in it, and with a comma only right before
        // the quote ("adding that if it goes on, “…”"); not `argued that while it helped "…," the rise is "…"`.
        if t[first].isWord, AttributionWords.subordinators.contains(word(t[first])),
           let d = attributions.indices.suffix(8).last(where: { attributions[$0].kind == .direct && attributions[$0].start >= parts[0].lowerBound }),
           attributions[d].parts.allSatisfy({ $0.lowerBound >= parts[0].lowerBound && $0.upperBound <= parts[0].upperBound + 1 }),
           attributions[d].end + 1 >= parts[0].upperBound, Tokenizer.foldedWords(of: attributions[d].content).count >= Self.clauseQuoteWords,
           let open = (first...last).first(where: { t[$0].opensQuote }), t[open].end <= attributions[d].start,
           open + 1 < t.count, t[open + 1].start >= attributions[d].start,
           (first..<open).allSatisfy({ t[$0].isWord || t[$0].mark == "," && $0 == open - 1 || isJoiningHyphen(t, $0) }) {
            let q = attributions[d]
            let (actor, resolution, name) = who.0 != nil || q.speaker == nil ? who : (resolver.actors.firstIndex { $0.name == q.speaker }, q.resolution, q.speakerText)
            attributions[d] = Attribution(kind: .direct, sentence: t[cue.lowerBound].sentence, sentences: q.sentences, speaker: actor.map { resolver.actors[$0].name },
                                          speakerText: name, resolution: resolution, cue: text(t, cue), content: q.content, parts: q.parts)
            return true
        }
        if let more, more.count >= 2, let a = more.first(where: { t[$0].isWord || t[$0].opensQuote }), let b = more.last(where: { t[$0].isWord || t[$0].closesQuote }), a <= b {
            parts.append(t[a].start..<t[b].end)
        }
        add(.indirect, sentence: t[cue.lowerBound].sentence, parts: parts, speaker: who, cue: text(t, cue))
        return true
    }

    mutating func add(_ kind: Attribution.Kind, sentence: Int, parts: [Range<Int>], speaker: (Int?, SpeakerResolution, String), cue: String) {
        var ids = [Int]()
        for p in parts {
            guard let a = article.sentence(containing: p.lowerBound)?.id, let b = article.sentence(containing: max(p.lowerBound, p.upperBound - 1))?.id else { continue }
            for id in a...b where ids.last.map({ $0 < id }) ?? true { ids.append(id) }
        }
        let content = parts.map { article.text(from: $0.lowerBound, to: $0.upperBound) }.joined(separator: " … ")
        // The content's last sentence: a quote over several sentences reaches the next one from its end.
        let last = ids.last ?? sentence
        if speaker.0 != nil || speaker.1 == .unknown {
            lastNamed = (speaker.0, last, parts.first?.lowerBound ?? 0, speaker.2)
        } else if kind == .direct {
            // A quote from an unnamed source ("she was warned that “…”"): the next quote with no cue is not the last named speaker's.
            lastNamed = nil
        }
        if speaker.0 == nil, speaker.1 == .unnamed, let head = Tokenizer.foldedWords(of: speaker.2).last {
            lastUnnamed = (sentence, parts.first?.lowerBound ?? 0)
            if AttributionWords.singularSources.contains(head) { lastUnnamedPerson = lastUnnamed }
        }
        attributions.append(Attribution(
            kind: kind, sentence: sentence, sentences: ids.isEmpty ? [sentence] : ids,
            speaker: speaker.0.map { resolver.actors[$0].name }, speakerText: speaker.2, resolution: speaker.1,
            cue: cue, content: content, parts: parts))
    }
}
