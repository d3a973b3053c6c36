/// Splits a paragraph of English news text into sentences by rule.
///
/// The segmenter walks the scalar array once with integer indices. A sentence can only end at a
/// run of terminators (`.` `?` `!` `…` and a few look-alikes) that is followed, after any closing
/// quotes and brackets, by white space or by the end of the range. Whether such a candidate is a
/// boundary depends on the word before the run and the word after it:
///
/// * Terminators before the first word of a sentence (`“… The government will`, `... Then`) open
///   it and never end it.
/// * After a quotation closed by its terminator, the speaker's attribution (`“…Christmas.’” Stover
///   said.`, `“Why?” Smith asked.`: capitalised names, a verb in `AttributionWords.quotationVerbs`, then `.` or `,`)
///   belongs to the same sentence.
/// * `?` / `!` (possibly mixed with dots): a boundary unless the next word starts in lower case
///   (`"Why?" he asked.` is one sentence). A single `!` that ends a name written with one
///   (`exclamationNames`: `Yahoo!`, `Jeopardy!`) is a boundary only before a sentence starter.
/// * Ellipsis (`...`, `…`, `. . .`): a boundary only when the next word is a capitalised common
///   sentence starter (`The`, `It`, `But`, `Then`, …). In news an ellipsis mostly marks an omission
///   inside a quotation, and what follows the omission is a name (`Russia… Ukraine`) or lower case;
///   a new sentence after an ellipsis starts with such a common word. Four dots (`....`, `….`,
///   `. . . .`) are an ellipsis plus a full stop and behave like a full stop.
/// * A list marker (one or two digits, one letter, a roman numeral, closed by `.`, `)` or `.)`):
///   its period never ends a sentence where lists put markers (first in the sentence, after
///   bullets or dashes, after a colon for a first item, or closed by `)` that closes no bracket),
///   and a list item after a terminator counts as a capitalised sentence starter (`…fees. (b) The…`,
///   `…rents. b) ban…`). Interviews' `Q.` and `A.` are such markers.
/// * A single `.` after
///   - a title (`Mr.`, `Dr.`, `Gen.`, …, also `vs.`, `v.`, `e.g.`, `i.e.`): never a boundary;
///   - a company or address suffix (`Inc.`, `Ltd.`, `Co.`, `St.`, `Jr.`, `etc.`, …) or a
///     multi-period acronym (`U.S.`, `D.C.`, `a.m.`, `Ph.D.`): a boundary only before a capitalised
///     sentence starter (`…in the U.S. It employs…` splits, `the U.S. Senate` does not), or when a
///     closing quote or bracket follows the period and the next word is capitalised;
///   - a numbering, date or currency prefix (`No.`, `pp.`, `Jan.`, `Sept.`, `Rs.`, `Rp.`, `Dh.`, …):
///     not a boundary before a number or amount (`No. 5`, `Mar. 3`, `Rs. 500`); otherwise like an
///     ordinary word;
///   - a single capital letter (an initial: `George W. Bush`): a boundary only before a
///     sentence starter of two or more letters (`Malcolm X. He` splits, `J. R. R. Tolkien` not);
///   - any other word, number or punctuation: a boundary unless the next word starts in lower
///     case. News text hardly ever starts a sentence in lower case, while unknown abbreviations
///     (`approx. three`, `ca. 1900`) are often followed by one, so lower case never starts a
///     sentence after a full stop. Words like `iPhone` or `eBay` (lower-case first letter, an
///     upper-case letter within) count as capitalised.
///
/// Closing quotes and brackets right after the terminators belong to the sentence; a lone closing
/// mark that is separated by a space (`…the end. ” Then`) is also attached to the sentence before.
public enum Segmenter {
    /// The sentence ranges in `scalars[range]`, as absolute indices into `scalars`, trimmed of
    /// surrounding white space, in order, covering every non-space character of the range exactly once.
    public static func sentenceRanges(in scalars: [Unicode.Scalar], range: Range<Int>) -> [Range<Int>] {
        let lo = max(0, min(range.lowerBound, scalars.count))
        let hi = max(lo, min(range.upperBound, scalars.count))
        guard lo < hi else { return [] }
        return scalars.withUnsafeBufferPointer { buffer in
            split(buffer, lo, hi)
        }
    }

    // MARK: - Data

    /// How an abbreviation followed by a single period behaves.
    enum AbbreviationKind: Sendable {
        /// Never ends a sentence (titles before names, `vs.`, `e.g.`).
        case never
        /// Ends a sentence only before a capitalised sentence starter (company and address suffixes).
        case beforeStarter
        /// Does not end a sentence before a number; otherwise an ordinary word (`No. 5`, `Mar. 3`).
        case unlessNumber
    }

    /// Every abbreviation the segmenter knows, in one place. Matching is case-sensitive and on the
    /// letters before the final period. Multi-period acronyms (`U.S.`, `a.m.`) need no entry: their
    /// shape is recognised (see `acronymKind`).
    static let abbreviations: [(String, AbbreviationKind)] = [
        // Titles and honorifics: always followed by a name.
        ("Mr", .never), ("Mrs", .never), ("Ms", .never), ("Mx", .never), ("Messrs", .never), ("Mmes", .never),
        ("Dr", .never), ("Prof", .never), ("Gov", .never), ("Govs", .never), ("Sen", .never), ("Sens", .never),
        ("Rep", .never), ("Reps", .never), ("Gen", .never), ("Gens", .never), ("Col", .never), ("Lt", .never),
        ("Sgt", .never), ("Capt", .never), ("Cmdr", .never), ("Cdr", .never), ("Adm", .never), ("Maj", .never),
        ("Brig", .never), ("Cpl", .never), ("Pvt", .never), ("Rev", .never), ("Hon", .never), ("Pres", .never),
        ("Supt", .never), ("Det", .never), ("Insp", .never), ("Atty", .never), ("Fr", .never), ("Ret", .never),
        ("Amb", .never), ("Asst", .never), ("Assoc", .never),
        // Indian honorifics (Shri, Shrimati); "Sh." is also the shilling, which is always followed by an amount.
        ("Sh", .never), ("Smt", .never),
        // Latin and connectives that are always followed by more of the sentence.
        ("vs", .never), ("v", .never), ("cf", .never), ("viz", .never), ("approx", .never), ("ca", .never),
        ("Vs", .never), ("Approx", .never),
        // Company, address and name suffixes: may end a sentence.
        ("Inc", .beforeStarter), ("Ltd", .beforeStarter), ("Co", .beforeStarter), ("Cos", .beforeStarter),
        ("Corp", .beforeStarter), ("Bros", .beforeStarter), ("Plc", .beforeStarter), ("Dept", .beforeStarter),
        ("Univ", .beforeStarter), ("Assn", .beforeStarter), ("Intl", .beforeStarter), ("Ave", .beforeStarter),
        ("Blvd", .beforeStarter), ("Rd", .beforeStarter), ("St", .beforeStarter), ("Mt", .beforeStarter),
        ("Ft", .beforeStarter), ("Jr", .beforeStarter), ("Sr", .beforeStarter), ("Esq", .beforeStarter),
        ("etc", .beforeStarter), ("al", .beforeStarter), ("est", .beforeStarter), ("Bldg", .beforeStarter),
        // US states and Canadian provinces as AP style abbreviates them after a city, in datelines
        // ("MEMPHIS, Tenn. (AP) —") and text ("Morro Bay, Calif. He was…" splits). Two-letter
        // dotted ones (N.Y., D.C.) are acronyms and need no entry.
        ("Ala", .beforeStarter), ("Ariz", .beforeStarter), ("Ark", .beforeStarter), ("Calif", .beforeStarter),
        ("Colo", .beforeStarter), ("Conn", .beforeStarter), ("Del", .beforeStarter), ("Fla", .beforeStarter),
        ("Ga", .beforeStarter), ("Ill", .beforeStarter), ("Ind", .beforeStarter), ("Kan", .beforeStarter),
        ("Ky", .beforeStarter), ("La", .beforeStarter), ("Md", .beforeStarter), ("Mass", .beforeStarter),
        ("Mich", .beforeStarter), ("Minn", .beforeStarter), ("Miss", .beforeStarter), ("Mo", .beforeStarter),
        ("Mont", .beforeStarter), ("Neb", .beforeStarter), ("Nev", .beforeStarter), ("Okla", .beforeStarter),
        ("Ore", .beforeStarter), ("Pa", .beforeStarter), ("Tenn", .beforeStarter), ("Va", .beforeStarter),
        ("Vt", .beforeStarter), ("Wash", .beforeStarter), ("Wis", .beforeStarter), ("Wyo", .beforeStarter),
        ("Ont", .beforeStarter), ("Que", .beforeStarter), ("Alta", .beforeStarter), ("Sask", .beforeStarter),
        ("Nfld", .beforeStarter),
        // Numbering and dates: not an end before a number.
        ("No", .unlessNumber), ("Nos", .unlessNumber), ("Vol", .unlessNumber), ("Sec", .unlessNumber),
        ("Vols", .unlessNumber), ("vol", .unlessNumber), ("Fig", .unlessNumber), ("Art", .unlessNumber),
        ("Ch", .unlessNumber), ("ch", .unlessNumber), ("Para", .unlessNumber), ("para", .unlessNumber),
        ("p", .unlessNumber), ("pp", .unlessNumber), ("op", .unlessNumber),
        ("Jan", .unlessNumber), ("Feb", .unlessNumber), ("Mar", .unlessNumber), ("Apr", .unlessNumber),
        ("Jun", .unlessNumber), ("Jul", .unlessNumber), ("Aug", .unlessNumber), ("Sep", .unlessNumber),
        ("Sept", .unlessNumber), ("Oct", .unlessNumber), ("Nov", .unlessNumber), ("Dec", .unlessNumber),
        ("c", .unlessNumber), ("Nr", .unlessNumber), ("Tel", .unlessNumber), ("tel", .unlessNumber),
        ("avg", .unlessNumber), ("min", .unlessNumber), ("max", .unlessNumber),
        // Currencies written before the amount: rupee, rupiah, dirham, taka, shillings, krone, Swiss
        // franc ("Sh." is with the titles above).
        ("Rs", .unlessNumber), ("Re", .unlessNumber), ("Rp", .unlessNumber), ("Dh", .unlessNumber),
        ("Dhs", .unlessNumber), ("Tk", .unlessNumber), ("Shs", .unlessNumber),
        ("KSh", .unlessNumber), ("Ksh", .unlessNumber), ("KShs", .unlessNumber), ("Kr", .unlessNumber),
        ("SFr", .unlessNumber),
        // Words that always have more of the sentence after them.
        ("incl", .never), ("excl", .never), ("Incl", .never), ("Excl", .never),
    ]

    /// Names and titles written with a final `!`. After one, `!` ends a sentence only before a
    /// capitalised sentence starter (`Yahoo! Finance` stays whole, `…on Yahoo! The ad…` splits).
    static let exclamationNames: [String] = ["Yahoo", "Jeopardy", "Yum", "Wham", "E"]

    /// Roman numerals that number list items and sections (`II.`, `iv)`); single letters need no entry.
    static let romanNumerals: [String] = [
        "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii",
        "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII",
    ]

    /// The markers a list's first item has, the only ones taken for a list right after a colon.
    static let firstListMarkers: Set<Unicode.Scalar> = ["1", "a", "A", "i", "I"]

    /// Capitalised words that commonly open a sentence in news text and rarely follow an
    /// abbreviation inside one. Compared case-insensitively.
    static let sentenceStarters: [String] = [
        "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their",
        "our", "my", "your", "this", "that", "these", "those", "there", "here", "but", "and", "or", "nor",
        "so", "yet", "still", "however", "meanwhile", "in", "on", "at", "for", "from", "with", "by", "as",
        "after", "before", "when", "while", "if", "although", "though", "because", "since", "until",
        "despite", "during", "over", "among", "some", "many", "most", "few", "several", "all",
        "both", "each", "every", "one", "not", "then", "now", "today", "yesterday", "tomorrow", "last",
        "next", "other", "others", "such", "what", "who", "whom", "whose", "why", "how", "where", "which",
        "whether", "instead", "indeed", "moreover", "furthermore", "nevertheless", "nonetheless", "thus",
        "therefore", "hence", "also", "even", "only", "just", "according", "overall", "later", "earlier",
        "separately", "elsewhere", "similarly", "likewise", "otherwise", "besides", "finally", "once",
        "do", "does", "did", "is", "are", "was", "were", "has",
        "have", "had", "would", "can", "could", "should", "might", "must", "let", "please", "officials",
        "additionally", "consequently", "regardless", "yes", "asked", "about", "more", "less",
        "any", "another", "without", "against", "through", "between", "within", "across", "again",
        "unlike", "like", "sources", "analysts", "experts", "critics", "police", "authorities",
        "investors", "traders", "residents", "voters", "lawmakers", "prosecutors", "witnesses",
        "protesters", "shares", "prices", "markets", "workers", "officers", "doctors", "researchers",
        "scientists", "economists", "diplomats", "troops", "soldiers",
    ]

    // MARK: - Keys (no String work at run time)

    /// Packs up to 10 ASCII letters, case-sensitively, into a key; nil for anything else.
    @inline(__always)
    static func abbreviationKey<C: Collection>(_ letters: C) -> UInt64? where C.Element == Unicode.Scalar {
        var key: UInt64 = 0
        var n = 0
        for c in letters {
            let v = c.value
            let code: UInt64
            if v >= 0x61 && v <= 0x7A { code = UInt64(v - 0x60) } else if v >= 0x41 && v <= 0x5A { code = UInt64(v - 0x41 + 27) } else { return nil }
            n += 1
            if n > 10 { return nil }
            key = key << 6 | code
        }
        return n == 0 ? nil : key
    }

    /// Packs up to 12 ASCII letters (and apostrophes), case-insensitively, into a key; nil otherwise.
    @inline(__always)
    static func starterKey<C: Collection>(_ letters: C) -> UInt64? where C.Element == Unicode.Scalar {
        var key: UInt64 = 0
        var n = 0
        for c in letters {
            var v = c.value
            if v == 0x2019 { v = 0x27 }
            if v >= 0x41 && v <= 0x5A { v += 0x20 }
            let code: UInt64
            if v >= 0x61 && v <= 0x7A { code = UInt64(v - 0x60) } else if v == 0x27 { code = 27 } else { return nil }
            n += 1
            if n > 12 { return nil }
            key = key << 5 | code
        }
        return n == 0 ? nil : key
    }

    static let abbreviationTable: [UInt64: AbbreviationKind] = {
        var table = [UInt64: AbbreviationKind]()
        for (word, kind) in abbreviations {
            if let key = abbreviationKey(word.unicodeScalars) { table[key] = kind }
        }
        return table
    }()

    static let exclamationNameTable: Set<UInt64> = Set(exclamationNames.compactMap { abbreviationKey($0.unicodeScalars) })

    static let attributionVerbTable: Set<UInt64> = Set(AttributionWords.quotationVerbs.compactMap { starterKey($0.unicodeScalars) })

    static let romanNumeralTable: Set<UInt64> = Set(romanNumerals.compactMap { abbreviationKey($0.unicodeScalars) })

    static let starterTable: Set<UInt64> = {
        var set = Set<UInt64>()
        for word in sentenceStarters {
            if let key = starterKey(word.unicodeScalars) { set.insert(key) }
        }
        return set
    }()

    // MARK: - The next word

    enum NextKind { case upper, lower, digit, other }

    struct NextWord {
        var kind: NextKind
        /// A capitalised word in `sentenceStarters`.
        var isStarter: Bool
        /// The starter has two or more letters (not `A` or `I`).
        var isLongStarter: Bool
    }

    /// Classifies the word at `k` (the first non-space scalar after a candidate in the sentence from
    /// `start`), skipping opening quotes and brackets.
    static func nextWord(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ k: Int, _ hi: Int) -> NextWord {
        var p = k
        var skipped = 0
        while p < hi, skipped < 8, CharacterClass.isOpeningMark(s[p]) { p += 1; skipped += 1 }
        guard p < hi else { return NextWord(kind: .other, isStarter: false, isLongStarter: false) }
        let c = s[p]
        // A list item ("2. Hire", "b) cut", "(iv) The") starts a sentence however its marker is written.
        let marker = startsListItem(s, start, k, p, hi)
        // An amount, a number sign or a phone number starts like a number ("$5", "€3", "#1", "+44").
        if CharacterClass.isDigit(c) || CharacterClass.isCurrencySign(c) || c == "#" || c == "+" {
            return NextWord(kind: .digit, isStarter: marker, isLongStarter: false)
        }
        if marker { return NextWord(kind: .upper, isStarter: true, isLongStarter: false) }
        if CharacterClass.isLower(c) {
            // iPhone, eBay, iOS: an upper-case letter soon after a lower-case start.
            var q = p + 1
            let limit = min(hi, p + 6)
            while q < limit, CharacterClass.isLetter(s[q]) {
                if CharacterClass.isUpper(s[q]) { return NextWord(kind: .upper, isStarter: false, isLongStarter: false) }
                q += 1
            }
            return NextWord(kind: .lower, isStarter: false, isLongStarter: false)
        }
        guard CharacterClass.isUpper(c) else { return NextWord(kind: .other, isStarter: false, isLongStarter: false) }
        // The word: its letters, at most 13 looked at ("It's" is read as "It").
        var q = p
        let limit = min(hi, p + 13)
        while q < limit, CharacterClass.isLetter(s[q]) { q += 1 }
        var starter = false
        // A hyphen makes a compound ("All-Star"), which is not a sentence starter.
        if q - p <= 12, q == hi || (!CharacterClass.isLetter(s[q]) && !CharacterClass.isHyphen(s[q])),
           let key = starterKey(UnsafeBufferPointer(rebasing: s[p..<q])) {
            starter = starterTable.contains(key)
        }
        return NextWord(kind: .upper, isStarter: starter, isLongStarter: starter && q - p >= 2)
    }

    // MARK: - The word before a period

    enum PrevKind {
        case ordinary
        case abbreviation(AbbreviationKind)
        case acronym
        case initial
    }

    /// Classifies the token ending just before the period at `i`.
    static func previousWord(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ lo: Int) -> PrevKind {
        var b = i
        let floor = max(lo, i - 24)
        while b > floor {
            let c = s[b - 1]
            if CharacterClass.isLetter(c) || CharacterClass.isDigit(c) || c == "." { b -= 1 } else { break }
        }
        if b == floor && b > lo {
            let c = s[b - 1]
            if CharacterClass.isLetter(c) || CharacterClass.isDigit(c) || c == "." { return .ordinary }  // too long to be an abbreviation
        }
        // Tokens glued to a preceding letterless mark like "-" or "/" are fine; strip leading periods.
        while b < i && s[b].value == 0x2E { b += 1 }
        let n = i - b
        guard n > 0 else { return .ordinary }
        var periods = 0
        var hasDigit = false
        var nonASCII = false
        for p in b..<i {
            let c = s[p]
            if c == "." { periods += 1 } else if CharacterClass.isDigit(c) { hasDigit = true } else if !c.isASCII { nonASCII = true }
        }
        if hasDigit { return .ordinary }
        if periods > 0 {
            return acronymKind(s, b, i) ?? .ordinary
        }
        if n == 1 {
            if CharacterClass.isUpper(s[b]) { return .initial }
        }
        if nonASCII { return .ordinary }
        if let key = abbreviationKey(UnsafeBufferPointer(rebasing: s[b..<i])), let kind = abbreviationTable[key] {
            return .abbreviation(kind)
        }
        return .ordinary
    }

    /// `U.S`, `a.m`, `Ph.D`, `e.g`: letter groups of one or two letters joined by single periods.
    static func acronymKind(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ b: Int, _ e: Int) -> PrevKind? {
        var group = 0
        var groups = 0
        for p in b..<e {
            if s[p] == "." {
                if group == 0 { return nil }
                groups += 1
                group = 0
            } else {
                if !CharacterClass.isLetter(s[p]) { return nil }
                group += 1
                if group > 2 { return nil }
            }
        }
        if group == 0 { return nil }
        groups += 1
        // e.g. and i.e. never end a sentence.
        if groups == 2, e - b == 3 {
            let x = s[b].value, y = s[b + 2].value
            if (x == 0x65 && y == 0x67) || (x == 0x69 && y == 0x65) { return .abbreviation(.never) }
        }
        return .acronym
    }

    // MARK: - List markers, names with "!", marks before the first word

    /// Where a list marker's token starting at `p` ends: one or two digits, one letter, or a roman
    /// numeral (`romanNumerals`), not followed by another letter or digit. Nil when there is none.
    static func listMarkerEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ p: Int, _ hi: Int) -> Int? {
        var q = p
        if CharacterClass.isDigit(s[p]) {
            while q < hi, q - p < 3, CharacterClass.isDigit(s[q]) { q += 1 }
            guard q - p <= 2 else { return nil }
        } else {
            var roman = true
            while q < hi, q - p < 5, CharacterClass.isLetter(s[q]) {
                if !isRomanDigit(s[q]) { roman = false }
                q += 1
            }
            // Only words of i, v and x are looked up, so ordinary words cost no hashing.
            guard q - p == 1 || (roman && q - p <= 4 && romanNumeralTable.contains(abbreviationKey(UnsafeBufferPointer(rebasing: s[p..<q])) ?? 0)) else {
                return nil
            }
        }
        guard q > p, q == hi || !(CharacterClass.isLetter(s[q]) || CharacterClass.isDigit(s[q])) else { return nil }
        return q
    }

    /// Whether a list item starts at `p` (`k` before any opening marks, in the sentence from `start`):
    /// a marker closed by `)` or `.)` that closes no bracket opened before (`(H.R. 5) passed`), or a
    /// digit or lower-case marker closed by `.` before a word that is not lower case. Capital letters
    /// with a period are left out: they are initials far more often (`J. R. R. Tolkien`).
    static func startsListItem(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ k: Int, _ p: Int, _ hi: Int) -> Bool {
        // Fast path for the usual next word ("The", "said"): a letter that is no roman digit starts a
        // marker only as a single letter, so the scalar after it must already be "." or ")".
        guard p + 1 < hi else { return false }
        if CharacterClass.isLetter(s[p]), !isRomanDigit(s[p]), s[p + 1] != ".", s[p + 1] != ")" { return false }
        guard let e = listMarkerEnd(s, p, hi), e + 1 < hi else { return false }
        var q = e
        if s[q] == "." { q += 1 }
        let bracket = q < hi && s[q] == ")"
        if bracket { q += 1 }
        guard q > e, q < hi, CharacterClass.isSpace(s[q]) else { return false }
        if bracket { return (p > k && s[p - 1] == "(") || !bracketOpen(s, start, k) }
        guard CharacterClass.isDigit(s[p]) || CharacterClass.isLower(s[p]) else { return false }
        var r = q
        while r < hi, r - q < 4, CharacterClass.isSpace(s[r]) { r += 1 }
        return r < hi && !CharacterClass.isLower(s[r])
    }

    /// Whether the period at `i` closes a list marker (`1.`, `b.`, `iv.`, `2.)`) where lists put one:
    /// first in the sentence (after bullets or an opening bracket), after a colon when it is the
    /// first item (`1`, `a`, `i`), or before `)` with no bracket open in the sentence (`Growth 2.) Jobs`).
    static func isListMarkerPeriod(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ start: Int, _ lo: Int, bracketFollows: Bool) -> Bool {
        // Fast path for the usual word before a period ("percent."): a last letter that is no roman
        // digit ends a marker only as a single letter.
        if i - 2 >= lo, CharacterClass.isLetter(s[i - 1]), !isRomanDigit(s[i - 1]), CharacterClass.isLetter(s[i - 2]) { return false }
        var b = i
        while b > max(lo, i - 4), CharacterClass.isLetter(s[b - 1]) || CharacterClass.isDigit(s[b - 1]) { b -= 1 }
        guard b < i, b == lo || !(CharacterClass.isLetter(s[b - 1]) || CharacterClass.isDigit(s[b - 1]) || s[b - 1] == "."),
              listMarkerEnd(s, b, i + 1) == i else { return false }
        var p = b
        while p > start, b - p < 8, isBeforeListMarker(s[p - 1]) { p -= 1 }
        if p == start { return true }
        if s[p - 1] == ":", i - b == 1, firstListMarkers.contains(s[b]) { return true }
        guard bracketFollows else { return false }
        // A bracket opened before ("see Figure 2.)") is what the ")" closes, so this is no marker.
        return !bracketOpen(s, start, b)
    }

    /// The letters list numbering uses in roman numerals: i, v, x in either case.
    @inline(__always)
    static func isRomanDigit(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "i", "v", "x", "I", "V", "X": return true
        default: return false
        }
    }

    /// What may stand between a sentence's start and its list marker: spaces, bullets, dashes used
    /// as bullets (`- 1.`, `— 2.`) and an opening bracket.
    @inline(__always)
    static func isBeforeListMarker(_ c: Unicode.Scalar) -> Bool {
        CharacterClass.isSpace(c) || CharacterClass.isBullet(c) || CharacterClass.isHyphen(c) || c == "\u{2014}" || c == "("
    }

    /// Whether a `(` opened in `s[start..<e]` is still open at `e`. Looks back at most 200 scalars.
    static func bracketOpen(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ e: Int) -> Bool {
        var depth = 0
        var q = e
        while q > max(start, e - 200) {
            q -= 1
            if s[q] == ")" { depth += 1 } else if s[q] == "(" { if depth == 0 { return true }; depth -= 1 }
        }
        return false
    }

    /// Whether the `!` at `i` ends a name that is written with one (`exclamationNames`: `Yahoo!`).
    static func endsExclamationName(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ lo: Int) -> Bool {
        var b = i
        while b > max(lo, i - 11), CharacterClass.isLetter(s[b - 1]) { b -= 1 }
        guard b < i, b == lo || !CharacterClass.isLetter(s[b - 1]) else { return false }
        guard let key = abbreviationKey(UnsafeBufferPointer(rebasing: s[b..<i])) else { return false }
        return exclamationNameTable.contains(key)
    }

    /// Whether the words at `k` attribute a quotation: one to three capitalised words, then a verb in
    /// `AttributionWords.quotationVerbs`, then `.` or `,` or the end (`Stover said.`, `Mr Jan said,`). A verb followed
    /// by more words (`Stover said the team…`) starts a sentence of its own.
    static func attributionFollows(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ k: Int, _ hi: Int) -> Bool {
        var p = k
        var names = 0
        while names < 3, p < hi, CharacterClass.isUpper(s[p]) {
            var q = p + 1
            while q < hi, q - p < 24, CharacterClass.isLetter(s[q]) || CharacterClass.isHyphen(s[q]) || CharacterClass.isApostrophe(s[q]) { q += 1 }
            guard q < hi, s[q] == " " else { return false }
            p = q + 1
            names += 1
        }
        guard names > 0 else { return false }
        var q = p
        while q < hi, q - p < 13, CharacterClass.isLower(s[q]) { q += 1 }
        guard q > p, q - p <= 12, let key = starterKey(UnsafeBufferPointer(rebasing: s[p..<q])),
              attributionVerbTable.contains(key) else { return false }
        return q == hi || s[q] == "." || s[q] == ","
    }

    /// Whether only white space, opening marks and bullets come between the sentence start and `i`.
    /// Looks at no more than eight scalars: a longer run of them is no real sentence opening anyway.
    @inline(__always)
    static func opensSentence(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ i: Int) -> Bool {
        guard i - start <= 8 else { return false }
        var p = start
        while p < i, CharacterClass.isSpace(s[p]) || CharacterClass.isOpeningMark(s[p]) || CharacterClass.isBullet(s[p]) { p += 1 }
        return p == i
    }

    // MARK: - The scan

    static func split(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ lo: Int, _ hi: Int) -> [Range<Int>] {
        var out = [Range<Int>]()
        var start = -1
        var i = lo
        while i < hi {
            let c = s[i]
            if start < 0 {
                if CharacterClass.isSpace(c) { i += 1; continue }
                start = i
            }
            if !CharacterClass.isSentenceTerminator(c) { i += 1; continue }
            let (end, boundary) = candidate(s, i, start, lo, hi)
            if boundary {
                out.append(start..<end)
                start = -1
            }
            i = end
        }
        if start >= 0 {
            var e = hi
            while e > start, CharacterClass.isSpace(s[e - 1]) { e -= 1 }
            if e > start { out.append(start..<e) }
        }
        return out
    }

    /// Looks at the terminator run starting at `i`, in the sentence that starts at `start`. Returns where
    /// the sentence would end (after the run and its closing marks) and whether it does end there.
    /// Always returns `end > i`.
    static func candidate(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ start: Int, _ lo: Int, _ hi: Int) -> (Int, Bool) {
        var j = i
        var dots = 0
        var ellipses = 0
        var strong = false
        while j < hi {
            let v = s[j].value
            if v == 0x2E || v == 0xFF0E { dots += 1 } else if v == 0x2026 { ellipses += 1 } else if CharacterClass.isSentenceTerminator(s[j]) { strong = true } else { break }
            j += 1
        }
        // Spaced ellipsis ". . ." (and a fourth dot).
        if !strong, ellipses == 0, dots == 1, j + 3 < hi,
           s[j].value == 0x20, s[j + 1].value == 0x2E, s[j + 2].value == 0x20, s[j + 3].value == 0x2E {
            j += 4
            dots = 3
            if j + 1 < hi, s[j].value == 0x20, s[j + 1].value == 0x2E, j + 2 == hi || CharacterClass.isSpace(s[j + 2]) || CharacterClass.isClosingMark(s[j + 2]) {
                j += 2
                dots = 4
            }
        }
        let runEnd = j
        var quoted = false
        while j < hi, CharacterClass.isClosingMark(s[j]) {
            if CharacterClass.isClosingQuote(s[j]) { quoted = true }
            j += 1
        }
        let closed = j > runEnd
        guard j < hi else { return (j, true) }
        guard CharacterClass.isSpace(s[j]) else { return (j, false) }

        // The next non-space scalar; a stray strict closer there still belongs to this sentence.
        var k = j
        while true {
            while k < hi, CharacterClass.isSpace(s[k]) { k += 1 }
            guard k < hi else { return (j, true) }
            guard CharacterClass.isStrictClosingMark(s[k]) else { break }
            var m = k
            while m < hi, CharacterClass.isClosingMark(s[m]) { m += 1 }
            guard m == hi || CharacterClass.isSpace(s[m]) else { break }
            j = m
            k = m
        }
        let next = nextWord(s, start, k, hi)

        let boundary: Bool
        if opensSentence(s, start, i) {
            // Marks before the first word ("… The government will", "“... Then") open the sentence.
            boundary = false
        } else if quoted, next.kind == .upper, !next.isStarter, attributionFollows(s, k, hi) {
            // “…a ‘Merry Christmas.’” Stover said. — the speaker's attribution ends the quotation's sentence.
            boundary = false
        } else if strong {
            if runEnd - i == 1, s[i] == "!", endsExclamationName(s, i, lo) {
                boundary = next.isStarter || (closed && next.kind == .upper)
            } else {
                boundary = next.kind != .lower
            }
        } else if ellipses > 0 || dots >= 3 {
            let fullStop = (dots + 3 * ellipses >= 4) && s[runEnd - 1].value == 0x2E
            if fullStop {
                boundary = next.kind != .lower
            } else {
                boundary = next.isStarter
            }
        } else if dots >= 2 {
            boundary = next.kind != .lower
        } else if isListMarkerPeriod(s, i, start, lo, bracketFollows: runEnd < hi && s[runEnd] == ")") {
            boundary = false
        } else {
            switch previousWord(s, i, lo) {
            case .ordinary:
                boundary = next.kind != .lower
            case .abbreviation(.never):
                boundary = false
            case .abbreviation(.beforeStarter), .acronym:
                boundary = next.isStarter || (closed && next.kind == .upper)
            case .abbreviation(.unlessNumber):
                boundary = next.kind != .lower && next.kind != .digit
            case .initial:
                boundary = next.isLongStarter
            }
        }
        return (j, boundary)
    }
}
