/// The word-level facts about one sentence that the check-worthiness rules test.
///
/// The rules read form ids, the `FormLexicon`'s flags and the article's scalars, so scoring a sentence
/// builds no strings; a rule's evidence is kept as word positions and turned into text (`text(of:)`)
/// only for the sentences that are shown.
struct SentenceFeatures {
    /// Where the words that made a rule fire are, as positions among the sentence's words.
    enum Evidence: Equatable {
        /// These words, joined by spaces.
        case words(Range<Int>)
        /// The words inside a quotation; the first four are shown.
        case quote(Range<Int>)
        /// A reporting cue and the named actor near it; `run` extends the actor to the run of names around it.
        case attribution(cue: Int, actor: Int, run: Bool)
    }

    /// The article's words; the sentence's are `base..<base + count`, and positions count from `base`.
    private let articleWords: [Word]
    private let base: Int
    let count: Int
    private let scalars: [Unicode.Scalar]
    private let lexicon: FormLexicon
    /// Code-point ranges between double quotation marks.
    let quoted: [Range<Int>]
    /// The union of the words' flags: a rule whose words are all missing is skipped without a search.
    private let present: FormLexicon.Flags

    init(sentence: Sentence, article: Article, lexicon: FormLexicon) {
        articleWords = article.words
        base = sentence.words.lowerBound
        count = sentence.words.count
        scalars = article.scalars
        self.lexicon = lexicon
        var present = FormLexicon.Flags()
        var marks = [Int]()
        // A quotation mark is never part of a word, so only the gaps between words need looking at.
        var gapStart = sentence.start
        for k in sentence.words {
            let w = article.words[k]
            present.formUnion(lexicon.flags(w.form))
            for i in gapStart..<Int(w.start) where Lexicon.isDoubleQuote(scalars[i]) { marks.append(i) }
            gapStart = Int(w.end)
        }
        for i in gapStart..<sentence.end where Lexicon.isDoubleQuote(scalars[i]) { marks.append(i) }
        self.present = present
        quoted = marks.count < 2 ? [] : stride(from: 0, to: marks.count - 1, by: 2).map { marks[$0]..<(marks[$0 + 1] + 1) }
    }

    // Per-word facts, read from the word's form and scalars rather than from its text.

    @inline(__always) private func word(_ k: Int) -> Word { articleWords[base + k] }
    @inline(__always) private func flags(_ k: Int) -> FormLexicon.Flags { lexicon.flags(word(k).form) }
    @inline(__always) private func form(_ k: Int) -> Int32 { word(k).form }
    @inline(__always) private func start(_ k: Int) -> Int { Int(word(k).start) }
    @inline(__always) private func length(_ k: Int) -> Int { Int(word(k).end - word(k).start) }
    @inline(__always) private func hasDigit(_ k: Int) -> Bool { flags(k).contains(.digit) }

    /// Whether the word's first scalar is upper case (ASCII decided without the property tables).
    @inline(__always) private func isCapitalised(_ k: Int) -> Bool {
        let c = scalars[start(k)]
        return c.value < 0x80 ? c.value >= 0x41 && c.value <= 0x5A : c.properties.isUppercase
    }

    /// Whether the word's surface text is exactly `text`.
    private func surfaceIs(_ k: Int, _ text: String) -> Bool {
        var i = start(k)
        let end = Int(word(k).end)
        for c in text.unicodeScalars {
            guard i < end, scalars[i] == c else { return false }
            i += 1
        }
        return i == end
    }

    /// Only spaces separate the word from the previous one (so a name can run on across it).
    private func joinsPrevious(_ k: Int) -> Bool {
        guard k > 0 else { return false }
        for i in Int(word(k - 1).end)..<start(k) where scalars[i] != " " { return false }
        return true
    }

    /// A four-digit year from 1800 to 2099 (what `Int(surface)` in that range accepted).
    private func isYear(_ k: Int) -> Bool {
        guard length(k) == 4 else { return false }
        var year = 0
        for i in start(k)..<(start(k) + 4) {
            let v = scalars[i].value
            guard v >= 0x30 && v <= 0x39 else { return false }
            year = year * 10 + Int(v - 0x30)
        }
        return (1800...2099).contains(year)
    }

    /// Calls `body` with each rule that fires, in the order of `CheckWorthiness.rules`, and its evidence.
    func forEachFiring(entities: [Range<Int>]?, _ body: (CheckWorthiness.Rule, Evidence) -> Void) {
        // Attribution decides both the attribution rule and reported speech: find it once.
        var attributionFound: (cue: Int, actor: Int)??
        func attributed() -> (cue: Int, actor: Int)? {
            if let found = attributionFound { return found }
            let found = attribution(entities: entities)
            attributionFound = .some(found)
            return found
        }
        for rule in CheckWorthiness.rules {
            let evidence: Evidence?
            switch rule.signal {
            case .attribution:
                evidence = attributed().map { .attribution(cue: $0.cue, actor: $0.actor, run: entities == nil) }
            case .reportedSpeech:
                evidence = attributed() == nil ? firstReportingCue().map { .words($0..<($0 + 1)) } : nil
            default:
                evidence = self.evidence(for: rule.signal)
            }
            if let evidence { body(rule, evidence) }
        }
    }

    /// The evidence for the rules that do not depend on named actors, or nil when the rule does not fire.
    private func evidence(for signal: CheckWorthiness.Signal) -> Evidence? {
        guard Self.mayFire(signal, present) else { return nil }
        switch signal {
        case .attribution, .reportedSpeech:
            return nil
        case .quotation:
            for q in quoted {
                let inside = words(startingIn: q)
                if inside.count >= 2 { return .quote(inside) }
            }
            return nil
        case .number:
            return first { hasDigit($0) }
        case .date:
            return dateEvidence()
        case .quantity:
            return first { flags($0).contains(.quantity) }
        case .occasion:
            return firstPhrase(in: lexicon.occasions)
        case .prediction:
            for k in 0..<count where flags(k).contains(.modality) {
                // "May" the month is not the modal verb.
                if form(k) == lexicon.may, surfaceIs(k, "May") || (k + 1 < count && hasDigit(k + 1)) { continue }
                return .words(k..<(k + 1))
            }
            return firstPhrase(in: lexicon.predictionPhrases)
        case .causation:
            return first { flags($0).contains(.causal) } ?? firstPhrase(in: lexicon.causalPhrases)
        case .comparison:
            return first { !flags($0).isDisjoint(with: [.comparative, .superlative]) }
        case .firstPerson:
            return first { k in
                flags(k).contains(.firstPerson) && (form(k) != lexicon.i || surfaceIs(k, "I"))
                    && !quoted.contains { $0.contains(start(k)) }
            }
        case .publicationNotice:
            return firstPhrase(in: lexicon.publicationPhrases)
        }
    }

    /// False when none of the words a rule looks for is in the sentence (`present`), so it cannot fire.
    private static func mayFire(_ signal: CheckWorthiness.Signal, _ present: FormLexicon.Flags) -> Bool {
        let needed: FormLexicon.Flags
        switch signal {
        case .attribution, .reportedSpeech: needed = [.reportingVerb, .reportingNoun, .according]
        case .quotation: return true
        case .number: needed = .digit
        case .date: needed = [.may, .month, .weekday, .relativeDay, .digit, .startsDate]
        case .quantity: needed = .quantity
        case .occasion: needed = .startsOccasion
        case .prediction: needed = [.modality, .startsPrediction]
        case .causation: needed = [.causal, .startsCausal]
        case .comparison: needed = [.comparative, .superlative]
        case .firstPerson: needed = .firstPerson
        case .publicationNotice: needed = .startsPublication
        }
        return !present.isDisjoint(with: needed)
    }

    /// The first word that satisfies `test`, as evidence.
    private func first(_ test: (Int) -> Bool) -> Evidence? {
        for k in 0..<count where test(k) { return .words(k..<(k + 1)) }
        return nil
    }

    /// The positions of the words that start inside `range` (consecutive, since words are in order).
    private func words(startingIn range: Range<Int>) -> Range<Int> {
        var a = 0
        while a < count, start(a) < range.lowerBound { a += 1 }
        var b = a
        while b < count, start(b) < range.upperBound { b += 1 }
        return a..<b
    }

    // Reporting cues: verbs first (said, demanded), then nouns (a statement) and "according to".
    // A capitalised cue is part of a name ("United States"), not a verb, except "According" opening the sentence.

    private func isVerbCue(_ k: Int) -> Bool { flags(k).contains(.reportingVerb) && !isCapitalised(k) }

    private func isNounCue(_ k: Int) -> Bool {
        if form(k) == lexicon.according { return k + 1 < count && form(k + 1) == lexicon.to }
        return flags(k).contains(.reportingNoun) && !isCapitalised(k)
    }

    private func firstReportingCue() -> Int? {
        guard Self.mayFire(.reportedSpeech, present) else { return nil }
        for k in 0..<count where isVerbCue(k) { return k }
        for k in 0..<count where isNounCue(k) { return k }
        return nil
    }

    /// The first reporting cue with a named actor within `window` words of it, as (cue, actor).
    private func attribution(entities: [Range<Int>]?, window: Int = 12) -> (cue: Int, actor: Int)? {
        guard Self.mayFire(.attribution, present) else { return nil }
        func actor(near cue: Int) -> Int? {
            let near = max(0, cue - window)..<min(count, cue + window + 1)
            if let entities {
                return near.first { k in k != cue && entities.contains { $0.contains(start(k)) } }
            }
            return nearestName(to: cue, in: near)
        }
        for cue in 0..<count where isVerbCue(cue) {
            if let k = actor(near: cue) { return (cue, k) }
        }
        for cue in 0..<count where isNounCue(cue) {
            if let k = actor(near: cue) { return (cue, k) }
        }
        return nil
    }

    /// The nearest name before a reporting cue, else after it; after it first for "according to".
    private func nearestName(to cue: Int, in near: Range<Int>) -> Int? {
        let before = { near.last { $0 < cue && isName($0) } }
        let after = { near.first { $0 > cue && isName($0) } }
        return form(cue) == lexicon.according ? after() ?? before() : before() ?? after()
    }

    /// The run of name words around position `k` ("Yoon Suk Yeol").
    private func nameRun(around k: Int) -> ClosedRange<Int> {
        var a = k, b = k
        while a > 0, joinsPrevious(a), isName(a - 1) { a -= 1 }
        while b + 1 < count, joinsPrevious(b + 1), isName(b + 1) { b += 1 }
        return a...b
    }

    /// The capitalised-name heuristic: a capitalised word that is not a common word capitalised at
    /// the start of the sentence, not a pronoun, and not a reporting cue itself.
    private func isName(_ k: Int) -> Bool {
        guard isCapitalised(k), !hasDigit(k), length(k) > 1 else { return false }
        return flags(k).isDisjoint(with: [.common, .reportingVerb])
    }

    private func dateEvidence() -> Evidence? {
        for k in 0..<count {
            let f = flags(k)
            if form(k) == lexicon.may {
                // The month only beside a figure ("May 9th", "9 May") or after "in"/"on"/"since"/"by".
                let beside = (k + 1 < count && hasDigit(k + 1)) || (k > 0 && hasDigit(k - 1))
                let after = k > 0 && flags(k - 1).contains(.beforeMonth)
                if isCapitalised(k) && (beside || after) { return .words(k..<(beside && k + 1 < count ? k + 2 : k + 1)) }
                continue
            }
            if !f.isDisjoint(with: [.month, .weekday]), isCapitalised(k) { return .words(k..<(k + 1)) }
            if f.contains(.relativeDay) || isYear(k) { return .words(k..<(k + 1)) }
        }
        return firstPhrase(in: lexicon.datePhrases)
    }

    /// The first multi-word phrase from `phrases` found in the sentence's words.
    private func firstPhrase(in phrases: FormLexicon.Phrases) -> Evidence? {
        guard !phrases.list.isEmpty else { return nil }
        for start in 0..<count where flags(start).contains(phrases.start) {
            for p in phrases.list where start + p.count <= count {
                if p.indices.allSatisfy({ form(start + $0) == p[$0] }) { return .words(start..<(start + p.count)) }
            }
        }
        return nil
    }

    // Evidence as text: built only for the sentences shown.

    private func surface(_ k: Int) -> String { Article.string(scalars[start(k)..<Int(word(k).end)]) }

    private func joined(_ positions: some Sequence<Int>) -> String { positions.map(surface).joined(separator: " ") }

    /// The surface words of a piece of evidence, as the reasons show them.
    func text(of evidence: Evidence) -> String {
        switch evidence {
        case .words(let r):
            return joined(r)
        case .quote(let r):
            return "“" + joined(r.prefix(4)) + (r.count > 4 ? " …" : "") + "”"
        case .attribution(let cue, let actor, let run):
            return (run ? joined(nameRun(around: actor)) : surface(actor)) + " … " + surface(cue)
        }
    }
}
