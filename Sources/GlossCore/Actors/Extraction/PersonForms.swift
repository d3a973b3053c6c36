/// Stage 4, people: which person a shorter form or a title stands for, and when people sharing a name stay
/// two — a shorter full name and the longer one it abbreviates, a surname with its particle or its suffix,
/// "Mr X" and "Mrs X" by gender, "John and Jane Doe", titled singles of their own.
extension ActorExtractor {
    /// The keys of the particles and surnames that full names write with particles after the first name ("bin
    /// laden" from "Osama bin Laden", "van der berg", "de niro" from "Robert De Niro"), for the surname written
    /// with its particle alone ("Bin Laden", "De Niro").
    mutating func particleSurnames(_ candidates: [CandidateSpan]) -> Set<String> {
        var out = Set<String>()
        for cand in candidates where cand.parts.count >= 3 {
            for (q, part) in cand.parts.enumerated().dropFirst() where has(part.0, .particle) {
                guard let last = cand.parts[q...].first(where: { !has($0.0, .particle) }) else { continue }
                out.insert(key(part.0, last.1))
            }
        }
        return out
    }

    /// Where the mention of a short form at words `from..<to` of the person named `name` starts: at the
    /// particles before it when the full name has them there ("bin Laden" of "Osama bin Laden").
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
            people.names.append(FullName(name: cleanName(cand.from, cand.to) + " " + cleanName(last.0, last.1), keys: keys, linked: cand.linked,
                                         from: cand.from))
            ends.insert(first)
            ends.insert(surname)
        }
    }

    /// A shorter full name that may abbreviate longer ones (see `abbreviates`) is the one they all lead
    /// to; when they lead to two people ("George Bush" beside "George W. Bush" and "George H. W. Bush"),
    /// it is left alone. Then the first and last parts of the others become short forms.
    func linkShorterNames(_ people: inout People) {
        let names = people.names
        // A clipped first name is the longer one only in a text about no family, where two of a surname are not kin.
        let clipped = !speaksOfKin()
        let longer: [[Int]] = names.indices.map { a in
            names.indices.filter { $0 != a && Self.abbreviates(names[a], names[$0], clippedFirstNames: clipped) }
        }
        // The longest name a name leads to through names that each abbreviate only one.
        func root(_ b: Int, _ depth: Int) -> Int { longer[b].count == 1 && depth < 8 ? root(longer[b][0], depth + 1) : b }
        people.redirect = Array(0..<names.count)
        for a in names.indices where !longer[a].isEmpty {
            let roots = Set(longer[a].map { root($0, 0) })
            if roots.count == 1, let r = roots.first { people.redirect[a] = r }
        }
        people.introduced = names.map(\.from)
        for a in names.indices { people.introduced[people.redirect[a]] = min(people.introduced[people.redirect[a]], names[a].from) }
        var lasts = Set<String>()
        for (p, person) in people.names.enumerated() where people.redirect[p] == p && person.keys.count >= 2 {
            if let last = person.keys.last { lasts.insert(last) }
        }
        for (p, person) in people.names.enumerated() where people.redirect[p] == p {
            let countable = person.keys.filter { $0.unicodeScalars.count > 1 }
            var parts = Set([countable.first, countable.last].compactMap { $0 })
            if let first = countable.first, countable.count >= 2, Self.opensWithAnotherSurname(first, lasts) { parts.remove(first) }
            for k in parts { people.byPart[k, default: []].append(p) }
        }
    }

    /// Whether a full name's first part `first` is another person's surname rather than its own given name: the
    /// last part of another full name (`lasts`), and neither a known first name nor a census surname (so no name
    /// written surname first, as "Kim Jong-un" or "Wang Yi" are). "Obama" beside Barack Obama and a run "Obama Ad"
    /// is the man's surname, not the first part of a second person.
    static func opensWithAnotherSurname(_ first: String, _ lasts: Set<String>) -> Bool {
        lasts.contains(first) && !PersonNames.isFirstName(key: first) && !PersonNames.isSurname(key: first)
    }

    /// Whether full name `a` may be a shorter writing of `b`: its parts end `b` ("Rodriguez Saa", "Adolfo
    /// Rodriguez Saa"); or it is `b`'s first and last parts without the middle ones ("George Bush", "George W.
    /// Bush"), or with an initial for the first name ("J. Corvell" for "John Corvell") — a name with middle parts
    /// of its own is someone else's unless they are the same, as a father's "George H. W. Bush" and his son's
    /// "George W. Bush" are two men. A suffix ("Jr") may be left out or added beside middle parts ("Patrick
    /// Carlineo Jr." and "Patrick W. Carlineo"), but the same name with and without it may be a father and his
    /// son ("Hank Williams", "Hank Williams Jr."), and a different suffix ("Sr" and "Jr") is always someone else.
    /// With `clippedFirstNames`, also a clipped first name (`clipsFirstName`).
    static func abbreviates(_ a: FullName, _ b: FullName, clippedFirstNames: Bool = false) -> Bool {
        if clippedFirstNames, clipsFirstName(a, b) { return true }
        guard a.suffixFits(b) else { return false }
        // "J. Corvell" for "John Corvell": an initial for the first name.
        if a.keys.count == 2, b.keys.count >= 2, a.keys[0].count == 1, b.keys[0].count > 1, b.keys[0].hasPrefix(a.keys[0]),
           a.keys[1] == b.keys[b.keys.count - 1] { return true }
        guard b.keys.count > a.keys.count else { return false }
        if a.keys.count >= 2 && Array(b.keys.suffix(a.keys.count)) == a.keys { return true }
        return a.keys.count == 2 && a.keys.first == b.keys.first && a.keys.last == b.keys.last
    }

    /// Whether `a` is `b` with a clipped first name ("Pat Carlineo" for "Patrick W. Carlineo"): a first name of three
    /// letters or more that opens `b`'s, two letters or more shorter ("Joe" and "Joel" are two names), the same
    /// last part, and no two genders ("Chris" and "Christina" may be brother and sister).
    static func clipsFirstName(_ a: FullName, _ b: FullName) -> Bool {
        guard a.suffixFits(b), a.keys.count == 2, b.keys.count >= 2, a.keys[0].count >= 3, b.keys[0].count >= a.keys[0].count + 2,
              b.keys[0].hasPrefix(a.keys[0]), a.keys[1] == b.keys[b.keys.count - 1] else { return false }
        let genders = [a.keys[0], b.keys[0]].map { PersonNames.gender(ofFirstName: $0) }
        return genders[0] == nil || genders[1] == nil || genders[0] == genders[1]
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

    /// "Hori Parata … Parata, 75, … his son, Te Kaurinui Robert Parata": a name part two people share, used before the
    /// text names the second of them in full, is the one person named before it (never one named only later); after
    /// both it is left to the title's gender or not guessed. A gendered title never goes to a first name of the other gender.
    func ownerNamedBefore(_ cand: CandidateSpan, _ k: String, suffix: String?, _ people: People) -> Int? {
        let earlier = owners(ofPart: k, title: cand.title, suffix: suffix, people).filter { people.introduced[$0] < cand.from }
        guard earlier.count == 1, let p = earlier.first else { return nil }
        if let title = cand.title.flatMap({ PersonNames.gender(ofTitle: $0) }),
           let first = PersonNames.gender(ofFirstName: people.names[p].keys[0]), first != title { return nil }
        return p
    }

    /// `owners(ofPart:title:)` as an owner.
    func owner(ofPart k: String, title: String?, suffix: String? = nil, _ people: People) -> PartOwner {
        let list = owners(ofPart: k, title: title, suffix: suffix, people)
        return list.isEmpty ? .nobody : list.count == 1 ? .one(list[0]) : .several
    }

    /// Titles that come before a given name ("Sir Elton", "Queen Elizabeth", "Sheikh Mohammed"), folded.
    static let givenNameTitles: Set<String> = [
        "sir", "dame", "lady", "king", "queen", "prince", "princess", "pope", "saint", "st", "sheikh", "sheik", "emir",
        "sultan", "father", "sister", "brother", "mother", "uncle", "aunt",
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

    /// "Mr X" and "Mrs X" go to the man and the woman the text introduced; a title of the other gender than every
    /// person named X is someone else (his wife, her father) when the text speaks of a family at all or gives X
    /// the titles of both genders ("Mrs X" is Mary X, so "Mr X" is not; of a person whose first name says no
    /// gender, the title given first is theirs), else the same person, whose first name the table took for the
    /// other gender's ("Mr Strachan" for a man named Shirley). Returns the owner, or nil when the title does not
    /// decide.
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
}
