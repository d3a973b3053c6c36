/// The word lists the check-worthiness rules use (folded forms: lower case, straight apostrophes).
enum Lexicon {
    static let doubleQuotes: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}"]

    /// Membership in `doubleQuotes` without hashing the scalars that cannot be one (every quote but `"` is above U+00AA).
    @inline(__always) static func isDoubleQuote(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || (c.value > 0xAA && doubleQuotes.contains(c))
    }

    /// The attribution rules' reporting verbs (one list of what reports speech), less those with a
    /// common sense that reports nothing: alone in a sentence, only a verb of speech is a sign.
    static var reportingVerbs: Set<String> {
        AttributionWords.reportingVerbs.union(AttributionWords.participles).subtracting(AttributionWords.otherSenses)
    }

    static let reportingNouns: Set<String> = [
        "statement", "notice", "remarks", "comment", "comments", "memorandum", "announcement", "speech",
        "interview", "letter", "warning", "declaration", "testimony", "briefing", "communique", "tweet", "post",
    ]

    static let occasions: [[String]] = [
        ["press", "conference"], ["news", "conference"], ["summit"], ["meeting"], ["briefing"], ["interview"],
        ["speech"], ["rally"], ["hearing"], ["visit"], ["announcement"], ["debate"], ["ceremony"], ["session"],
    ]

    static let quantityWords: Set<String> = [
        "percent", "per", "cent", "million", "millions", "billion", "billions", "trillion", "thousand", "thousands",
        "hundred", "hundreds", "dozen", "dozens", "half", "quarter", "twice", "double", "doubled", "tripled",
        "halved", "majority", "minority", "average", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty",
    ]

    static let modality: Set<String> = [
        "will", "would", "might", "may", "could", "shall", "won't", "expect", "expects", "expected", "forecast",
        "forecasts", "predict", "predicts", "likely", "unlikely", "likelihood", "possibility", "plans", "intends",
    ]

    static let predictionPhrases: [[String]] = [["going", "to"], ["is", "set", "to"], ["are", "set", "to"]]

    static let causalWords: Set<String> = [
        "because", "cause", "causes", "caused", "causing", "therefore", "thus", "consequently", "hence", "sparked",
        "triggered", "impact", "impacts", "resulted", "owing", "reason", "fuelled", "fueled", "thanks",
    ]

    static let causalPhrases: [[String]] = [
        ["due", "to"], ["led", "to"], ["leads", "to"], ["lead", "to"], ["as", "a", "result"], ["so", "that"],
        ["in", "response", "to"], ["result", "of"],
    ]

    static let comparatives: Set<String> = [
        "more", "most", "less", "least", "fewer", "fewest", "than", "best", "worst", "first", "record",
        "higher", "lower", "larger", "smaller", "bigger", "greater", "better", "worse",
    ]

    static let notSuperlatives: Set<String> = [
        "interest", "interests", "request", "requests", "suggest", "suggests", "protest", "protests", "honest",
        "modest", "forest", "harvest", "manifest", "arrest", "contest", "invest", "digest", "rest", "guest",
        "pest", "chest", "quest", "conquest", "attest", "detest", "unrest", "behest", "earnest",
    ]

    /// Superlatives by their ending, leaving out common words that only look like one.
    static func isSuperlative(_ w: String) -> Bool {
        w.hasSuffix("est") && w.count >= 6 && !notSuperlatives.contains(w)
    }

    static let firstPerson: Set<String> = ["i", "me", "my", "mine", "myself"]

    static let publicationPhrases: [[String]] = [
        ["this", "article"], ["this", "story"], ["this", "column"], ["republished"], ["originally", "published"],
        ["original", "publication"], ["with", "permission"], ["copyright"], ["all", "rights", "reserved"],
        ["subscribe"], ["newsletter"], ["sign", "up"],
    ]

    static let months: Set<String> = [
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december",
    ]

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    static let relativeDays: Set<String> = ["yesterday", "today", "tomorrow", "tonight"]

    /// Words after which "May" is the month ("in May", "since May").
    static let beforeMonth: Set<String> = ["in", "on", "since", "by", "until", "last", "next", "early", "late", "mid"]

    static let datePhrases: [[String]] = [
        ["last", "week"], ["last", "month"], ["last", "year"], ["next", "week"], ["next", "month"], ["next", "year"],
        ["this", "week"], ["this", "year"],
    ]
}
