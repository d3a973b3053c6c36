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
        /// One of the sentence's attributions (an index into `attributions`): its speaker and cue.
        case attribution(Int)
    }

    /// The article's words; the sentence's are `base..<base + count`, and positions count from `base`.
    private let articleWords: [Word]
    private let base: Int
    let count: Int
    private let scalars: [Unicode.Scalar]
    let lexicon: FormLexicon
    /// Code-point ranges between double quotation marks.
    let quoted: [Range<Int>]
    /// Who said what in this sentence: the attributions whose cue or content is in it.
    let attributions: [Attribution]
    /// The union of the words' flags: a rule whose words are all missing is skipped without a search.
    private let present: FormLexicon.Flags

    init(sentence: Sentence, article: Article, lexicon: FormLexicon, attributions: [Attribution]) {
        articleWords = article.words
        base = sentence.words.lowerBound
        count = sentence.words.count
        scalars = article.scalars
        self.lexicon = lexicon
        self.attributions = attributions
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

    /// Calls `body` with each rule that fires, in the order of `CheckWorthiness.rules`, and its evidence.
    func forEachFiring(_ body: (CheckWorthiness.Rule, Evidence) -> Void) {
        for rule in CheckWorthiness.rules where rule.needs.isEmpty || !present.isDisjoint(with: rule.needs) {
            if let evidence = rule.match(self) { body(rule, evidence) }
        }
    }

    // Per-word facts, read from the word's form and scalars rather than from its text.

    @inline(__always) private func word(_ k: Int) -> Word { articleWords[base + k] }
    @inline(__always) func flags(_ k: Int) -> FormLexicon.Flags { lexicon.flags(word(k).form) }
    @inline(__always) func form(_ k: Int) -> Int32 { word(k).form }
    @inline(__always) func start(_ k: Int) -> Int { Int(word(k).start) }
    @inline(__always) private func length(_ k: Int) -> Int { Int(word(k).end - word(k).start) }
    @inline(__always) func hasDigit(_ k: Int) -> Bool { flags(k).contains(.digit) }

    /// Whether the word's first scalar is upper case.
    @inline(__always) func isCapitalised(_ k: Int) -> Bool { CharacterClass.isUpper(scalars[start(k)]) }

    /// Whether the word's surface text is exactly `text`.
    func surfaceIs(_ k: Int, _ text: String) -> Bool {
        var i = start(k)
        let end = Int(word(k).end)
        for c in text.unicodeScalars {
            guard i < end, scalars[i] == c else { return false }
            i += 1
        }
        return i == end
    }

    /// A four-digit year from 1800 to 2099.
    func isYear(_ k: Int) -> Bool {
        guard length(k) == 4 else { return false }
        var year = 0
        for i in start(k)..<(start(k) + 4) {
            let c = scalars[i]
            guard CharacterClass.isDigit(c) else { return false }
            year = year * 10 + Int(c.value - 0x30)
        }
        return (1800...2099).contains(year)
    }

    /// Whether the word is inside a quotation.
    func isQuoted(_ k: Int) -> Bool { quoted.contains { $0.contains(start(k)) } }

    /// The first word that satisfies `test`, as evidence.
    func first(_ test: (Int) -> Bool) -> Evidence? {
        for k in 0..<count where test(k) { return .words(k..<(k + 1)) }
        return nil
    }

    /// The positions of the words that start inside `range` (consecutive, since words are in order).
    func words(startingIn range: Range<Int>) -> Range<Int> {
        var a = 0
        while a < count, start(a) < range.lowerBound { a += 1 }
        var b = a
        while b < count, start(b) < range.upperBound { b += 1 }
        return a..<b
    }

    /// The first multi-word phrase from `phrases` found in the sentence's words.
    func firstPhrase(in phrases: FormLexicon.Phrases) -> Evidence? {
        guard !phrases.list.isEmpty else { return nil }
        for start in 0..<count where flags(start).contains(phrases.start) {
            for p in phrases.list where start + p.count <= count {
                if p.indices.allSatisfy({ form(start + $0) == p[$0] }) { return .words(start..<(start + p.count)) }
            }
        }
        return nil
    }

    // Evidence as text: built only for the sentences shown.

    /// The text as written from the first word of `positions` to the end of its last, punctuation and
    /// hyphens included: a reader checks a quote against the article, so "clean-up" must not show as "clean up".
    private func written(_ positions: Range<Int>) -> String {
        guard let first = positions.first, let last = positions.last else { return "" }
        return Article.string(scalars[start(first)..<Int(word(last).end)])
    }

    /// The surface words of a piece of evidence, as the reasons show them.
    func text(of evidence: Evidence) -> String {
        switch evidence {
        case .words(let r):
            return written(r)
        case .quote(let r):
            return "“" + written(r.prefix(4)) + (r.count > 4 ? " …" : "") + "”"
        case .attribution(let i):
            // The resolved speaker, what the text calls it when that is a guess, and the cue.
            let a = attributions[i]
            let who = a.speaker.map { a.resolution.isGuess ? "\($0)? (\(a.speakerText))" : $0 } ?? a.speakerText
            return (who.isEmpty ? "" : who + " … ") + (a.cue.isEmpty ? "quoted" : a.cue)
        }
    }
}
