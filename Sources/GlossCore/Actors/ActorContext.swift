/// Context rules for names the gazetteers do not know: the words around a name say what it is.
/// Each rule returns the kind and a short reason, shown by `actor NAME --why`.
extension ActorExtractor {
    /// The folded word at `i`, or "" outside the text.
    func word(_ i: Int) -> String {
        guard i >= 0, i < n else { return "" }
        return article.index.vocabulary[Int(words[i].form)]
    }

    /// "X, Ohio", "Lincoln, Nebraska": word `to` follows a comma and is a known place or state.
    func isBeforeItsRegion(_ to: Int) -> Bool {
        guard to < n, wordState[to].gap == .comma, wordState[to].cap else { return false }
        if let entry = wordState[to].entry { return Gazetteer.index.entries[Int(entry)].kind != .organisation }
        return draft(at: to)?.kind == .place
    }

    /// What the context says about the name in words `from..<to`, if anything.
    func contextKind(_ from: Int, _ to: Int) -> (kind: ActorKind, reason: String)? {
        // "SoftBank", "InfoNation": a brand's spelling names a company, wherever it stands.
        if to - from == 1, wordState[from].innerCapital { return (.organisation, "a capital inside the word (a brand’s spelling)") }
        // "X-based": a place.
        if to < n, wordState[to].gap == .hyphen, word(to) == "based" { return (.place, "“\(word(to))” after it (X-based)") }
        // "British Columbia-based Carbon Engineering": what "X-based" describes is a body.
        if from > 1, wordState[from].gap == .space, word(from - 1) == "based", wordState[from - 1].gap == .hyphen, !wordState[from - 1].cap {
            return (.organisation, "after “X-based”")
        }
        // "Whole Foods stores", "Apple shops": a name before its outlets is a company's.
        if to < n, wordState[to].gap == .space, !wordState[to].cap, ExtractionWords.outletNouns.contains(word(to)) {
            return (.organisation, "“\(word(to))” after it (X stores)")
        }
        if isBeforeItsRegion(to) { return (.place, "followed by a place or state after a comma (X, Ohio)") }
        if let reason = staffReason(from, to) { return (.organisation, reason) }
        if let found = listKindReason(from, to) { return found }
        if let reason = placeListReason(from, to) { return (.place, reason) }
        if let reason = placeNounReason(from, to) { return (.place, reason) }
        if from > 0, wordState[from].gap == .space {
            let before = word(from - 1)
            // "shares in X", "stake in X".
            if (before == "in" || before == "of"), from > 1, ExtractionWords.shareCues.contains(word(from - 2)) {
                return (.organisation, "after “\(word(from - 2)) \(before)”")
            }
            // "north of X".
            if before == "of", from > 1, ExtractionWords.compassPoints.contains(word(from - 2)) {
                return (.place, "after “\(word(from - 2)) of”")
            }
            // "the Jewish settlement of X", "the West Bank village of X": a place noun and "of".
            if before == "of", from > 1, !wordState[from - 2].cap,
               ExtractionWords.placeNouns.contains(word(from - 2)) || ExtractionWords.placeOfNouns.contains(word(from - 2)) {
                return (.place, "after “\(word(from - 2)) of”")
            }
            // "in the Illawarra, …", "across the Riverland.": a lone name after a preposition of place and "the"
            // that ends the phrase (not "in the Jeep while", "in the Ecuadorean embassy"), not a body's head ("in the Navy").
            if before == "the", from > 1, to - from == 1, !wordState[from].allCaps, wordState[from - 1].gap == .space,
               ExtractionWords.areaPrepositions.contains(word(from - 2)), !wordState[from - 2].cap,
               to < n, wordState[to].gap != .space, wordState[to].gap != .hyphen, wordState[to].gap != .possessive,
               wordState[to].gap != .comma || !wordState[to].cap,  // not "in the Quellinby, Sydney says"
               !has(from, [.organisationHead, .placeHead, .thingHead]) {
                return (.place, "after “\(word(from - 2)) the”")
            }
            // "told The Hill", "joined The Times": a capital "The" inside the sentence after a verb of telling or
            // joining opens a body's name (a newspaper's, mostly); a person is never "The X".
            if before == "the", from > 1, wordState[from - 1].cap, !wordState[from - 1].initial, !wordState[from - 1].allCaps,
               wordState[from - 1].gap == .space, ExtractionWords.bodyObjectVerbs.contains(word(from - 2)) {
                return (.organisation, "after “\(word(from - 2)) The”")
            }
            // "a group called UTN", "a company named Quorvane": a body's noun, then "called" or "named".
            if before == "called" || before == "named", from > 1, wordState[from - 1].gap == .space,
               !wordState[from - 2].cap, ExtractionWords.organisationNouns.contains(word(from - 2)) {
                return (.organisation, "after “\(word(from - 2)) \(before)”")
            }
            // "the research firm Oanda", "the journal Nature Astronomy": a body's noun right before the name.
            // A job that is also a body's noun ("developer") only before a lone name: "developer Ammar Askar" is a person.
            // Capitalised only as the sentence's first word: "Developer Valve called …".
            if !wordState[from - 1].cap, ExtractionWords.organisationNouns.contains(before)
                || to - from == 1 && (!wordState[from - 1].cap || wordState[from - 1].initial) && ExtractionWords.loneNameOrganisationNouns.contains(before) {
                return (.organisation, "after “\(before)”")
            }
            // "Deutsche Bank and Rio Tinto": coordinated with an organisation named just before.
            if before == "and" || before == "or", from > 1, wordState[from - 1].gap == .space,
               let organisation = draft(at: from - 2), organisation.kind == .organisation {
                return (.organisation, "“\(before)” after the organisation \(organisation.name)")
            }
            // "SBI and ICICI Bank": coordinated with an organisation named just after.
            if to + 1 < n, wordState[to].gap == .space, wordState[to + 1].gap == .space, word(to) == "and" || word(to) == "or",
               let organisation = draft(at: to + 1), organisation.kind == .organisation {
                return (.organisation, "“\(word(to))” before the organisation \(organisation.name)")
            }
            // "a reporter for Breitbart Tech": a newsroom job "for" a name is a job at a body.
            if before == "for", from > 1, wordState[from - 1].gap == .space, !wordState[from - 2].cap,
               ExtractionWords.newsroomNouns.contains(word(from - 2)) {
                return (.organisation, "after “\(word(from - 2)) for” (a newsroom job at a body)")
            }
            // "at the MCG": an unknown acronym after "at the" is a venue; known bodies ("at the UN") are in the gazetteer.
            if before == "the", from > 1, wordState[from - 1].gap == .space, word(from - 2) == "at", to - from == 1, wordState[from].allCaps {
                return (.place, "an acronym after “at the” (a venue)")
            }
            // "the Shoalhaven area": a lone name before an area noun.
            if before == "the", to - from == 1, to < n, wordState[to].gap == .space, GazetteerData.areaNouns.contains(word(to)) {
                return (.place, "“the … \(word(to))”")
            }
            // "analysis from Poynter", "data from Statista": a document's source is a body.
            if before == "from", from > 1, wordState[from - 1].gap == .space, ExtractionWords.sourceNouns.contains(word(from - 2)) {
                return (.organisation, "after “\(word(from - 2)) from”")
            }
            // Not for acronyms: "at NASA", "from IBM" name bodies.
            if ExtractionWords.placeCues.contains(before), !wordState[from - 1].cap || wordState[from - 1].initial, !(to - from == 1 && wordState[from].allCaps) {
                return (.place, "after “\(before)”")
            }
        }
        if let reason = bodyRoleReason(from, to) { return (.organisation, reason) }
        // "Marvel Entertainment, Lucasfilm and …", "radical group, Islamic Jihad,": after a comma that follows an
        // organisation or a body's noun.
        if from > 1, wordState[from].gap == .comma {
            if let organisation = draft(at: from - 1), organisation.kind == .organisation {
                return (.organisation, "listed after the organisation \(organisation.name)")
            }
            if !wordState[from - 1].cap, ExtractionWords.organisationNouns.contains(word(from - 1)) {
                return (.organisation, "in apposition after “\(word(from - 1))”")
            }
        }
        // A lone name no person owns, before a reporting verb or a possessive: a body ("Qantas said",
        // "Boeing's Starliner"); people in news are introduced by their full names first.
        if to - from == 1, to < n, !wordState[from].initial, !wordState[from].allCaps {  // acronyms wait for their definition
            // "published by Futurism", "surveyed by Refinitiv": a lone name no person owns, the agent of a
            // verb that bodies do (not "infected by Ebola").
            if from > 1, wordState[from].gap == .space, word(from - 1) == "by", ExtractionWords.bodyAgentVerbs.contains(word(from - 2)) {
                return (.organisation, "a lone name after “\(word(from - 2)) by”")
            }
            if wordState[to].gap == .space, AttributionWords.reportingVerbs.contains(word(to)) { return (.organisation, "“\(word(to))” after a lone name") }
            if wordState[to].gap == .possessive { return (.organisation, "a possessive after a lone name") }
        }
        // "Jefferies analyst Ana Lutz", "a Qantas spokesman": a lone name before a job someone holds at a body
        // (a head alone, "Service spokesman", stands for a longer name the text gives).
        if to - from == 1, to < n, !has(from, FormFlags.heads), wordState[to].gap == .space, !wordState[to].cap, ExtractionWords.staffAfterNames.contains(word(to)) {
            return (.organisation, "“\(word(to))” after it (X analyst, X spokesman)")
        }
        // "LAT is an extremist group": the name, "is" or "was", an article and a body's noun within four words.
        if to + 2 < n, word(to) == "is" || word(to) == "was", wordState[to].gap == .space, !wordState[to].cap,
           ExtractionWords.appositionArticles.contains(word(to + 1)), wordState[to + 1].gap == .space {
            var k = to + 2
            while k < n, k < to + 6, wordState[k].gap == .space, !wordState[k].cap {
                if ExtractionWords.organisationNouns.contains(word(k)) { return (.organisation, "“\(word(to)) \(word(to + 1)) … \(word(k))” after it") }
                k += 1
            }
        }
        // Apposition: "X, the power company".
        if to + 1 < n, wordState[to].gap == .comma, ExtractionWords.appositionArticles.contains(word(to)) {
            var k = to + 1
            while k < n, k < to + 5, wordState[k].gap == .space || k == to + 1 {
                if ExtractionWords.organisationNouns.contains(word(k)) { return (.organisation, "apposition “\(word(to)) … \(word(k))”") }
                k += 1
            }
        }
        return nil
    }

    /// "Logar province", "Hoa Lo prison", "the Tora Bora region": a lower-case place noun after the name;
    /// "Ballidu just west of Burakin": a compass point and "of" after it.
    func placeNounReason(_ from: Int, _ to: Int) -> String? {
        guard to < n, wordState[to].gap == .space || wordState[to].gap == .comma, !wordState[to].cap else { return nil }
        if wordState[to].gap == .space, ExtractionWords.placeNouns.contains(word(to)) { return "“\(word(to))” after it (X province)" }
        let c = word(to) == "just" ? to + 1 : to
        if c + 1 < n, ExtractionWords.compassPoints.contains(word(c)), word(c + 1) == "of", wordState[c + 1].gap == .space {
            return "“\(word(c)) of” after it (X, west of Y)"
        }
        return nil
    }

    /// "Petersallee", "Lüderitzstrasse", "Manga-Bell-Platz": a name whose last word is, or ends in, a German or
    /// Dutch street word names a street, a place.
    func streetReason(_ from: Int, _ to: Int) -> String? {
        let last = word(to - 1)
        for ending in ExtractionWords.streetEndings where last == ending && to - from > 1 || last.count > ending.count + 2 && last.hasSuffix(ending) {
            return "a street’s name (X\(ending))"
        }
        return nil
    }

    /// "Davis 17 points.", "Sanger 2 saves": a lone name before a number and a player's statistic is a player.
    func statLineReason(_ to: Int) -> String? {
        guard to + 1 < n, wordState[to].gap == .space, wordState[to + 1].gap == .space, !wordState[to + 1].cap,
              scalars[Int(words[to].start)..<Int(words[to].end)].allSatisfy(CharacterClass.isDigit),
              ExtractionWords.statNouns.contains(word(to + 1)) else { return nil }
        return "a number and “\(word(to + 1))” after it (a player’s statistics)"
    }

    /// “Marriage Story”, "Super Mario Run,": the name opens a quotation that holds capitalised words only, up to
    /// its closing mark (a full stop or comma inside it allowed): the title of a work, a game, a film.
    func opensQuotedTitle(_ from: Int, _ to: Int) -> Bool {
        let a = Int(words[from].start)
        guard a > 0, CharacterClass.isOpeningMark(scalars[a - 1]), scalars[a - 1] != "(", scalars[a - 1] != "[" else { return false }
        // A nickname after a naming verb is a name, not a work's title: dubbed the “Hanoi Hilton”.
        let before = word(from - 1) == "the" ? from - 2 : from - 1
        if ExtractionWords.namingVerbs.contains(word(before)) { return false }
        var k = to
        while k < n, wordState[k].gap == .space, wordState[k].cap { k += 1 }
        var c = Int(words[k - 1].end)
        if c < scalars.count, scalars[c] == "," || scalars[c] == "." || scalars[c] == "!" || scalars[c] == "?" { c += 1 }
        return c < scalars.count && CharacterClass.isClosingQuote(scalars[c]) && scalars[c] != "'" && scalars[c] != "’"
    }

    /// The first use of a name with a place noun after it.
    func placeNounReason(of uses: [(Int, Int)]) -> String? {
        for (a, b) in uses { if let reason = placeNounReason(a, b) { return reason } }
        return nil
    }

    /// "X's chief executive", "X founder", "X boss": a noun after the name that only a company or a team has.
    func bodyRoleReason(_ from: Int, _ to: Int) -> String? {
        if let reason = staffReason(from, to) { return reason }
        // Not for the tail of a hyphenated name ("Lashkar-e-Taiba chief"): the name is longer than the span.
        // A role in capitals is an abbreviation ("Snapchat CEO Evan Spiegel").
        guard to < n, wordState[from].gap != .hyphen, !wordState[to].cap || wordState[to].allCaps, ExtractionWords.bodyRoles.contains(word(to))
        else { return nil }
        switch wordState[to].gap {
        case .possessive, .other: return "its “\(word(to))” (X's chief executive)"
        case .space: return "“\(word(to))” after it (X boss, X founder)"
        default: return nil
        }
    }

    /// "the chief economist at Flexport", "a professor at Cornell", "layoffs at Meetup": someone's job at a body.
    func staffReason(_ from: Int, _ to: Int) -> String? {
        guard from > 1, wordState[from].gap == .space, wordState[from - 1].gap == .space, word(from - 1) == "at",
              !wordState[from - 2].cap, ExtractionWords.staffNouns.contains(word(from - 2)) else { return nil }
        return "after “\(word(from - 2)) at” (a job at a body)"
    }

    /// The first use of a name with a body's role after it ("Chelsea boss"), else the first in a list of
    /// organisations ("FC Porto, Chelsea and Real Madrid"): a town's name used for a team or a company.
    func bodyRoleReason(of uses: [(Int, Int)]) -> String? {
        for (a, b) in uses { if let reason = bodyRoleReason(a, b) { return reason } }
        return organisationListReason(of: uses)
    }

    /// The context kind of a name from all its uses: the kind most uses give ("at Apple" once, "Apple
    /// said" and "Apple's chief executive" twice: a company), the first use of that kind giving the reason.
    /// Ties go to the kind given first.
    func contextKind(of uses: [(Int, Int)]) -> (kind: ActorKind, reason: String)? {
        var votes = [(kind: ActorKind, reason: String, count: Int)]()
        for (a, b) in uses {
            guard let found = contextKind(a, b) else { continue }
            if let v = votes.firstIndex(where: { $0.kind == found.kind }) { votes[v].count += 1 } else { votes.append((found.kind, found.reason, 1)) }
        }
        guard var best = votes.first else { return nil }
        for v in votes.dropFirst() where v.count > best.count { best = v }
        return (best.kind, best.reason)
    }
}

extension ActorExtractor {
    /// Words around one use of a name that only a person has: "X said", "said X", "X, 45,".
    func personContext(_ from: Int, _ to: Int) -> String? {
        if to < n, wordState[to].gap == .space || wordState[to].gap == .comma, AttributionWords.reportingVerbs.contains(word(to)) { return "“\(word(to))” after it" }
        if from > 0, wordState[from].gap == .space, AttributionWords.reportingVerbs.contains(word(from - 1)) { return "after “\(word(from - 1))”" }
        if to < n, wordState[to].gap == .comma, CharacterClass.isDigit(scalars[Int(words[to].start)]), to + 1 < n, wordState[to + 1].gap == .comma {
            return "an age after it (X, 45,)"
        }
        if let reason = statLineReason(to) { return reason }
        // "the Interior Minister, Yunis Kanooni,": a name in apposition to a title.
        if from > 0, wordState[from].gap == .comma, wordState[from - 1].owner == .title { return "in apposition to the title “\(word(from - 1))”" }
        return nil
    }
}

extension ActorExtractor {
    /// Word `i` names a known place or state: a gazetteer match, a place found so far, or a town of the table.
    func isKnownPlace(_ i: Int) -> Bool {
        guard i >= 0, i < n, wordState[i].cap else { return false }
        if let entry = wordState[i].entry {
            let kind = Gazetteer.index.entries[Int(entry)].kind
            return kind == .place || kind == .state
        }
        if let found = draft(at: i) { return found.kind == .place || found.kind == .state }
        return wordState[i].owner == .free && !wordState[i].initial && PlaceNames.state(forKey: NameKey.key(word(i))) != nil
    }

    /// A name listed with a known place is a place: "the ACT and Tasmania", "Alei Sinai and Nitzanit",
    /// "the Illawarra, Sydney", "from Glenbrook to Bulaburra".
    func placeListReason(_ from: Int, _ to: Int) -> String? {
        if from > 1, wordState[from].gap == .space, wordState[from - 1].gap == .space, isKnownPlace(from - 2) {
            let before = word(from - 1)
            if before == "and" || before == "or" { return "“\(before)” after the place \(word(from - 2))" }
            // "to" only in a route: "from X to Y".
            if before == "to", from > 2, wordState[from - 2].gap == .space, word(from - 3) == "from" { return "“from … to” after a place" }
        }
        if to + 1 < n, wordState[to].gap == .space, wordState[to + 1].gap == .space, word(to) == "and" || word(to) == "or", isKnownPlace(to + 1) {
            return "“\(word(to))” before the place \(word(to + 1))"
        }
        // A list after a place a place's cue opens: "at Sutherland, Illawarra and Shoalhaven".
        if from > 2, wordState[from].gap == .comma, isKnownPlace(from - 1), wordState[from - 1].gap == .space,
           ExtractionWords.placeCues.contains(word(from - 2)), to + 1 < n, word(to) == "and" || wordState[to].gap == .comma,
           to - from <= 2 {
            return "in a list after the place \(word(from - 1))"
        }
        // A list goes on after the place ("the Illawarra, Sydney, the Hunter Valley"; not "in the Navy, Stover says").
        if to + 1 < n, wordState[to].gap == .comma, isKnownPlace(to), wordState[to + 1].gap == .comma || word(to + 1) == "and",
           from > 0, wordState[from].gap == .comma || word(from - 1) == "the" {
            return "in a list of places"
        }
        return nil
    }
}

extension ActorExtractor {
    /// A month or other generic word that opens a hyphenated first name ("Jan-Michael Gambill").
    func isHyphenedGeneric(_ i: Int) -> Bool {
        i + 1 < n && wordState[i + 1].gap == .hyphen && wordState[i + 1].cap && !has(i, .stopWord) && !has(i + 1, [.stopWord, .generic])
            && PersonNames.isFirstName(key: NameKey.key(word(i + 1)))
    }
}

extension ActorExtractor {
    /// A headed name ending in a facility head ("… Space Center") is a place; "Centre for …" stays a body.
    func endsInFacility(_ head: Int, _ end: Int) -> Bool {
        head == end - 1 && Self.facilityHeads.contains(word(head))
    }

    /// The facility heads, folded as the vocabulary folds words.
    static let facilityHeads: Set<String> = Set(GazetteerData.facilityHeads.map { NameKey.key($0) })
}

extension ActorExtractor {
    /// The gap before word i holds a comma and no stop: "A, B" or a possessive before it ("Macy’s, Kellogg’s").
    func isListComma(_ i: Int) -> Bool {
        guard i > 0, i < n else { return false }
        switch wordState[i].gap {
        case .comma: return true
        case .possessive:
            for k in Int(words[i - 1].end)..<Int(words[i].start) {
                if scalars[k] == "," { return true }
                if CharacterClass.isSentenceTerminator(scalars[k]) || CharacterClass.isLineBreak(scalars[k]) { return false }
            }
            return false
        default: return false
        }
    }

    /// One member of a list: its words and its kind, if a draft owns it.
    typealias ListMember = (from: Int, to: Int, kind: ActorKind?)

    /// Word k carries on the name word k - 1 is in: the same draft's words with no list comma between, or free
    /// capitalised words joined by a space or a hyphen.
    func continuesListMember(_ k: Int) -> Bool {
        switch (wordState[k - 1].owner, wordState[k].owner) {
        case (.draft(let a), .draft(let b)): return a == b && !isListComma(k)
        case (.free, .free): return wordState[k - 1].cap && wordState[k].cap && (wordState[k].gap == .space || wordState[k].gap == .hyphen)
        default: return false
        }
    }

    /// The list member that word `i` is in (the name ending before a list comma, or starting after one), or nil
    /// where no name is there.
    func listMember(at i: Int) -> ListMember? {
        guard i >= 0, i < n, wordState[i].cap, !wordState[i].inWork else { return nil }
        let kind: ActorKind?
        switch wordState[i].owner {
        case .draft(let d): kind = drafts[d].kind
        case .free: kind = nil
        default: return nil
        }
        var s = i, e = i + 1
        while s > 0, continuesListMember(s) { s -= 1 }
        while e < n, continuesListMember(e) { e += 1 }
        return (s, e, kind)
    }

    /// Word i is "and" or "or" between two list members, after a space or a comma ("A, B, and C").
    func isListConjunction(_ i: Int) -> Bool {
        i > 0 && i + 1 < n && !wordState[i].cap && (word(i) == "and" || word(i) == "or")
            && (wordState[i].gap == .space || isListComma(i)) && wordState[i + 1].gap == .space
    }

    /// The other members of the coordinated list the name in words `from..<to` stands in: "A, B, C and D".
    /// Going back, "and" may only come first (the name is the list's last); going on, the list ends after "and".
    func listNeighbours(_ from: Int, _ to: Int) -> [ListMember] {
        var out = [ListMember]()
        var s = from
        var first = true
        while out.count < 12 {
            let member: ListMember?
            if isListComma(s) { member = listMember(at: s - 1) }
            else if first, s > 1, isListConjunction(s - 1) { member = listMember(at: s - 2) }
            else { break }
            guard let m = member else { break }
            out.append(m)
            s = m.from
            first = false
        }
        var e = to
        while out.count < 24, e < n {
            if isListComma(e), let m = listMember(at: e) {
                out.append(m)
                e = m.to
            } else if isListConjunction(e), let m = listMember(at: e + 1) {
                out.append(m)
                break
            } else { break }
        }
        return out
    }

    /// A list's members share a kind: "FC Porto, Inter Milan, Chelsea and Real Madrid" are clubs where two
    /// or more members have a kind the tables gave and all of those are organisations (or all places).
    func listKindReason(_ from: Int, _ to: Int) -> (kind: ActorKind, reason: String)? {
        let known = listNeighbours(from, to).compactMap { m in m.kind.map { (m, $0) } }
        guard known.count >= 2 else { return nil }
        let kinds = Set(known.map(\.1))
        let kind: ActorKind
        if kinds == [.organisation] { kind = .organisation }
        else if kinds.contains(.place), kinds.isSubset(of: [.place, .state]) { kind = .place }
        else { return nil }
        let names = known.prefix(2).map { cleanName($0.0.from, $0.0.to) }.joined(separator: " and ")
        return (kind, "in a list with \(kind == .organisation ? "the organisations" : "the places") \(names)")
    }

    /// The first use of a name that stands in a list of organisations.
    func organisationListReason(of uses: [(Int, Int)]) -> String? {
        for (a, b) in uses {
            if let found = listKindReason(a, b), found.kind == .organisation { return found.reason }
        }
        return nil
    }
}
