/// Stage 2, typed mentions from what the tables know: capitalised runs with a head word ("… Bank",
/// "… Valley", "… Act"), place names of two to four words, and the gazetteer matches not covered by them.
extension ActorExtractor {
    // MARK: - Runs with a head word

    /// Returns, per word, whether a headed run covers it (so gazetteer matches there are void).
    mutating func headedRuns(_ matches: [GazetteerMatch]) -> [Bool] {
        var inEntity = [Bool](repeating: false, count: n)
        var matchStartEntry = [Int32?](repeating: nil, count: n)
        let phrases = Gazetteer.index.phrases
        for m in matches {
            if let t = phrases[Int(m.phrase)].entry {
                for k in m.start..<(m.start + m.length) { inEntity[k] = true }
                matchStartEntry[m.start] = t
            }
        }
        var covered = [Bool](repeating: false, count: n)
                let andForm = article.index.ids["and"] ?? -1
        var i = 0
        while i < n {
            // A run: capitalised words (and connectors between them) joined by spaces or hyphens.
            guard wordState[i].cap, !wordState[i].inWork else { i += 1; continue }
            var end = i + 1
            while end < n, wordState[end].gap == .space || wordState[end].gap == .hyphen || isPossessiveInName(end), !wordState[end].inWork {
                if wordState[end].cap || isJoiningParticle(end) { end += 1; continue }
                if has(end, .connector), end + 1 < n, wordState[end + 1].gap == .space, wordState[end + 1].cap { end += 1; continue }
                if isOfThe(end) { end += 2; continue }
                break
            }
            var h = i
            while h < end {
                // A head word in capitals is an acronym ("the ACT"), unless it is a legal form ("BHP AG").
                guard wordState[h].cap, has(h, FormFlags.heads), !inEntity[h], !wordState[h].allCaps || has(h, .organisationHead) && words[h].end - words[h].start <= 3
                else { h += 1; continue }
                // Walk back over capitalised words (not connectors, not stop words).
                var s = h
                while s > i, wordState[s].gap == .space || wordState[s].gap == .hyphen || isPossessiveInName(s) {
                    // A place's name does not reach back over a known name before words of its own: "the New South
                    // Wales Hunter Valley" is two places ("Kathmandu Valley", "Inner Mongolia Autonomous Region" stay one).
                    if s < h, inEntity[s - 1], !inEntity[s], flags(h).contains(.placeHead), !flags(h).contains(.organisationHead),
                       !ExtractionWords.administrativeHeads.contains(key(s, h + 1)) { break }
                    if wordState[s - 1].cap, !isStopWordInName(s - 1), !covered[s - 1] { s -= 1; continue }
                    if isJoiningParticle(s - 1), s - 2 >= i, !covered[s - 2] { s -= 2; continue }
                    // "Competition and Markets Authority": "and" between two plain capitalised words.
                    // A particle between capitalised words: "Montana de Oro State Park".
                    if has(s - 1, .particle), !wordState[s - 1].cap, words[s - 1].form != andForm, s - 2 >= i, wordState[s - 2].cap,
                       !has(s - 2, .stopWord), wordState[s - 1].gap == .space { s -= 2; continue }
                    // Only one word on the left: "Rio Tinto and Deutsche Bank" are two.
                    // Not for a place's head: "Manhattan and Palm Beach" are two places; not for an acronym on
                    // either side: "SBI and ICICI Bank" are two banks.
                    if words[s - 1].form == andForm, s - 2 >= i, wordState[s - 2].cap, !inEntity[s - 2], !has(s - 2, .stopWord),
                       !wordState[s - 2].allCaps, !wordState[s].allCaps,
                       has(h, .organisationHead),
                       wordState[s - 1].gap == .space, s - 2 == i || !wordState[s - 3].cap || wordState[s - 2].gap != .space || inEntity[s - 3] { s -= 2; continue }
                    break
                }
                // A sentence-initial word that opens a gazetteer name stays: "Federal Reserve Bank of …" at a
                // sentence's start keeps "Federal".
                while s < h, initialOpener(s) && matchStartEntry[s] == nil || isStopWordInName(s) { s += 1 }
                // A head word that opens the name and is a first name before a surname is a person's name:
                // "Bill Gates", "Chase Elliott" ("Finance Bill", "Chase Bank" keep their heads).
                if s == h, h + 1 < end, !inEntity[h + 1], startsPersonName(h, end) { h += 1; continue }
                // "Phoebe Waller-Bridge", "Waller-Bridge": a head closing the run, hyphened to a plain name word, ends a
                // double-barrelled surname, not a place's or body's name.
                if h + 1 == end, endsDoubleBarrelledName(h) { h += 1; continue }
                // Extend forward: more capitalised words, connectors followed by capitals; a title ends it.
                var e = h + 1
                var lastHead = h
                // "Office for the Western District of New York": an organisation's head before "of the" or
                // "for the" names the body, whatever the heads after it.
                var governingHead: Int?
                while e < end {
                    // A legal form ends a company's name: "Business Insider Inc Nintendo" names two.
                    if e == lastHead + 1, ExtractionWords.closingLegalForms.contains(word(lastHead)),
                       !ExtractionWords.closingLegalForms.contains(word(e)) { break }
                    if wordState[e].cap {
                        // A title ends it, unless a possessive makes it part of the name ("Sheriff’s Department").
                        if wordState[e].owner == .title, e + 1 >= n || !isPossessiveInName(e + 1) { break }
                        // "… Space Station Monday": a generic word after the head ends the name.
                        if has(e, .generic), e > lastHead, e + 1 >= end || !wordState[e + 1].cap { break }
                        if has(e, FormFlags.heads) && !inEntity[e] { lastHead = e }
                        e += 1
                        continue
                    }
                    if isJoiningParticle(e) { e += 1; continue }
                    if isOfThe(e), e + 2 < end, wordState[e + 2].owner != .title {
                        if governingHead == nil, has(lastHead, .organisationHead) { governingHead = lastHead }
                        e += 2
                        continue
                    }
                    // A connector: "and" may not join a known entity ("Institute of America and Japan").
                    if words[e].form == andForm, e + 1 < end, inEntity[e + 1] { break }
                    // "and" after a head word starts another name ("Deutsche Bank and Rio Tinto", "X Road and Y Road").
                    // … but not after a plural head before one word and a public body's head ("Securities and
                    // Exchange Commission", "Markets and Investment Authority"): one body's name.
                    if words[e].form == andForm, has(e - 1, FormFlags.heads), !joinsPluralHead(e, end) { break }
                    // A place named by where it lies: "Southern Highlands of New South Wales" is two places; a
                    // court's district is one ("Southern District of New York").
                    if e + 1 < end, inEntity[e + 1], flags(lastHead).contains(.placeHead), !flags(lastHead).contains(.organisationHead),
                       !isDistrictOf(lastHead, e) { break }
                    if e + 1 < end, wordState[e + 1].cap, wordState[e + 1].owner != .title {
                        // "Federal Reserve Bank of Kansas City": a body's head before a plain "of" names the body,
                        // whatever place heads follow in the place it serves.
                        if governingHead == nil, word(e) == "of", has(lastHead, .organisationHead) { governingHead = lastHead }
                        e += 1
                        continue
                    }
                    break
                }
                // A connector left at the end ("The Hill on Monday" → "Hill on") is not part of the name.
                while e > lastHead + 1, !wordState[e - 1].cap { e -= 1 }
                // Capitalised words after the last head without a connector start another name
                // ("Logan International Airport Tom Kinton").
                if lastHead + 1 < e, PersonNames.isFirstName(key: key(lastHead + 1, lastHead + 2)) {
                    var connected = false
                    for k in (lastHead + 1)..<e where !wordState[k].cap { connected = true }
                    if !connected { e = lastHead + 1 }
                }
                // A number after a place head belongs to the name: "Highway 74", "Space Launch Complex-41".
                if e == lastHead + 1, e < n, wordState[e].gap == .space || wordState[e].gap == .hyphen, flags(lastHead).contains(.placeHead),
                   CharacterClass.isDigit(scalars[Int(words[e].start)]), wordState[e].owner == .free { e += 1 }
                if e - s < 2 { h += 1; continue }
                let kindFlags = flags(governingHead ?? lastHead)
                if kindFlags.contains(.thingHead) && !kindFlags.contains(.organisationHead) || isCompetition(lastHead, s) {
                    for k in s..<e { wordState[k].owner = .notActor }
                } else {
                    let kind: ActorKind = kindFlags.contains(.organisationHead) && (governingHead != nil || !endsInFacility(lastHead, e)) ? .organisation : .place
                    var linked: String?
                    if let t = matchStartEntry[s] {
                        let entry = Gazetteer.index.entries[Int(t)]
                        if entry.kind == .state { linked = entry.name }
                    }
                    addMention(name: cleanName(s, e), kind: kind, linked: linked, from: s, to: e,
                               rule: .headWord(form: words[governingHead ?? lastHead].form))
                }
                for k in s..<e { covered[k] = true }
                h = e
            }
            i = end
        }
        return covered
    }

    /// "the Communist party", "Netanyahu's Likud party": British style writes a party's name with a lower-case
    /// "party". Up to three free capitalised words between "the" (or a possessive) and "party" name a party, with
    /// "party" in the name where the last word is an adjective (an adjective's ending, a word the text also writes in
    /// lower case, or a party's word the gazetteer knows: "Labour"), else without it ("Likud"). Not a thing's or a
    /// day's name ("the Christmas party"), nor a word in capitals.
    mutating func lowerCasePartyNames(_ matches: [GazetteerMatch], _ covered: inout [Bool]) {
        guard let party = article.index.ids["party"] else { return }
        // The last words of the gazetteer's organisation phrases ("Labour" of the Labour Party).
        var bodyWordEnds = Set<Int>()
        for m in matches {
            if let e = Gazetteer.index.phrases[Int(m.phrase)].entry, Gazetteer.index.entries[Int(e)].kind == .organisation {
                bodyWordEnds.insert(m.start + m.length - 1)
            }
        }
        for posting in article.index.postings[Int(party)] {
            let p = Int(posting)
            guard p > 1, !wordState[p].cap, wordState[p].gap == .space, p + 1 >= n || !wordState[p + 1].cap || wordState[p + 1].gap != .space
            else { continue }
            var s = p
            while s > 0, p - s < 3, wordState[s - 1].cap, !wordState[s - 1].allCaps, wordState[s - 1].owner == .free, !covered[s - 1],
                  !wordState[s - 1].inWork, !has(s - 1, [.stopWord, .generic, .thingHead, .title, .organisationHead, .placeHead]),
                  s == p || wordState[s].gap == .space || wordState[s].gap == .hyphen { s -= 1 }
            guard s < p, s > 0, wordState[s].gap == .space && word(s - 1) == "the" || wordState[s].gap == .possessive else { continue }
            let last = word(p - 1)
            let adjective = ExtractionWords.partyAdjectiveEndings.contains { last.hasSuffix($0) } || lowerUse[Int(words[p - 1].form)]
                || bodyWordEnds.contains(p - 1)
            let end = adjective ? p + 1 : p
            addMention(name: cleanName(s, end), kind: .organisation, linked: nil, from: s, to: end,
                       rule: adjective ? .headWord(form: words[p].form) : .context("“party” after it"))
            for k in s..<end { covered[k] = true }
        }
    }

    /// "Michigan State", "Ohio State's Jim Tressel": a US state's name and a capitalised "State" that ends the name is
    /// the state's university (its teams, in sports copy), an organisation; the states named so ("New York State",
    /// "Washington State": `statesAfterTown`) stay places, and a longer name ("Ohio State University") is a headed run's.
    mutating func stateUniversities(_ matches: [GazetteerMatch], _ covered: inout [Bool]) {
        let stateNames = Set(GazetteerData.statesAfterTown.map { NameKey.key($0.state) })
        for m in matches {
            let e = m.start + m.length
            guard e < n, word(e) == "state", wordState[e].cap, !wordState[e].allCaps, wordState[e].gap == .space,
                  wordState[e].owner == .free, !covered[e], (m.start..<e).allSatisfy({ !covered[$0] }),
                  e + 1 >= n || !(wordState[e + 1].cap && wordState[e + 1].gap == .space),
                  let t = Gazetteer.index.phrases[Int(m.phrase)].entry else { continue }
            let entry = Gazetteer.index.entries[Int(t)]
            guard entry.kind == .place, entry.linkedState == "United States", Self.governedPlaces.contains(entry.name),
                  !stateNames.contains(NameKey.key(entry.name) + " state") else { continue }
            addMention(name: cleanName(m.start, e + 1), kind: .organisation, linked: nil, from: m.start, to: e + 1,
                       rule: .context("a US state’s name and “State” (a university: Ohio State)"))
            for k in m.start...e { covered[k] = true }
        }
    }

    /// "of the" or "for the" before a capitalised word, inside one body's name ("Office for the Coordination
    /// of …", "Institute for the Study of …"); "and the" joins two names.
    func isOfThe(_ i: Int) -> Bool {
        i + 2 < n && (word(i) == "of" || word(i) == "for") && word(i + 1) == "the" && !wordState[i].cap && !wordState[i + 1].cap
            && wordState[i].gap == .space && wordState[i + 1].gap == .space && wordState[i + 2].gap == .space && wordState[i + 2].cap
            && !wordState[i + 2].inWork
    }

    /// "the Champions League", "the Premier League": a league named by its level or its entrants is a
    /// competition, no actor (the "Arab League", the "Muslim League" are bodies).
    func isCompetition(_ head: Int, _ start: Int) -> Bool {
        word(head) == "league" && head > start && ExtractionWords.competitionLeagueWords.contains(word(head - 1))
    }

    /// "Southern District of New York": a compass word, "District", "of": a court's district named by its state.
    func isDistrictOf(_ head: Int, _ of: Int) -> Bool {
        word(head) == "district" && word(of) == "of" && head > 0 && wordState[head].gap == .space
            && ExtractionWords.compassWords.contains(word(head - 1))
    }

    /// "Riverside County Sheriff’s Department", "Attorney’s Office": a possessive inside a name, after an
    /// office holder or a group of people the body serves.
    func isPossessiveInName(_ i: Int) -> Bool {
        (wordState[i].gap == .possessive || isPluralPossessiveGap(i)) && wordState[i].cap && wordState[i - 1].cap
            && ExtractionWords.possessiveNameWords.contains(word(i - 1))
    }

    /// Whether a plural possessive's lone apostrophe and a space come before word `i` ("Employers’ Association").
    func isPluralPossessiveGap(_ i: Int) -> Bool {
        guard i > 0, wordState[i].gap == .other, word(i - 1).hasSuffix("s") else { return false }
        let a = Int(words[i - 1].end), b = Int(words[i].start)
        return b - a >= 2 && CharacterClass.isApostrophe(scalars[a]) && scalars[(a + 1)..<b].allSatisfy(CharacterClass.isInlineSpace)
    }

    /// A stop word that cannot open or join a headed name; an acronym spelt like one ("US Navy", "U.S.
    /// Capitol Police", "IT Department") can.
    func isStopWordInName(_ i: Int) -> Bool {
        guard has(i, .stopWord) else { return false }
        guard wordState[i].allCaps else { return true }
        let a = Int(words[i].start), b = Int(words[i].end)
        return !(b - a == 2 || scalars[a..<b].contains("."))
    }

    /// "Bill Gates", "Chase Elliott": head word i is a first name followed, inside the run, by a name-like
    /// word that is no head; such a run names a person, so the head word is no head here.
    mutating func startsPersonName(_ i: Int, _ end: Int) -> Bool {
        i + 1 < end && wordState[i + 1].gap == .space && isNameLike(i + 1)
            && !wordState[i].allCaps && PersonNames.isFirstName(key: key(i, i + 1))
    }

    /// "Waller-Bridge": head word i is hyphened to a capitalised name-like word that is no head itself, so
    /// the pair is one double-barrelled surname ("Cross-Network Exchange" keeps its own head after it).
    func endsDoubleBarrelledName(_ i: Int) -> Bool {
        i > 0 && wordState[i].gap == .hyphen && !wordState[i].allCaps && isNameLike(i - 1)
    }

    // MARK: - Names joined by particles

    /// "Lashkar-e-Taiba", "Hizb-ul-Mujahideen": a lower-case joining particle between hyphens after and
    /// before capitalised words, all free.
    func isJoiningParticle(_ i: Int) -> Bool {
        i > 0 && i + 1 < n && !wordState[i].cap && wordState[i].gap == .hyphen && wordState[i + 1].gap == .hyphen
            && wordState[i - 1].cap && wordState[i + 1].cap && wordState[i].owner == .free
            && ExtractionWords.joiningParticles.contains(word(i))
    }

    /// Names joined by particles that stand alone (no capitalised word or title next to them): a place of
    /// the table ("Mazar-e-Sharif"), a kind from their context, or else a group ("Jaish-e-Mohammad"): such
    /// names in the news are militant groups, movements and parties; people's carry a title or a first name.
    mutating func joinedNames() {
        var found = [(from: Int, to: Int)]()
        var i = 1
        while i < n {
            guard isJoiningParticle(i), wordState[i - 1].owner == .free, wordState[i + 1].owner == .free else { i += 1; continue }
            var s = i - 1
            while s > 0, wordState[s].gap == .hyphen, wordState[s - 1].cap, wordState[s - 1].owner == .free { s -= 1 }
            var e = i + 2
            while e < n, wordState[e].gap == .hyphen, wordState[e].owner == .free, wordState[e].cap || isJoiningParticle(e) { e += 1 }
            i = e
            let glued = s > 0 && wordState[s].gap == .space
                && (wordState[s - 1].cap && !has(s - 1, .stopWord) && !initialOpener(s - 1) || wordState[s - 1].owner == .title)
            if glued || e < n && wordState[e].gap == .space && wordState[e].cap { continue }
            found.append((s, e))
        }
        var kinds = [String: (ActorKind, MentionRule)]()
        for (a, b) in found {
            let k = key(a, b)
            if kinds[k] == nil {
                if PlaceNames.state(forKey: k) != nil {
                    kinds[k] = (.place, .placeTable)
                } else if let (kind, reason) = contextKind(of: found.filter { key($0.from, $0.to) == k }.map { ($0.from, $0.to) }) {
                    kinds[k] = (kind, .context(reason))
                } else {
                    kinds[k] = (.organisation, .context("a name joined by particles (X-e-Y, X-ul-Y), with no title or first name: a group"))
                }
            }
            let (kind, rule) = kinds[k]!
            addMention(name: cleanName(a, b), kind: kind, linked: kind == .place ? PlaceNames.state(forKey: k) : nil, from: a, to: b, rule: rule)
        }
    }

    // MARK: - Names joined by an ampersand

    /// The gap before word i is one "&" with spaces around it ("Ernst & Young"; not "AT&T", "R&D").
    func isSpacedAmpersand(_ i: Int) -> Bool {
        guard i > 0, wordState[i].gap == .other else { return false }
        let a = Int(words[i - 1].end), b = Int(words[i].start)
        guard b - a >= 3, CharacterClass.isInlineSpace(scalars[a]), CharacterClass.isInlineSpace(scalars[b - 1]) else { return false }
        var amp = 0
        for k in a..<b {
            if scalars[k] == "&" { amp += 1 } else if !CharacterClass.isInlineSpace(scalars[k]) { return false }
        }
        return amp == 1
    }

    /// A free capitalised word that may be part of a name joined by an ampersand.
    func isAmpersandWord(_ i: Int) -> Bool {
        wordState[i].owner == .free && wordState[i].cap && !wordState[i].inWork && !has(i, [.stopWord, .generic])
    }

    /// "Ernst & Young", "Frost & Sullivan", "Marks & Spencer": capitalised names no table claimed, joined by a
    /// spaced ampersand, are one firm's name (its partners' or founders' names), never two actors; the states
    /// and places the tables know ("Trinidad & Tobago") are claimed before this stage.
    mutating func ampersandNames() {
        var i = 1
        while i < n {
            guard isSpacedAmpersand(i), isAmpersandWord(i - 1), isAmpersandWord(i) else { i += 1; continue }
            var s = i - 1
            while s > 0, wordState[s].gap == .space, isAmpersandWord(s - 1) { s -= 1 }
            while s < i - 1, initialOpener(s) { s += 1 }
            var e = i + 1
            while e < n, wordState[e].gap == .space || isSpacedAmpersand(e), isAmpersandWord(e) { e += 1 }
            i = e
            // "S & P 500": an index or a product, not a firm.
            if e < n, wordState[e].gap == .space, CharacterClass.isDigit(scalars[Int(words[e].start)]) { continue }
            addMention(name: cleanName(s, e), kind: .organisation, linked: nil, from: s, to: e,
                       rule: .context("names joined by “&” (a firm named by its partners: X & Y)"))
        }
    }

    // MARK: - Gazetteer mentions

    /// The gazetteer matches no headed run or place name covers become mentions of their entries.
    mutating func commitGazetteer(_ matches: [GazetteerMatch], covered: [Bool]) {
        let phrases = Gazetteer.index.phrases
        let governmentForm = article.index.ids["government"]
        for (mi, match) in matches.enumerated() {
            guard let t = phrases[Int(match.phrase)].entry else { continue }
            var m = match
            var void = false
            for k in m.start..<(m.start + m.length) where covered[k] || wordState[k].owner != .free { void = true }
            if void { continue }
            // The state's name is part of its body's mention that follows ("U.S. Securities and Exchange Commission").
            if mi + 1 < matches.count, isNationalPrefix(m, of: matches[mi + 1], covered) { continue }
            if mi > 0, isNationalPrefix(matches[mi - 1], of: m, covered) {
                m = GazetteerMatch(start: matches[mi - 1].start, length: m.start + m.length - matches[mi - 1].start, phrase: m.phrase)
            }
            if let state = stateAfterTown(m) {
                addMention(name: state, kind: .place, linked: townState(m.start - 1), from: m.start, to: m.start + m.length,
                           rule: .context("after a US town and a comma: the state (Redmond, Washington)"))
                continue
            }
            if let state = stateBeforeStateWord(m) {
                addMention(name: state, kind: .place, linked: Self.unitedStates, from: m.start, to: m.start + m.length,
                           rule: .context("before a lower-case “state”: the state (the New York state attorney general)"))
                continue
            }
            if let governmentForm, let g = placeGovernment(m, entry: t, governmentForm) {
                addMention(name: cleanName(m.start, g + 1), kind: .organisation, linked: nil, from: m.start, to: g + 1,
                           rule: .placeGovernment(form: words[g].form))
                continue
            }
            appendSpan(gazetteerDraft(t), m.start, m.start + m.length, .gazetteer(entry: t, adjective: phrases[Int(m.phrase)].isAdjective))
            for k in m.start..<(m.start + m.length) { wordState[k].entry = t }
        }
    }

    /// "U.S. Securities and Exchange Commission", "US Federal Reserve": match `prefix` is the name (not the adjective)
    /// of the state that the body of match `body`, right after it, belongs to; headed runs keep such a prefix too
    /// ("U.S. Department of Energy").
    func isNationalPrefix(_ prefix: GazetteerMatch, of body: GazetteerMatch, _ covered: [Bool]) -> Bool {
        let phrases = Gazetteer.index.phrases
        guard prefix.start + prefix.length == body.start, wordState[body.start].gap == .space, !phrases[Int(prefix.phrase)].isAdjective,
              let p = phrases[Int(prefix.phrase)].entry, let b = phrases[Int(body.phrase)].entry else { return false }
        let state = Gazetteer.index.entries[Int(p)], entry = Gazetteer.index.entries[Int(b)]
        guard state.kind == .state, entry.kind == .organisation, entry.linkedState == state.name else { return false }
        return (prefix.start..<(body.start + body.length)).allSatisfy { !covered[$0] && wordState[$0].owner == .free }
    }

    /// "the Scottish government", "the Queensland government": a place below a state with a government
    /// of its own (a UK country, a state, a province), by its name or adjective, before a lower-case
    /// "government" names that government, a body. A sovereign state's government ("the South Korean
    /// government") stays the state: the state is the actor. Returns the government word's index.
    func placeGovernment(_ m: GazetteerMatch, entry t: Int32, _ governmentForm: Int32) -> Int? {
        let g = m.start + m.length
        guard g < n, words[g].form == governmentForm, wordState[g].gap == .space, !wordState[g].cap, wordState[g].owner == .free,
              Self.governedPlaces.contains(Gazetteer.index.entries[Int(t)].name) else { return nil }
        return g
    }

    /// "Redmond, Washington", "Valdosta, Georgia", "Buffalo, New York": a US state named like a country, a capital
    /// or a city, right after a US town and a comma, is the state (its canonical name); not in a list of places
    /// ("Boston, Washington and Chicago", "Paris, London, Washington").
    mutating func stateAfterTown(_ m: GazetteerMatch) -> String? {
        let end = m.start + m.length
        guard m.start > 0, wordState[m.start].gap == .comma, let state = Self.statesAfterTown[key(m.start, end)],
              townState(m.start - 1) == Self.unitedStates else { return nil }
        if end < n, wordState[end].gap == .space, word(end) == "and" || word(end) == "or" { return nil }
        if end < n, wordState[end].gap == .comma, isKnownPlace(end) { return nil }
        // The town's first word: "Salt Lake City, Washington" is one town.
        var s = m.start - 1
        while s > 0, case .draft(let a) = wordState[s].owner, case .draft(let b) = wordState[s - 1].owner, a == b, wordState[s].gap == .space { s -= 1 }
        if s > 0, wordState[s].gap == .comma, isKnownPlace(s - 1) { return nil }
        if s > 1, wordState[s].gap == .space, word(s - 1) == "and" || word(s - 1) == "or", isKnownPlace(s - 2) { return nil }
        return state
    }

    /// "the New York state attorney general", "Washington state officials": a US state named like a city or a country,
    /// right before a lower-case "state", is the state (its canonical name), as a capital "State" already makes it.
    mutating func stateBeforeStateWord(_ m: GazetteerMatch) -> String? {
        let end = m.start + m.length
        guard end < n, word(end) == "state", !wordState[end].cap, wordState[end].gap == .space else { return nil }
        return Self.statesAfterTown[key(m.start, end)]
    }

    /// The state of the town word i names (a gazetteer place, a place found so far, or a town of the table), if any.
    func townState(_ i: Int) -> String? {
        guard i >= 0, i < n, wordState[i].cap else { return nil }
        if let entry = wordState[i].entry {
            let e = Gazetteer.index.entries[Int(entry)]
            return e.kind == .place ? e.linkedState : nil
        }
        if let found = draft(at: i) { return found.kind == .place ? found.linkedState : nil }
        guard wordState[i].owner == .free, !wordState[i].initial else { return nil }
        return PlaceNames.state(forKey: NameKey.key(word(i)))
    }

    /// The US states named like a country, a capital or a city, by the folded form after the town.
    static let statesAfterTown: [String: String] = Dictionary(uniqueKeysWithValues: GazetteerData.statesAfterTown.map { (NameKey.key($0.form), $0.state) })

    /// The state the US towns and states belong to, as the gazetteer names it.
    static let unitedStates = "United States"

    /// The places below a state that have a government of their own, by canonical name.
    static let governedPlaces: Set<String> = Set(GazetteerData.governedPlaces)

    // MARK: - Place names of two or more words

    /// A free capitalised word that may start or continue a place name ("New South Wales", "Swan Hill").
    func isPlaceWord(_ i: Int) -> Bool {
        wordState[i].owner == .free && wordState[i].cap && !wordState[i].inWork && !has(i, .stopWord)
    }

    /// A lower-case particle between two words of a town's name that names it by its river or its land
    /// ("Braunau am Inn", "Newcastle upon Tyne"); the table decides whether the whole is a name.
    func isPlaceParticle(_ i: Int) -> Bool {
        i > 0 && i + 1 < n && !wordState[i].cap && ExtractionWords.placeParticles.contains(word(i))
            && isPlaceWord(i - 1) && isPlaceWord(i + 1) && wordState[i + 1].gap == .space
    }

    /// Towns, cities and subdivisions of two to four words from the place table, longest first.
    /// Single words wait for resolution: a lone "Howard" may be the surname of a person named earlier.
    mutating func placeNames(_ matches: [GazetteerMatch]) {
        // A place name must be longer than the gazetteer phrases it overlaps ("Western Australia" over
        // "Australia"; not "New York" the table's over "New York" the gazetteer's).
        var matchOver = [Range<Int>?](repeating: nil, count: n)
        for m in matches { for k in m.start..<(m.start + m.length) { matchOver[k] = m.start..<(m.start + m.length) } }
        var i = 0
        while i < n {
            guard isPlaceWord(i), !initialOpener(i) || !has(i, .generic) else { i += 1; continue }
            var e = i + 1
            while e < n, e - i < 4, isPlaceWord(e) || isPlaceParticle(e), wordState[e].gap == .space || wordState[e].gap == .hyphen { e += 1 }
            var found = false
            if e - i >= 2, PlaceNames.hasLongerName(startingWith: key(i, i + 1)) {
                var end = e
                while end >= i + 2 {
                    let k = key(i, end)
                    let inside = (i..<end).allSatisfy { matchOver[$0].map { $0.lowerBound >= i && $0.upperBound <= end } ?? true }
                    let longer = (i..<end).contains { matchOver[$0] == nil }
                    if inside, longer, let state = PlaceNames.state(forKey: k) {
                        // A town's name used for a body ("Deutsche Bank and Rio Tinto", "shares in Rio Tinto").
                        if let (kind, reason) = contextKind(i, end), kind == .organisation {
                            addMention(name: cleanName(i, end), kind: kind, linked: nil, from: i, to: end, rule: .context(reason))
                        } else {
                            addMention(name: cleanName(i, end), kind: .place, linked: state, from: i, to: end, rule: .placeTable)
                        }
                        i = end
                        found = true
                        break
                    }
                    end -= 1
                }
            }
            // "Greater Sydney", "Inner Sydney": the place itself, with a modifier that stays in the mention.
            if !found, ExtractionWords.placeModifiers.contains(word(i)), i + 1 < n, wordState[i + 1].gap == .space, isPlaceWord(i + 1),
               !wordState[i + 1].allCaps, i + 2 >= n || !(wordState[i + 2].cap && wordState[i + 2].gap == .space) {
                let k = key(i + 1, i + 2)
                if let state = PlaceNames.state(forKey: k) {
                    addMention(name: cleanName(i + 1, i + 2), kind: .place, linked: state, from: i, to: i + 2, rule: .placeTable)
                    i += 2
                    found = true
                }
            }
            if !found { i += 1 }
        }
    }

    /// Whether the "and" at word `a` joins a plural organisation head to one word and a public body's head
    /// that end the run: "Securities and Exchange Commission" is one name; "Bank and Rio Tinto", "Studios
    /// and Kestry Media" are two.
    func joinsPluralHead(_ a: Int, _ end: Int) -> Bool {
        guard has(a - 1, .organisationHead), word(a - 1).hasSuffix("s"), a + 2 < n, a + 2 < end,
              wordState[a + 1].cap, wordState[a + 2].cap, ExtractionWords.publicBodyHeads.contains(word(a + 2)) else { return false }
        return a + 3 >= end || !wordState[a + 3].cap
    }
}
