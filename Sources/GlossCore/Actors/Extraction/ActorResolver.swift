/// Stage 4, resolution: candidates become people (full names with person evidence, short forms, Mr/Mrs by
/// gender), context kinds, lone places, compounds and governments; then the acronyms the text defines.
extension ActorExtractor {
    /// A person the text names in full: the name as first written, its folded parts, a state from context.
    struct FullName {
        let name: String
        let keys: [String]
        var linked: String?
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
        var contextByKey: [String: (kind: ActorKind, reason: String)?] = [:]
        var personEvidenceByKey: [String: Bool] = [:]
        var bodyRoleByKey: [String: String?] = [:]
        var placeNounByKey: [String: String?] = [:]
    }

    /// What a candidate of two or more parts turned out to be.
    enum FullNameReading {
        /// Not an actor, or left to the short-name step.
        case none
        /// A person named in full (an index into `People.names`).
        case person(Int)
        /// A mention of another draft: a company's short name, or a kind from context.
        case mention(draft: Int, rule: MentionRule)
    }

    /// Gives each candidate span to an actor: a person, a kind from context, a place, a compound or a government.
    mutating func resolve(_ candidates: [CandidateSpan]) {
        let companies = companyShortNames()
        var uses = nameUses(candidates)
        var people = People()
        let readings = readFullNames(candidates, companies: companies, uses: &uses, people: &people)
        linkShorterNames(&people)
        commitFullNames(candidates, readings, &people)
        let singles = titledSingles(candidates, people)
        for cand in candidates {
            resolveShortName(cand, companies: companies, uses: &uses, people: &people, singles: singles)
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

    /// The uses of every candidate name, for the context rules and the person evidence.
    mutating func nameUses(_ candidates: [CandidateSpan]) -> NameUses {
        var uses = NameUses()
        for cand in candidates {
            let k = key(cand.from, cand.to)
            if cand.titled { uses.titled.insert(k) } else { uses.spans[k, default: []].append((cand.from, cand.to)) }
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

    /// Person evidence for a full name without a title or a known first name: a title on it or on its
    /// last part elsewhere ("Mr Boje"), its last part used alone, a census surname, or a person's context ("X said").
    mutating func hasPersonEvidence(_ cand: CandidateSpan, _ runKey: String, _ uses: inout NameUses) -> Bool {
        if let known = uses.personEvidenceByKey[runKey] { return known }
        let last = partKey(cand.parts[cand.parts.count - 1])
        let found = uses.titled.contains(runKey) || uses.titled.contains(last) || uses.spans[last] != nil
            || cand.parts.count == 2 && PersonNames.isSurname(key: last)
            || (uses.spans[runKey] ?? []).contains { personContext($0.0, $0.1) != nil }
        uses.personEvidenceByKey[runKey] = found
        return found
    }

    /// Reads each candidate of two or more parts as a company's short name, a kind from context, or a
    /// person named in full (who joins `people`); without person evidence it is no actor.
    mutating func readFullNames(_ candidates: [CandidateSpan], companies: [String: Int], uses: inout NameUses,
                                people: inout People) -> [FullNameReading] {
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
                // No person evidence: not a person ("Foreign Affairs", "Atlas V"), and no actor.
                if !hasPersonEvidence(cand, runKey, &uses) { continue }
            }
            var keys = [String]()
            for part in cand.parts where !has(part.0, .particle) || wordState[part.0].cap { keys.append(partKey(part)) }
            let joined = keys.joined(separator: " ")
            if let p = people.byKeys[joined] {
                readings[c] = .person(p)
                if people.names[p].linked == nil { people.names[p].linked = cand.linked }
            } else {
                people.byKeys[joined] = people.names.count
                readings[c] = .person(people.names.count)
                people.names.append(FullName(name: cleanName(cand.from, cand.to), keys: keys, linked: cand.linked))
            }
        }
        return readings
    }

    /// A shorter full name whose parts end, or are a subsequence with the same ends of, exactly one longer
    /// name is that name; then the first and last parts of the others become short forms.
    func linkShorterNames(_ people: inout People) {
        people.redirect = Array(0..<people.names.count)
        for (a, pa) in people.names.enumerated() {
            var target: Int?, count = 0
            for (b, pb) in people.names.enumerated() where b != a && pb.keys.count > pa.keys.count {
                // "Rodriguez Saa" (or "Mr Rodriguez Saa") is the end of "Adolfo Rodriguez Saa".
                let suffix = pa.keys.count >= 2 && Array(pb.keys.suffix(pa.keys.count)) == pa.keys
                if suffix || pa.keys.first == pb.keys.first && pa.keys.last == pb.keys.last && Self.isSubsequence(pa.keys, of: pb.keys) {
                    target = b
                    count += 1
                }
            }
            if count == 1, let target { people.redirect[a] = target }
        }
        for (p, person) in people.names.enumerated() where people.redirect[p] == p {
            let countable = person.keys.filter { $0.unicodeScalars.count > 1 }
            for k in Set([countable.first, countable.last].compactMap { $0 }) { people.byPart[k, default: []].append(p) }
        }
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
            guard case .person(let p) = readings[c] else { continue }
            let evidence: MentionRule.PersonEvidence = cand.titled ? .title(words[cand.from - 1].form)
                : PersonNames.isFirstName(key: partKey(cand.parts[0])) ? .firstName : .elsewhere
            appendSpan(personDraft(p, &people), cand.from, cand.to, .fullName(evidence))
        }
    }

    /// Single names introduced by a title ("Mr Boje") become people of their own when no full name owns them.
    mutating func titledSingles(_ candidates: [CandidateSpan], _ people: People) -> [String: Int] {
        var singles = [String: Int]()
        for cand in candidates where cand.countable < 2 && cand.titled {
            let k = key(cand.from, cand.to)
            if case .nobody = people.owner(ofPart: k), singles[k] == nil {
                singles[k] = draftIndex(name: cleanName(cand.from, cand.to), kind: .person, linked: cand.linked)
            }
        }
        return singles
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

    /// "Mr X" and "Mrs X" go to the man and the woman the text introduced; a title of the other gender than
    /// every person named X is someone else (his wife, her father). Returns the owner, or nil when the
    /// title does not decide.
    func ownerByGender(_ cand: CandidateSpan, _ k: String, _ people: People) -> GenderedOwner? {
        guard let gender = cand.title.flatMap({ PersonNames.gender(ofTitle: $0) }) else { return nil }
        let owners = people.owners(ofPart: k)
        let genders = owners.map { PersonNames.gender(ofFirstName: people.names[$0].keys[0]) }
        let fitting = Set(zip(owners, genders).filter { $0.1 == gender }.map(\.0))
        let opposite = genders.filter { $0.map { $0 != gender } ?? false }
        if fitting.count == 1, !genders.contains(nil) { return .person(fitting.first!) }
        if fitting.isEmpty, !opposite.isEmpty, opposite.count == owners.count { return .someoneElse }
        return nil
    }

    /// What a gendered title decides about a shared surname.
    enum GenderedOwner {
        /// The one person of the title's gender.
        case person(Int)
        /// Nobody of that gender: a person of their own.
        case someoneElse
    }

    /// A candidate of one part (or a government, or a hyphen compound): a short form of a full name, a
    /// company's short name, a titled single, a known place, a kind from context, or a compound of people.
    mutating func resolveShortName(_ cand: CandidateSpan, companies: [String: Int], uses: inout NameUses,
                                   people: inout People, singles: [String: Int]) {
        if let g = cand.government { commitGovernment(cand, g, people); return }
        guard cand.countable < 2 else { return }
        let k = key(cand.from, cand.to)
        if let d = companies[k] { appendSpan(d, cand.from, cand.to, .companyShortName); return }
        // "Edmunds.com": a name written as a web domain is a company, the domain included.
        if cand.to - cand.from == 1, !cand.titled, isDomainSuffix(cand.to) {
            addMention(name: cleanName(cand.from, cand.to + 1), kind: .organisation, linked: nil, from: cand.from, to: cand.to + 1,
                       rule: .context("written as a web domain (X.com)"))
            return
        }
        var owner = people.owner(ofPart: k)
        switch ownerByGender(cand, k, people) {
        case .person(let p)?: owner = .one(p)
        case .someoneElse?:
            appendSpan(draftIndex(name: cleanName(cand.from - 1, cand.to), kind: .person, linked: cand.linked), cand.from, cand.to,
                       .otherGenderTitle(form: words[cand.from - 1].form))
            return
        case nil: break
        }
        switch owner {
        case .one(let p):
            let gendered = cand.title.flatMap { PersonNames.gender(ofTitle: $0) } != nil && people.byPart[k]?.count ?? 0 > 1
            appendSpan(personDraft(p, &people), cand.from, cand.to, gendered ? .genderedTitle(form: words[cand.from - 1].form) : .shortForm)
        case .several:
            appendSpan(draftIndex(name: cleanName(cand.from, cand.to), kind: .person, linked: nil), cand.from, cand.to, .ambiguousShortForm)
        case .nobody:
            if let d = singles[k] {
                appendSpan(d, cand.from, cand.to, cand.titled ? .title(form: words[cand.from - 1].form) : .titledElsewhere)
            } else if cand.to - cand.from == 1, !initialOpener(cand.from), !wordState[cand.from].allCaps, let state = PlaceNames.state(forKey: k) {
                // A town's name used for a team or a company ("Chelsea boss", "Apple founder").
                if !cand.titled, let reason = bodyRole(k, &uses) {
                    addMention(name: cleanName(cand.from, cand.to), kind: .organisation, linked: nil, from: cand.from, to: cand.to, rule: .context(reason))
                    return
                }
                addMention(name: cleanName(cand.from, cand.to), kind: .place, linked: state, from: cand.from, to: cand.to, rule: .placeTable)
            } else if cand.to - cand.from == 1, !cand.titled, let (kind, reason) = context(k, &uses) {
                addMention(name: cleanName(cand.from, cand.to), kind: kind, linked: nil, from: cand.from, to: cand.to, rule: .context(reason))
            } else if cand.parts.count == 1, cand.to - cand.from > 1 {
                commitCompound(cand, &people, singles)
            }
        }
    }

    /// Word i is a domain ending right after a full stop with no space ("Edmunds.com", "Booking.com").
    func isDomainSuffix(_ i: Int) -> Bool {
        i < n && !wordState[i].cap && wordState[i].owner == .free && words[i].start - words[i - 1].end == 1
            && scalars[Int(words[i - 1].end)] == "." && ExtractionWords.domainEndings.contains(word(i))
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

    /// Whether `a` is a subsequence of `b` (in order, gaps allowed).
    static func isSubsequence(_ a: [String], of b: [String]) -> Bool {
        var j = 0
        for x in a {
            while j < b.count && b[j] != x { j += 1 }
            if j == b.count { return false }
            j += 1
        }
        return true
    }

    // MARK: - Acronyms defined in the text

    /// Acronyms defined in parentheses right after a mention ("… of America (KEI)"), and their later uses.
    mutating func acronyms() {
        var defined = [(Int32, Int)]()  // form, draft (the first definition of a form wins)
        var seen = Set<Int32>()
        for (d, draft) in drafts.enumerated() {
            for span in draft.spans {
                let a = span.to
                guard a < n, wordState[a].gap == .open, wordState[a].allCaps, wordState[a].owner == .free else { continue }
                var k = Int(words[a].end)
                while k < scalars.count, CharacterClass.isInlineSpace(scalars[k]) { k += 1 }
                guard k < scalars.count, scalars[k] == ")" else { continue }
                if seen.insert(words[a].form).inserted { defined.append((words[a].form, d)) }
            }
        }
        for (form, d) in defined {
            for p in article.index.postings[Int(form)] {
                let i = Int(p)
                if wordState[i].owner == .free && wordState[i].allCaps { appendSpan(d, i, i + 1, .acronym) }
            }
        }
    }
}
