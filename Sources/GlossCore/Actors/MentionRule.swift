/// The rule that made a mention, as a typed value; put into words only for `actor NAME --why`.
enum MentionRule: Hashable, Sendable {
    /// Why a full name is taken for a person's.
    enum PersonEvidence: Hashable, Sendable {
        /// A title right before it (the title word's form).
        case title(Int32)
        /// Its first part is a known first name.
        case firstName
        /// A title on its surname elsewhere, its surname used alone, "X said", an age, a census surname.
        case elsewhere
    }

    /// A gazetteer entry (its index), by its name or alias, or by a demonym.
    case gazetteer(entry: Int32, adjective: Bool)
    /// A capitalised run ending in a head word (its form): "… Bank", "… Valley".
    case headWord(form: Int32)
    /// A town, city or subdivision of the place table.
    case placeTable
    /// A listed company of the organisation table, with the stock index it is listed in.
    case companyTable(index: String)
    /// A full name of a person.
    case fullName(PersonEvidence)
    /// A single name right after a title (its form): "Mr Rodriguez".
    case title(form: Int32)
    /// A single name that a title introduced elsewhere.
    case titledElsewhere
    /// The first or last part of one full name in the text.
    case shortForm
    /// A surname two people share, given to the one of the title's gender ("Mrs Smith").
    case genderedTitle(form: Int32)
    /// A surname whose only owner has the other gender than the title: someone else.
    case otherGenderTitle(form: Int32)
    /// A surname two full names share: left on its own.
    case ambiguousShortForm
    /// A surname or first name two full names share, used before the text names the second: the one named before it.
    case namedBeforeTheOther
    /// A context rule, with its reason.
    case context(String)
    /// A company named without its legal form ("Acme Robotics" for "Acme Robotics Inc").
    case companyShortName
    /// A hyphen compound of known actors ("Kim-Putin").
    case compound
    /// An acronym the text defines in parentheses.
    case acronym
    /// "<name> administration": a person's government.
    case government(form: Int32)
    /// A national body's name without its country's prefix (the prefix as written: "Australian").
    case nationalForm(prefix: String)
    /// An acronym the text does not define, spelt by the initials of one organisation's name.
    case undefinedAcronym
    /// The people of a state or place named in the plural ("South Africans", "Frenchmen", "New Zealanders").
    case demonymPlural(entry: Int32)
    /// A body's or place's name without its middle words or its head ("Woomera Centre", "Tottenham").
    case shortenedName
    /// A name written as one word ("HawaiiNewsNow" for "Hawaii News Now").
    case runTogether
    /// A body's name with its state as an adjective before it instead of "of" and the state after it
    /// ("Turkish Constitutional Court" for "Constitutional Court of Turkey"; the adjective as written).
    case stateAdjectiveForm(adjective: String)
    /// A body's name of three words or more without the words that open the one longer name it ends
    /// ("Tax Policy Center" of "Urban-Brookings Tax Policy Center").
    case withoutOpeningWords
    /// "the X": the last word of the one longer name of a body that ends with it ("the Times" of "New York Times").
    case lastWordAfterThe
    /// A lone name that opens the name of one company ("Hyatt" of "Hyatt Hotels Corporation").
    case companyOpener
    /// A place's name without its head ("Franklin" of "Franklin River", "Inner Mongolia" of "Inner Mongolia
    /// Autonomous Region"; the head as written).
    case placeWithoutHead(head: String)
    /// A first name joined by "and" to a full name, with its surname ("John" of "John and Jane Doe").
    case sharedSurname
    /// A party's adjective or its members' name ("Democrats" for the Democratic Party the text names).
    case partyForm
    /// A place below a state, by its name or adjective, before a government word (its form): "the
    /// Scottish government", "the Queensland government".
    case placeGovernment(form: Int32)
    /// A team of a major league (its name) by its nickname, where the text names two of the league's teams.
    case leagueTeam(league: String)
}

extension ActorExtractor {
    /// The rule and the reason for the kind, in words.
    func describe(_ rule: MentionRule, _ draft: ActorDraft) -> MentionEvidence {
        let vocabulary = article.index.vocabulary
        func quoted(_ form: Int32) -> String { "“" + vocabulary[Int(form)] + "”" }
        let state = draft.linkedState.map { " (\($0))" } ?? ""
        switch rule {
        case .gazetteer(let entry, let adjective):
            let e = Gazetteer.index.entries[Int(entry)]
            return MentionEvidence(rule: "gazetteer: \(e.name)" + (adjective ? ", by its demonym or adjective" : ""),
                                   kind: "the gazetteer lists \(e.name) as \(Self.article(e.kind))")
        case .headWord(let form):
            return MentionEvidence(rule: "a capitalised name ending in the head word \(quoted(form))",
                                   kind: "\(quoted(form)) heads names of \(draft.kind == .organisation ? "organisations" : "places")")
        case .placeTable:
            return MentionEvidence(rule: "place table (GeoNames towns and cities, ISO 3166-2 subdivisions)",
                                   kind: "a place in the table" + state)
        case .companyTable(let index):
            // The indices come from pytickersymbols, the stock listings from investpy (Generator/make_organisations.py).
            let source = index.hasSuffix("listings") ? "the \(index) (investpy)" : "the \(index) index (pytickersymbols)"
            return MentionEvidence(rule: "company list (\(index)): \(draft.name)",
                                   kind: "an organisation: a company of \(source)")
        case .fullName(let evidence):
            let why: String
            switch evidence {
            case .title(let form): why = "the title \(quoted(form)) before it"
            case .firstName: why = "its first part is a known first name"
            case .elsewhere: why = "its surname is used alone or with a title, or it speaks (“said”), or its surname is a common one"
            }
            return MentionEvidence(rule: "a full name of two or more capitalised parts", kind: "a person: " + why)
        case .title(let form):
            return MentionEvidence(rule: "a name after the title \(quoted(form))", kind: "a person: titles precede people")
        case .titledElsewhere:
            return MentionEvidence(rule: "a name the text gives elsewhere with a title", kind: "a person: titles precede people")
        case .shortForm:
            return MentionEvidence(rule: "the first or last part of the full name \(draft.name)", kind: "the kind of \(draft.name)")
        case .genderedTitle(let form):
            return MentionEvidence(rule: "a surname two people share, after \(quoted(form)): given to \(draft.name)",
                                   kind: "a person: \(quoted(form)) and \(draft.name)’s first name have the same gender")
        case .otherGenderTitle(let form):
            return MentionEvidence(rule: "a surname after \(quoted(form)), whose only full name has the other gender",
                                   kind: "a person of their own")
        case .ambiguousShortForm:
            return MentionEvidence(rule: "a surname or first name that two full names share: not guessed (use merge or alias)",
                                   kind: "a person: a part of people's names")
        case .namedBeforeTheOther:
            return MentionEvidence(rule: "a surname or first name two full names share, used before the second is named: given to \(draft.name), named before it",
                                   kind: "the kind of \(draft.name)")
        case .context(let reason):
            return MentionEvidence(rule: "an unknown name, kind from its context", kind: "\(Self.article(draft.kind)): \(reason)")
        case .companyShortName:
            return MentionEvidence(rule: "a company's name without its legal form", kind: "the kind of \(draft.name)")
        case .compound:
            return MentionEvidence(rule: "one part of a hyphen compound of known actors", kind: "the kind of \(draft.name)")
        case .acronym:
            return MentionEvidence(rule: "an acronym the text defines in parentheses after \(draft.name)", kind: "the kind of \(draft.name)")
        case .government(let form):
            return MentionEvidence(rule: "a person's name before \(quoted(form))", kind: "an organisation: a person's government")
        case .nationalForm(let prefix):
            return MentionEvidence(rule: "\(draft.name) without its national prefix “\(prefix)”", kind: "the kind of \(draft.name)")
        case .undefinedAcronym:
            return MentionEvidence(rule: "an acronym of the initials of \(draft.name), the only organisation they spell",
                                   kind: "the kind of \(draft.name)")
        case .shortenedName:
            return MentionEvidence(rule: "\(draft.name) shortened: the only longer name of its kind with these first and last words",
                                   kind: "the kind of \(draft.name)")
        case .partyForm:
            return MentionEvidence(rule: "the adjective or the members of \(draft.name), which the text names in full",
                                   kind: "the kind of \(draft.name)")
        case .sharedSurname:
            return MentionEvidence(rule: "a first name joined by “and” to a full name: \(draft.name), with its surname",
                                   kind: "a person: its first name is a known one")
        case .runTogether:
            return MentionEvidence(rule: "\(draft.name) written as one word", kind: "the kind of \(draft.name)")
        case .stateAdjectiveForm(let adjective):
            return MentionEvidence(rule: "\(draft.name) with its state as the adjective “\(adjective)” before it", kind: "the kind of \(draft.name)")
        case .withoutOpeningWords:
            return MentionEvidence(rule: "\(draft.name) without its opening words: the only longer name that ends with these",
                                   kind: "the kind of \(draft.name)")
        case .lastWordAfterThe:
            return MentionEvidence(rule: "“the” and the last word of \(draft.name), the only longer name of a body that ends with it",
                                   kind: "the kind of \(draft.name)")
        case .companyOpener:
            return MentionEvidence(rule: "the first word of the company name \(draft.name), the only one it opens", kind: "the kind of \(draft.name)")
        case .placeWithoutHead(let head):
            return MentionEvidence(rule: "\(draft.name) without its head “\(head)”", kind: "the kind of \(draft.name)")
        case .demonymPlural(let entry):
            let e = Gazetteer.index.entries[Int(entry)]
            return MentionEvidence(rule: "the plural of a demonym of \(e.name), or of its name (“New Zealanders”)",
                                   kind: "the gazetteer lists \(e.name) as \(Self.article(e.kind))")
        case .placeGovernment(let form):
            return MentionEvidence(rule: "a state’s, province’s or UK country’s name or adjective before \(quoted(form))",
                                   kind: "an organisation: the government of a place below a state (a sovereign state’s stays the state)")
        case .leagueTeam(let league):
            return MentionEvidence(rule: "the nickname of a team of the \(league), which names two teams or more here",
                                   kind: "an organisation: a team")
        }
    }

    /// "a state", "an organisation".
    static func article(_ kind: ActorKind) -> String {
        switch kind {
        case .person: "a person"
        case .state: "a state"
        case .organisation: "an organisation"
        case .place: "a place"
        }
    }
}
