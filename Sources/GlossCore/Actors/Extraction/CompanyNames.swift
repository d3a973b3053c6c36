/// Stage 2, typed mentions from the company table: a capitalised run that is, whole, the name of a listed
/// company ("Home Depot", "Boeing", "JPMorgan Chase & Co") is a mention of that company, under its short name.
extension ActorExtractor {
    /// A free capitalised word that may be part of a company's name in a run.
    private func isCompanyWord(_ i: Int) -> Bool {
        wordState[i].owner == .free && wordState[i].cap && !wordState[i].inWork && !has(i, [.stopWord, .generic])
    }

    /// The gap before word i joins it to the word before within a company's name: a space, a hyphen or
    /// an ampersand ("Procter & Gamble", "AT&T").
    private func joinsCompanyName(_ i: Int) -> Bool {
        switch wordState[i].gap {
        case .space, .hyphen: return true
        case .other:
            var amp = 0
            for k in Int(words[i - 1].end)..<Int(words[i].start) {
                if scalars[k] == "&" { amp += 1 } else if !CharacterClass.isInlineSpace(scalars[k]) { return false }
            }
            return amp == 1
        default: return false
        }
    }

    /// Whether words `from..<to` are written as the table's form must be: an acronym in capitals only,
    /// another form with some lower-case letter (not a headline in capitals).
    private func hasCase(_ company: OrganisationNames.Company, _ from: Int, _ to: Int) -> Bool {
        var lower = false
        for k in Int(words[from].start)..<Int(words[to - 1].end) where CharacterClass.isLetter(scalars[k]) && !CharacterClass.isUpper(scalars[k]) {
            lower = true
        }
        return company.writing == .capitals ? !lower : lower
    }

    /// A possessive form ("Lowe's") counts only where the text never uses the word without the possessive:
    /// "Carter's" in a text that also says "Jimmy Carter" is his.
    private func alwaysPossessive(_ i: Int) -> Bool {
        article.index.postings[Int(words[i].form)].allSatisfy { p in
            let k = Int(p) + 1
            return k < n && wordState[k].gap == .possessive
        }
    }

    /// Look-ups per form, for the words a text repeats: the company of the word alone, and whether some
    /// company's key of several words starts with it.
    struct LookUpMemo {
        var alone: [OrganisationNames.Company??]
        var startsLonger: [Bool?]

        init(forms: Int) {
            alone = Array(repeating: nil, count: forms)
            startsLonger = Array(repeating: nil, count: forms)
        }
    }

    /// The table's company for words `from..<end`, with trailing legal forms stripped; most runs are one
    /// word or start with a word no longer key starts with, and are answered from the memo.
    private mutating func lookUp(_ from: Int, _ end: Int, _ memo: inout LookUpMemo) -> OrganisationNames.Company? {
        let first = Int(words[from].form)
        if end - from > 1 {
            if memo.startsLonger[first] == nil { memo.startsLonger[first] = OrganisationNames.table.hasPhrase(startingWith: key(from, from + 1)) }
            if memo.startsLonger[first] == true { return OrganisationNames.company(forKey: key(from, end)) }
            // "Boeing Co": the one word before legal forms.
            for k in (from + 1)..<end where !OrganisationNames.legalForms.contains(key(k, k + 1)) { return nil }
        }
        if let known = memo.alone[first] { return known }
        let company = OrganisationNames.company(forKey: key(from, from + 1))
        memo.alone[first] = .some(company)
        return company
    }

    /// The company words `from..<end` name, written as its form must be, followed by no number (a
    /// product or an index: "Boeing 737", "S&P 500").
    private mutating func companyNamed(_ from: Int, _ end: Int, _ memo: inout LookUpMemo) -> OrganisationNames.Company? {
        guard let company = lookUp(from, end, &memo),
              hasCase(company, from, end)
        else { return nil }
        if end < n, wordState[end].gap == .space, CharacterClass.isDigit(scalars[Int(words[end].start)]), !isYear(end) { return nil }
        if company.writing == .possessive {
            guard end < n, wordState[end].gap == .possessive, end - from > 1 || alwaysPossessive(from) else { return nil }
        }
        return company
    }

    /// Word i is a year ("© Thomson Reuters 2020"): four digits from 1900 to 2099, no model number.
    private func isYear(_ i: Int) -> Bool {
        let a = Int(words[i].start), b = Int(words[i].end)
        guard b - a == 4, scalars[a..<b].allSatisfy(CharacterClass.isDigit) else { return false }
        return (scalars[a] == "1" && scalars[a + 1] == "9") || (scalars[a] == "2" && scalars[a + 1] == "0")
    }

    /// "The Thomson Reuters Trust Principles": a run of three or more words that opens with a listed company's
    /// strong form of two or more words names the company; the words after it are left to later stages.
    private mutating func companyOpening(_ from: Int, _ end: Int, _ memo: inout LookUpMemo) -> (to: Int, company: OrganisationNames.Company)? {
        guard end - from >= 3 else { return nil }
        for e in stride(from: end - 1, through: from + 2, by: -1) {
            if let company = companyNamed(from, e, &memo), company.standsAlone { return (e, company) }
        }
        return nil
    }

    /// Mentions of listed companies: each capitalised run no earlier stage claimed that the table knows
    /// whole (a sentence opener and a trailing legal form aside), unless a title precedes it ("Mr Charles
    /// Schwab"). The organisations the headed runs found ("Boeing Co") take the table's later mentions
    /// of the same company.
    mutating func companyNames() {
        var draftOf = [String: Int]()
        for (d, draft) in drafts.enumerated() where draft.kind == .organisation && !draft.spans.isEmpty {
            guard let company = OrganisationNames.company(forKey: NameKey.key(draft.name)) else { continue }
            if let first = draftOf[company.name] { moveMentions(of: d, to: first) } else { draftOf[company.name] = d }
        }
        var memo = LookUpMemo(forms: formFlags.count)
        var found = [(from: Int, to: Int, company: OrganisationNames.Company)]()
        var i = 0
        while i < n {
            guard isCompanyWord(i) else { i += 1; continue }
            var end = i + 1
            while end < n, end - i < 8, isCompanyWord(end), joinsCompanyName(end) { end += 1 }
            // A legal form in lower case ends the name: "Shell plc".
            if end < n, wordState[end].owner == .free, !wordState[end].cap, wordState[end].gap == .space, has(end, .organisationHead),
               OrganisationNames.legalForms.contains(key(end, end + 1)) { end += 1 }
            defer { i = end }
            var from = i
            while from < end, initialOpener(from) { from += 1 }
            guard from < end, from == 0 || wordState[from - 1].owner != .title || !joinsCompanyName(from) else { continue }
            // The whole run, or the run without its sentence-initial word ("Rival Lowe's").
            if let company = companyNamed(from, end, &memo) {
                found.append((from, end, company))
            } else if wordState[from].initial, from + 1 < end, let company = companyNamed(from + 1, end, &memo) {
                found.append((from + 1, end, company))
            } else if let opening = companyOpening(from, end, &memo) {
                found.append((from, opening.to, opening.company))
            }
        }
        // A weak form ("Apple") counts where a strong one ("Apple Inc.") names the same company.
        var named = Set(draftOf.keys)
        for f in found where f.company.standsAlone { named.insert(f.company.name) }
        for f in found where named.contains(f.company.name) {
            let d: Int
            if let known = draftOf[f.company.name] { d = known } else {
                d = draftIndex(name: f.company.name, kind: .organisation, linked: nil)
                draftOf[f.company.name] = d
            }
            appendSpan(d, f.from, f.to, .companyTable(index: f.company.index))
        }
    }

    /// Gives draft `d`'s mentions to draft `target` ("Boeing Co" to "The Boeing Company": one company),
    /// and its names, so that later stages find the target.
    private mutating func moveMentions(of d: Int, to target: Int) {
        for span in drafts[d].spans { appendSpan(target, span.from, span.to, span.rule) }
        drafts[d].spans = []
        for (k, v) in draftByKey where v == d { draftByKey[k] = target }
        for (k, v) in draftByName where v == d { draftByName[k] = target }
    }
}
