/// Stage 4, resolution: candidates become people (full names with person evidence, short forms, Mr/Mrs by
/// gender: which person a form stands for is in `PersonForms.swift`), the people of a state ("South
/// Africans"), party forms, context kinds, lone places, compounds and governments; then the acronyms the text
/// defines.
extension ActorExtractor {
    /// A person the text names in full: the name as first written, its folded parts, a state from context.
    struct FullName {
        let name: String
        /// The folded parts without lower-case particles or a generational suffix ("Jr"): first, middles, last.
        let keys: [String]
        /// The folded generational suffix ("jr", "iii"), which tells a father from his son of the same name.
        var suffix: String? = nil
        var linked: String?
        /// The word where the text first names them so.
        var from = 0

        /// Whether one of two names may abbreviate the other: their suffixes are the same, or one has none.
        func suffixFits(_ other: FullName) -> Bool { suffix == nil || other.suffix == nil || suffix == other.suffix }
    }

    /// Who a first or last name part ("Putin", "Kim") can stand for.
    enum PartOwner {
        case nobody
        /// One person (an index into `People.names`, already redirected).
        case one(Int)
        /// Two or more people share it: not guessed.
        case several
    }

    /// The people named in full, in text order, with the short forms that may stand for them.
    struct People {
        var names: [FullName] = []
        var byKeys: [String: Int] = [:]
        /// Per person: the longer name it abbreviates ("Rodriguez Saa" → "Adolfo Rodriguez Saa"), else itself.
        var redirect: [Int] = []
        /// First and last parts of the people who are not redirected → those people.
        var byPart: [String: [Int]] = [:]
        /// Per person: its draft, once it has one.
        var draft: [Int: Int] = [:]
        /// Per person: the first word where the text names them in full by any of their names (the shorter ones led to it included).
        var introduced: [Int] = []

        /// The one person a name part stands for, if exactly one.
        func owner(ofPart key: String) -> PartOwner {
            guard let list = byPart[key] else { return .nobody }
            return list.count == 1 ? .one(list[0]) : .several
        }

        /// The people named by a part, redirected.
        func owners(ofPart key: String) -> [Int] { (byPart[key] ?? []).map { redirect[$0] } }
    }

    /// The uses of each candidate name, and what the context says about each name, decided once per
    /// name rather than once per use: a name used a million times is read a million times, not squared.
    struct NameUses {
        /// Untitled uses of each name key, as word ranges.
        var spans: [String: [(Int, Int)]] = [:]
        /// Keys of names a title introduces somewhere.
        var titled: Set<String> = []
        /// Per name key, the genders of the titles before it ("Mr X" and "Mrs X": both).
        var titleGenders: [String: Set<PersonGender>] = [:]
        /// Per name key, the gender of the first title before it.
        var firstTitleGender: [String: PersonGender] = [:]
        var contextByKey: [String: (kind: ActorKind, reason: String)?] = [:]
        var personEvidenceByKey: [String: Bool] = [:]
        var bodyRoleByKey: [String: String?] = [:]
        var placeNounByKey: [String: String?] = [:]
        /// Per name key, whether every untitled use opens a quotation of capitalised words only (a title of a work).
        var quotedByKey: [String: Bool] = [:]
    }

    /// What a candidate of two or more parts turned out to be.
    enum FullNameReading {
        /// Not an actor, or left to the short-name step.
        case none
        /// A person named in full (an index into `People.names`).
        case person(Int)
        /// A mention of another draft: a company's short name, or a kind from context.
        case mention(draft: Int, rule: MentionRule)
        /// A capitalised particle and a surname that a full name writes with the particle ("Bin Laden"):
        /// the surname's short form, given once the people are known.
        case particleShortForm
        /// The first name of "John and Jane Doe": a person (an index into `People.names`) with the next name's surname.
        case sharedSurname(Int)
    }

    /// Gives each candidate span to an actor: a person, a kind from context, a place, a compound or a government.
    mutating func resolve(_ candidates: [CandidateSpan]) {
        let candidates = candidates.filter { !commitDemonymPlural($0) }
        var companies = companyShortNames()
        // "Edmunds.com" is also "Edmunds", wherever the two stand.
        for cand in candidates where cand.to - cand.from == 1 && !cand.titled && isDomainSuffix(cand.to) {
            let k = key(cand.from, cand.to)
            if companies[k] == nil { companies[k] = draftIndex(name: cleanName(cand.from, cand.to + 1), kind: .organisation, linked: nil) }
        }
        var uses = nameUses(candidates)
        var people = People()
        let particleSurnames = particleSurnames(candidates)
        let readings = readFullNames(candidates, companies: companies, particleSurnames: particleSurnames, uses: &uses, people: &people)
        linkShorterNames(&people)
        commitFullNames(candidates, readings, &people)
        let singles = titledSingles(candidates, people)
        let openers = organisationOpeners()
        let parties = partyForms()
        for (c, cand) in candidates.enumerated() {
            if case .sharedSurname = readings[c] { continue }
            if cand.parts.count == 1, !cand.titled, let d = parties[key(cand.from, cand.to)] {
                appendSpan(d, cand.from, cand.to, .partyForm)
                continue
            }
            resolveShortName(cand, companies: companies, openers: openers, uses: &uses, people: &people, singles: singles)
        }
    }

    // MARK: - Steps

    /// Companies are also named without their legal form ("Acme Robotics" → the draft of "Acme Robotics
    /// Inc", "SoftBank" → "SoftBank Group Corp"), teams without their club form ("Porto" → "FC Porto"),
    /// and a company named after a person by the surname ("Disney" → "Walt Disney Co.", a census surname).
    func companyShortNames() -> [String: Int] {
        var companies = [String: Int]()
        for (d, draft) in drafts.enumerated() where draft.kind == .organisation {
            var k = NameKey.key(draft.name)
            var dropped = false
            while let suffix = ExtractionWords.droppableLegalForms.first(where: { k.hasSuffix($0) && k.count > $0.count }) {
                k.removeLast(suffix.count)
                companies[k] = d
                dropped = true
            }
            for prefix in ExtractionWords.droppableClubForms where k.hasPrefix(prefix) && k.count > prefix.count {
                companies[String(k.dropFirst(prefix.count))] = d
            }
            let parts = k.split(separator: " ")
            if dropped, parts.count == 2, PersonNames.isSurname(key: String(parts[1])) { companies[String(parts[1])] = d }
        }
        return companies
    }

    /// "South Africans", "Frenchmen", "New Zealanders": a plural naming the people of a state or place is a
    /// mention of it (the gazetteer lists the singular demonyms, and the plurals in "-s" of one word only).
    /// Returns whether the candidate was one.
    mutating func commitDemonymPlural(_ cand: CandidateSpan) -> Bool {
        guard !cand.titled, cand.government == nil else { return false }
        let last = key(cand.to - 1, cand.to)
        guard last.hasSuffix("s") || last.hasSuffix("man") || last.hasSuffix("men") else { return false }
        // A compass word before it is no name part on its own ("The South Africans").
        var from = cand.from
        if from > 0, wordState[from - 1].owner == .free, wordState[from - 1].cap, wordState[from].gap == .space,
           Self.pluralDemonymEntry(key(from - 1, cand.to)) != nil { from -= 1 }
        guard let entry = Self.pluralDemonymEntry(key(from, cand.to)) else { return false }
        appendSpan(gazetteerDraft(entry), from, cand.to, .demonymPlural(entry: entry))
        return true
    }

    /// The state or place whose people a folded plural names: a demonym's plural in "-s" ("south africans")
    /// or "-men" ("frenchmen", "a welshman"), or a state's name in "-ers" ("new zealanders", "icelanders").
    static func pluralDemonymEntry(_ k: String) -> Int32? {
        // Places' demonyms only with "-men" ("Welshmen"): "Africans" is no mention of the continent.
        func entry(_ form: Substring, byName: Bool = false, places: Bool = false) -> Int32? {
            let form = String(form)
            guard let i = Gazetteer.keys.byKey[form] else { return nil }
            let e = Gazetteer.index.entries[i]
            guard e.kind == .state || places && e.kind == .place else { return nil }
            let fits = byName ? NameKey.key(e.name) == form : e.adjectives.contains { NameKey.key($0) == form }
            return fits ? Int32(i) : nil
        }
        if k.hasSuffix("men") || k.hasSuffix("man"), k.count > 5 { return entry(k.dropLast(3), places: true) }
        if k.hasSuffix("ers"), k.count > 6, let e = entry(k.dropLast(3), byName: true) { return e }
        if k.hasSuffix("s"), k.count > 4 { return entry(k.dropLast()) }
        return nil
    }

    /// The uses of every candidate name, for the context rules and the person evidence.
    mutating func nameUses(_ candidates: [CandidateSpan]) -> NameUses {
        var uses = NameUses()
        for cand in candidates {
            let k = key(cand.from, cand.to)
            if cand.titled { uses.titled.insert(k) } else { uses.spans[k, default: []].append((cand.from, cand.to)) }
            if let g = cand.title.flatMap({ PersonNames.gender(ofTitle: $0) }) {
                uses.titleGenders[k, default: []].insert(g)
                if uses.firstTitleGender[k] == nil { uses.firstTitleGender[k] = g }
            }
        }
        return uses
    }

    /// What the context rules say about the name `key` from all its uses.
    func context(_ key: String, _ uses: inout NameUses) -> (kind: ActorKind, reason: String)? {
        if let known = uses.contextByKey[key] { return known }
        let found = contextKind(of: uses.spans[key] ?? [])
        uses.contextByKey[key] = found
        return found
    }

    /// A body's role after some use of the name `key` ("Chelsea boss"), decided once per name.
    func bodyRole(_ key: String, _ uses: inout NameUses) -> String? {
        if let known = uses.bodyRoleByKey[key] { return known }
        let found = bodyRoleReason(of: uses.spans[key] ?? [])
        uses.bodyRoleByKey[key] = found
        return found
    }

    /// A place noun after some use of the name `key` ("Tora Bora region"), decided once per name.
    func placeNoun(_ key: String, _ uses: inout NameUses) -> String? {
        if let known = uses.placeNounByKey[key] { return known }
        let found = placeNounReason(of: uses.spans[key] ?? [])
        uses.placeNounByKey[key] = found
        return found
    }

    /// Whether every untitled use of the name `key` opens a quotation that holds capitalised words only.
    func isQuotedTitle(_ key: String, _ uses: inout NameUses) -> Bool {
        if let known = uses.quotedByKey[key] { return known }
        let spans = uses.spans[key] ?? []
        let found = !spans.isEmpty && spans.allSatisfy { opensQuotedTitle($0.0, $0.1) }
        uses.quotedByKey[key] = found
        return found
    }

    /// Person evidence for a full name without a title or a known first name: a title on it or on its
    /// last part elsewhere ("Mr Boje"), its last part used alone, a census surname, or a person's context ("X said").
    /// A last part in capitals is an acronym ("Apple TV", "Mach E SUV"), no surname: its lone uses are no evidence.
    mutating func hasPersonEvidence(_ cand: CandidateSpan, _ runKey: String, _ uses: inout NameUses) -> Bool {
        if let known = uses.personEvidenceByKey[runKey] { return known }
        let lastPart = cand.parts[cand.parts.count - 1]
        let last = partKey(lastPart)
        let found = uses.titled.contains(runKey) || uses.titled.contains(last) || uses.spans[last] != nil && !wordState[lastPart.0].allCaps
            || cand.parts.count == 2 && PersonNames.isSurname(key: last)
            || (uses.spans[runKey] ?? []).contains { personContext($0.0, $0.1) != nil }
        uses.personEvidenceByKey[runKey] = found
        return found
    }

    /// Reads each candidate of two or more parts as a company's short name, a kind from context, or a
    /// person named in full (who joins `people`); without person evidence it is no actor.
    mutating func readFullNames(_ candidates: [CandidateSpan], companies: [String: Int], particleSurnames: Set<String>,
                                uses: inout NameUses, people: inout People) -> [FullNameReading] {
        var readings = [FullNameReading](repeating: .none, count: candidates.count)
        var contextMention = [String: FullNameReading]()
        for (c, cand) in candidates.enumerated() where cand.countable >= 2 && cand.government == nil {
            let runKey = key(cand.from, cand.to)
            if let d = companies[runKey] { readings[c] = .mention(draft: d, rule: .companyShortName); continue }
            // "Disney Channel", "Apple Music": a company's short name opening a longer name is another of its bodies.
            if !cand.titled, let d = companies[partKey(cand.parts[0])], !PersonNames.isFirstName(key: partKey(cand.parts[0])) {
                if contextMention[runKey] == nil {
                    contextMention[runKey] = .mention(draft: draftIndex(name: cleanName(cand.from, cand.to), kind: .organisation, linked: nil),
                                                      rule: .context("opens with the company name of \(drafts[d].name)"))
                }
                readings[c] = contextMention[runKey]!
                continue
            }
            // “Marriage Story”, "Temple Run": a name only ever written as a quotation's title is a work, no person.
            if !cand.titled, isQuotedTitle(runKey, &uses) { continue }
            // A place noun after it wins over a first name: "Tora Bora region", "John Hunter hospital".
            if !cand.titled, let reason = placeNoun(runKey, &uses) {
                if contextMention[runKey] == nil {
                    contextMention[runKey] = .mention(draft: draftIndex(name: cleanName(cand.from, cand.to), kind: .place, linked: nil), rule: .context(reason))
                }
                readings[c] = contextMention[runKey]!
                continue
            }
            // No title and no known first name: the context may say it is a place or a body ("in Alei Sinai").
            if !cand.titled, !PersonNames.isFirstName(key: partKey(cand.parts[0])) {
                if let known = contextMention[runKey] { readings[c] = known; continue }
                if let (kind, reason) = context(runKey, &uses) {
                    let reading = FullNameReading.mention(draft: draftIndex(name: cleanName(cand.from, cand.to), kind: kind, linked: nil),
                                                          rule: .context(reason))
                    contextMention[runKey] = reading
                    readings[c] = reading
                    continue
                }
                // "De Niro" beside "Robert De Niro": a particle and a surname are the surname's short form, evidence enough.
                if particleSurnames.contains(runKey) { readings[c] = .particleShortForm; continue }
                // No person evidence: not a person ("Foreign Affairs", "Atlas V"), and no actor.
                if !hasPersonEvidence(cand, runKey, &uses) { continue }
            }
            // "Bin Laden" for "Osama bin Laden": a capitalised particle and a surname are the surname's short form.
            if particleSurnames.contains(runKey) { readings[c] = .particleShortForm; continue }
            // "LC500 Convertible", "RAV4 Prime", "Page A1": a part holding a digit is a model's or a page's code, no name's.
            if !cand.titled, cand.parts.contains(where: { holdsDigit($0) }) { continue }
            var keys = [String]()
            var suffix: String?
            for part in cand.parts where !has(part.0, .particle) || wordState[part.0].cap {
                if has(part.0, .suffix), part.0 > cand.from { suffix = partKey(part) } else { keys.append(partKey(part)) }
            }
            let joined = keys.joined(separator: " ") + (suffix.map { " " + $0 } ?? "")
            if let p = people.byKeys[joined] {
                readings[c] = .person(p)
                if people.names[p].linked == nil { people.names[p].linked = cand.linked }
            } else {
                people.byKeys[joined] = people.names.count
                readings[c] = .person(people.names.count)
                people.names.append(FullName(name: cleanName(cand.from, cand.to), keys: keys, suffix: suffix, linked: cand.linked, from: cand.from))
            }
        }
        readSharedSurnames(candidates, &readings, &people)
        return readings
    }

    /// The draft of person `p` (or of the longer name it abbreviates), made on first use.
    mutating func personDraft(_ p: Int, _ people: inout People) -> Int {
        let p = people.redirect[p]
        if let d = people.draft[p] { return d }
        let d = draftIndex(name: people.names[p].name, kind: .person, linked: people.names[p].linked)
        people.draft[p] = d
        return d
    }

    /// The mentions the full-name readings give: other drafts' first, then people's with their evidence.
    mutating func commitFullNames(_ candidates: [CandidateSpan], _ readings: [FullNameReading], _ people: inout People) {
        for (c, cand) in candidates.enumerated() {
            if case .mention(let d, let rule) = readings[c] { appendSpan(d, cand.from, cand.to, rule) }
        }
        for (c, cand) in candidates.enumerated() {
            if case .particleShortForm = readings[c] { commitParticleShortForm(cand, &people); continue }
            if case .sharedSurname(let p) = readings[c] { appendSpan(personDraft(p, &people), cand.from, cand.to, .sharedSurname); continue }
            guard case .person(let p) = readings[c] else { continue }
            let evidence: MentionRule.PersonEvidence = cand.titled ? .title(words[cand.from - 1].form)
                : PersonNames.isFirstName(key: partKey(cand.parts[0])) ? .firstName : .elsewhere
            appendSpan(personDraft(p, &people), cand.from, cand.to, .fullName(evidence))
        }
    }

    /// "<name> administration": the person's government, an organisation of its own linked to the person's state.
    mutating func commitGovernment(_ cand: CandidateSpan, _ g: Int, _ people: People) {
        let k = key(cand.from, cand.to)
        var linked: String?
        if case .one(let p) = people.owner(ofPart: k) { linked = people.names[people.redirect[p]].linked }
        if let p = people.byKeys[k] { linked = people.names[people.redirect[p]].linked }
        let name = cleanName(cand.from, cand.to) + " " + article.index.vocabulary[Int(words[g].form)]
        appendSpan(draftIndex(name: name, kind: .organisation, linked: linked), cand.from, g + 1, .government(form: words[g].form))
    }

    /// A candidate of one part (or a government, or a hyphen compound): a short form of a full name, a
    /// company's short name, a titled single, a known place, a kind from context, or a compound of people.
    mutating func resolveShortName(_ cand: CandidateSpan, companies: [String: Int], openers: [String: [Int]], uses: inout NameUses,
                                   people: inout People, singles: [String: Int]) {
        if let g = cand.government { commitGovernment(cand, g, people); return }
        guard cand.countable < 2 else { return }
        // "Edmunds.com": a name written as a web domain is a company, the domain included.
        if cand.to - cand.from == 1, !cand.titled, isDomainSuffix(cand.to) {
            addMention(name: cleanName(cand.from, cand.to + 1), kind: .organisation, linked: nil, from: cand.from, to: cand.to + 1,
                       rule: .context("written as a web domain (X.com)"))
            return
        }
        // "Petersallee", "Manga-Bell-Platz": a street's name by its German or Dutch ending; "Davis 17 points": a player.
        if cand.parts.count == 1, !cand.titled, let reason = streetReason(cand.from, cand.to) {
            addMention(name: cleanName(cand.from, cand.to), kind: .place, linked: nil, from: cand.from, to: cand.to, rule: .context(reason))
            return
        }
        if cand.to - cand.from == 1, !cand.titled, let reason = statLineReason(cand.to) {
            // "A. Sanger 2 saves": an initial the sentence opener rule dropped is the player's.
            let from = cand.from > 0 && wordState[cand.from].gap == .stop && words[cand.from - 1].end - words[cand.from - 1].start == 1
                && wordState[cand.from - 1].cap && wordState[cand.from - 1].owner == .free ? cand.from - 1 : cand.from
            addMention(name: cleanName(from, cand.to), kind: .person, linked: nil, from: from, to: cand.to, rule: .context(reason))
            return
        }
        let whole = key(cand.from, cand.to)
        // A company's short name that is also a person's surname ("Marwick" of Marwick Holdings Inc and of
        // Ottoline Marwick): the company when this use's context says so, the person after a title, else not guessed.
        if let d = companies[whole] {
            if case .nobody = people.owner(ofPart: whole) { appendSpan(d, cand.from, cand.to, .companyShortName); return }
            if !cand.titled {
                commitPlaceOrBodyOfTheSameName(cand, whole, [whole: [d]])
                return
            }
        }
        // "Hale Sr.": the surname of the one person with that suffix.
        var k = whole, suffix: String?
        if cand.parts.count == 2, has(cand.parts[1].0, .suffix) { k = partKey(cand.parts[0]); suffix = partKey(cand.parts[1]) }
        var owner = owner(ofPart: k, title: cand.title, suffix: suffix, people)
        var byGender = false, byIntroduction = false
        switch ownerByGender(cand, k, suffix: suffix, people, uses) {
        case .person(let p)?:
            owner = .one(p)
            byGender = true
        case .someoneElse?:
            appendSpan(draftIndex(name: cleanName(cand.from - 1, cand.to), kind: .person, linked: cand.linked), cand.from, cand.to,
                       .otherGenderTitle(form: words[cand.from - 1].form))
            return
        case nil: break
        }
        if case .several = owner, let p = ownerNamedBefore(cand, k, suffix: suffix, people) {
            owner = .one(p)
            byIntroduction = true
        }
        if case .one = owner, !cand.titled, suffix == nil, commitPlaceOrBodyOfTheSameName(cand, k, openers) { return }
        switch owner {
        case .one(let p):
            let gendered = byGender && owners(ofPart: k, title: nil, people).count > 1
            let from = cand.titled ? cand.from : particleStart(cand.from, cand.to, of: people.names[people.redirect[p]].name)
            appendSpan(personDraft(p, &people), from, cand.to,
                       gendered ? .genderedTitle(form: words[cand.from - 1].form) : byIntroduction ? .namedBeforeTheOther : .shortForm)
        case .several:
            // "bin Salman" beside Mohammed bin Salman and Salman bin Abdulaziz: the particle says whose surname it is.
            let byParticle = cand.titled ? [] : owners(ofPart: k, title: nil, suffix: suffix, people).filter {
                particleStart(cand.from, cand.to, of: people.names[$0].name) < cand.from
            }
            if byParticle.count == 1 {
                let p = byParticle[0]
                appendSpan(personDraft(p, &people), particleStart(cand.from, cand.to, of: people.names[p].name), cand.to, .shortForm)
            } else {
                appendSpan(draftIndex(name: cleanName(cand.from, cand.to), kind: .person, linked: nil), cand.from, cand.to, .ambiguousShortForm)
            }
        case .nobody:
            let gender = cand.title.flatMap { PersonNames.gender(ofTitle: $0) }
            if let gender, let d = singles[Self.singleKey(whole, gender)] {
                appendSpan(d, cand.from, cand.to, .title(form: words[cand.from - 1].form))
            } else if singles[Self.singleKey(whole, .male)] != nil {
                appendSpan(draftIndex(name: cleanName(cand.from, cand.to), kind: .person, linked: nil), cand.from, cand.to, .ambiguousShortForm)
            } else if let d = singles[whole] {
                appendSpan(d, cand.from, cand.to, cand.titled ? .title(form: words[cand.from - 1].form) : .titledElsewhere)
            } else if cand.to - cand.from == 1, !initialOpener(cand.from), !wordState[cand.from].allCaps, let state = PlaceNames.state(forKey: k) {
                // A town's name used for a team or a company ("Chelsea boss", "Apple founder").
                if !cand.titled, let reason = bodyRole(k, &uses) {
                    addMention(name: cleanName(cand.from, cand.to), kind: .organisation, linked: nil, from: cand.from, to: cand.to, rule: .context(reason))
                    return
                }
                addMention(name: cleanName(cand.from, cand.to), kind: .place, linked: state, from: cand.from, to: cand.to, rule: .placeTable)
            } else if cand.to - cand.from == 1, !cand.titled, let bodies = openers[k], bodies.count == 1, !PersonNames.isFirstName(key: k) {
                // "Hyatt" beside "Hyatt Hotels Corporation": a name no person owns that opens one company's name.
                appendSpan(bodies[0], cand.from, cand.to, .companyOpener)
            } else if cand.to - cand.from == 1, !cand.titled, let (kind, reason) = context(k, &uses) {
                addMention(name: cleanName(cand.from, cand.to), kind: kind, linked: nil, from: cand.from, to: cand.to, rule: .context(reason))
            } else if cand.parts.count == 1, cand.to - cand.from > 1 {
                commitCompound(cand, &people, singles)
            }
        }
    }

    /// A person's surname used for a place or body of the same name, decided by this use's own context:
    /// "Lincoln, Nebraska" is the town in the place table (a looser context, "into Lincoln", is not enough
    /// to take a surname from its owner); "shares in Ford" is the body
    /// whose name opens with the word ("Ford Motor Co"), and a bare "Ford" beside both Tim Ford and Ford Motor
    /// Co is either, so it is left ambiguous. Returns whether the use was given.
    @discardableResult
    mutating func commitPlaceOrBodyOfTheSameName(_ cand: CandidateSpan, _ k: String, _ openers: [String: [Int]]) -> Bool {
        if isBeforeItsRegion(cand.to), let state = PlaceNames.state(forKey: k) {
            addMention(name: cleanName(cand.from, cand.to), kind: .place, linked: state, from: cand.from, to: cand.to,
                       rule: .context("followed by its region or state after a comma (X, Nebraska)"))
            return true
        }
        guard let bodies = openers[k] else { return false }
        if let use = contextKind(cand.from, cand.to), use.kind == .organisation, bodies.count == 1 {
            appendSpan(bodies[0], cand.from, cand.to, .context(use.reason))
        } else {
            appendSpan(draftIndex(name: cleanName(cand.from, cand.to), kind: .person, linked: nil), cand.from, cand.to, .ambiguousShortForm)
        }
        return true
    }

    /// The forms that name a party the text names in full ("X Party", "Australian X Party"): its adjective and
    /// its members ("Democratic", "Democrats", "Democrat" for the Democratic Party; "Conservatives").
    func partyForms() -> [String: Int] {
        var out = [String: Int]()
        for (d, draft) in drafts.enumerated() where draft.kind == .organisation && !draft.spans.isEmpty {
            var words = NameKey.key(draft.name).split(separator: " ").map(String.init)
            if words.count == 3, Gazetteer.lookup(words[0])?.kind == .state { words.removeFirst() }
            guard words.count == 2, words[1] == "party", words[0].count >= 4 else { continue }
            let stem = words[0]
            var forms = [stem, stem + "s"]
            if stem.hasSuffix("ic") { forms += [String(stem.dropLast(2)), String(stem.dropLast(2)) + "s"] }
            for form in forms where out[form] == nil { out[form] = d }
        }
        return out
    }

    /// The companies (a listed company, or a name with a legal form) of two words or more by the folded first
    /// word of their name ("ford" → Ford Motor Co). Not other bodies: "Clinton" beside the Clinton Foundation
    /// is the man.
    func organisationOpeners() -> [String: [Int]] {
        var out = [String: [Int]]()
        for (d, draft) in drafts.enumerated() where draft.kind == .organisation && !draft.spans.isEmpty {
            let k = NameKey.key(draft.name)
            let words = k.split(separator: " ")
            let company = ExtractionWords.droppableLegalForms.contains { k.hasSuffix($0) }
                || draft.spans.contains { if case .companyTable = $0.rule { true } else { false } }
            if words.count >= 2, company { out[String(words[0]), default: []].append(d) }
        }
        return out
    }

    /// Word i is a domain ending right after a full stop with no space ("Edmunds.com", "Booking.com").
    func isDomainSuffix(_ i: Int) -> Bool {
        i < n && !wordState[i].cap && wordState[i].owner == .free && words[i].start - words[i - 1].end == 1
            && scalars[Int(words[i - 1].end)] == "." && ExtractionWords.domainEndings.contains(word(i))
    }

    /// Whether a part's words hold a digit ("LC500", "RAV4", "A1").
    func holdsDigit(_ part: (Int, Int)) -> Bool {
        scalars[Int(words[part.0].start)..<Int(words[part.1 - 1].end)].contains(where: CharacterClass.isDigit)
    }

    /// A hyphen compound of known people ("Kim-Putin") names each of them; otherwise nobody.
    mutating func commitCompound(_ cand: CandidateSpan, _ people: inout People, _ singles: [String: Int]) {
        var pieces = [(draft: Int, word: Int)]()
        for w in cand.from..<cand.to {
            let pieceKey = key(w, w + 1)
            switch people.owner(ofPart: pieceKey) {
            case .one(let p): pieces.append((personDraft(p, &people), w))
            case .several: pieces.append((draftIndex(name: cleanName(w, w + 1), kind: .person, linked: nil), w))
            case .nobody:
                guard let d = singles[pieceKey] else { return }
                pieces.append((d, w))
            }
        }
        for piece in pieces { appendSpan(piece.draft, piece.word, piece.word + 1, .compound) }
    }

    // MARK: - Acronyms defined in the text

    /// Acronyms defined in parentheses right after a mention ("… of America (KEI)"), and their later uses. A
    /// definition that the initials of a body's name spell wins over the gazetteer's body of that acronym: "the
    /// Centre for Disease Control (CDC)" is not the Centers for Disease Control and Prevention, "SYDNEY (AFP)" no
    /// definition at all.
    mutating func acronyms() {
        var defined = [(Int32, Int)]()  // form, draft (the first definition of a form wins)
        var seen = Set<Int32>()
        var overriding = Set<Int32>()
        for (d, draft) in drafts.enumerated() {
            for span in draft.spans {
                let a = span.to
                guard a < n, wordState[a].gap == .open, wordState[a].allCaps else { continue }
                let spelt = draft.kind == .organisation && gazetteerAcronymDraft(at: a) != nil
                    && Self.initialisms(of: draft.name).contains(article.text(from: Int(words[a].start), to: Int(words[a].end)))
                guard wordState[a].owner == .free || spelt else { continue }
                var k = Int(words[a].end)
                while k < scalars.count, CharacterClass.isInlineSpace(scalars[k]) { k += 1 }
                guard k < scalars.count, scalars[k] == ")" else { continue }
                if seen.insert(words[a].form).inserted {
                    defined.append((words[a].form, d))
                    if spelt { overriding.insert(words[a].form) }
                }
            }
        }
        for (form, d) in defined {
            for p in article.index.postings[Int(form)] {
                let i = Int(p)
                guard wordState[i].allCaps else { continue }
                if overriding.contains(form), let g = gazetteerAcronymDraft(at: i) {
                    drafts[g].spans.removeAll { $0.from == i }
                    wordState[i].owner = .free
                }
                if wordState[i].owner == .free { appendSpan(d, i, i + 1, .acronym) }
            }
        }
    }

    /// The draft whose gazetteer mention is word `i` alone (an acronym such as "CDC"), if any.
    func gazetteerAcronymDraft(at i: Int) -> Int? {
        guard case .draft(let g) = wordState[i].owner else { return nil }
        return drafts[g].spans.contains { span in
            if case .gazetteer = span.rule { span.from == i && span.to == i + 1 } else { false }
        } ? g : nil
    }
}
