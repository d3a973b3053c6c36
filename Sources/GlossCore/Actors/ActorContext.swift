/// Context rules for names the gazetteers do not know: the words around a name say what it is.
/// Each rule returns the kind and a short reason, shown by `actor NAME --why`.
extension ActorExtractor {
    /// Words after which a name is a place: "in Jenin", "near Swan Hill", "north of Goulburn".
    static let placeCues: Set<String> = ["in", "at", "near", "outside", "across", "around", "towards", "toward", "from", "into", "through"]
    /// Words after "the" whose name is a company: "shares in Telstra".
    static let shareCues: Set<String> = ["shares", "stake", "stock"]
    /// Words after a possessive that belong to a company: "Woolworths' chief executive".
    static let companyRoles: Set<String> = ["chief", "shares", "board", "chairman", "chairwoman", "shareholders", "profit", "profits", "share", "ceo", "stock", "subsidiary", "executives"]
    /// Nouns of an apposition that make the name a company or a body: "Energex, the power company".
    static let organisationNouns: Set<String> = ["company", "firm", "group", "bank", "carrier", "airline", "retailer", "miner",
                                                 "insurer", "broadcaster", "agency", "party", "union", "organisation", "organization",
                                                 "militant", "network", "giant", "maker", "manufacturer", "supplier", "operator", "utility", "newspaper"]

    /// The folded word at `i`, or "" outside the text.
    func word(_ i: Int) -> String {
        guard i >= 0, i < n else { return "" }
        return article.index.vocabulary[Int(words[i].form)]
    }

    /// What the context says about the name in words `from..<to`, if anything.
    func contextKind(_ from: Int, _ to: Int) -> (kind: ActorKind, reason: String)? {
        // "X-based": a place.
        if to < n, gap[to] == .hyphen, word(to) == "based" { return (.place, "“\(word(to))” after it (X-based)") }
        // "X, Ohio": a place before a known place or state.
        if to + 1 < n, gap[to] == .comma, cap[to], wordEntry[to] >= 0 || owner[to] >= 0 && drafts[Int(owner[to])].kind == .place {
            let e = wordEntry[to] >= 0 ? Gazetteer.index.entries[Int(wordEntry[to])].kind : drafts[Int(owner[to])].kind
            if e == .place || e == .state { return (.place, "followed by a place or state after a comma (X, Ohio)") }
        }
        if from > 0, gap[from] == .space {
            let before = word(from - 1)
            // "shares in X", "stake in X".
            if (before == "in" || before == "of"), from > 1, Self.shareCues.contains(word(from - 2)) {
                return (.organisation, "after “\(word(from - 2)) \(before)”")
            }
            // "north of X".
            if before == "of", from > 1, ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"].contains(word(from - 2)) {
                return (.place, "after “\(word(from - 2)) of”")
            }
            // "Deutsche Bank and Rio Tinto": coordinated with an organisation named just before.
            if before == "and" || before == "or", from > 1, gap[from - 1] == .space, owner[from - 2] >= 0,
               drafts[Int(owner[from - 2])].kind == .organisation {
                return (.organisation, "“\(before)” after the organisation \(drafts[Int(owner[from - 2])].name)")
            }
            // Not for acronyms: "at NASA", "from IBM" name bodies.
            if Self.placeCues.contains(before), !cap[from - 1] || initial[from - 1], !(to - from == 1 && allCaps[from]) {
                return (.place, "after “\(before)”")
            }
        }
        // "X's chief executive".
        if to < n, gap[to] == .possessive || gap[to] == .other, Self.companyRoles.contains(word(to)) {
            return (.organisation, "its “\(word(to))” (X's chief executive)")
        }
        // A lone name no person owns, before a reporting verb or a possessive: a body ("Qantas said",
        // "Boeing's Starliner"); people in news are introduced by their full names first.
        if to - from == 1, to < n, !initial[from], !allCaps[from] {  // acronyms wait for their definition
            if gap[to] == .space, Self.reportingVerbs.contains(word(to)) { return (.organisation, "“\(word(to))” after a lone name") }
            if gap[to] == .possessive { return (.organisation, "a possessive after a lone name") }
        }
        // Apposition: "X, the power company".
        if to + 1 < n, gap[to] == .comma, word(to) == "the" || word(to) == "a" || word(to) == "an" {
            var k = to + 1
            while k < n, k < to + 5, gap[k] == .space || k == to + 1 {
                if Self.organisationNouns.contains(word(k)) { return (.organisation, "apposition “\(word(to)) … \(word(k))”") }
                k += 1
            }
        }
        return nil
    }

    /// The context kind of a name from all its uses: the first use with a rule decides.
    func contextKind(of uses: [(Int, Int)]) -> (kind: ActorKind, reason: String)? {
        for (a, b) in uses { if let k = contextKind(a, b) { return k } }
        return nil
    }
}

extension ActorExtractor {
    /// Reporting verbs after a name, or before it in an inverted attribution ("…, said Jane Smith").
    static let reportingVerbs: Set<String> = ["said", "says", "say", "told", "added", "explained", "warned", "announced",
                                              "argued", "insisted", "claimed", "wrote", "noted", "asked", "replied", "stated"]

    /// Words around one use of a name that only a person has: "X said", "said X", "X, 45,".
    func personContext(_ from: Int, _ to: Int) -> String? {
        if to < n, gap[to] == .space || gap[to] == .comma, Self.reportingVerbs.contains(word(to)) { return "“\(word(to))” after it" }
        if from > 0, gap[from] == .space, Self.reportingVerbs.contains(word(from - 1)) { return "after “\(word(from - 1))”" }
        if to < n, gap[to] == .comma, CharacterClass.isDigit(scalars[Int(words[to].start)]), to + 1 < n, gap[to + 1] == .comma {
            return "an age after it (X, 45,)"
        }
        return nil
    }
}
