/// The check-worthiness rules, each one value: name, weight, explanation, the words it needs and its
/// matcher. The single place to add, remove or tune a rule; the word lists they read are in `Lexicon`.
extension CheckWorthiness {
    /// The rules in the order reasons list them.
    public static let rules: [Rule] = [
        attribution, reportedSpeech, quotation, number, date, quantity, occasion,
        prediction, causation, comparison, firstPerson, publicationNotice,
    ]

    static let attribution = Rule(
        name: "attribution", weight: 3,
        explanation: "who said what: a statement or quotation credited to a named actor (Putin issued a notice that …, South Korea’s memorandum demanded …)"
    ) { f in
        f.attributions.firstIndex { $0.speaker != nil }.map { .attribution($0) }
    }

    static let reportedSpeech = Rule(
        name: "reported", weight: 1,
        explanation: "reported speech with no named speaker (officials said, a spokesman warned), or a reporting word alone",
        needs: [.reportingVerb, .reportingNoun, .according]
    ) { f in
        guard !f.attributions.contains(where: { $0.speaker != nil }) else { return nil }
        if let i = f.attributions.indices.first { return .attribution(i) }
        // A reporting verb, else a reporting noun or "according to"; capitalised, it is part of a name ("United States").
        return f.first { f.flags($0).contains(.reportingVerb) && !f.isCapitalised($0) }
            ?? f.first { k in
                f.form(k) == f.lexicon.according ? k + 1 < f.count && f.form(k + 1) == f.lexicon.to
                    : f.flags(k).contains(.reportingNoun) && !f.isCapitalised(k)
            }
    }

    static let quotation = Rule(
        name: "quote", weight: 2,
        explanation: "direct quotation: text between double quotation marks"
    ) { f in
        for q in f.quoted {
            let inside = f.words(startingIn: q)
            if inside.count >= 2 { return .quote(inside) }
        }
        return nil
    }

    static let number = Rule(
        name: "number", weight: 2,
        explanation: "a figure written in digits (3, 1,000, 9th, 2.5)", needs: .digit
    ) { f in f.first { f.hasDigit($0) } }

    static let date = Rule(
        name: "date", weight: 1,
        explanation: "a date or time: a month or weekday name, a year, yesterday, last week",
        needs: [.may, .month, .weekday, .relativeDay, .digit, .startsDate]
    ) { f in
        for k in 0..<f.count {
            let flags = f.flags(k)
            if f.form(k) == f.lexicon.may {
                // The month only beside a figure ("May 9th", "9 May") or after "in"/"on"/"since"/"by".
                let beside = (k + 1 < f.count && f.hasDigit(k + 1)) || (k > 0 && f.hasDigit(k - 1))
                let after = k > 0 && f.flags(k - 1).contains(.beforeMonth)
                if f.isCapitalised(k) && (beside || after) { return .words(k..<(beside && k + 1 < f.count ? k + 2 : k + 1)) }
                continue
            }
            if !flags.isDisjoint(with: [.month, .weekday]), f.isCapitalised(k) { return .words(k..<(k + 1)) }
            if flags.contains(.relativeDay) || f.isYear(k) { return .words(k..<(k + 1)) }
        }
        return f.firstPhrase(in: f.lexicon.datePhrases)
    }

    static let quantity = Rule(
        name: "quantity", weight: 1,
        explanation: "a quantity word: percent, million, dozens, half, twice, doubled", needs: .quantity
    ) { f in f.first { f.flags($0).contains(.quantity) } }

    static let occasion = Rule(
        name: "occasion", weight: 1,
        explanation: "a specific occasion: a press conference, summit, meeting, interview, speech, announcement, visit",
        needs: .startsOccasion
    ) { f in f.firstPhrase(in: f.lexicon.occasions) }

    static let prediction = Rule(
        name: "prediction", weight: 1,
        explanation: "prediction or modality: will, would, might, could, may, expects, likely",
        needs: [.modality, .startsPrediction]
    ) { f in
        for k in 0..<f.count where f.flags(k).contains(.modality) {
            // "May" the month is not the modal verb.
            if f.form(k) == f.lexicon.may, f.surfaceIs(k, "May") || (k + 1 < f.count && f.hasDigit(k + 1)) { continue }
            return .words(k..<(k + 1))
        }
        return f.firstPhrase(in: f.lexicon.predictionPhrases)
    }

    static let causation = Rule(
        name: "causal", weight: 1,
        explanation: "causal language: because, caused, led to, due to, as a result, sparked",
        needs: [.causal, .startsCausal]
    ) { f in f.first { f.flags($0).contains(.causal) } ?? f.firstPhrase(in: f.lexicon.causalPhrases) }

    static let comparison = Rule(
        name: "comparison", weight: 1,
        explanation: "a comparative or superlative: more, less, than, most, largest, first",
        needs: [.comparative, .superlative]
    ) { f in f.first { !f.flags($0).isDisjoint(with: [.comparative, .superlative]) } }

    static let firstPerson = Rule(
        name: "first person", weight: -2,
        explanation: "the writer's own experience (I, me, my outside quotation marks): hard to check, counts against",
        needs: .firstPerson
    ) { f in
        f.first { k in f.flags(k).contains(.firstPerson) && (f.form(k) != f.lexicon.i || f.surfaceIs(k, "I")) && !f.isQuoted(k) }
    }

    static let publicationNotice = Rule(
        name: "publication notice", weight: -3,
        explanation: "about the publication itself (this article, republished, with permission, copyright): counts against",
        needs: .startsPublication
    ) { f in f.firstPhrase(in: f.lexicon.publicationPhrases) }
}
