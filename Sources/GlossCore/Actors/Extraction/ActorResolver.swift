/// Stage 4, resolution: candidates become people (full names with person evidence, short forms, Mr/Mrs by
/// gender), context kinds, lone places, compounds and governments; then the acronyms the text defines.
extension ActorExtractor {
    /// A person the text names in full: the name as first written, its folded parts, a state from context.
    struct FullName {
        let name: String
        /// The folded parts without lower-case particles or a generational suffix ("Jr"): first, middles, last.
        let keys: [String]
        /// The folded generational suffix ("jr", "iii"), which tells a father from his son of the same name.
        var suffix: String? = nil
        var linked: String?

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

    /// The keys of the particles and surnames that full names write with lower-case particles ("bin laden"
    /// from "Osama bin Laden", "van der berg"), for the same surname written with a capital ("Bin Laden").
    mutating func particleSurnames(_ candidates: [CandidateSpan]) -> Set<String> {
        var out = Set<String>()
        for cand in candidates where cand.parts.count >= 3 {
            for (q, part) in cand.parts.enumerated().dropFirst() where has(part.0, .particle) && !wordState[part.0].cap {
                guard let last = cand.parts[q...].first(where: { !has($0.0, .particle) }) else { continue }
                out.insert(key(part.0, last.1))
            }
        }
        return out
    }

    /// Where the mention of person `p`'s short form at words `from..<to` starts: at the lower-case
    /// particles before it when the person's full name has them there ("bin Laden" of "Osama bin Laden").
    mutating func particleStart(_ from: Int, _ to: Int, of name: String) -> Int {
        var start = from
        while start > 0, start > from - 2, wordState[start - 1].owner == .free, has(start - 1, .particle),
              wordState[start].gap == .space { start -= 1 }
        while start < from {
            if (" " + NameKey.key(name)).hasSuffix(" " + key(start, to)) { return start }
            start += 1
        }
        return from
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
            // "Bin Laden" for "Osama bin Laden": a capitalised particle and a surname are the surname's short form.
            if particleSurnames.contains(runKey) { readings[c] = .particleShortForm; continue }
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
                people.names.append(FullName(name: cleanName(cand.from, cand.to), keys: keys, suffix: suffix, linked: cand.linked))
            }
        }
        readSharedSurnames(candidates, &readings, &people)
        return readings
    }

    /// "John and Jane Doe", "Bill and Hillary Clinton": a first name joined by "and" to a full name has its
    /// surname, so it is a person of their own ("John Doe") and never the one named in full.
    mutating func readSharedSurnames(_ candidates: [CandidateSpan], _ readings: inout [FullNameReading], _ people: inout People) {
        var ends = Set<String>()
        for name in people.names where name.keys.count >= 2 { ends.insert(name.keys[0]); ends.insert(name.keys[name.keys.count - 1]) }
        for c in candidates.indices.dropLast() {
            let cand = candidates[c], next = candidates[c + 1]
            guard cand.parts.count == 1, cand.to - cand.from == 1, !cand.titled, next.from == cand.to + 1, next.parts.count >= 2,
                  case .person(let q) = readings[c + 1], word(cand.to) == "and", wordState[cand.to].gap == .space,
                  wordState[next.from].gap == .space, PersonNames.isFirstName(key: key(cand.from, cand.to)),
                  PersonNames.isFirstName(key: partKey(next.parts[0])), let surname = people.names[q].keys.last else { continue }
            // "Carter and Jane Doe" beside Jimmy Carter: the first word is a name of someone else.
            let first = key(cand.from, cand.to)
            if ends.contains(first) { continue }
            let keys = [first, surname]
            let joined = keys.joined(separator: " ")
            if let p = people.byKeys[joined] { readings[c] = .sharedSurname(p); continue }
            let last = next.parts[next.parts.count - 1]
            people.byKeys[joined] = people.names.count
            readings[c] = .sharedSurname(people.names.count)
            people.names.append(FullName(name: cleanName(cand.from, cand.to) + " " + cleanName(last.0, last.1), keys: keys, linked: cand.linked))
            ends.insert(first)
            ends.insert(surname)
        }
    }

    /// A shorter full name that may abbreviate longer ones (see `abbreviates`) is the one they all lead
    /// to; when they lead to two people ("George Bush" beside "George W. Bush" and "George H. W. Bush"),
    /// it is left alone. Then the first and last parts of the others become short forms.
    func linkShorterNames(_ people: inout People) {
        let names = people.names
        let longer: [[Int]] = names.indices.map { a in names.indices.filter { $0 != a && Self.abbreviates(names[a], names[$0]) } }
        // The longest name a name leads to through names that each abbreviate only one.
        func root(_ b: Int, _ depth: Int) -> Int { longer[b].count == 1 && depth < 8 ? root(longer[b][0], depth + 1) : b }
        people.redirect = Array(0..<names.count)
        for a in names.indices where !longer[a].isEmpty {
            let roots = Set(longer[a].map { root($0, 0) })
            if roots.count == 1, let r = roots.first { people.redirect[a] = r }
        }
        for (p, person) in people.names.enumerated() where people.redirect[p] == p {
            let countable = person.keys.filter { $0.unicodeScalars.count > 1 }
            for k in Set([countable.first, countable.last].compactMap { $0 }) { people.byPart[k, default: []].append(p) }
        }
    }

    /// Whether full name `a` may be a shorter writing of `b`: its parts end `b` ("Rodriguez Saa", "Adolfo
    /// Rodriguez Saa"); or it is `b`'s first and last parts without the middle ones ("George Bush", "George
    /// W. Bush"), or with an initial for the first name ("J. Corvell" for "John Corvell") — a name with middle parts of its own is someone else's unless they are the same, as a father's
    /// "George H. W. Bush" and his son's "George W. Bush" are two men. A suffix ("Jr") may be left out or added
    /// beside middle parts ("Patrick Carlineo Jr." and "Patrick W. Carlineo"), but the same name with and
    /// without it may be a father and his son ("Hank Williams", "Hank Williams Jr."), and a different suffix
    /// ("Sr" and "Jr") is always someone else.
    static func abbreviates(_ a: FullName, _ b: FullName) -> Bool {
        guard a.suffixFits(b) else { return false }
        // "J. Corvell" for "John Corvell": an initial for the first name.
        if a.keys.count == 2, b.keys.count >= 2, a.keys[0].count == 1, b.keys[0].count > 1, b.keys[0].hasPrefix(a.keys[0]),
           a.keys[1] == b.keys[b.keys.count - 1] { return true }
        guard b.keys.count > a.keys.count else { return false }
        if a.keys.count >= 2 && Array(b.keys.suffix(a.keys.count)) == a.keys { return true }
        return a.keys.count == 2 && a.keys.first == b.keys.first && a.keys.last == b.keys.last
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

    /// "Bin Laden": the short form of the one person whose surname it is, or a shared surname left alone.
    mutating func commitParticleShortForm(_ cand: CandidateSpan, _ people: inout People) {
        let surname = partKey(cand.parts[cand.parts.count - 1])
        switch people.owner(ofPart: surname) {
        case .one(let p): appendSpan(personDraft(p, &people), cand.from, cand.to, .shortForm)
        case .several: appendSpan(draftIndex(name: cleanName(cand.from, cand.to), kind: .person, linked: nil), cand.from, cand.to, .ambiguousShortForm)
        case .nobody: appendSpan(draftIndex(name: cleanName(cand.from, cand.to), kind: .person, linked: cand.linked), cand.from, cand.to, .fullName(.elsewhere))
        }
    }

    /// The people a single name `k` can stand for after the title `title`: a title such as "Mr", "Dr" or
    /// "President" comes before a surname, so it picks the people with that last part ("Mr Howard" is John
    /// Howard, never Howard Dean), or with that first part when the name is written surname first ("President
    /// Xi" of Xi Jinping: its last part is no known surname); "Sir", "King", "Queen" come before a given name.
    /// With `suffix` ("Hale Sr."), only the people whose full name has it.
    func owners(ofPart k: String, title: String?, suffix: String? = nil, _ people: People) -> [Int] {
        var all = people.owners(ofPart: k)
        if all.count > 1 { all = Array(Set(all)).sorted() }
        if let suffix { all = all.filter { people.names[$0].suffix == suffix } }
        guard let title, !Self.givenNameTitles.contains(title) else { return all }
        return all.filter { p in
            let parts = people.names[p].keys.filter { $0.unicodeScalars.count > 1 }
            return parts.last == k || parts.first == k && !PersonNames.isSurname(key: parts.last ?? "")
        }
    }

    /// `owners(ofPart:title:)` as an owner.
    func owner(ofPart k: String, title: String?, suffix: String? = nil, _ people: People) -> PartOwner {
        let list = owners(ofPart: k, title: title, suffix: suffix, people)
        return list.isEmpty ? .nobody : list.count == 1 ? .one(list[0]) : .several
    }

    /// Titles that come before a given name ("Sir Elton", "Queen Elizabeth", "Sheikh Mohammed"), folded.
    static let givenNameTitles: Set<String> = [
        "sir", "dame", "lady", "king", "queen", "prince", "princess", "pope", "saint", "st", "sheikh", "sheik", "emir",
        "sultan", "father", "sister", "brother", "mother", "uncle", "aunt", "crown prince",
    ]

    /// Single names introduced by a title ("Mr Boje") become people of their own when no full name owns them;
    /// a name the text gives both a man's and a woman's title ("Mr Boje", "Mrs Boje") is two people, the
    /// man and the woman (keyed "boje|male", "boje|female"), and its other uses are not guessed.
    mutating func titledSingles(_ candidates: [CandidateSpan], _ people: People) -> [String: Int] {
        var genders = [String: Set<PersonGender>]()
        var titled = [(CandidateSpan, String)]()
        for cand in candidates where cand.countable < 2 && cand.titled {
            let k = key(cand.from, cand.to)
            guard case .nobody = owner(ofPart: k, title: cand.title, people) else { continue }
            titled.append((cand, k))
            if let g = cand.title.flatMap({ PersonNames.gender(ofTitle: $0) }) { genders[k, default: []].insert(g) }
        }
        var singles = [String: Int]()
        for (cand, k) in titled {
            if genders[k]?.count == 2 {
                guard let g = cand.title.flatMap({ PersonNames.gender(ofTitle: $0) }), singles[Self.singleKey(k, g)] == nil else { continue }
                singles[Self.singleKey(k, g)] = draftIndex(name: cleanName(cand.from - 1, cand.to), kind: .person, linked: cand.linked)
            } else if singles[k] == nil {
                singles[k] = draftIndex(name: cleanName(cand.from, cand.to), kind: .person, linked: cand.linked)
            }
        }
        return singles
    }

    /// The key of the man's or the woman's single name when the text has both ("boje|female").
    static func singleKey(_ k: String, _ gender: PersonGender) -> String { k + "|" + gender.rawValue }

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
    /// every person named X is someone else (his wife, her father) when the text speaks of a family at all or
    /// gives X the titles of both genders ("Mrs X" is Mary X, so "Mr X" is not; of a person whose first name
    /// says no gender, the title given first is theirs), else the same person, whose first name the table took for the other gender's ("Mr Strachan" for a man
    /// named Shirley). Returns the owner, or nil when the title does not decide.
    func ownerByGender(_ cand: CandidateSpan, _ k: String, suffix: String?, _ people: People, _ uses: NameUses) -> GenderedOwner? {
        guard let gender = cand.title.flatMap({ PersonNames.gender(ofTitle: $0) }) else { return nil }
        let owners = owners(ofPart: k, title: cand.title, suffix: suffix, people)
        let genders = owners.map { PersonNames.gender(ofFirstName: people.names[$0].keys[0]) }
        let fitting = Set(zip(owners, genders).filter { $0.1 == gender }.map(\.0))
        let opposite = genders.filter { $0.map { $0 != gender } ?? false }
        if fitting.count == 1, !genders.contains(nil) { return .person(fitting.first!) }
        // One person whose first name says no gender ("Khalid Rahman") and both titles: the title the text
        // gives the name first is that person's, and the other is the spouse's.
        if owners.count == 1, genders[0] == nil, uses.titleGenders[k]?.count == 2, let first = uses.firstTitleGender[k] {
            return gender == first ? .person(owners[0]) : .someoneElse
        }
        if fitting.isEmpty, !opposite.isEmpty, opposite.count == owners.count, speaksOfKin() || uses.titleGenders[k]?.count == 2 {
            return .someoneElse
        }
        return nil
    }

    /// Whether the text uses a word for a relative or a couple ("wife", "son", "married").
    func speaksOfKin() -> Bool {
        Self.kinWords.contains { article.index.ids[$0] != nil }
    }

    /// Words for relatives and couples, in lower case: a text using none has no spouse or parent to name.
    static let kinWords = [
        "wife", "wives", "husband", "husbands", "widow", "widower", "spouse", "married", "marriage",
        "son", "sons", "daughter", "daughters", "father", "mother", "parents", "brother", "brothers", "sister",
        "sisters", "sibling", "siblings", "family", "grandson", "granddaughter", "grandfather", "grandmother",
        "uncle", "aunt", "nephew", "niece", "cousin", "fiance", "fiancee", "girlfriend", "boyfriend",
    ]

    /// What a gendered title decides about a shared surname.
    enum GenderedOwner {
        /// The one person of the title's gender.
        case person(Int)
        /// Nobody of that gender: a person of their own.
        case someoneElse
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
        var byGender = false
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
        if case .one = owner, !cand.titled, suffix == nil, commitPlaceOrBodyOfTheSameName(cand, k, openers) { return }
        switch owner {
        case .one(let p):
            let gendered = byGender && owners(ofPart: k, title: nil, people).count > 1
            let from = cand.titled ? cand.from : particleStart(cand.from, cand.to, of: people.names[people.redirect[p]].name)
            appendSpan(personDraft(p, &people), from, cand.to, gendered ? .genderedTitle(form: words[cand.from - 1].form) : .shortForm)
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

    /// Word `to` follows a comma and is a known place or state ("Lincoln, Nebraska").
    func isBeforeItsRegion(_ to: Int) -> Bool {
        guard to < n, wordState[to].gap == .comma, wordState[to].cap else { return false }
        if let entry = wordState[to].entry { return Gazetteer.index.entries[Int(entry)].kind != .organisation }
        return draft(at: to)?.kind == .place
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
