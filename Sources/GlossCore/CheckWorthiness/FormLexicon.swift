/// The `Lexicon` translated to one article's form ids, built once per article so the rules compare integers.
///
/// Looking each lexicon word up in `WordIndex.ids` uses the same String equality as `Set<String>.contains`
/// on the folded form, so a flag is set exactly when the old string test would have matched.
final class FormLexicon: Sendable {
    /// What a form is, as bits of `flags`.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt32
        static let reportingVerb = Flags(rawValue: 1 << 0)
        static let reportingNoun = Flags(rawValue: 1 << 1)
        static let quantity = Flags(rawValue: 1 << 2)
        static let modality = Flags(rawValue: 1 << 3)
        static let causal = Flags(rawValue: 1 << 4)
        static let comparative = Flags(rawValue: 1 << 5)
        static let superlative = Flags(rawValue: 1 << 6)
        static let firstPerson = Flags(rawValue: 1 << 7)
        static let month = Flags(rawValue: 1 << 8)
        static let weekday = Flags(rawValue: 1 << 9)
        static let relativeDay = Flags(rawValue: 1 << 10)
        /// A word after which "May" is the month ("in May", "since May").
        static let beforeMonth = Flags(rawValue: 1 << 12)
        /// An ASCII digit in the form. Folding only lower-cases, straightens apostrophes and drops
        /// acronym points, so the form has a digit exactly when the surface word does.
        static let digit = Flags(rawValue: 1 << 13)
        // The first word of a phrase in each phrase list: most words start none, so the search skips them.
        static let startsOccasion = Flags(rawValue: 1 << 14)
        static let startsPrediction = Flags(rawValue: 1 << 15)
        static let startsCausal = Flags(rawValue: 1 << 16)
        static let startsPublication = Flags(rawValue: 1 << 17)
        static let startsDate = Flags(rawValue: 1 << 18)
        static let may = Flags(rawValue: 1 << 19)
        static let according = Flags(rawValue: 1 << 20)
    }

    /// Flags per form id.
    let flags: [Flags]
    /// Ids of the single words some rules name; -1 when the article never uses the word.
    let may: Int32, i: Int32, according: Int32, to: Int32
    /// The lexicon's phrases as form ids, in the lexicon's order; phrases with a word the article
    /// never uses are left out, since they cannot match.
    let occasions: Phrases, predictionPhrases: Phrases, causalPhrases: Phrases
    let publicationPhrases: Phrases, datePhrases: Phrases

    /// A phrase list as form ids, and the flag its first words carry.
    struct Phrases: Sendable {
        let list: [[Int32]]
        let start: Flags
    }

    init(_ index: WordIndex) {
        var flags = [Flags](repeating: [], count: index.vocabulary.count)
        func mark(_ words: Set<String>, _ flag: Flags) {
            for w in words { if let id = index.ids[w] { flags[Int(id)].insert(flag) } }
        }
        mark(Lexicon.reportingVerbs, .reportingVerb)
        mark(Lexicon.reportingNouns, .reportingNoun)
        mark(Lexicon.quantityWords, .quantity)
        mark(Lexicon.modality, .modality)
        mark(Lexicon.causalWords, .causal)
        mark(Lexicon.comparatives, .comparative)
        mark(Lexicon.firstPerson, .firstPerson)
        mark(Lexicon.months, .month)
        mark(Lexicon.weekdays, .weekday)
        mark(Lexicon.relativeDays, .relativeDay)
        mark(Lexicon.beforeMonth, .beforeMonth)
        for (id, form) in index.vocabulary.enumerated() {
            let utf8 = form.utf8
            let digit = utf8.contains(where: CharacterClass.isASCIIDigit(byte:))
            let endsEst = utf8.count >= 3 && utf8.suffix(3).elementsEqual("est".utf8)
            if digit { flags[id].insert(.digit) }
            // Ending in the bytes "est" is necessary for hasSuffix("est"); the exact test runs only then.
            if endsEst, Lexicon.isSuperlative(form) { flags[id].insert(.superlative) }
        }
        func id(_ w: String) -> Int32 { index.ids[w] ?? -1 }
        may = id("may"); i = id("i"); according = id("according"); to = id("to")
        if may >= 0 { flags[Int(may)].insert(.may) }
        if according >= 0 { flags[Int(according)].insert(.according) }
        func phrases(_ list: [[String]], _ start: Flags) -> Phrases {
            let ids = list.compactMap { p -> [Int32]? in
                let ids = p.compactMap { index.ids[$0] }
                return ids.count == p.count ? ids : nil
            }
            for p in ids { flags[Int(p[0])].insert(start) }
            return Phrases(list: ids, start: start)
        }
        occasions = phrases(Lexicon.occasions, .startsOccasion)
        predictionPhrases = phrases(Lexicon.predictionPhrases, .startsPrediction)
        causalPhrases = phrases(Lexicon.causalPhrases, .startsCausal)
        publicationPhrases = phrases(Lexicon.publicationPhrases, .startsPublication)
        datePhrases = phrases(Lexicon.datePhrases, .startsDate)
        self.flags = flags
    }

    @inline(__always) func flags(_ form: Int32) -> Flags { flags[Int(form)] }
}
