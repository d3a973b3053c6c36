/// Stage 4, resolution: candidates become people (full names with person evidence, short forms, Mr/Mrs by
/// gender), context kinds, lone places, compounds and governments; then the acronyms the text defines.
extension ActorExtractor {

    /// Gives each candidate span to an actor: a person, a kind from context, a place, a compound or a government.
    mutating func resolve(_ candidates: [CandidateSpan]) {
        // Companies are also named without their legal suffix ("Acme Robotics Inc" → "Acme Robotics").
        var companyByKey = [String: Int]()
        for (d, draft) in drafts.enumerated() where draft.kind == .organisation {
            let k = NameKey.key(draft.name)
            for suffix in ExtractionWords.droppableLegalForms where k.hasSuffix(suffix) {
                companyByKey[String(k.dropLast(suffix.count))] = d
            }
        }
        // Full names (two or more parts), in text order.
        struct Person { var name: String; var keys: [String]; var linked: String? }
        var people = [Person]()
        var personByKey = [String: Int]()
        var fullOf = [Int?](repeating: nil, count: candidates.count)
        var companyOf = [(draft: Int, rule: MentionRule)?](repeating: nil, count: candidates.count)
        // Uses of each name, for the context rules.
        var usesByKey = [String: [(Int, Int)]]()
        var titledKeys = Set<String>()
        for cand in candidates {
            let k = key(cand.from, cand.to)
            if cand.titled { titledKeys.insert(k) } else { usesByKey[k, default: []].append((cand.from, cand.to)) }
        }
        /// Person evidence for a full name without a title or a known first name: a title on it or on its
        /// last part elsewhere ("Mr Boje"), its last part used alone, or a person's context ("X said").
        // Decided once per name, not once per use: a name used a million times is read a million times, not squared.
        var contextByKey = [String: (kind: ActorKind, reason: String)?]()
        func context(_ key: String) -> (kind: ActorKind, reason: String)? {
            if let known = contextByKey[key] { return known }
            let found = contextKind(of: usesByKey[key] ?? [])
            contextByKey[key] = found
            return found
        }
        var evidenceByKey = [String: Bool]()
        func personEvidence(_ cand: CandidateSpan, _ runKey: String) -> Bool {
            if let known = evidenceByKey[runKey] { return known }
            let found = personEvidenceOnce(cand, runKey)
            evidenceByKey[runKey] = found
            return found
        }
        func personEvidenceOnce(_ cand: CandidateSpan, _ runKey: String) -> Bool {
            let last = partKey(cand.parts[cand.parts.count - 1])
            if titledKeys.contains(runKey) || titledKeys.contains(last) || usesByKey[last] != nil { return true }
            if cand.parts.count == 2, PersonNames.isSurname(key: last) { return true }
            return (usesByKey[runKey] ?? []).contains { personContext($0.0, $0.1) != nil }
        }
        var contextDraft = [String: (draft: Int, rule: MentionRule)]()
        for (c, cand) in candidates.enumerated() where cand.countable >= 2 && cand.government == nil {
            if !companyByKey.isEmpty, let d = companyByKey[key(cand.from, cand.to)] { companyOf[c] = (d, .companyShortName); continue }
            // No title and no known first name: the context may say it is a place or a body ("in Alei Sinai").
            let runKey = key(cand.from, cand.to)
            if !cand.titled, !PersonNames.isFirstName(key: partKey(cand.parts[0])) {
                if let d = contextDraft[runKey] { companyOf[c] = d; continue }
                if let (kind, reason) = context(runKey) {
                    let d = (draftIndex(name: cleanName(cand.from, cand.to), kind: kind, linked: nil), MentionRule.context(reason))
                    contextDraft[runKey] = d
                    companyOf[c] = d
                    continue
                }
                // No person evidence: not a person ("Foreign Affairs", "Atlas V"), and no actor.
                if !personEvidence(cand, runKey) { continue }
            }
            var keys = [String]()
            for part in cand.parts where !has(part.0, .particle) || wordState[part.0].cap { keys.append(partKey(part)) }
            let key = keys.joined(separator: " ")
            if let p = personByKey[key] {
                fullOf[c] = p
                if people[p].linked == nil { people[p].linked = cand.linked }
            } else {
                personByKey[key] = people.count
                fullOf[c] = people.count
                people.append(Person(name: cleanName(cand.from, cand.to), keys: keys, linked: cand.linked))
            }
        }
        // A shorter full name whose parts are a subsequence of exactly one longer name is that name.
        var redirect = Array(0..<people.count)
        for (a, pa) in people.enumerated() {
            var target: Int?, count = 0
            for (b, pb) in people.enumerated() where b != a && pb.keys.count > pa.keys.count {
                // "Rodriguez Saa" (or "Mr Rodriguez Saa") is the end of "Adolfo Rodriguez Saa".
                let suffix = pa.keys.count >= 2 && Array(pb.keys.suffix(pa.keys.count)) == pa.keys
                if suffix || pa.keys.first == pb.keys.first && pa.keys.last == pb.keys.last && Self.isSubsequence(pa.keys, of: pb.keys) {
                    target = b
                    count += 1
                }
            }
            if count == 1, let target { redirect[a] = target }
        }
        // Short forms: first or last part of a full name.
        var byPart = [String: [Int]]()
        for (p, person) in people.enumerated() where redirect[p] == p {
            let countable = person.keys.filter { $0.unicodeScalars.count > 1 }
            for k in Set([countable.first, countable.last].compactMap { $0 }) { byPart[k, default: []].append(p) }
        }
        func personIndex(forPart key: String) -> (Int?, ambiguous: Bool) {
            guard let list = byPart[key] else { return (nil, false) }
            return list.count == 1 ? (list[0], false) : (nil, true)
        }
        var personDraft = [Int: Int]()
        func draftFor(_ p: Int) -> Int {
            let p = redirect[p]
            if let d = personDraft[p] { return d }
            let d = draftIndex(name: people[p].name, kind: .person, linked: people[p].linked)
            personDraft[p] = d
            return d
        }
        for (c, cand) in candidates.enumerated() { if let (d, rule) = companyOf[c] { appendSpan(d, cand.from, cand.to, rule) } }
        // Mentions of full names.
        for (c, cand) in candidates.enumerated() {
            guard let person = fullOf[c] else { continue }
            let evidence: MentionRule.PersonEvidence = cand.titled ? .title(words[cand.from - 1].form)
                : PersonNames.isFirstName(key: partKey(cand.parts[0])) ? .firstName : .elsewhere
            appendSpan(draftFor(person), cand.from, cand.to, .fullName(evidence))
        }
        // Single names introduced by a title become people of their own when no full name matches.
        var singles = [String: Int]()
        for cand in candidates where cand.countable < 2 && cand.titled {
            let key = self.key(cand.from, cand.to)
            if personIndex(forPart: key).0 == nil && !personIndex(forPart: key).ambiguous && singles[key] == nil {
                singles[key] = draftIndex(name: cleanName(cand.from, cand.to), kind: .person, linked: cand.linked)
            }
        }
        for cand in candidates {
            if let g = cand.government {
                // "<name> administration": the person's government, an organisation of its own.
                let key = self.key(cand.from, cand.to)
                var linked: String?
                if let p = personIndex(forPart: key).0 { linked = people[redirect[p]].linked }
                if let p = personByKey[key] { linked = people[redirect[p]].linked }
                let name = cleanName(cand.from, cand.to) + " " + article.index.vocabulary[Int(words[g].form)]
                appendSpan(draftIndex(name: name, kind: .organisation, linked: linked), cand.from, g + 1, .government(form: words[g].form))
                continue
            }
            guard cand.countable < 2 else { continue }
            if !companyByKey.isEmpty, let d = companyByKey[self.key(cand.from, cand.to)] { appendSpan(d, cand.from, cand.to, .companyShortName); continue }
            let key = self.key(cand.from, cand.to)
            var (p, ambiguous) = personIndex(forPart: key)
            // "Mr X" and "Mrs X" go to the man and the woman the text introduced; a title of the other
            // gender than the one person named X is someone else (his wife, her father).
            if let gender = cand.title.flatMap({ PersonNames.gender(ofTitle: $0) }) {
                let owners = (byPart[key] ?? []).map { redirect[$0] }
                let fitting = Set(owners.filter { PersonNames.gender(ofFirstName: people[$0].keys[0]) == gender })
                let opposite = owners.filter { g in PersonNames.gender(ofFirstName: people[g].keys[0]).map { $0 != gender } ?? false }
                let unknown = owners.filter { PersonNames.gender(ofFirstName: people[$0].keys[0]) == nil }
                if fitting.count == 1, unknown.isEmpty {
                    (p, ambiguous) = (fitting.first, false)
                } else if fitting.isEmpty, !opposite.isEmpty, opposite.count == owners.count {
                    let name = cleanName(cand.from - 1, cand.to)
                    appendSpan(draftIndex(name: name, kind: .person, linked: cand.linked), cand.from, cand.to,
                               .otherGenderTitle(form: words[cand.from - 1].form))
                    continue
                }
            }
            if let p {
                let rule: MentionRule = cand.title.flatMap { PersonNames.gender(ofTitle: $0) } != nil && byPart[key]?.count ?? 0 > 1
                    ? .genderedTitle(form: words[cand.from - 1].form) : .shortForm
                appendSpan(draftFor(p), cand.from, cand.to, rule)
            } else if ambiguous {
                appendSpan(draftIndex(name: cleanName(cand.from, cand.to), kind: .person, linked: nil), cand.from, cand.to, .ambiguousShortForm)
            } else if let d = singles[key] {
                appendSpan(d, cand.from, cand.to, cand.titled ? .title(form: words[cand.from - 1].form) : .titledElsewhere)
            } else if cand.to - cand.from == 1, !initialOpener(cand.from), !wordState[cand.from].allCaps, let state = PlaceNames.state(forKey: key) {
                appendSpan(draftIndex(name: cleanName(cand.from, cand.to), kind: .place, linked: state), cand.from, cand.to, .placeTable)
            } else if cand.to - cand.from == 1, !cand.titled, let (kind, reason) = context(key) {
                appendSpan(draftIndex(name: cleanName(cand.from, cand.to), kind: kind, linked: nil), cand.from, cand.to, .context(reason))
            } else if cand.parts.count == 1, cand.to - cand.from > 1 {
                // A hyphen compound of known people ("Kim-Putin") names each of them.
                var pieces = [(Int, Int)]()
                for k in cand.from..<cand.to {
                    let pieceKey = self.key(k, k + 1)
                    let (p, ambiguous) = personIndex(forPart: pieceKey)
                    if let p { pieces.append((draftFor(p), k)) }
                    else if ambiguous { pieces.append((draftIndex(name: cleanName(k, k + 1), kind: .person, linked: nil), k)) }
                    else if let d = singles[pieceKey] { pieces.append((d, k)) }
                    else { pieces = []; break }
                }
                for (d, k) in pieces { appendSpan(d, k, k + 1, .compound) }
            }
        }
    }

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
