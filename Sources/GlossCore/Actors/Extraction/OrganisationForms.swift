/// Stage 5, merging: the forms of one organisation or place that resolution gave to separate drafts
/// because nothing in their words tied them: a national prefix ("Australian Transport Safety Bureau" and
/// "Transport Safety Bureau", "U.S. Department of Energy" and "Department of Energy"), an acronym the
/// text uses without defining it ("ASIC" for "Australian Securities and Investment Commission"), a name
/// without its middle words or its head ("Woomera Centre", "Tottenham"), a name written as one word
/// ("HawaiiNewsNow").
extension ActorExtractor {
    /// Moves each later form's mentions to the draft of the organisation's full name.
    mutating func mergeOrganisationForms() {
        var byKey = [String: Int]()
        for (d, draft) in drafts.enumerated() where draft.kind == .organisation && !draft.spans.isEmpty {
            let k = NameKey.key(draft.name)
            if byKey[k] == nil { byKey[k] = d }
        }
        widenToWebDomains()
        mergeNationalPrefixes(byKey)
        mergeCompanyTails(byKey)
        mergeStateAdjectiveForms(byKey)
        mergeUndefinedAcronyms()
        mergePlacesWithoutHead()
        mergeShortenedNames()
        mergeNamesWithoutOpeningWords()
        mergeLastWordsAfterThe()
        mergeNamesAfterANamingCue()
    }

    /// "the Hoa Lo prison, dubbed the “Hanoi Hilton”", "the Rukban camp, also known as the Berm": a capitalised name
    /// right after a comma and a naming cue ("dubbed", "nicknamed", "known as") is another name of the place or body
    /// just before the comma, the article itself says so. The name before is the place or body's own, or a place's
    /// followed by a noun that names that very place ("camp", not "suburb": a Paris suburb is not Paris); the other
    /// name joins it only when it is that name everywhere it is used, so a person or body named elsewhere stays apart.
    mutating func mergeNamesAfterANamingCue() {
        let ids = article.index.ids
        for cue in ExtractionWords.namingCues {
            let cueWords = cue.split(separator: " ").map(String.init)
            guard let form = ids[cueWords[0]] else { continue }
            for p in article.index.postings[Int(form)] {
                var c = Int(p)
                guard c + cueWords.count < n, (1..<cueWords.count).allSatisfy({ word(c + $0) == cueWords[$0] }) else { continue }
                let afterCue = c + cueWords.count
                if c > 0, word(c - 1) == "also", wordState[c].gap == .space { c -= 1 }
                guard c > 0, wordState[c].gap == .comma, let (named, byNoun) = namedBefore(c - 1) else { continue }
                var y = afterCue
                if word(y) == "the", !wordState[y].cap { y += 1 }
                guard y < n, wordState[y].cap, !wordState[y].initial, wordState[y].gap != .stop else { continue }
                var e = y + 1
                while e < n, wordState[e].cap, wordState[e].gap == .space { e += 1 }
                joinName(y, e, to: named, cue: cue, personToo: byNoun)
            }
        }
    }

    /// The place or organisation draft whose mention ends at word `i`, and whether a noun naming that very place
    /// follows the mention ("Rukban camp", ending at `i`). A bare name after a place cue ("a man from Houston,
    /// known as …") is left alone: the nickname may be the man's.
    func namedBefore(_ i: Int) -> (draft: Int, byNoun: Bool)? {
        func owner(_ k: Int, _ kinds: Set<ActorKind>) -> (draft: Int, from: Int)? {
            guard k >= 0, case .draft(let d) = wordState[k].owner, kinds.contains(drafts[d].kind),
                  let span = drafts[d].spans.first(where: { $0.to == k + 1 }) else { return nil }
            return (d, span.from)
        }
        if let (d, from) = owner(i, [.place, .organisation]) {
            let before = word(from - 1) == "the" ? from - 2 : from - 1
            return ExtractionWords.placeCues.contains(word(before)) ? nil : (d, false)
        }
        guard !wordState[i].cap, ExtractionWords.ownPlaceNouns.contains(word(i)), wordState[i].gap == .space,
              let (d, _) = owner(i - 1, [.place]) else { return nil }
        return (d, true)
    }

    /// Makes words `y..<e` a mention of draft `named`: the draft that holds them joins it when each of its mentions
    /// is these words (a person's only after a place's own noun: "Hoa Lo prison, dubbed the “Hanoi Hilton”"), and
    /// words no rule claimed become its mention with every other use of them alone.
    mutating func joinName(_ y: Int, _ e: Int, to named: Int, cue: String, personToo: Bool) {
        let rule = MentionRule.context("a name after “\(cue)” and \(drafts[named].name)")
        let k = key(y, e)
        if case .draft(let other) = wordState[y].owner {
            guard other != named, drafts[other].kind != .state, personToo || drafts[other].kind != .person,
                  drafts[other].spans.allSatisfy({ key($0.from, $0.to) == k }) else { return }
            moveMentions(of: other, to: named, rule)
        } else if (y..<e).allSatisfy({ wordState[$0].owner == .free }) {
            appendSpan(named, y, e, rule)
            guard e == y + 1 else { return }
            for p in article.index.postings[Int(words[y].form)] where wordState[Int(p)].owner == .free && wordState[Int(p)].cap {
                appendSpan(named, Int(p), Int(p) + 1, rule)
            }
        }
    }

    /// A body's one-word mention written as its web domain ("Snopes.com" beside the gazetteer's Snopes) takes the
    /// domain in: the text names the body both ways, and a name no rule knew is already read so ("Edmunds.com").
    mutating func widenToWebDomains() {
        for d in drafts.indices where drafts[d].kind == .organisation {
            for (s, span) in drafts[d].spans.enumerated() where span.to == span.from + 1 && isDomainSuffix(span.to) {
                drafts[d].spans[s] = TypedMention(from: span.from, to: span.to + 1, rule: span.rule)
                wordState[span.to].owner = .draft(d)
            }
        }
    }

    /// The word keys of a draft's name ("woomera", "detention", "centre").
    static func nameWords(_ draft: ActorDraft) -> [Substring] { NameKey.key(draft.name).split(separator: " ") }

    /// A body or place named in full and also shortened, when exactly one longer name of its kind fits:
    /// its first and last words without the middle ones ("Woomera Centre" of "Woomera Detention Centre");
    /// a body's first word alone, when only the context made it a name ("Tottenham" of "Tottenham Hotspur";
    /// never a place's, as a town is not the centre or the airport named after it); its name after an
    /// abbreviation ("Belmarsh" of "HMP Belmarsh"); its words run together ("HawaiiNewsNow" of "Hawaii News
    /// Now"); a town's first word, when its full name joins it to its river ("Braunau" of "Braunau am Inn").
    /// Other longer names of three words or more are not shortened to one ("Harvard" is not "Harvard Medical
    /// School"), and a first word that is no name on its own ("National", "South") never stands for the whole.
    mutating func mergeShortenedNames() {
        let live = drafts.indices.filter { (drafts[$0].kind == .organisation || drafts[$0].kind == .place) && !drafts[$0].spans.isEmpty }
        let words = live.map { Self.nameWords(drafts[$0]) }
        // The longer names by kind and first word, by kind and last word (two words), by kind and words run together:
        // each short name looks at the few that may fit, not at every name of the text.
        var byFirst = [String: [Int]](), byLastOfTwo = [String: [Int]](), byJoined = [String: [Int]]()
        for (l, long) in live.enumerated() where words[l].count >= 2 {
            let kind = drafts[long].kind.rawValue + "|"
            byFirst[kind + words[l][0], default: []].append(l)
            if words[l].count == 2 { byLastOfTwo[kind + words[l][1], default: []].append(l) }
            byJoined[kind + words[l].joined(), default: []].append(l)
        }
        for (s, short) in live.enumerated() {
            let w = words[s]
            guard w.count <= 2, let first = drafts[short].spans.first,
                  !has(first.from, [.generic, .stopWord, .organisationHead, .placeHead, .title]) else { continue }
            let kind = drafts[short].kind.rawValue + "|"
            let contextOnly = drafts[short].spans.allSatisfy { if case .context = $0.rule { true } else { false } }
            let organisation = drafts[short].kind == .organisation
            var fitting = [(Int, MentionRule)]()
            func consider(_ l: Int, _ rule: MentionRule, _ fits: (_ v: [Substring]) -> Bool) {
                let long = live[l]
                guard long != short, words[l].count > w.count, !drafts[long].spans.isEmpty, fits(words[l]),
                      !fitting.contains(where: { $0.0 == long }) else { return }
                fitting.append((long, rule))
            }
            for l in byFirst[kind + w[0]] ?? [] {
                consider(l, .shortenedName) { v in
                    // A town named with its river is also named alone ("Braunau" of "Braunau am Inn").
                    if w.count == 1, !organisation, v.count >= 3, ExtractionWords.placeParticles.contains(String(v[1])) { return true }
                    return w.count == 2 ? v.last == w.last : contextOnly && organisation && v.count == 2
                }
            }
            if w.count == 1, contextOnly {
                for l in byLastOfTwo[kind + w[0]] ?? [] {
                    consider(l, .shortenedName) { _ in wordState[drafts[live[l]].spans[0].from].allCaps }
                }
            }
            // A lone name that only "at" before each use made a place ("at Wikimedia": people work at bodies) may be
            // the body of two words it opens ("Wikimedia Foundation"); "in Harlow" is more likely the town beside the
            // Harlow Council, and a place noun or a region after it ("the Tuva region") keeps it a place.
            if w.count == 1, contextOnly, drafts[short].kind == .place,
               drafts[short].spans.allSatisfy({ $0.from > 0 && self.word($0.from - 1) == "at" }) {
                for l in byFirst[ActorKind.organisation.rawValue + "|" + w[0]] ?? [] where words[l].count == 2 {
                    consider(l, .shortenedName) { _ in true }
                }
            }
            if w.count == 1, w[0].count >= 6 { for l in byJoined[kind + w[0]] ?? [] { consider(l, .runTogether) { _ in true } } }
            if fitting.count == 1 { moveMentions(of: short, to: fitting[0].0, fitting[0].1) }
        }
    }

    /// A place named with a head that adds no other place and also without it is one place: the bare name
    /// joins the full one ("Franklin" of "Franklin River", "Inner Mongolia" of "Inner Mongolia Autonomous
    /// Region"). An administrative head (province, region) names the unit of that very name; a natural one
    /// (river, desert) only when the gazetteer does not list the bare name as a place of its own, as it does
    /// the state beside the Mississippi River and the city beside the Brisbane River. Heads such as "City",
    /// "County" or "Airport" name another place than the one they are named after ("Kansas City").
    mutating func mergePlacesWithoutHead() {
        var byKey = [String: Int]()
        for (d, draft) in drafts.enumerated() where draft.kind == .place && !draft.spans.isEmpty {
            let k = NameKey.key(draft.name)
            if byKey[k] == nil { byKey[k] = d }
        }
        for (d, draft) in drafts.enumerated() where draft.kind == .place && !draft.spans.isEmpty {
            let words = Self.nameWords(draft)
            for headCount in [2, 1] where words.count > headCount {
                let head = words.suffix(headCount).joined(separator: " ")
                let administrative = ExtractionWords.administrativeHeads.contains(head)
                guard administrative || ExtractionWords.naturalHeads.contains(head) else { continue }
                guard let short = byKey[words.dropLast(headCount).joined(separator: " ")], short != d,
                      !drafts[short].spans.isEmpty else { break }
                let listed = drafts[short].spans.contains { if case .gazetteer = $0.rule { true } else { false } }
                if !administrative && (listed || isTownOfANamedState(short)) { break }
                if drafts[d].linkedState == nil && listed { drafts[d].linkedState = drafts[short].linkedState }
                let written = draft.name.split(separator: " ").suffix(headCount).joined(separator: " ")
                moveMentions(of: short, to: d, .placeWithoutHead(head: written))
                break
            }
        }
    }

    /// Whether place draft `d` is a town of the place table in a state the text names: "Brisbane" beside the
    /// Brisbane River in a text about Australia is the city; "Franklin" beside the Franklin River, in a text
    /// that never names the United States, is not the American town.
    func isTownOfANamedState(_ d: Int) -> Bool {
        guard let state = drafts[d].linkedState, drafts[d].spans.contains(where: { $0.rule == .placeTable }) else { return false }
        return drafts.contains { $0.kind == .state && $0.name == state && !$0.spans.isEmpty }
    }

    /// "Australian X Y" and "X Y" (two words or more) are one body when the prefix is a state's name or
    /// adjective: a national body is also named without its country.
    mutating func mergeNationalPrefixes(_ byKey: [String: Int]) {
        for (d, draft) in drafts.enumerated() where draft.kind == .organisation && !draft.spans.isEmpty {
            let parts = draft.name.split(separator: " ")
            guard parts.count >= 3, Gazetteer.lookup(String(parts[0]))?.kind == .state else { continue }
            let rest = NameKey.key(parts.dropFirst().joined(separator: " "))
            guard let short = byKey[rest], short != d, !drafts[short].spans.isEmpty else { continue }
            moveMentions(of: short, to: d, .nationalForm(prefix: String(parts[0])))
        }
    }

    /// A company named in full and without its legal form or trade word is one company: "Verizon" joins
    /// "Verizon Communications", "Acme" joins "Acme Inc" when each was typed apart (a listed company by the
    /// table, the full name by its head word). Only a trade word that leaves one word ends the name, so
    /// "Sony Pictures Communications" is not "Sony".
    mutating func mergeCompanyTails(_ byKey: [String: Int]) {
        for (d, draft) in drafts.enumerated() where draft.kind == .organisation && !draft.spans.isEmpty {
            var k = NameKey.key(draft.name)
            while let suffix = ExtractionWords.droppableLegalForms.first(where: { k.hasSuffix($0) && k.count > $0.count }) {
                k.removeLast(suffix.count)
            }
            let words = k.split(separator: " ")
            if words.count == 2, ExtractionWords.companyNameTails.contains(String(words[1])) { k = String(words[0]) }
            guard k != NameKey.key(draft.name), let short = byKey[k], short != d, !drafts[short].spans.isEmpty else { continue }
            moveMentions(of: short, to: d, .companyShortName)
        }
    }

    /// "Constitutional Court of Turkey" and "Turkish Constitutional Court" are one body: a body named with
    /// "of" and a state is also named with the state's adjective or name before it.
    mutating func mergeStateAdjectiveForms(_ byKey: [String: Int]) {
        for (d, draft) in drafts.enumerated() where draft.kind == .organisation && !draft.spans.isEmpty {
            var words = Self.nameWords(draft)
            guard let of = words.lastIndex(of: "of"), of > 0, of < words.count - 1 else { continue }
            let body = words[..<of].joined(separator: " ")
            words = Array(words[(of + 1)...])
            if words.count > 1, words[0] == "the" { words.removeFirst() }
            guard let state = Gazetteer.lookup(words.joined(separator: " ")), state.kind == .state else { continue }
            for form in [state.name] + state.aliases + state.adjectives {
                guard let other = byKey[NameKey.key(form) + " " + body], other != d, !drafts[other].spans.isEmpty else { continue }
                moveMentions(of: other, to: d, .stateAdjectiveForm(adjective: form))
            }
        }
    }

    /// A body's or place's name of three words or more that ends exactly one longer name of its kind, and drops
    /// only a hyphen compound of names before it, is that body or place: a joint body named after its founders is
    /// also named without them ("Tax Policy Center" of "Urban-Brookings Tax Policy Center"). Any other word before
    /// it may name another body ("Vellish Transport Safety Board"; a state's name is `mergeNationalPrefixes`'), a
    /// name two longer names end is left alone, and a name opening with a connector ("of …") is no name of its own.
    mutating func mergeNamesWithoutOpeningWords() {
        let live = drafts.indices.filter { (drafts[$0].kind == .organisation || drafts[$0].kind == .place) && !drafts[$0].spans.isEmpty }
        let words = live.map { Self.nameWords(drafts[$0]) }
        // The names by kind and last word: each short name looks at the few that may end with it.
        var byLast = [String: [Int]]()
        for (l, w) in words.enumerated() { if let last = w.last { byLast[drafts[live[l]].kind.rawValue + "|" + last, default: []].append(l) } }
        for (s, w) in words.enumerated() where w.count >= 3 && !ExtractionWords.connectors.contains(String(w[0])) {
            guard !drafts[live[s]].spans.isEmpty, let last = w.last else { continue }
            let written = drafts[live[s]].name.split(separator: " ").count
            let longer = (byLast[drafts[live[s]].kind.rawValue + "|" + last] ?? []).filter {
                let opener = drafts[live[$0]].name.split(separator: " ")
                return opener.count == written + 1 && opener[0].contains("-") && words[$0].suffix(w.count).elementsEqual(w)
                    && !drafts[live[$0]].spans.isEmpty
            }
            if longer.count == 1 { moveMentions(of: live[s], to: live[longer[0]], .withoutOpeningWords) }
        }
    }

    /// "the Times" beside "New York Times", "the Post" beside "Washington Post": a lone name only a context
    /// made a body, always after "the", that is the last word of exactly one longer body's name is that body.
    mutating func mergeLastWordsAfterThe() {
        var byLast = [String: [Int]]()
        for (d, draft) in drafts.enumerated() where draft.kind == .organisation && !draft.spans.isEmpty {
            let words = Self.nameWords(draft)
            if words.count >= 2, let last = words.last { byLast[String(last), default: []].append(d) }
        }
        for (d, draft) in drafts.enumerated() where draft.kind == .organisation && !draft.spans.isEmpty {
            let words = Self.nameWords(draft)
            guard words.count == 1, let longer = byLast[String(words[0])], longer.count == 1, longer[0] != d,
                  !has(draft.spans[0].from, [.generic, .stopWord, .title]) else { continue }
            let afterThe = draft.spans.allSatisfy { span in
                if case .context = span.rule { span.from > 0 && word(span.from - 1) == "the" && wordState[span.from].gap == .space } else { false }
            }
            if afterThe { moveMentions(of: d, to: longer[0], .lastWordAfterThe) }
        }
    }

    /// An all-capital word of two to six letters the text never defines is the one organisation whose
    /// capitalised words' initials spell it ("ASIC", "Australian Securities and Investment
    /// Commission"); with two such organisations it is left alone.
    mutating func mergeUndefinedAcronyms() {
        var byInitials = [String: [Int]]()
        for (d, draft) in drafts.enumerated() where draft.kind == .organisation && !draft.spans.isEmpty {
            for initials in Self.initialisms(of: draft.name) { byInitials[initials, default: []].append(d) }
        }
        var acronymDrafts = [String: [Int]]()
        for (d, draft) in drafts.enumerated() where draft.kind == .organisation && byInitials[draft.name] != nil
            && !draft.spans.isEmpty && draft.spans.allSatisfy({ $0.rule != .acronym }) {
            acronymDrafts[draft.name, default: []].append(d)
        }
        for (initials, owners) in byInitials.sorted(by: { $0.key < $1.key }) where owners.count == 1 && (2...6).contains(initials.count) {
            let owner = owners[0]
            // The acronym as an organisation of its own ("ASIC" from a context rule)…
            for d in acronymDrafts[initials] ?? [] where d != owner { moveMentions(of: d, to: owner, .undefinedAcronym) }
            // … or as a word no rule claimed ("a QSB spokesman").
            guard let form = article.index.ids[Tokenizer.foldedWords(of: initials).first ?? ""] else { continue }
            for p in article.index.postings[Int(form)] {
                let i = Int(p)
                if wordState[i].owner == .free && wordState[i].allCaps { appendSpan(owner, i, i + 1, .undefinedAcronym) }
            }
        }
    }

    /// The acronyms the initials of a body's capitalised words spell: "ASIC" of "Australian Securities and
    /// Investment Commission", and without a national prefix ("SEC" of "U.S. Securities and Exchange Commission").
    static func initialisms(of name: String) -> [String] {
        let words = name.split(separator: " ")
        guard words.count >= 2 else { return [] }
        let capitals = words.filter { $0.first.map { $0.isUppercase } ?? false }
        guard capitals.count >= 2 else { return [] }
        var out = [String(capitals.compactMap(\.first))]
        if capitals.count >= 3, Gazetteer.lookup(String(capitals[0]))?.kind == .state { out.append(String(capitals.dropFirst().compactMap(\.first))) }
        return out
    }

    /// Gives every mention of draft `from` to draft `to`, made by `rule` now.
    mutating func moveMentions(of from: Int, to: Int, _ rule: MentionRule) {
        for span in drafts[from].spans { appendSpan(to, span.from, span.to, rule) }
        drafts[from].spans = []
    }
}
