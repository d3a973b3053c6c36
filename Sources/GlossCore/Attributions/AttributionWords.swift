/// The word lists the attribution rules use, as data (folded forms: lower case, straight apostrophes).
///
/// The rules in `AttributionFinder` and `SpeakerResolver` only ask which list a word is in; adding a
/// reporting verb or a kind of unnamed source is a change to this file alone.
public enum AttributionWords {
    /// Verbs that close a quotation right after the speaker's name (`“…” Stover said.`, `“Why?” Smith
    /// asked.`): the segmenter keeps such a sentence with its quotation. Each is a reporting verb too.
    static let quotationVerbs: [String] = [
        "said", "says", "asked", "asks", "added", "adds", "told", "wrote", "writes", "replied", "explained",
        "insisted", "noted", "warned", "recalled", "admitted", "continued", "stated", "declared", "concluded",
        "shouted", "yelled", "cried", "exclaimed", "whispered",
    ]

    /// Reporting verbs: "X said …", "…, X warned." Present tense too ("X says", broadcast copy).
    static let reportingVerbs: Set<String> = Set(quotationVerbs).union([
        "say", "tells", "tell", "warns", "denied", "denies", "demanded", "demands", "announced", "announces",
        "confirmed", "confirms", "insists", "claimed", "claim", "claims", "declares", "reiterated",
        "reiterates", "explains", "argued", "argues", "stressed", "stresses", "urged", "urges", "predicted",
        "predicts", "admits", "acknowledged", "acknowledges", "revealed", "reveals", "reported", "reports",
        "suggested", "suggests", "estimated", "estimates", "alleged", "alleges", "asserted", "asserts",
        "maintained", "maintains", "conceded", "concedes", "promised", "promises", "pledged", "pledges",
        "vowed", "vows", "threatened", "responded", "accused", "accuses", "emphasised", "emphasized",
        "indicated", "signalled", "signaled", "complained", "forecast", "questioned", "agreed", "believes",
        "expects", "expected", "hopes", "fears", "feared", "cautioned", "recommended", "disclosed", "observed",
        "remarked", "tweeted", "assured", "advised", "rejected", "dismissed", "blamed", "blame", "blames",
        "called", "requested", "described", "expect", "believe", "forecasting", "promising", "announcing",
        "defended", "ruled", "states", "posted", "criticised", "criticized", "condemned",
        "praised", "welcomed", "hinted", "joked", "quipped", "underscored", "underlined", "recounted", "countered",
        "contended", "boasted", "boasts", "lamented", "testified", "decried", "defending", "defends", "insisting", "estimate",
        "calling", "commented", "mentioned", "pointed", "points", "agree", "outlined", "proposed", "reckoned", "speculated", "reaffirmed", "reaffirms",
        "reminded", "retorted", "objected", "protested", "wondered", "notes", "agrees", "charged", "found",
        // Plural present ("Critics argue", "Prosecutors allege", "Experts warn"); not the forms that are nouns too
        // (report, claim's noun is handled by its article, state, note, demand, promise).
        "argue", "warn", "insist", "predict", "suggest", "allege", "fear", "hope", "deny", "admit", "confirm",
        "stress", "urge", "reveal", "announce", "accuse", "complain", "acknowledge", "concede", "contend", "caution",
        "testify", "recall", "explain", "ask", "respond", "write", "declare", "vow", "pledge", "threaten", "worry",
        "advises", "advise",
    ]).union(progressives).union(linkVerbs.keys).union(joiningVerbs.keys)

    /// Verbs of showing, which report only with a document or data as their subject ("figures show …", "…, newly
    /// released files show.", "Court papers … showed that …"); a film or a photo that shows something reports nothing.
    /// Kept out of `reportingVerbs`, which the actor rules read too ("the Netflix show" is no speaker).
    static let showingVerbs: Set<String> = ["show", "shows", "showed"]
    /// Documents and data that show what they record.
    static let documentNouns: Set<String> = [
        "data", "figures", "files", "records", "documents", "papers", "statistics", "poll", "polls", "survey", "surveys",
        "study", "studies", "report", "reports", "research", "filings", "minutes", "transcripts", "estimates", "numbers",
        "results", "emails", "memos",
    ]

    /// Participles that report only in a perfect tense, after "has", "have" or "had" ("…,” Gleckman has written.",
    /// "Studies have shown that …"); alone they are adjectives ("a written statement", "as shown above").
    static let perfectParticiples: Set<String> = ["written", "shown"]
    /// The perfect participles of showing, which report only for a document or data, as "show" does.
    static let shownParticiples: Set<String> = ["shown"]
    /// The auxiliaries of a perfect tense.
    static let perfectAuxiliaries: Set<String> = ["has", "have", "had"]

    /// Verbs of projecting a figure ("the Congressional Budget Office projects that …"), kept out of `reportingVerbs`,
    /// which the actor rules read, as the verbs of showing are ("Acme projects" names no company).
    static let projectingVerbs: Set<String> = ["projects", "projected", "project"]
    /// Verbs that report only a clause "that" opens ("revealed that …", "projected in May that …"); with an object they
    /// show or plan a thing ("Lexus revealed the LC Concept", "The scan revealed severe inflammation").
    static let thatOnlyCues: Set<String> = Set(["revealed", "reveals", "reveal"]).union(projectingVerbs).union(suspectingVerbs)
    /// Verbs of a belief held, which FORMAT.md counts as indirect lines ("The researchers think the source is a plume",
    /// "scientists have suspected that …"), kept out of `reportingVerbs` as the projecting verbs are. "suspected" reports only
    /// a "that" clause ("a suspected arsonist", "suspected the neighbours").
    static let beliefVerbs: Set<String> = Set(["think", "thinks"]).union(suspectingVerbs)
    /// Nouns that make a verb of belief before them part of a compound noun ("the Environment and Water think tank told …").
    static let beliefCompounds: Set<String> = ["tank", "tanks"]
    /// The verbs of suspecting among them ("suspect" is a noun too often to be one).
    static let suspectingVerbs: Set<String> = ["suspected"]

    /// Verbs that agree only with a plural subject: a reporting word in -s right before one is a plural noun
    /// ("Other estimates are in the same ballpark", "the reports were wrong"), never the verb.
    static let pluralAgreements: Set<String> = ["are", "were", "have"]

    /// Verbs of reporting that close a clause inverted like a quotation verb, though they never close a quote: "…,
    /// reports Reuters.", "…, reported the BBC." (kept out of `quotationVerbs`, which the segmenter reads too).
    static let invertingReports: Set<String> = ["reports", "reported"]

    /// Verbs of naming that state a judgement with an object and "a"/"an" and its complement: "called the meeting a
    /// “failure”", "had called the decision a landmark judgment" (not "called the police a second time").
    static let namingVerbs: Set<String> = ["called", "calls", "call"]
    /// The articles that open such a complement.
    static let indefiniteArticles: Set<String> = ["a", "an"]
    /// Words after "a" that make a count or a quantity, no complement: "a few times", "a lot", "a couple of days".
    static let quantityNouns: Set<String> = ["few", "lot", "couple", "number", "total", "dozen", "handful"]

    /// Verbs that report only with their particle, mostly beside a quote: "“…,” Benioff weighed in", "chimed in".
    static let joiningVerbs: [String: String] = ["weighed": "in", "chimed": "in", "piped": "up"]

    /// Words after "states" the noun ("states where the drug is legal", "states including Ohio"), never after the verb.
    static let afterPluralStates: Set<String> = ["where", "with", "and", "or", "in", "including", "such", "have", "had", "are", "were", "to"]

    /// Verbs that report a claimed connection only with an object and then their preposition: "linked the
    /// attack to Fox News", "tied the delay to the strike" (not "a group linked to al-Qaeda", "linked arms").
    static let linkVerbs: [String: Set<String>] = [
        "linked": ["to"], "links": ["to"], "tied": ["to"], "ties": ["to"], "connected": ["to"], "attributed": ["to"],
    ]

    /// Progressive forms that report only after "is", "are", "was", "were" or "been" ("Police are
    /// warning motorists …", "US television is reporting …"); elsewhere "warning" and "reporting" are nouns.
    static let progressives: Set<String> = [
        "warning", "urging", "predicting", "reporting", "claiming", "suggesting", "demanding", "arguing", "denying",
        "telling", "asking", "describing", "saying", "stressing", "threatening", "accusing", "blaming", "questioning",
        "hoping",
    ]

    /// Adjectives of a stance held, which report as the progressives do, only after "is", "are", "was", "were" or "been"
    /// ("politicians are worried that …", "the council is adamant the law must change"); a preposition after one binds it
    /// ("worried about the cost"). Kept out of `reportingVerbs`, which the actor rules read.
    static let stanceAdjectives: Set<String> = [
        "worried", "concerned", "adamant", "convinced", "confident", "hopeful", "optimistic", "pessimistic", "fearful",
    ]

    /// Verbs whose preposition opens what is reported, where another binds the verb to another sense ("warned of
    /// dangerous consequences", "warned against a bad deal", "witnesses told of seeing …", "boasted of concessions").
    static let prepositionCues: [String: Set<String>] = [
        "warned": ["of", "against"], "warns": ["of", "against"], "warn": ["of", "against"], "warning": ["of", "against"],
        "told": ["of"], "boasted": ["of", "about"], "boasts": ["of", "about"],
        "cautioned": ["against"], "cautions": ["against"], "caution": ["against"],
    ]

    /// Verbs of receiving a report ("has received reports that …", "heard reports that …"): the report's source is
    /// unnamed, and the one who received it does not speak.
    static let receivingVerbs: Set<String> = ["received", "receives", "receive", "receiving", "heard", "hears"]
    /// The nouns received so: "reports", "a report".
    static let receivedReports: Set<String> = ["report", "reports"]

    /// Verbs after which "to" keeps a report going: "continues to insist his tactics will work".
    static let continuing: Set<String> = ["continue", "continues", "continued", "continuing"]

    /// Verbs whose "to" introduces the position itself: "they claim to be …", "vowed to fight on",
    /// "have been threatening to blow up …" (not "admitted to", "told to").
    static let toInfinitiveCues: Set<String> = [
        "claim", "claims", "claimed", "vowed", "vows", "promised", "promises", "pledged", "pledges", "threatened",
        "threatens", "threatening",
    ]

    /// Negations right before "say": "did not say how many", "would never say" report nothing.
    static let negations: Set<String> = ["not", "never", "didn't", "won't", "wouldn't", "doesn't", "don't", "hasn't", "haven't", "cannot", "can't"]

    /// Verbs that, negated, report nothing: "did not reveal the location", "would not confirm the figure", "does not
    /// claim credit", "does not deny that it is flawed" (while "does not expect any opposition" still states a position).
    static let disclosures: Set<String> = [
        "reveal", "revealed", "confirm", "confirmed", "disclose", "disclosed", "announce", "announced", "tell", "told",
        "explain", "explained", "specify", "specified", "comment", "commented", "mention", "mentioned", "elaborate",
        "claim", "claimed", "deny", "denied",
    ]

    /// Verbs that also keep a score or a count ("added 72 without loss", "claimed second place", "recalled 2
    /// million vehicles"): before a number or an ordinal they report nothing.
    static let scoreVerbs: Set<String> = ["added", "adds", "claimed", "claims", "claim", "recalled", "recalls", "recall"]
    /// What a score verb keeps in sports copy ("added a goal", "added three assists"): after one, no report.
    static let scoreNouns: Set<String> = [
        "goal", "goals", "assist", "assists", "point", "points", "run", "runs", "touchdown", "touchdowns", "yards",
        "rebounds", "saves", "try", "tries", "wicket", "wickets", "basket", "baskets", "hits", "homer", "homers",
        "strikeouts", "birdie", "birdies", "penalty", "field",
    ]
    static let ordinals: Set<String> = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]

    /// Verbs of saying itself: any preposition after one leaves it a report ("said of the find", "says with a smile").
    static let sayVerbs: Set<String> = ["said", "says", "say"]

    /// Verbs whose particle belongs to the cue, the object after it being the position: "ruled out any
    /// devaluation", "pointed out the risks".
    static let particleCues: [String: String] = [
        "ruled": "out", "rules": "out", "ruling": "out", "pointed": "out", "points": "out", "spelled": "out",
        "spelt": "out", "hit": "back", "hits": "back",
    ]

    /// Passive cues that report what the subject holds: "Michael Gove is said to believe …".
    static let reportedBeliefs: Set<String> = ["believe", "think", "favour", "favor", "want", "oppose", "support", "be"]

    /// Reporting verbs with a common sense that reports nothing ("is expected to", "Americans' fears",
    /// "he was recalled", "a disease called TATP"): the attribution rules still take them in a reporting
    /// pattern, but alone in a sentence one is no sign of reported speech (check-worthiness).
    static let otherSenses: Set<String> = [
        "expected", "expect", "expects", "forecast", "forecasting", "hopes", "fears", "feared", "believes", "believe",
        "recalled", "continued", "agreed", "called", "described", "ruled", "defended", "rejected", "dismissed",
        "blamed", "blame", "blames", "requested", "responded", "observed", "promising", "announcing", "cried",
        "concluded", "reported", "reports", "caution", "fear", "hope", "worry", "recall", "pledge", "vow", "stress", "urge",
        "write", "ask", "agree", "hoping", "weighed", "chimed", "piped", "pointed", "points", "linked", "links", "tied", "ties", "connected", "attributed",
    ]

    /// Participles that report for the clause's subject after a comma: "…, saying (that) …", "…, adding …".
    static let participles: Set<String> = [
        "saying", "adding", "insisting", "arguing", "noting", "stating", "explaining", "warning", "claiming", "calling",
        "describing", "urging", "demanding", "accusing", "stressing",
    ]
    /// Adverbs other than "-ly" ones that may stand between the comma and such a participle ("…, also saying").
    static let participleAdverbs: Set<String> = ["also", "again", "later", "then", "further", "once", "still"]

    /// Participles with no other sense, which report without a comma before them ("wrote to her insisting she …").
    static let speechParticiples: Set<String> = ["saying", "insisting", "arguing", "stating"]

    /// Reporting verbs that take a person before the content ("told reporters …", "warned Moscow that …").
    static let takesObject: Set<String> = [
        "told", "tells", "tell", "assured", "advised", "urged", "urges", "warned", "warns", "accused", "accuses",
        "blamed", "reminded",
    ]

    /// Verbs that state a position only with a following clause; alone ("he called", "she agreed") they report nothing.
    static let needsClause: Set<String> = ["weighed", "chimed", "piped", "pointed", "points", "agree", "fear", "hope", "worry", "charged", "found", "posted", "continued", "maintained", "maintains", "observed", "testified", "calling", "called", "agreed", "rejected", "dismissed", "hopes", "fears", "feared", "ruled"]

    /// Objects of "told" that are audiences, not content ("told reporters", "told the ABC").
    static let audiences: Set<String> = [
        "reporters", "journalists", "media", "parliament", "press", "senate", "congress", "radio", "television",
        "abc", "bbc", "reuters", "afp", "him", "her", "them", "us", "me", "listeners", "viewers", "delegates",
        "supporters", "crowd", "audience", "committee", "court", "jury", "newspaper",
    ]

    /// Nouns that end the name of an outlet told something ("told the AFP news agency", "the Sydney
    /// Morning Herald newspaper"): the audience, not the content.
    static let mediaNouns: Set<String> = ["news", "agency", "newspaper", "radio", "television", "network", "station", "channel", "magazine", "website", "broadcaster"]

    /// Participles before "by" that name who holds a document, not who wrote it: "a report obtained by the
    /// newspaper", "an email seen by Reuters".
    static let obtainingParticiples: Set<String> = ["obtained", "seen", "reviewed", "viewed", "acquired", "leaked", "received"]

    /// Nouns that report speech; "X’s memorandum demanded" credits X, "issued a notice that …" is a cue.
    static let reportingNouns: Set<String> = [
        "statement", "notice", "memorandum", "announcement", "comment", "comments", "remarks", "letter",
        "report", "speech", "warning", "declaration", "message", "note", "communique", "communiqué",
        "spokesman", "spokeswoman", "spokesperson", "office", "ministry", "press", "testimony", "briefing",
        // Made or given as a case is argued: "made the argument that …", "made the point that …", "gave assurances that …".
        "argument", "case", "point", "assurance", "assurances",
    ]

    /// Nouns of a stated position or a speech act, whose author owns them ("Mr Joseph’s insistence that …", "his vow
    /// that …") or is named after "from" or "by" ("directives from Xi to “show no mercy”", "a call by the UN for “…”").
    static let positionNouns: Set<String> = [
        "claim", "claims", "insistence", "belief", "assertion", "argument", "suggestion", "comment", "comments",
        "remarks", "statement", "warning", "promise", "pledge", "admission", "denial", "contention", "view", "assurance",
        "vow", "vows", "declaration", "directive", "directives", "order", "orders", "instruction", "instructions",
        "call", "calls", "demand", "demands", "appeal", "plea", "threat", "threats", "prediction", "accusation",
        "promises", "pledges", "warnings",
    ]
    /// Words that open what a position noun states: "that" a clause; before a quote also "to" and "for" ("his
    /// vow to “crush them”", "a call from the UN for “restraint”").
    static let positionOpeners: Set<String> = ["that", "to", "for"]
    /// Prepositions that name a speech act's author after its noun: "directives from Xi", "a call by the UN".
    static let authorPrepositions: Set<String> = ["from", "by"]

    /// Verbs of expressing a stance, with the nouns that make one and the words that open its object:
    /// "paid tribute to", "expressed her belief in", "voiced concern that", "offered condolences to".
    static let stanceVerbs: Set<String> = ["paid", "pays", "paying", "expressed", "expresses", "voiced", "voices", "offered", "offers", "extended"]
    /// Feelings alone ("expressed outrage over", "confidence in the winger") state no position.
    static let stanceNouns: Set<String> = [
        "tribute", "tributes", "belief", "concern", "concerns", "hope", "hopes", "regret", "condolences", "doubt", "doubts",
        "fear", "fears", "opposition", "support",
    ]
    static let stancePrepositions: Set<String> = ["to", "in", "that", "about", "over", "for", "at", "with"]

    /// Verbs that make a reporting noun a cue: "issued a statement that …", "made a comment saying …".
    static let nounCueVerbs: Set<String> = ["issued", "issues", "made", "makes", "released", "releases", "gave", "gives", "published", "sent", "delivered"]

    /// Words allowed between a speaker and the verb ("has also said", "later told").
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "was", "is", "were", "are", "will", "would", "also", "later", "earlier", "again",
        "previously", "repeatedly", "publicly", "yesterday", "today", "reportedly", "once", "then", "since",
        "already", "recently", "privately", "firmly", "flatly", "strongly", "quickly", "first", "just", "did",
        "does", "do", "tonight", "formally", "officially", "both", "all", "himself", "herself", "not", "now", "still",
        "be", "been", "being", "initially", "continued", "continues", "always", "further", "repeatedly",
        "could", "can", "may", "might", "should", "must", "shall", "long", "allegedly", "apparently", "separately",
        "subsequently", "immediately", "briefly", "openly", "bluntly", "simply", "frankly", "candidly", "jokingly", "angrily",
        "cautiously", "confidently", "defiantly", "explicitly", "specifically", "ultimately", "finally",
    ]

    /// Short words a title in quotes leaves in lower case ("Once Upon a Time in Hollywood", "The Case for Colonialism").
    static let titleLowerWords: Set<String> = ["a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as"]

    /// Abbreviated months, written with a full stop before the day ("Sept. 30").
    static let monthAbbreviations: Set<String> = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

    /// Time words skipped after a cue before the content starts ("said on Monday that").
    static let timeWords: Set<String> = [
        "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "on", "last", "week", "earlier", "later", "this", "morning", "afternoon", "evening", "night",
        "weekend", "over",
    ]

    /// Words that end a speaker phrase on its left: no speaker runs over them.
    static let clauseBoundaries: Set<String> = [
        "that", "which", "who", "whom", "while", "but", "because", "as", "if", "when", "after", "before", "and",
        "or", "although", "though", "since", "where", "whether", "than", "so", "what", "how", "why", "unless",
        "until", "said", "says", "told",
    ]

    /// What a request asks for that is no report of its own: "asked the company for comment" (the writer's
    /// request, whose answer, if any, comes later).
    static let requestedResponses: Set<String> = ["comment", "comments", "response", "reaction"]

    /// Objects of a reporting verb that report nothing: "said nothing at all", "revealed little about the deal".
    static let emptyObjects: Set<String> = ["nothing", "little"]

    /// Conjunctions after a comma that set a second clause against the first ("…, while the union said …").
    static let contrasts: Set<String> = ["while", "whereas", "whilst"]

    /// Words that open an adverbial clause after a cue ("…, Cook said while visiting …"): the cue closes
    /// the clause before it, as at a sentence's end.
    static let adverbialOpeners: Set<String> = ["while", "when", "as", "after", "before", "during", "ever", "since"]

    /// The word before a subject (or before "what" and a subject) that makes the cue's object the comparison
    /// itself: "more complicated than McKinley suggests", "smaller than what McKinley said".
    static let comparison = "than"

    /// Words before a subject that make its cue a condition, not a statement: "If the US insists on a long window, …".
    static let conditions: Set<String> = ["if", "unless"]

    /// Conjunctions that open a subordinate clause: alone before "…, X testified" it says when, not what.
    static let subordinators: Set<String> = ["as", "when", "while", "after", "before", "since", "if", "because", "although", "though", "unless", "until", "once"]

    /// Words that open a relative clause, which may stand between a subject and its cue at any length.
    static let relativePronouns: Set<String> = ["which", "who", "whose"]
    /// Relative pronouns that open a restrictive clause about a speaker with no commas ("A defector who has
    /// applied for asylum claims …"): the noun before the clause speaks.
    static let personRelatives: Set<String> = ["who"]

    /// Prepositions that bind a verb to another sense right after it: "accused of", "admitted to",
    /// "told to", "asked about". Others ("said in a statement", "said on Monday") leave it a report.
    static let bindingPrepositions: Set<String> = ["of", "to", "into", "with", "about", "from", "over", "against"]

    /// Conjunctions that start no reported content: "he acknowledged and was released" reports nothing.
    static let conjunctions: Set<String> = ["and", "but", "or", "nor"]

    /// Participles that modify a speaker's head noun ("scientists using a telescope", "a team led by …"):
    /// the head ends before one, as before a preposition.
    static let modifierParticiples: Set<String> = ["using", "led", "working", "based", "including", "representing", "involved"]

    /// Prepositions: the speaker's head noun phrase ends before one ("Police in Karachi" → Police).
    static let prepositions: Set<String> = [
        "of", "in", "for", "to", "from", "at", "with", "on", "by", "under", "near", "over", "about", "into",
        "after", "during", "within", "without", "across", "against", "among", "between", "through",
    ]

    /// Words that open an introductory phrase, not a subject ("Following the announcement, …").
    static let introductions: Set<String> = [
        "following", "after", "before", "in", "on", "at", "during", "however", "meanwhile", "regarding",
        "despite", "since", "with", "for", "under", "earlier", "later", "yesterday", "today", "last", "as",
        "when", "while", "although", "but", "and", "also", "instead", "still", "then", "now", "if", "by",
    ]

    /// Determiners and possessives that open a description ("the minister", "its spokesman").
    static let definiteDeterminers: Set<String> = ["the", "this", "that", "its", "his", "her", "their"]
    /// Determiners that always take a noun: a reporting word after one is a noun ("the claims", "a report"),
    /// while "Some said", "Many say" are subjects and verbs.
    static let articles: Set<String> = ["a", "an", "the", "this", "that", "its", "his", "her", "their", "our", "my", "your", "another"]
    static let indefiniteDeterminers: Set<String> = ["a", "an", "one", "some", "several", "many", "two", "three", "other", "another", "senior", "local"]

    /// Pronouns that can be a speaker, and what they may point back to.
    static let pronouns: [String: SpeakerResolver.PronounKind] = [
        "he": .male, "she": .female, "they": .group, "it": .group,
    ]

    /// The writer's own voice outside quotation marks ("We ask you to keep comments civil", "I hope the hotel
    /// reopens"): no speaker to resolve and no reported speech; beside a quote, an unnamed speaker.
    static let firstPersonPronouns: Set<String> = ["i", "we"]

    /// The reader, addressed by the text: a cue whose object is "you" ("Anyone will tell you …", "We urge you
    /// to …") is the writer talking to the reader, not speech reported.
    static let reader = "you"

    /// Nouns of a time adverbial that may stand between a subject and its verb ("Amazon, the online retailer,
    /// last year pledged …", "The council on Monday warned …"), after a word of `timeWords` ("last", "on", "this").
    /// Not "may", a modal far more often than the month.
    static let timeNouns: Set<String> = [
        "year", "month", "week", "weekend", "day", "morning", "afternoon", "evening", "night", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "june", "july", "august", "september", "october", "november", "december", "spring", "summer", "autumn",
        "fall", "winter",
    ]

    /// Possessive pronouns before a person's own people ("his team"), and what they point back to.
    static let possessivePronouns: [String: SpeakerResolver.PronounKind] = ["his": .male, "her": .female]
    /// A person's own people, who speak with that person: "Paganini and his team reported …".
    static let ownTeams: Set<String> = ["team", "colleagues", "co-authors", "coauthors", "staff", "lab", "researchers"]
    /// Those who speak for a person, whom they stand for: "his spokesman said" → the person.
    static let ownSpokespeople: Set<String> = ["spokesman", "spokeswoman", "spokesperson"]

    /// Suffixes after a name, written with a full stop ("James Kennedy Jr. said", "Acme Corp. said").
    static let nameSuffixes: Set<String> = ["jr", "sr", "inc", "corp", "co", "ltd", "llc", "plc"]

    /// Titles before a name (their genders are in `PersonNames.titleGenders`).
    public static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "dr", "prof", "professor", "king", "queen", "prince", "princess",
    ]

    /// Sources that stay unnamed, never guessed: "a spokesman", "officials", "witnesses", "police".
    static let unnamedSources: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "spokesmen", "official", "officials", "witness", "witnesses",
        "source", "sources", "police", "analyst", "analysts", "expert", "experts", "observer", "observers",
        "resident", "residents", "diplomat", "diplomats", "aide", "aides", "insider", "insiders", "people",
        "others", "critics", "authorities", "investigators", "officers", "participants", "protesters",
        "doctors", "scientists", "researchers", "economists", "commentators", "paramedics", "firefighters", "rescuers", "locals", "villagers",
        "leaders", "ministers", "representatives", "interlocutors", "members", "workers", "employees",
        "passengers", "students", "teachers", "farmers", "activists", "organisers", "organizers", "negotiators",
        "colleagues", "friends", "family", "relatives", "neighbours", "neighbors", "man", "woman", "men",
        "women", "person", "forecaster", "forecasters", "meteorologist", "authority", "service", "services",
        "boyfriend", "girlfriend", "husband", "wife", "mother", "father", "son", "daughter", "brother", "sister",
        "victim", "victims", "driver", "owner", "survivor", "survivors", "neighbour", "neighbor", "doctor", "nurse",
        "lawyer", "attorney", "investigator", "detective", "officer", "suspect", "boy", "girl", "parents",
        "partner", "widow", "adviser", "advisers", "advisor", "advisors", "agent", "agents", "television", "radio",
        "media", "prosecutors", "lawmakers", "legislators", "regulators", "lawyers", "attorneys", "executives",
        "campaigners", "advocates", "opponents", "supporters", "historians", "academics", "staffers", "staff",
        "soldiers", "troops", "medics", "nurses", "engineers", "pilots", "voters", "consumers", "customers", "fans",
        "senators", "congressmen", "delegates", "inspectors", "auditors", "educators", "physicians",
    ]

    /// Unnamed sources that, after "the", point back to the one the text has named so ("the spokesman",
    /// "the analyst", "the authority"); plural ones ("the police", "the officials") may be others.
    static let definiteSources: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "official", "analyst", "expert", "diplomat", "aide", "forecaster",
        "meteorologist", "lawyer", "attorney", "investigator", "detective", "adviser", "advisor", "agent", "authority", "service",
    ]

    /// Unnamed sources that never speak for the body named before them ("BBC sources", "Google insiders").
    static let anonymousSources: Set<String> = [
        "source", "sources", "insider", "insiders", "people", "witness", "witnesses", "critics", "analyst", "analysts",
        "expert", "experts", "observer", "observers", "others",
    ]

    /// Unnamed sources that are one person: "he" or "she" just after one goes on with the same unnamed
    /// speaker ("The boyfriend told investigators … He said …"), never a named actor further back.
    static let singularSources: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "official", "witness", "source", "analyst", "expert",
        "observer", "resident", "diplomat", "aide", "insider", "man", "woman", "person", "forecaster",
        "meteorologist", "boyfriend", "girlfriend", "husband", "wife", "mother", "father", "son", "daughter",
        "brother", "sister", "victim", "driver", "owner", "survivor", "neighbour", "neighbor", "doctor", "nurse",
        "lawyer", "attorney", "investigator", "detective", "officer", "suspect", "boy", "girl", "partner", "widow",
        "agent", "he", "she",
    ]

    /// Nouns that, with "the", describe one actor named elsewhere, and the kinds of actor they fit.
    static let descriptions: [String: Set<ActorKind>] = [
        "president": [.person], "minister": [.person], "premier": [.person], "chancellor": [.person],
        "leader": [.person], "treasurer": [.person], "secretary": [.person], "governor": [.person],
        "mayor": [.person], "king": [.person], "queen": [.person], "ambassador": [.person], "senator": [.person],
        "commissioner": [.person], "coach": [.person], "captain": [.person], "chairman": [.person],
        "chairwoman": [.person], "director": [.person], "general": [.person], "envoy": [.person],
        "executive": [.person], "chief": [.person], "judge": [.person],
        "prosecutor": [.person], "candidate": [.person], "opposition": [.organisation], "pope": [.person],
        "government": [.state, .organisation], "ministry": [.organisation, .state], "department": [.organisation],
        "administration": [.state, .organisation], "airline": [.organisation], "company": [.organisation],
        "firm": [.organisation], "party": [.organisation], "agency": [.organisation], "army": [.organisation],
        "military": [.organisation, .state], "court": [.organisation], "council": [.organisation],
        "union": [.organisation], "bank": [.organisation], "group": [.organisation], "organisation": [.organisation],
        "organization": [.organisation], "network": [.organisation], "club": [.organisation],
        "team": [.organisation], "board": [.organisation], "commission": [.organisation], "bureau": [.organisation],
        "country": [.state], "nation": [.state], "regime": [.state, .organisation], "kremlin": [.state],
        "carrier": [.organisation], "insurer": [.organisation], "retailer": [.organisation],
        "newspaper": [.organisation], "broadcaster": [.organisation], "movement": [.organisation],
        "alliance": [.organisation], "embassy": [.state, .organisation], "office": [.organisation],
        "leadership": [.state, .organisation], "founder": [.person], "boss": [.person], "manager": [.person],
        "automaker": [.organisation], "carmaker": [.organisation], "manufacturer": [.organisation], "maker": [.organisation],
        "chain": [.organisation], "startup": [.organisation], "giant": [.organisation], "publisher": [.organisation],
        "operator": [.organisation], "utility": [.organisation], "lender": [.organisation], "supplier": [.organisation],
        "conglomerate": [.organisation], "developer": [.organisation], "studio": [.organisation], "brand": [.organisation],
    ]

    /// Descriptions of a sort of body whose names say the sort ("the Federal Trade Commission", "the Supreme
    /// Court"): "the commission" points back only to a body named so, unlike "the company" or "the agency".
    static let namedBodies: Set<String> = ["commission", "council", "committee", "court", "ministry", "department", "board", "bureau", "embassy", "university", "hospital"]

    /// Bodies that speak for themselves, not for the country or place that owns them: "the Scottish
    /// government", "Pakistan’s Foreign Ministry", "the US military" are organisations of their own.
    static let bodies: Set<String> = [
        "government", "ministry", "department", "administration", "military", "army", "navy", "police", "agency",
        "commission", "council", "embassy", "parliament", "cabinet",
    ]

    /// People who speak for a body named after "for" or "of": "a spokesman for Qantas" credits Qantas.
    static let representatives: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "spokesmen", "representative", "representatives", "head", "chief",
        "adviser", "advisers", "advisor", "advisors",
    ]

    /// Passive cues take the speaker after "by": "it was announced by the ministry that …".
    static let passiveAuxiliaries: Set<String> = ["was", "were", "is", "are", "been", "be"]
}
