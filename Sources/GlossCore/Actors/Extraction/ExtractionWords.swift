/// Hand-kept word lists of the extraction stages that no generated table holds: grammar words, legal
/// forms and the lower-case cues of the context rules rather than names. (Names and head words live in
/// the generated `GazetteerData`; reporting verbs in `AttributionWords`.) Folded forms: lower case.
enum ExtractionWords {
    /// Lower-case words that may join the capitalised words of one name ("Bank of England",
    /// "Montana de Oro").
    static let connectors = ["of", "for", "on", "and", "the", "de", "des", "du", "del", "la"]

    /// Connectors after a body's head that open what the body is of or for ("Court of Human Rights",
    /// "Office for Students"): the word before the first of them is the name's head.
    static let bodyNameConnectors: Set<String> = ["of", "for", "on", "in"]

    /// Short English words that follow a name after a hyphen to make a compound ("Rouhani-led", "Texas-born"),
    /// so they are never taken for the last syllable of a romanised given name ("Jong-un", "Ing-wen").
    static let hyphenCompoundWords: Set<String> = ["led", "run", "era", "born", "made", "like", "wide", "area", "held", "type",
                                                   "free", "rich", "fed", "hit", "old", "new", "size", "only", "less", "ish",
                                                   "ism", "ist", "plus", "lite", "day", "week", "year", "time", "side", "bred",
                                                   "owned", "based", "style", "esque", "backed", "linked", "listed"]

    /// Legal forms and group words a company's name may drop in later mentions, one after another
    /// ("SoftBank Group Corp" → "SoftBank Group" → "SoftBank"), as folded suffixes of its `NameKey`.
    static let droppableLegalForms = [" inc", " ltd", " co", " corp", " llc", " plc", " ag", " sa", " gmbh", " co ltd",
                                      " group", " holdings", " corporation", " company", " limited", " incorporated"]

    /// Legal forms that close a company's name: no capitalised word after them is part of it ("Business Insider
    /// Inc Nintendo" is two names); "Group", "Company" may sit inside a name ("Carlyle Group Inc").
    static let closingLegalForms: Set<String> = ["inc", "ltd", "corp", "llc", "plc", "gmbh", "incorporated"]

    /// Club forms a team's name may drop ("FC Porto" → "Porto"), as folded prefixes of its `NameKey`.
    static let droppableClubForms = ["fc ", "afc ", "ac ", "as ", "cf ", "sc "]

    /// Words before a place that name its wider or inner area, not another place ("Greater Sydney").
    static let placeModifiers: Set<String> = ["greater", "inner", "outer", "metropolitan"]

    /// Prepositions after which a name is a place: "in Jenin", "near Swan Hill", "from Goulburn".
    static let placeCues: Set<String> = ["in", "at", "near", "outside", "across", "around", "towards", "toward", "from", "into", "through"]

    /// Heads of a subdivision named after nothing but itself (folded): "Logar Province" is Logar (mergePlacesWithoutHead).
    static let administrativeHeads: Set<String> = [
        "province", "region", "autonomous region", "prefecture", "oblast", "governorate", "territory", "krai",
    ]

    /// Heads of a natural feature that the text may name without its head (folded): "the Franklin".
    static let naturalHeads: Set<String> = ["river", "creek", "desert", "peninsula", "mountains", "ranges"]

    /// Lower-case nouns after a name that make it a place: "Logar province", "Hoa Lo prison", "Royal Free hospital".
    static let placeNouns: Set<String> = ["province", "district", "county", "village", "town", "city", "suburb", "region",
                                          "prison", "hospital", "valley", "river", "airport", "island", "peninsula", "mountains",
                                          "settlement", "shopping", "mall", "stadium", "neighbourhood", "neighborhood"]

    /// Lower-case nouns before "of" that make the name after it a place: "the settlement of Qadim", "the
    /// state of Osun" (with the place nouns).
    static let placeOfNouns: Set<String> = ["state", "capital", "port", "outskirts", "suburbs", "streets", "township", "municipality"]

    /// Prepositions before "the" and a lone name that make it a place: "in the Illawarra", "across the Riverland".
    static let areaPrepositions: Set<String> = ["in", "across", "throughout", "around", "near", "into", "towards", "toward"]

    /// Words a possessive may follow inside an organisation's name: "Sheriff’s Department", "Attorney’s
    /// Office", "Children’s Hospital", "People’s Bank"; plurals also with a lone apostrophe ("Employers’ Association").
    static let possessiveNameWords: Set<String> = ["sheriff", "attorney", "children", "women", "men", "people", "veterans",
                                                   "workers", "governor", "mayor", "president", "prosecutor", "commissioner",
                                                   "magistrate", "magistrates", "sheriffs", "employers", "teachers", "nurses",
                                                   "farmers"]

    /// Words before "League" that name a competition by its level or its entrants: "Premier League",
    /// "Champions League", "Europa League", "Nations League".
    static let competitionLeagueWords: Set<String> = ["premier", "champions", "europa", "conference", "super", "nations"]

    /// Endings of web domains that name a company: "Edmunds.com", "Booking.com".
    static let domainEndings: Set<String> = ["com", "net", "org", "io", "co"]

    /// Participles whose agent after "by" is a body when it is a lone name no person owns: "published by
    /// Futurism", "surveyed by Refinitiv", "owned by Quorvane".
    static let bodyAgentVerbs: Set<String> = ["published", "surveyed", "polled", "owned", "operated", "run", "funded", "backed",
                                              "acquired", "bought", "developed", "built", "produced", "issued", "released",
                                              "compiled", "conducted", "commissioned", "sponsored", "reported", "provided", "supplied",
                                              "manufactured", "distributed"]

    /// Heads of public bodies, whose names may join two fields with "and" after a plural head:
    /// "Securities and Exchange Commission", "Competition and Markets Authority".
    static let publicBodyHeads: Set<String> = ["commission", "authority", "administration", "board", "bureau", "agency",
                                               "department", "council", "committee", "service", "office", "ministry"]

    /// Compass points before "of" whose name is a place: "north of Goulburn".
    static let compassPoints: Set<String> = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]

    /// Compass adjectives that name a court's district ("Southern District of New York", "Middle District of …").
    static let compassWords: Set<String> = ["northern", "southern", "eastern", "western", "central", "middle"]

    /// Nouns before "in"/"of" whose name is a company: "shares in Telstra", "a stake in Qantas".
    static let shareCues: Set<String> = ["shares", "stake", "stock"]

    /// Nouns after a name, with or without a possessive, that belong to a company or a team: "Woolworths'
    /// chief executive", "BHP's shareholders", "Apple founder", "Chelsea boss", "Vulture magazine".
    static let bodyRoles: Set<String> = ["chief", "shares", "board", "chairman", "chairwoman", "shareholders", "profit", "profits",
                                         "share", "ceo", "stock", "subsidiary", "executives", "founder", "co-founder", "employees",
                                         "boss", "manager", "coach", "striker", "midfielder", "defender", "goalkeeper", "winger",
                                         "captain", "squad", "teammates", "magazine"]

    /// Nouns of an apposition that make the name a company or a body, after it or before it: "Energex, the
    /// power company", "the research firm Oanda", "radical group, Islamic Jihad".
    static let organisationNouns: Set<String> = ["company", "firm", "group", "bank", "carrier", "airline", "retailer", "miner",
                                                 "insurer", "broadcaster", "agency", "party", "union", "organisation", "organization",
                                                 "militant", "network", "giant", "maker", "manufacturer", "supplier", "operator", "utility", "newspaper",
                                                 "journal", "magazine", "website", "startup", "lender", "studio", "platform",
                                                 "app", "brand", "chain"]

    /// Nouns of a body that are also people's jobs: they make a body only of a lone name right after them
    /// ("Minecraft developer Mojang"; "developer Ammar Askar" is a person).
    static let loneNameOrganisationNouns: Set<String> = ["developer", "publisher"]

    /// Newsroom jobs whose holder works "for" a body: "a reporter for Breitbart Tech", "a columnist for Quorvane".
    static let newsroomNouns: Set<String> = ["reporter", "correspondent", "columnist", "editor", "writer", "contributor", "journalist"]

    /// Nouns of a company's outlets after its name: "Whole Foods stores", "Apple shops", "Starbucks outlets".
    static let outletNouns: Set<String> = ["store", "stores", "shops", "outlets", "restaurants", "supermarkets", "dealerships",
                                           "franchises", "boutiques"]

    /// Endings of German and Dutch street names, as a word of their own or fused: "Petersallee", "Manga-Bell-Platz".
    /// Lower-case nouns after a place's name that name that very place, not one inside it or near it: "Rukban
    /// camp", "Hoa Lo prison" (not "a Paris suburb").
    static let ownPlaceNouns: Set<String> = ["province", "district", "county", "region", "prison", "camp", "hospital",
                                             "airport", "island", "valley", "river", "stadium", "mall", "settlement"]

    /// Cues after a comma that give the name before it another name: "the Hoa Lo prison, dubbed the “Hanoi
    /// Hilton”", "the Rukban camp, also known as the Berm".
    static let namingCues = ["dubbed", "nicknamed", "known as"]

    /// Particles that join a town's name to its river or its land: "Braunau am Inn", "Newcastle upon Tyne",
    /// "Châlons-sur-Marne"; the town alone is the same town.
    static let placeParticles: Set<String> = ["am", "an", "im", "upon", "on", "sur", "ob", "bei"]

    static let streetEndings = ["strasse", "straße", "allee", "platz", "gasse", "straat", "gracht"]

    /// A player's statistics after a number, in a sports result: "Davis 17 points", "Sanger 2 saves".
    static let statNouns: Set<String> = ["point", "points", "goal", "goals", "assist", "assists", "save", "saves", "rebound",
                                         "rebounds", "tackles", "wickets", "touchdowns", "steals", "blocks", "yards"]

    /// Verbs that give a name its nickname in quotation marks: dubbed the “Hanoi Hilton”, nicknamed “Quellby”.
    static let namingVerbs: Set<String> = ["dubbed", "called", "nicknamed", "named", "christened"]

    /// People's jobs before "at" and a body's name: "the chief economist at Flexport", "a professor at Cornell".
    static let staffNouns: Set<String> = ["economist", "economists", "analyst", "analysts", "professor", "researcher", "researchers",
                                          "scientist", "scientists", "engineer", "engineers", "executive", "executives", "director",
                                          "spokesman", "spokeswoman", "spokesperson", "employee", "employees", "strategist",
                                          "strategists", "lecturer", "fellow", "layoffs", "partner", "manager", "editor", "reporter"]

    /// People's jobs right after a lone name that make it the body they work for: "Jefferies analyst Ana
    /// Lutz", "a Qantas spokesman" (not a town's name: "a Sydney economist" is someone in Sydney).
    static let staffAfterNames: Set<String> = ["analyst", "analysts", "economist", "economists", "strategist", "strategists",
                                               "spokesman", "spokeswoman", "spokesperson", "spokespeople", "executive", "executives"]

    /// Documents and figures whose source after "from" is a body: "analysis from Poynter", "data from Statista".
    static let sourceNouns: Set<String> = ["analysis", "data", "report", "reports", "survey", "study", "research", "figures",
                                           "statement", "estimates", "statistics", "numbers"]

    /// Articles that open an apposition: "Energex, the power company", "Acme, a maker of …".
    static let appositionArticles: Set<String> = ["the", "a", "an"]

    /// Lower-case particles between hyphens that join capitalised words into one name: the Persian and
    /// Urdu izafe ("Lashkar-e-Taiba", "Mazar-e-Sharif", "Jamiat Ulema-i-Islam") and Arabic article forms
    /// ("Hizb-ul-Mujahideen", "Jamaat-ud-Dawa").
    static let joiningParticles: Set<String> = ["e", "i", "ul", "ud", "ut", "us", "al", "el"]

    /// Surname prefixes written with a capital inside the name (MacArthur, FitzGerald, VanDyke): not brands.
    static let innerCapitalNamePrefixes = ["Mac", "Fitz", "Van", "Von", "Della", "Dela"]

    /// Verbs after which a capital "The" opens a body's name: "told The Hill", "joined The Times".
    static let bodyObjectVerbs: Set<String> = ["told", "tells", "telling", "joined", "joins", "joining"]

    /// Endings of the adjectives that name a party only with "party" after them ("the Communist party", "the
    /// Democratic Progressive party", "the Republican party"), folded; a name without one is the party's name alone
    /// ("the Likud party" is Likud).
    static let partyAdjectiveEndings = ["ist", "ic", "al", "ive", "an", "ian", "ish", "ary", "ese", "ite"]

    /// Trade words that end a company's full name of two words and that its later mentions drop ("Verizon
    /// Communications" → "Verizon", "Pfizer Pharmaceuticals" → "Pfizer"), folded.
    static let companyNameTails: Set<String> = ["communications", "technologies", "industries", "enterprises", "pharmaceuticals",
                                                "laboratories", "airlines", "motors"]
}
