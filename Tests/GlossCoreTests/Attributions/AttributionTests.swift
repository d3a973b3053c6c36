import Testing
import GlossCore

/// Each construction of who-said-what on short news-like fixtures written for these tests. The expected
/// speakers, cues and contents are what a careful reader finds; they were not produced by running the finder.
@Suite struct AttributionTests {
    static func analyse(_ text: String) -> [Attribution] {
        let article = Article(text: text, source: "test")
        return AttributionAnalysis(article: article, actors: ActorAnalysis(article: article)).attributions
    }

    /// As `analyse`, with actors dropped from the actor list first (as a reader's `drop` does), so that a
    /// test of a speaker the list lacks does not depend on what the extractor happens to find.
    static func analyse(_ text: String, dropping names: [String]) -> [Attribution] {
        let article = Article(text: text, source: "test")
        let actors = ActorAnalysis(article: article).applying(names.map { ActorCorrection.drop($0) })
        for name in names { #expect(actors.actor(named: name) == nil, "\(name) is still an actor") }
        return AttributionAnalysis(article: article, actors: actors).attributions
    }

    /// "type speaker|cue|content" per attribution, the speaker "-" when unnamed.
    static func rows(_ text: String) -> [String] {
        analyse(text).map { "\($0.kind.rawValue) \($0.speaker ?? "-")|\($0.cue)|\($0.content)" }
    }

    /// "According to X" with nothing after the speaker reports nothing (the fuzzer found it crashing the finder).
    @Test func accordingToAtTheEndOfASentenceReportsNothing() {
        #expect(Self.rows("According to Jane Porter") == [])
        #expect(Self.rows("The town flooded. According to Jane Porter") == [])
    }

    /// A pronoun and a verb no list holds, right after a quote's comma, report it ("he assures himself", "she
    /// beamed"); a pronoun with more of a clause after it does not ("he walked to the car": the quote keeps no cue, and
    /// goes to the person who opens the sentence before, a guess).
    @Test func aPronounAndAnUnlistedVerbAfterAQuote() {
        let text = "Tom Baxter met the board. “It was the right call,” he assures himself. “Nobody else would do it.”"
        #expect(Self.rows(text) == ["direct Tom Baxter|assures|It was the right call … Nobody else would do it."])
        #expect(Self.rows("Tom Baxter met the board. “We won the vote today,” he walked to the car.") == ["direct Tom Baxter||We won the vote today"])
    }

    @Test func straightCurlyAndSingleQuotes() {
        #expect(Self.rows("\"We will rebuild the town,\" Mayor Jane Porter said.") == ["direct Jane Porter|said|We will rebuild the town"])
        #expect(Self.rows("“We will rebuild the town,” said Jane Porter.") == ["direct Jane Porter|said|We will rebuild the town"])
        #expect(Self.rows("'We will rebuild the town,' Jane Porter told reporters.") == ["direct Jane Porter|told reporters|We will rebuild the town"])
    }

    @Test func speakerWithAppositivesBeforeTheVerb() {
        #expect(Self.rows("“The road stays shut,” Jane Porter, the county engineer, said.") == ["direct Jane Porter|said|The road stays shut"])
        #expect(Self.rows("“The road stays shut,” Jane Porter, 45, said on Monday.") == ["direct Jane Porter|said|The road stays shut"])
    }

    @Test func quoteAfterItsCue() {
        #expect(Self.rows("Jane Porter said: \"The water is rising faster than we feared.\"")
            == ["direct Jane Porter|said|The water is rising faster than we feared."])
    }

    @Test func multiSentenceQuote() {
        let a = Self.analyse("“The levee held. The pumps did not,” Jane Porter said.")
        #expect(a.count == 1)
        #expect(a.first?.content == "The levee held. The pumps did not")
        #expect(a.first?.sentences.count == 2)
    }

    @Test func interruptedQuoteIsOneAttribution() {
        let a = Self.analyse("Jane Porter runs the town. “We are ready,” she said, “but the river is not done with us.”")
        #expect(a.count == 1)
        #expect(a.first?.speaker == "Jane Porter")
        #expect(a.first?.resolution == .pronoun)
        #expect(a.first?.parts.count == 2)
        #expect(a.first?.content == "We are ready … but the river is not done with us.")
    }

    @Test func nestedQuoteStaysInside() {
        let a = Self.analyse("“They told us ‘stay home’ and we did,” said Jane Porter.")
        #expect(a.map(\.content) == ["They told us ‘stay home’ and we did"])
    }

    @Test func brokenQuoteMarks() {
        // A closing mark typed where the quote opens, as in the bundled article.
        let a = Self.analyse("Jane Porter wants ties with the county” as close as possible”, she said.")
        #expect(a.contains { $0.kind == .direct && $0.content == "as close as possible" && $0.speaker == "Jane Porter" })
    }

    @Test func scareQuotesAreNotSpeech() {
        let text = "The so-called “peace dividend” never arrived in Riverton."
        let article = Article(text: text, source: "test")
        let analysis = AttributionAnalysis(article: article, actors: ActorAnalysis(article: article))
        #expect(analysis.attributions.isEmpty)
        #expect(analysis.scareQuotes.count == 1)
        #expect(analysis.scareQuotes.first.map { article.text(from: $0.start, to: $0.end) } == "peace dividend")
    }

    @Test func reportedSpeech() {
        #expect(Self.rows("Jane Porter said that the levee would hold until Friday.") == ["indirect Jane Porter|said|the levee would hold until Friday"])
        #expect(Self.rows("Jane Porter told reporters the levee would hold.") == ["indirect Jane Porter|told reporters|the levee would hold"])
        #expect(Self.rows("The levee will hold until Friday, Jane Porter said.") == ["indirect Jane Porter|said|The levee will hold until Friday"])
        #expect(Self.rows("The levee will hold until Friday, said Jane Porter.") == ["indirect Jane Porter|said|The levee will hold until Friday"])
        #expect(Self.rows("Jane Porter says the levee is safe for now.") == ["indirect Jane Porter|says|the levee is safe for now"])
    }

    @Test(arguments: ["warned", "denied", "demanded", "announced", "confirmed", "insisted"])
    func reportingVerbs(_ verb: String) {
        #expect(Self.rows("Jane Porter \(verb) that the county had cut the flood budget.") == ["indirect Jane Porter|\(verb)|the county had cut the flood budget"])
    }

    @Test func accordingTo() {
        #expect(Self.rows("According to Jane Porter, the county cut the flood budget.") == ["indirect Jane Porter|According to|the county cut the flood budget"])
        #expect(Self.rows("The county cut the flood budget, according to Jane Porter.") == ["indirect Jane Porter|according to|The county cut the flood budget"])
    }

    @Test func passive() {
        let a = Self.analyse("It was announced by the United Nations that the shelters would close.")
        #expect(a.map(\.speaker) == ["United Nations"])
        #expect(a.first?.content == "the shelters would close")
    }

    @Test func pronounSpeakerIsAGuessThatFitsTheGender() {
        let a = Self.analyse("Mrs Porter met Tom Reilly on Monday. She said the levee would hold.")
        #expect(a.first?.speaker == "Porter")
        #expect(a.first?.resolution == .pronoun)
        #expect(a.first?.resolution.isGuess == true)
    }

    @Test func pronounAfterATimePhrase() {
        let a = Self.analyse("Mr Reilly flew home. On Friday he said the talks had failed.")
        #expect(a.map(\.speaker) == ["Reilly"])
        #expect(a.first?.content == "the talks had failed")
    }

    @Test func descriptionPointsBackToTheActor() {
        let a = Self.analyse("Prime Minister John Howard visited Riverton. The Prime Minister said the town would get help.")
        #expect(a.first?.speaker == "John Howard")
        #expect(a.first?.resolution == .description)
    }

    @Test func descriptionOfABody() {
        let a = Self.analyse("British Airways cancelled 40 flights. The airline said the strike would cost millions.")
        #expect(a.first?.speaker == "British Airways")
        #expect(a.first?.resolution == .description)
    }

    @Test(arguments: ["A spokesman", "Witnesses", "Officials", "Police"])
    func unnamedSourcesAreNeverGuessed(_ source: String) {
        let a = Self.analyse("Jane Porter visited Riverton. \(source) said the levee had been breached twice.")
        #expect(a.count == 1)
        #expect(a.first?.speaker == nil)
        #expect(a.first?.resolution == .unnamed)
        #expect(a.first?.speakerText == source)
    }

    @Test func appositiveNameBeatsTheDescription() {
        let a = Self.analyse("The county's chief engineer, Jane Porter, said the levee had held.")
        #expect(a.first?.speaker == "Jane Porter")
    }

    @Test func possessorOfAReportingNounSpeaksNotTheAppositive() {
        let a = Self.analyse("Canada’s letter to the envoy, Tom Reilly, demanded that Ottawa be consulted.")
        #expect(a.first?.speaker == "Canada")
        #expect(a.first?.cue == "demanded")
    }

    @Test func continuedQuoteKeepsTheSpeaker() {
        let a = Self.analyse("“The river is high,” Jane Porter said.\n\n“We have sandbags for a week.”")
        #expect(a.map(\.speaker) == ["Jane Porter", "Jane Porter"])
        #expect(a.last?.resolution == .continued)
    }

    /// US style: the quote goes on in the sentence after its attribution, with no cue of its own.
    @Test func quoteGoingOnAfterItsAttributionIsOneAttribution() {
        let a = Self.analyse("“The river is high,” Jane Porter said. “We have sandbags for a week.”")
        #expect(a.count == 1)
        #expect(a.first?.speaker == "Jane Porter")
        #expect(a.first?.content == "The river is high … We have sandbags for a week.")
        #expect(a.first?.sentences == [0, 1])
        // A quote with its own attribution stays apart.
        #expect(Self.analyse("“The river is high,” Jane Porter said. “It is not,” Tom Reilly said.").map(\.speaker) == ["Jane Porter", "Tom Reilly"])
    }

    @Test func notReports() {
        #expect(Self.analyse("The militants accused of the attack were arrested.").isEmpty)
        #expect(Self.analyse("He was admitted to hospital on Monday.").isEmpty)
        #expect(Self.analyse("The claims were rejected.").isEmpty)
        // The subject of a passive heard it: no speaker is named.
        #expect(Self.analyse("Jane Porter was warned that the dam would fail.").isEmpty)
    }

    @Test func offsetsAreCodePointsOfTheContent() {
        let text = "“Ça va bien,” said Jane Porter."
        let article = Article(text: text, source: "test")
        let a = AttributionAnalysis(article: article, actors: ActorAnalysis(article: article)).attributions
        #expect(a.first.map { article.text(from: $0.start, to: $0.end) } == "Ça va bien")
    }

    @Test func presentTenseReports() {
        #expect(Self.rows("The BBC reports the ferry was seen near the harbour on Sunday night.")
            == ["indirect BBC|reports|the ferry was seen near the harbour on Sunday night"])
    }

    @Test func appositiveWithAHyphenatedTitle() {
        #expect(Self.rows("The head of the fire service, Deputy-Commissioner Jane Porter, has confirmed the blaze was started deliberately.")
            == ["indirect Jane Porter|confirmed|the blaze was started deliberately"])
    }

    @Test func trailingSpeakerAfterAnAbbreviatedTitle() {
        #expect(Self.rows("The driver has not been charged with any offence, Sgt. Tom Baxter said.")
            == ["indirect Tom Baxter|said|The driver has not been charged with any offence"])
    }

    @Test func coordinatedVerbTakesTheFirstVerbsSubject() {
        #expect(Self.rows("Prime Minister Tom Baxter has resigned and called for an early election in the spring.")
            == ["indirect Tom Baxter|called for|an early election in the spring"])
        // Saying nothing reports nothing, however long the predicate before "and".
        #expect(Self.rows("Tom Baxter walked slowly up the long hill to the old house and said nothing at all.").isEmpty)
        #expect(Self.rows("Tom Baxter said nothing about the levee on the river.").isEmpty)
    }

    @Test func pronounAfterAnUnnamedPersonStaysUnnamed() {
        let a = Self.analyse("Tom Baxter owns the house. The boyfriend told investigators that two men were waiting outside. "
            + "He said the car had stopped near the house for several minutes.")
        #expect(a.map(\.cue) == ["told", "said"])
        #expect(a.map(\.speaker) == [nil, nil])
        #expect(a.last?.speakerText == "He")
        // With no unnamed person just before, "he" is the named man.
        #expect(Self.rows("Tom Baxter owns the house. He said the car had stopped near the house for several minutes.")
            == ["indirect Tom Baxter|said|the car had stopped near the house for several minutes"])
    }

    @Test func participleSayingReportsForTheSubject() {
        #expect(Self.rows("Mayor Jane Porter spent the morning at the flooded school, saying the repairs would take at least a month.")
            == ["indirect Jane Porter|saying|the repairs would take at least a month"])
        // After a reporting noun the cue is the noun's: one attribution, not two.
        #expect(Self.analyse("Jane Porter issued a statement saying the repairs would take at least a month.").count == 1)
    }

    @Test func absolutePhraseHasNoSpeaker() {
        #expect(Self.rows("The race starts today, with the weather bureau forecasting strong westerly winds all week.").isEmpty)
    }

    @Test func blameStatesAPosition() {
        #expect(Self.rows("Local residents blame the council for the flooding of their streets.")
            == ["indirect -|blame|the council for the flooding of their streets"])
    }

    @Test func colonAfterTheSubjectIntroducesTheQuote() {
        let a = Self.analyse("Jane Porter spoke first. “We cannot wait another year,” Porter said. "
            + "Tom Baxter, a farmer, was blunt: “The levee is a joke and everyone here knows it.”")
        #expect(a.map(\.speaker) == ["Jane Porter", "Tom Baxter"])
    }

    @Test func ownerIsNotThePronounsAntecedent() {
        let a = Self.analyse("Ms Porter’s deputy, Anne Lee, was more cautious. “We need the state to step in now,” she said.")
        #expect(a.map(\.speaker) == ["Anne Lee"])
    }

    @Test func personOpeningTheSentenceBeforeSpeaksNext() {
        let a = Self.analyse("“We cannot wait another year,” Jane Porter said. Tom Baxter disagreed with her. "
            + "“The money is already there for everyone.”")
        #expect(a.map(\.speaker) == ["Jane Porter", "Tom Baxter"])
        #expect(a.last?.resolution == .continued)
    }

    // MARK: - US and wire style

    @Test func speakerBeforeTheVerbInsideAnAppositive() {
        #expect(Self.rows("“Our sales fell in every region,” chairman, CEO and president Tom Reilly said in the earnings release.")
            == ["direct Tom Reilly|said|Our sales fell in every region"])
        #expect(Self.rows("“Our sales fell in every region,” Jane Porter, the firm’s head of direct-to-consumer sales, said on Tuesday.")
            == ["direct Jane Porter|said|Our sales fell in every region"])
    }

    @Test func aCapitalisedSentenceAfterAQuoteIsNotItsCue() {
        let a = Self.analyse("Jane Porter spoke at noon. “The levee held overnight.” The county engineer said the pumps failed.")
        #expect(a.first.map { $0.kind == .direct && $0.cue.isEmpty } == true)
    }

    @Test func quoteWithItsCommaLeftOutTakesAWholeSaidSentence() {
        #expect(Self.rows("“We have never seen demand like this ” Jane Porter said.") == ["direct Jane Porter|said|We have never seen demand like this"])
    }

    @Test func participlesReportForTheSubject() {
        #expect(Self.rows("Jane Porter announced new limits on water use, adding that the pumps would run all night.")
            == ["indirect Jane Porter|announced|new limits on water use", "indirect Jane Porter|adding|the pumps would run all night"])
        // Another sense: "adding to", "adding 67".
        #expect(Self.rows("The rain kept falling, adding to the misery of the town’s residents.").isEmpty)
    }

    @Test func speakerAndCueAfterAComma() {
        #expect(Self.rows("The pumps failed twice last week, Jane Porter said while visiting the levee.")
            == ["indirect Jane Porter|said|The pumps failed twice last week"])
        #expect(Self.rows("The pumps failed twice last week, Jane Porter said on Tuesday in a speech to the council.")
            == ["indirect Jane Porter|said|The pumps failed twice last week"])
        // A parenthetical: the clause on both sides is what was said.
        #expect(Self.rows("Before the storm arrived, Jane Porter said, the crews moved the pumps uphill.")
            == ["indirect Jane Porter|said|Before the storm arrived … the crews moved the pumps uphill"])
        // "said on Monday it would …": the clause after the cue is the content.
        #expect(Self.rows("In a statement, Jane Porter said on Monday the county would buy new pumps.")
            == ["indirect Jane Porter|said|the county would buy new pumps"])
    }

    @Test func commonNounOpeningASentenceIsNoName() {
        let a = Self.analyse("Hospitals have urged the public to give blood after the crash.")
        #expect(a.map(\.resolution) == [.unnamed])
        let b = Self.analyse("The files were published by Wikileaks in May. Wikileaks said the files were genuine and complete.",
                             dropping: ["Wikileaks"])
        #expect(b.map(\.resolution) == [.unknown])
        #expect(b.first?.speakerText == "Wikileaks")
    }

    @Test func subjectWithACommaBeforeTheCue() {
        // The phrase from the sentence's start, a relative clause, a spokesman's name in an appositive.
        #expect(Self.rows("Jane Porter of Milltown, just west of the river, says the water rose overnight.")
            == ["indirect Jane Porter|says|the water rose overnight"])
        #expect(Self.rows("Jane Porter, who has run the county for a decade and faces a tough election next spring, said the levee would hold.")
            == ["indirect Jane Porter|said|the levee would hold"])
        #expect(Self.rows("Tom Reilly spoke first. A spokesman for Mayor Tom Reilly, Anne Lee, said the roads would reopen.").last
            == "indirect Anne Lee|said|the roads would reopen")
        // A clause is no subject: "Porter added that the levee broke, warned …" has its own.
        #expect(!Self.rows("Jane Porter added that the levee broke at noon, warned “stay home!”").contains { $0.hasPrefix("direct") })
    }

    @Test func cuesWithAParticleOrAPassive() {
        #expect(Self.rows("The council has ruled out any new taxes on water use.") == ["indirect -|ruled out|any new taxes on water use"])
        #expect(Self.rows("Jane Porter is said to believe the levee will fail within a year.")
            == ["indirect Jane Porter|is said to believe|the levee will fail within a year"])
        #expect(Self.rows("Jane Porter wrote to the council insisting the pumps were never tested.")
            .contains("indirect Jane Porter|insisting|the pumps were never tested"))
        #expect(Self.rows("Tom Reilly is defending the budget against criticism from farmers.")
            == ["indirect Tom Reilly|defending|the budget against criticism from farmers"])
        #expect(Self.rows("“We checked every pump twice,” Jane Porter said of the repairs.") == ["direct Jane Porter|said|We checked every pump twice"])
    }

    @Test func bodyNamedByItsOwnerOrModifiersIsNotTheCountry() {
        let a = Self.analyse("Canada sent doctors to Liberia. The Canadian government said the doctors would return in May.")
        #expect(a.map(\.speaker) == [nil])
        #expect(a.first?.resolution == .unknown)
        #expect(a.first?.speakerText == "Canadian government")
        #expect(Self.analyse("Canada’s Foreign Ministry said the embassy would stay open all week.").first?.speaker == "Foreign Ministry")
        let b = Self.analyse("Canada’s health ministry said the clinics would stay open all week.")
        #expect(b.first?.speaker == nil)
        #expect(b.first?.speakerText == "health ministry")
        // A plain description still points back to the actor it describes.
        #expect(Self.analyse("Canada sent doctors to the region. The government said the doctors would return in May.").first?.speaker == "Canada")
    }

    @Test func accordingToADocumentOrACrowd() {
        // The actor the document names, else an unnamed source; never nothing.
        #expect(Self.rows("Tom Reilly runs the survey. Sales fell ten percent in May, according to a report from Tom Reilly.")
            == ["indirect Tom Reilly|according to|Sales fell ten percent in May"])
        #expect(Self.rows("Sales fell ten percent in May, according to people familiar with the matter.")
            == ["indirect -|according to|Sales fell ten percent in May"])
        // A sentence may open with "And": that is content, not a coordinated verb.
        #expect(Self.rows("And the levee is the oldest in the state, according to the council.").count == 1)
    }

    @Test func speakerPhraseAfterAConjunctionOrWithASuffix() {
        #expect(Self.rows("“We found water in the samples,” lead researcher and planetary scientist Jane Porter said in a statement.")
            == ["direct Jane Porter|said|We found water in the samples"])
        #expect(Self.rows("Tom Reilly Jr. said the levee would hold through the winter.") == ["indirect Tom Reilly Jr|said|the levee would hold through the winter"])
        #expect(Self.rows("Acme Corp. said Tuesday it would cut 2,000 jobs as sales slump.").map { $0.hasSuffix("|said|it would cut 2,000 jobs as sales slump") } == [true])
    }

    @Test func describedSpeakers() {
        #expect(Self.rows("The United Nations sent food on Monday. A United Nations spokesman said the trucks would arrive by Friday.")
            == ["indirect United Nations|said|the trucks would arrive by Friday"])
        #expect(Self.analyse("Tom Reilly took the job in May. The 56-year-old said: “I am excited to be joining such a club.”").map(\.speaker) == ["Tom Reilly"])
    }

    @Test func verbsWithAnotherSenseNeedAClause() {
        #expect(Self.rows("Jane Porter maintained a strong lead in the polls for months.").isEmpty)
        #expect(Self.rows("Tom Reilly continued his good form, scoring twice in the first half.").isEmpty)
        #expect(Self.rows("Jane Porter maintained that the levee had never been tested.") == ["indirect Jane Porter|maintained|the levee had never been tested"])
    }

    /// One paragraph mixing reported speech and quotes: the pronoun goes back to the speaker just before.
    @Test func pronounAfterReportedSpeechInTheSameParagraph() {
        let a = Self.analyse("Jane Porter died on Monday, said Tom Reilly. The flood had been expected, Reilly added. “She was a brilliant engineer,” he said.")
        #expect(a.last?.speaker == "Tom Reilly")
    }

    @Test func timeAfterTheVerbAndOtherSensesOfSaid() {
        // "over the weekend" is a time after the verb, not "argued over".
        #expect(Self.rows("The council announced over the weekend that the bridge would close.") == ["indirect -|announced|the bridge would close"])
        #expect(Self.rows("The men argued over the price of the bridge for an hour.").isEmpty)
        // "said to be": no report.
        #expect(Self.rows("The man, said to be the owner of the boat, was taken to hospital.").isEmpty)
    }

    @Test func longSpeakerBeforeATrailingCue() {
        #expect(Self.rows("A man pleaded guilty to the charges, the Office of the Attorney for the Western District of the State announced Monday.")
            .map { $0.hasPrefix("indirect") && $0.hasSuffix("|announced|A man pleaded guilty to the charges") } == [true])
    }

    @Test func fewQuotedWordsInAClauseWithNoCueAreAPhrase() {
        let article = Article(text: "The senator kept his “tough on trade” stance all year, to the joy of farmers.", source: "test")
        let a = AttributionAnalysis(article: article, actors: ActorAnalysis(article: article))
        #expect(a.attributions.isEmpty)
        #expect(a.scareQuotes.count == 1)
        // Opening its sentence, the same words are a quotation.
        #expect(Self.analyse("The senator spoke. “Tough on trade, always.” The farmers cheered.").count == 1)
    }

    @Test func peopleOfABodyAndPlacesInTheSpeakerPhrase() {
        let un = "The United Nations sent food on Monday. "
        #expect(Self.analyse(un + "United Nations officials said the trucks would arrive by Friday.").last?.speaker == "United Nations")
        #expect(Self.analyse(un + "United Nations sources said the trucks would arrive by Friday.").last?.speaker == nil)
        #expect(Self.analyse(un + "Canadian officials said the trucks would arrive by Friday.").last?.speaker == nil)
        // The head ends before a participle or a clause that modifies it.
        #expect(Self.analyse(un + "“The trucks are on their way,” said a United Nations spokesman when asked.").last?.speaker == "United Nations")
        #expect(Self.analyse(un + "Scientists using data from the United Nations have confirmed that the lake is shrinking.").last?.speaker == nil)
    }

    @Test func progressiveCuesAfterAFormOfBe() {
        #expect(Self.rows("Police are warning motorists that the highway will stay closed overnight.")
            == ["indirect -|warning|the highway will stay closed overnight"])
        #expect(Self.rows("Local television is reporting the bridge collapsed before dawn.") == ["indirect -|reporting|the bridge collapsed before dawn"])
        // Elsewhere the same words are nouns or other verbs.
        #expect(Self.rows("The warning came too late for the farmers on the river.").isEmpty)
    }

    @Test func whoSpeaksForAQuoteWithoutItsOwnCue() {
        // The relative pronoun's antecedent.
        #expect(Self.analyse("The mood was typified by Jane Porter, who said the year brought “more than our fair share of floods”.").first?.speaker == "Jane Porter")
        // A passive cue: whoever warned her is unnamed, and so is the quote that goes on after.
        let warned = Self.analyse("“We will rebuild,” Jane Porter said.\n\nIn one note she was warned that “the levee will never hold”.\n\n“Nobody will pay for it.”")
        #expect(warned.map(\.speaker) == ["Jane Porter", nil, nil])
        // A quote over several sentences reaches the next quote from its last sentence.
        let long = Self.analyse("“The river is high,” Jane Porter said. “It rose overnight. It will rise again. The pumps are old. We need help.\n\n“Send the army.”")
        #expect(long.last?.speaker == "Jane Porter")
        // A name the actor list lacks goes on into the next paragraph's quote.
        let body = Self.analyse("“The clinics stay open,” the Canadian government said.\n\n“Nobody is at risk.”")
        #expect(body.map(\.speakerText) == ["Canadian government", "Canadian government"])
    }

    @Test func unlistedNameStartsAtAFirstName() {
        // The actor list lacks him: the speaker is named from the first name on, without the role.
        let a = Self.analyse("The case was filed in May. Attorney James Kennedy Jr. said the case would go to trial in June.",
                             dropping: ["James Kennedy Jr"])
        #expect(a.first?.speaker == nil)
        #expect(a.first?.resolution == .unknown)
        #expect(a.first?.speakerText == "James Kennedy Jr")
    }

    @Test func groupPronounAfterAnUnnamedSourceStaysUnnamed() {
        let a = Self.analyse("Canada sent troops to the border. An army spokesman said the gunmen had fired first. It claimed they had been planning an attack on the town.")
        #expect(a.map(\.speaker) == [nil, nil])
        // With no unnamed source just before, "it" is the organisation or state named before.
        #expect(Self.analyse("Canada sent troops to the border. It claimed the gunmen had been planning an attack on the town.").last?.speaker == "Canada")
    }

    @Test func anyNounPhraseBeforeATrailingCueIsASource() {
        #expect(Self.rows("Two men were hurt in the blast, Palestinian medics said.") == ["indirect -|said|Two men were hurt in the blast"])
        #expect(Self.rows("A fire broke out near the house, Palestinian and Israeli security officials said, during the night.")
            .first?.hasPrefix("indirect -|said|A fire broke out near the house") == true)
        // Not a clause: "there have been no fatalities reported" has no speaker.
        #expect(Self.rows("After a bad start, there have been no fatalities reported for two days.").isEmpty)
    }

    @Test func positionsIntroducedByToAndParticipleSubjects() {
        #expect(Self.rows("The farmers have vowed to block the road until the levee is repaired.")
            == ["indirect -|vowed|to block the road until the levee is repaired"])
        #expect(Self.rows("The men were told to leave the road before noon.").isEmpty)
        // The participle's subject is the last of the names run together.
        #expect(Self.analyse("Milltown Mayor Jane Porter left the town she has led for years, calling for a new levee to be built.").first?.speaker == "Jane Porter")
        // A quoted word ending a clause leaves the cue to the clause.
        #expect(Self.rows("The water was initially “clean”, Jane Porter added.") == ["indirect Jane Porter|added|The water was initially “clean”"])
    }

    @Test func scoresAreNotReports() {
        #expect(Self.rows("Tom Reilly and Jane Porter added 72 without loss before lunch on the second day.").isEmpty)
        #expect(Self.rows("Another boat from Hobart claimed second place just one minute behind the winner.").isEmpty)
        #expect(Self.rows("Jane Porter added the levee would need new pumps by spring.") == ["indirect Jane Porter|added|the levee would need new pumps by spring"])
    }

    @Test func appositiveSubjectBeforeALeadingCueIsNotAnInvertedOne() {
        #expect(Self.rows("Jane Porter spoke first. The county engineer, Tom Reilly, says the levee has failed twice.").last
            == "indirect Tom Reilly|says|the levee has failed twice")
        #expect(Self.rows("The levee will fail again, said the county engineer.") == ["indirect -|said|The levee will fail again"])
    }

    @Test func anyShortNounPhraseOpeningTheSentenceIsASubject() {
        #expect(Self.rows("Business groups have urged the council to cut rates.") == ["indirect -|urged|the council to cut rates"])
        #expect(Self.rows("The council's statement said the outlook had improved.") == ["indirect -|said|the outlook had improved"])
        // Not a participle before a preposition, nor a negated "say".
        #expect(Self.rows("Strong winds predicted for today could fan the fires again.").isEmpty)
        #expect(Self.rows("Local farmers did not say how many cattle had been lost.").isEmpty)
        #expect(Self.rows("Jane Porter does not expect any opposition to the plan.") == ["indirect Jane Porter|expect|any opposition to the plan"])
    }

    @Test func contentEndingInAQuoteKeepsItsClosingMark() {
        #expect(Self.rows("The council said the plans were \"reckless\".") == ["indirect -|said|the plans were \"reckless\""])
    }

    @Test func wireStyleSpeakers() {
        // An abbreviated title inside an inverted speaker; a long participle phrase between subject and cue.
        #expect(Self.analyse("Tom Reilly chairs the panel. “They were asleep at the wheel,” said Rep. Tom Reilly, D-Calif., who chairs the panel.").last?.speaker == "Tom Reilly")
        #expect(Self.rows("Officials, speaking on condition of anonymity because they were not allowed to discuss the matter, said the review could take weeks.")
            == ["indirect -|said|the review could take weeks"])
    }

    @Test func onlyQuotationVerbsInvert() {
        #expect(Self.rows("The report, released on Monday, found no evidence of fraud.").isEmpty)
        #expect(Self.rows("The levee held overnight, said the county engineer.") == ["indirect -|said|The levee held overnight"])
    }

    @Test func pluralPresentCuesAndTheMediumBeforeTheContent() {
        #expect(Self.rows("Critics argue the plan favours developers over residents.") == ["indirect -|argue|the plan favours developers over residents"])
        #expect(Self.rows("Prosecutors allege the clerk stole a million dollars.") == ["indirect -|allege|the clerk stole a million dollars"])
        #expect(Self.rows("The council said in a statement it was pleased with the vote.") == ["indirect -|said|it was pleased with the vote"])
        #expect(Self.rows("Jane Porter said on Twitter that the vote was a disgrace.") == ["indirect Jane Porter|said|the vote was a disgrace"])
        // The base form after "to" is no cue.
        #expect(Self.rows("The council refused to confirm the figures for the year.").isEmpty)
    }

    @Test func statementSayingIsOneAttribution() {
        #expect(Self.rows("Jane Porter released a statement saying the funds would be approved in March.")
            == ["indirect Jane Porter|released a statement|the funds would be approved in March"])
    }

    @Test func descriptionInALeadNamedLater() {
        // News leads describe the speaker first and name them in the next sentences.
        #expect(Self.analyse("The Premier says the bridge will reopen in May. Premier Jane Porter says the repairs cost less than feared.").first?.speaker == "Jane Porter")
        #expect(Self.analyse("The department has confirmed two bridges were closed. The Transport Department says the repairs will take a week.").first?.speaker == "Transport Department")
        // Nothing named later: the description stays unnamed, never guessed.
        #expect(Self.rows("The Premier says the bridge will reopen in May.") == ["indirect -|says|the bridge will reopen in May"])
    }

    @Test func introductoryPhraseWithoutACommaIsNoPartOfTheSpeaker() {
        let a = Self.analyse("Qantas Airways cut jobs in Sydney on Monday. In a statement the airline says it welcomes the new rules.")
        #expect(a.map(\.speaker) == ["Qantas Airways"])
        #expect(a.first?.resolution == .description)
    }

    @Test func lowerCaseDescriptionIsNoActorNamedByTheCommonNoun() {
        // The actor list has a "Company" (from "The We Company"): "the company" still describes Microsoft.
        let a = Self.analyse("Microsoft Corp. cut jobs in Seattle on Monday. The company confirmed that it had been contacted by regulators. "
            + "Jobs will go this week, said The We Company’s chair Jane Porter.")
        #expect(a.first?.speaker == "Microsoft Corp")
        #expect(a.first?.resolution == .description)
    }

    @Test func subjectWithARestrictiveRelativeClause() {
        let a = Self.analyse("A pensioner who lost her savings in the crash says the bank misled her for years.")
        #expect(a.map(\.speakerText) == ["A pensioner"])
        #expect(a.map(\.content) == ["the bank misled her for years"])
        // The clause that names the speaker keeps the name; "which he said" has a subject of its own.
        #expect(Self.analyse("The man who calls himself Jane Porter told reporters the levee would hold.").first?.speaker == "Jane Porter")
    }

    @Test func possessedPositionNounBeforeThat() {
        #expect(Self.rows("The council gave way to Jane Porter’s insistence that the levee be raised by a metre.")
            == ["indirect Jane Porter|insistence|the levee be raised by a metre"])
        // No possessor: nobody's position is reported.
        #expect(Self.rows("The council gave way to the insistence that the levee be raised by a metre.").isEmpty)
    }

    @Test func accordingToADescriptionWithTheNameInAnAppositive() {
        // The person the previous paragraph names is not the one the appositive names.
        let a = Self.analyse("Mayor Jane Porter said the county would close two depots.\n\n"
            + "The Rail Drivers Guild said the closures were reckless, according to its chief organiser, Tom Reilly.")
        let according = a.first { $0.cue == "according to" }
        #expect(according?.speaker == "Tom Reilly")
        #expect(according?.resolution == .name)
        #expect(according?.content == "The Rail Drivers Guild said the closures were reckless")
        // The clause the guild reported ends before the source of the report.
        #expect(a.first { $0.cue == "said" && $0.speaker == "Rail Drivers Guild" }?.content == "the closures were reckless")
        // A sentence-opening source: the content starts after the appositive's comma.
        #expect(Self.rows("Mayor Jane Porter opened the depot. According to the county's state-appointed auditor, Tom Reilly, the depot lost money.")
            == ["indirect Tom Reilly|According to|the depot lost money"])
        // A clause after the comma names no appositive: the description stays the source.
        #expect(Self.analyse("Jane Porter chairs the council. According to the council, Tom Reilly lost the vote.").first?.content == "Tom Reilly lost the vote")
    }

    @Test func statedPositionsThatAreNoReportingVerbs() {
        #expect(Self.rows("Mayor Tom Reilly paid tribute to the volunteers who filled the sandbags.")
            == ["indirect Tom Reilly|paid tribute to|the volunteers who filled the sandbags"])
        #expect(Self.rows("Jane Porter expressed her belief in the power of local councils.")
            == ["indirect Jane Porter|expressed her belief in|the power of local councils"])
        // Expressing no stance, and paying for something, report nothing.
        #expect(Self.rows("Jane Porter expressed interest in the old mill on the river.").isEmpty)
        #expect(Self.rows("Tom Reilly paid the bill for the new pumps in May.").isEmpty)
    }

    @Test func aClaimedLinkAndAnAccusationKeepTheirObject() {
        #expect(Self.rows("Senator Jane Porter linked the flooding to the council’s budget cuts.")
            == ["indirect Jane Porter|linked|the flooding to the council’s budget cuts"])
        #expect(Self.rows("Canada accused Norway of fishing in its waters.") == ["indirect Canada|accused|Norway of fishing in its waters"])
        // A participle of connection with no object first is no report.
        #expect(Self.rows("A group linked to the cartel was fined for dumping waste.").isEmpty)
    }

    @Test func aNegatedDisclosureReportsNothing() {
        #expect(Self.rows("Jane Porter did not reveal the location of the new depot.").isEmpty)
        #expect(Self.rows("Jane Porter would not confirm the council had sold the depot.").isEmpty)
    }

    @Test func itGoesOnWithABodyTheActorListLacks() {
        let a = Self.analyse("The Canadian military said in a statement on Monday that two boats had sunk. "
            + "It did not name the crews and said it was searching for a third boat.")
        #expect(a.map(\.content) == ["two boats had sunk", "it was searching for a third boat"])
        #expect(a.last?.speaker == nil)
        #expect(a.last?.speakerText == "Canadian military")
        #expect(a.last?.resolution == .unknown)
    }

    @Test func aVerbCoordinatedAfterACommaHasTheSentencesSubject() {
        let a = Self.analyse("Tom Reilly chairs the Harbour Tenants Alliance. However, the group raised alarm at the terms of the lease, "
            + "and said that tenants had been told to sign by Monday.")
        #expect(a.map(\.speaker) == ["Harbour Tenants Alliance"])
        #expect(a.first?.content == "tenants had been told to sign by Monday")
        // A clause inside the sentence does not lend its subject to the coordinated verb.
        #expect(Self.rows("The council said that the lease had confused tenants with its clauses, and demanded a new lease.").count == 1)
    }

    @Test func aDescriptionNamedInAnAppositiveKeepsThatName() {
        let a = Self.analyse("The Harbour Tenants Alliance sent a letter to Acme Corp. The group, Riverside Renters, was formed in May. "
            + "Acme Corp replied on Monday. The group said the lease had confused its members.")
        #expect(a.last?.speaker == "Riverside Renters")
        #expect(a.last?.resolution == .description)
    }

    @Test func anOutletToldIsNoPartOfTheContent() {
        #expect(Self.rows("Jane Porter told the AFP news agency the levee would hold.") == ["indirect Jane Porter|told|the levee would hold"])
    }

    @Test func aNameAfterAModifyingParticipleIsNoSpeaker() {
        let a = Self.analyse("NASA scientists using a telescope atop Mount Jane Porter have confirmed that there is ice on the moon.")
        #expect(a.map(\.speaker) == ["NASA"])
    }

    @Test func aPersonsOwnTeamSpeaksWithThem() {
        let a = Self.analyse("The survey was published by Acme Labs. Tom Reilly and his team reported that they found ice on the moon.")
        #expect(a.map(\.speaker) == ["Tom Reilly"])
        #expect(a.first?.resolution == .pronoun)
    }

    @Test func aSpeechParticipleBeforeAQuote() {
        let a = Self.analyse("The Harbour Tenants Alliance wrote to the council last week stating that they “will not sign a lease that punishes tenants.”")
        #expect(a.map(\.kind) == [.direct])
        #expect(a.first?.speaker == "Harbour Tenants Alliance")
        #expect(a.first?.cue == "stating")
    }

    @Test func anIntroductoryParticiplePhraseIsNoContent() {
        #expect(Self.rows("Speaking to reporters in Ohio, Jane Porter said with the river still rising, the levee would hold.")
            == ["indirect Jane Porter|said|with the river still rising, the levee would hold"])
        // A gerund subject with the cue as a parenthesis is content.
        #expect(Self.rows("Jane Porter toured the levee. Finding the leak early, she said, saved the town.")
            == ["indirect Jane Porter|said|Finding the leak early … saved the town"])
    }

    @Test func theCompanyIsTheBodyLastNamedAsOneThatActs() {
        let a = Self.analyse("Acme Corp cut its forecast on Thursday. Acme Corp shares fell. Acme Corp will close a plant. "
            + "In an interview with The New York Times, Sarah Kim said the plant was old. The company said the cuts were final.")
        #expect(a.last?.speaker == "Acme Corp")
        #expect(a.last?.resolution == .description)
        #expect(a.count == 2)
    }

    @Test func aDescribedSortOfBodyNeedsABodyNamedSo() {
        // "the commission" is not the news agency named last; the county commission, named so, it is.
        let a = Self.analyse("Acme News reported the case on Monday, citing a regional health commission. "
            + "No one else has fallen ill, the commission said.")
        #expect(a.last?.content == "No one else has fallen ill")
        #expect(a.last?.speaker == nil)
        let b = Self.analyse("The Riverton County Commission met Acme News on Monday. No one else has fallen ill, the commission said.")
        #expect(b.last?.speaker == "Riverton County Commission")
    }

    @Test func whoeverObtainedADocumentIsNotItsSource() {
        let a = Self.analyse("Officers found a handgun in the car, according to a police report obtained by The New York Times.")
        #expect(a.map(\.content) == ["Officers found a handgun in the car"])
        #expect(a.first?.speaker == nil)
        // The body that wrote it is.
        #expect(Self.analyse("Officers found a handgun in the car, according to a report by the Riverton Police Department.").first?.speaker
            == "Riverton Police Department")
    }

    @Test func aPronounBeforeAQuoteLooksBackFromItself() {
        let a = Self.analyse("Mayor Tom Reilly spoke on Monday. He accused Jane Porter of “wasting the town’s money on consultants.”")
        #expect(a.first { $0.kind == .direct }?.speaker == "Tom Reilly")
    }

    @Test func aPersonOfTheRightGenderNamedSinceGoesBeforeAPreviousSpeakerOfUnknownGender() {
        // "Keir" says nothing of a gender; "Rachel" and "she" do.
        let a = Self.analyse("Keir Starmer said on Monday that taxes would rise. Rachel Reeves echoed the remarks. “We will fix the roof,” she said.")
        #expect(a.last?.speaker == "Rachel Reeves")
        #expect(a.last?.resolution == .pronoun)
    }

    @Test func aSecondSpeakerAfterWhileHasAClauseOfItsOwn() {
        let a = Self.analyse("The Riverton Chamber of Commerce said the plan would hurt investment, while the Harbour Tenants Alliance said it was too late.")
        #expect(a.map(\.content) == ["the plan would hurt investment", "it was too late"])
        // "while" with no reporting verb after it stays in the content.
        #expect(Self.analyse("Jane Porter said prices rose in May, while wages fell in June.").first?.content == "prices rose in May, while wages fell in June")
    }

    @Test func blameIsAStatedPosition() {
        #expect(Self.rows("Acme Corp blamed the delay on a strike at its plant in Ohio.") == ["indirect Acme Corp|blamed|the delay on a strike at its plant in Ohio"])
    }

    @Test func aVerbCoordinatedAfterALongPredicateHasTheSubjectThatOpensTheSentence() {
        #expect(Self.rows("But Acme Corp is making no apologies for the new rules and says the plant will stay closed.")
            == ["indirect Acme Corp|says|the plant will stay closed"])
        // A subject inside the sentence does not reach over a long predicate.
        #expect(Self.rows("The town knew that Acme Corp had been buying land along the river for years and says nothing.").isEmpty)
    }

    @Test func aDocumentFromADescribedBody() {
        let a = Self.analyse("Acme Corp cut its prices on Monday. According to a statement from the company, the update will be free.")
        #expect(a.map(\.speaker) == ["Acme Corp"])
        #expect(a.first?.resolution == .description)
    }

    @Test func aCountAfterRecalledIsNoReport() {
        #expect(Self.rows("Acme Corp recalled 2 million heaters on Wednesday.").isEmpty)
        #expect(Self.rows("Jane Porter recalled the night the levee broke in 1998.").count == 1)
    }

    @Test func anInvertedSpeakerWithAnAppositiveToTheSentencesEnd() {
        #expect(Self.rows("There were 30 vacancies at the depot, said Jane Porter, the local president of the drivers’ union.")
            == ["indirect Jane Porter|said|There were 30 vacancies at the depot"])
    }

    @Test func aPluralSourceAfterAnOpeningDay() {
        #expect(Self.rows("Tuesday, prosecutors asserted that the two guards had falsified the records.")
            == ["indirect -|asserted|the two guards had falsified the records"])
        #expect(Self.rows("Union representatives have long warned that the depot was short of staff.")
            == ["indirect -|warned|the depot was short of staff"])
    }

    @Test func anAdverbBetweenTheSpeakerAndTheCue() {
        let a = Self.analyse("Tom Reilly was charged on Monday. “We messed up,” Reilly allegedly told a supervisor.")
        #expect(a.map(\.speaker) == ["Tom Reilly"])
    }

    @Test func aScoreInSportsCopyIsNoReport() {
        #expect(Self.rows("Jane Porter added a goal and an assist as the Otters beat the Herons.").isEmpty)
        #expect(Self.rows("Tom Reilly added his seventh of the season for the Otters.").isEmpty)
        #expect(Self.rows("Jane Porter added that the Otters had played badly.").count == 1)
    }

    @Test func aClauseAfterAfterNamesABodyThatActs() {
        let a = Self.analyse("CNN opened an office in Tokyo. Shares fell after CNBC reported that the talks had stalled. "
            + "The news network, citing a source, reported that the deal was dead.")
        #expect(a.last?.speaker == "CNBC")
        // The body named in the sentence before goes before one named more often further back.
        let b = Self.analyse("Acme Corp opened a plant. Acme Corp hired 300 people. Volkswagen is showing a new car in Detroit. "
            + "The German automaker says the car will go 300 miles on one charge.")
        #expect(b.last?.speaker == "Volkswagen")
    }

    @Test func aNameOpeningTheSentenceBeforeLongAppositives() {
        #expect(Self.rows("Jane Porter, program director for the Homes for Towns Project at Riverton University’s Harbour Institute of Planning, told reporters the levee would hold.")
            == ["indirect Jane Porter|told reporters|the levee would hold"])
    }

    @Test func aPlaceJoinedToAParticipleIsNoSpeaker() {
        #expect(Self.rows("Texas-based analysts say the levee will not hold another winter.") == ["indirect -|say|the levee will not hold another winter"])
    }

    @Test func sayInvertsAsSaidDoes() {
        #expect(Self.rows("The levee will not hold another winter, say officials.") == ["indirect -|say|The levee will not hold another winter"])
    }

    @Test func anOwnersBodyNamedInTheAppositive() {
        #expect(Self.rows("Acme Corp’s parent company, Harbour Holdings, announced on Sept. 30 that it was withdrawing its filing.")
            == ["indirect Harbour Holdings|announced|it was withdrawing its filing"])
    }

    @Test func statesTheNounReportsNothing() {
        #expect(Self.rows("Rates of flu have risen in U.S. states where the vaccine is scarce.").isEmpty)
        #expect(Self.rows("The Acme Corp report states that the levee will fail.").count == 1)
    }

    @Test func hePointsToThePersonOpeningTheSentenceBefore() {
        let a = Self.analyse("“We played well,” Tom Reilly said. Mark Dean gave his players a talk on Tuesday. “You can beat anyone,” he said.")
        #expect(a.last?.speaker == "Mark Dean")
        #expect(a.last?.resolution == .pronoun)
    }

    @Test func pointsOutIsAParticleCue() {
        #expect(Self.rows("Jane Porter points out a couple of reasons the levee held.") == ["indirect Jane Porter|points out|a couple of reasons the levee held"])
        #expect(Self.rows("Jane Porter pointed at the levee on the river.").isEmpty)
    }

    @Test func aNameThatFoldsToAClauseWordStillSpeaks() {
        #expect(Self.rows("The plague spread in May. Untreated plague is always fatal, says WHO.").map { $0.hasSuffix("|says|Untreated plague is always fatal") } == [true])
    }

    @Test func aCoordinatedVerbAfterAPredicateWithCommasHasTheOpeningPerson() {
        #expect(Self.rows("In October, Rep. Jane Porter, R-Ohio, visited the dam near Riverton, Ohio, and argued that the levee needs more pumps.")
            == ["indirect Jane Porter|argued|the levee needs more pumps"])
    }

    @Test func aGerundSubjectBeforeATrailingCueIsContent() {
        #expect(Self.rows("Using the old pumps rarely is safe, the engineers said.") == ["indirect -|said|Using the old pumps rarely is safe"])
    }

    @Test func continuesToKeepsAReportGoing() {
        #expect(Self.rows("Jane Porter continues to insist her plan will work.") == ["indirect Jane Porter|insist|her plan will work"])
        #expect(Self.rows("Jane Porter declined to insist on the plan for the levee.").isEmpty)
    }

    @Test func agreeAndHopingReportAClause() {
        #expect(Self.rows("Many engineers agree that the levee is too low.") == ["indirect -|agree|the levee is too low"])
        #expect(Self.rows("Acme Corp is hoping a new design will win buyers.") == ["indirect Acme Corp|hoping|a new design will win buyers"])
    }

    @Test func aQuotesSpeakerBeforeFourAppositivesAndAnInitialism() {
        #expect(Self.rows("“The water is rising,” lead author Jane Porter, a hydrologist at the Harbour Institute in Riverton, Ohio, "
            + "and Acme University in Washington, D.C., said in a statement.") == ["direct Jane Porter|said|The water is rising"])
    }

    @Test func aJoiningVerbWithItsParticleCuesAQuote() {
        let a = Self.analyse("Tom Reilly spoke first. “We all miss her,” Jane Porter weighed in, telling Reilly, “you kept her work alive.”")
        #expect(a.count == 1)
        #expect(a.first?.speaker == "Jane Porter")
        #expect(a.first?.cue == "weighed in")
        #expect(a.first?.parts.count == 2)
        // Without its particle the verb reports nothing.
        #expect(Self.rows("Jane Porter weighed the new pumps in May before the flood.").isEmpty)
    }

    @Test func aDatelineIsNoSubject() {
        #expect(Self.rows("WASHINGTON – Two county clerks were charged on Tuesday with falsifying ledgers, stating they had audited the levee fund.").isEmpty)
        // A name that opens the sentence still is.
        #expect(Self.rows("Jane Porter was charged on Tuesday, stating she had audited the levee fund.").first?.hasPrefix("indirect Jane Porter|stating|") == true)
    }

    @Test func theOutletOfADatelineIsNoAntecedent() {
        let a = Self.analyse("LONDON (Reuters) - The Harbour Tenants Alliance held a rally on Monday.\n\nThe tenants marched to the council. They said the rents were too high.")
        #expect(a.map(\.speaker) == ["Harbour Tenants Alliance"])
        #expect(a.first?.resolution == .pronoun)
    }

    /// A person who opens the sentence speaks past two appositives, the first ending in a body ("Jane Porter,
    /// an engineer at Acme Water, the county's largest utility, said") and past a name with an initial and a
    /// suffix ("James R. Holden Jr., the U.S. attorney …, said"), not the unnamed noun of the appositive.
    @Test func aNameBeforeItsAppositivesSpeaks() {
        #expect(Self.rows("Jane Porter, a senior engineer at Acme Water, the county's largest utility, said the levee would hold through the spring.")
            == ["indirect Jane Porter|said|the levee would hold through the spring"])
        let a = Self.analyse("James R. Holden Jr., the U.S. attorney for the northern district, said the fraud case against the depot was closed.")
        #expect(a.count == 1)
        #expect(a.first?.speaker?.hasPrefix("James R. Holden") == true)
        #expect(a.first?.resolution == .name || a.first?.resolution == .alias)
    }

    /// "the spokesman", "the analyst", "the authority" after the text has named one so: the spokesman of the
    /// previous attribution's speaker, the person titled analyst, the body whose name ends in "Authority".
    @Test func aDefiniteUnnamedSourceIsTheOneNamedSoBefore() {
        let spokesman = Self.analyse("A spokesman for Governor Mary Cole says the bridge will reopen in May. The spokesman says repairs will cost four million dollars.")
        #expect(spokesman.map(\.speaker) == ["Mary Cole", "Mary Cole"])
        #expect(spokesman.last?.resolution == .description)
        let analyst = Self.analyse("The forecast was written by Harbour Bank analyst Tom Reyes. The analyst said interest rates would fall by the end of June.")
        #expect(analyst.map(\.speaker) == ["Tom Reyes"])
        let authority = Self.analyse("Fishermen met the Coastal Safety Authority in Riverton on Monday. The authority says three of the town's piers are closed.")
        #expect(authority.map(\.speaker) == ["Coastal Safety Authority"])
        // Nobody named so: the spokesman stays unnamed, and so does a plural source ("the officials").
        #expect(Self.analyse("A spokesman says the road is shut. The spokesman says it will reopen on Monday.").map(\.speaker) == [nil, nil])
        #expect(Self.analyse("A spokesman for Governor Mary Cole says the bridge will reopen in May. The officials say repairs will cost more.").map(\.speaker) == ["Mary Cole", nil])
    }

    /// A participle reports for the clause's subject after "by" ("marked the day by calling on …") and past an
    /// adverb after the comma ("…, again warning that …"); "describing how" reports. "by adding to" and
    /// "by calling the police" (another sense, an object and no clause) report nothing.
    @Test func aParticipleAfterByOrAnAdverbReports() {
        #expect(Self.rows("Governor Mary Cole marked the anniversary by calling on the council to rebuild the old bridge.")
            == ["indirect Mary Cole|calling on|the council to rebuild the old bridge"])
        #expect(Self.rows("Mayor Ann Lee visited the depot on Monday, again warning that the levee could fail in the spring.")
            == ["indirect Ann Lee|warning|the levee could fail in the spring"])
        #expect(Self.rows("Mayor Ann Lee spoke at the town hall, describing how the flood had changed the whole town.")
            == ["indirect Ann Lee|describing|how the flood had changed the whole town"])
        #expect(Self.rows("Tom Reyes made things worse by adding to the problems of the depot.").isEmpty)
        #expect(Self.rows("Tom Reyes ended the standoff by calling the police to the depot.").isEmpty)
    }

    /// A cue with nothing of its own to report: a comparison ("more complicated than Tom Reyes suggests",
    /// "smaller than what Tom Reyes said"; "what they say is …" still reports), watching ("observed the
    /// comet") and appearing ("testified before the board", whose opening subordinate clause says when).
    @Test func aCueThatReportsNothing() {
        #expect(Self.rows("The bill is more complicated than Senator Tom Reyes suggests, but he appears to be close to the truth.").isEmpty)
        #expect(Self.rows("The cost is smaller than what Tom Reyes said, but his figure is a fair estimate of the damage.").isEmpty)
        #expect(Self.rows("Leaders met in Riverton in response to what they say is a housing system out of step with the law.").count == 1)
        #expect(Self.rows("The researchers observed the comet for nine nights in a row from the new observatory.").isEmpty)
        #expect(Self.rows("As the charges were unsealed in Riverton, Mary Cole testified before the county board in a long session.").isEmpty)
        #expect(Self.rows("Mary Cole testified that the levee fund had been audited twice in the spring.")
            == ["indirect Mary Cole|testified|the levee fund had been audited twice in the spring"])
    }

    /// "…, according to X, …" inside a sentence: the report is on both sides of the source; not a relative
    /// clause about the source ("…, according to county records, which were released …").
    @Test func aParentheticalSourceHasTheReportOnBothSides() {
        let a = Self.analyse("One of the clerks, according to county records, had worked four extra shifts before the flood.")
        #expect(a.count == 1)
        #expect(a.first?.parts.count == 2)
        #expect(a.first?.content == "One of the clerks … had worked four extra shifts before the flood")
        #expect(Self.rows("The levee failed twice, according to county records, which were released on Monday by the board.")
            == ["indirect -|according to|The levee failed twice"])
    }

    /// "…, he said according to a transcript", "…, Mary Cole said, according to county records": the one who
    /// said it speaks; the source after the cue says where it was read, and is neither content nor a second report.
    @Test func aSourceAfterASayCueIsNoReportOfItsOwn() {
        #expect(Self.rows("Tom Reyes spoke at the trial on Monday. These deals take years to build, he said according to a transcript seen by the Riverton Herald.")
            == ["indirect Tom Reyes|said|These deals take years to build"])
        #expect(Self.rows("The levee failed twice, Mary Cole said, according to county records.") == ["indirect Mary Cole|said|The levee failed twice"])
    }

    /// The writer's own voice is no reported speech: a bare "we" or "I" outside quotation marks ("We ask you
    /// to …", "I hope …") is no speaker to resolve (never the last organisation named), nor is a cue addressed to
    /// the reader ("Anyone will tell you that …"); beside a quote, the writer is an unnamed speaker.
    @Test func theWritersOwnVoiceIsNoReportedSpeech() {
        let text = "The Riverton Herald said the ferry would stop on Monday. We ask you to keep your comments relevant and respectful."
        #expect(Self.rows(text) == ["indirect Riverton Herald|said|the ferry would stop on Monday"])
        #expect(Self.rows("I hope the ferry will run again next summer, when the river is lower.").isEmpty)
        #expect(Self.rows("Anyone will tell you that the road to the harbour is closed at night.").isEmpty)
        let quoted = Self.analyse("The Riverton Herald covered the flood. “The river is higher than last year,” I said.")
        #expect(quoted.map(\.speaker) == [nil])
        #expect(quoted.map(\.resolution) == [.unnamed])
    }

    /// A time adverbial between the subject (and its appositive) and the verb says when, not who: "Acme Corp., the
    /// county's largest employer, last year pledged …", "Jane Porter, the county engineer, on Monday warned …".
    @Test func aTimeAdverbialBeforeTheVerb() {
        #expect(Self.rows("Jane Porter, the county engineer, on Monday warned that the levee would not hold another week.")
            == ["indirect Jane Porter|warned|the levee would not hold another week"])
        let a = Self.analyse("Acme Corp. builds rockets. Acme Corp., the county's largest employer, last year pledged that it would hire 200 workers.")
        #expect(a.count == 1)
        #expect(a.first?.speaker?.hasPrefix("Acme") == true)
    }

    /// A quote that is the main clause of the reported words, after only a subordinate clause ("adding if the
    /// rain goes on “…”"), is one attribution, the direct one, with the nearest cue; a short quote inside a clause
    /// of the writer's leaves the clause reported.
    @Test func aQuotedMainClauseInsideReportedWordsIsOneAttribution() {
        let text = "Tom Baxter, the county engineer, said the levee had held, adding if the rain goes on “the results will be devastating for the valley.”"
        #expect(Self.rows(text) == [
            "indirect Tom Baxter|said|the levee had held",
            "direct Tom Baxter|adding|the results will be devastating for the valley.",
        ])
        #expect(Self.rows("Tom Baxter said the levee was “a disgrace” and would be rebuilt by the county.")
            == ["indirect Tom Baxter|said|the levee was “a disgrace” and would be rebuilt by the county"])
    }

    /// Quoted words that are a title (each capitalised but for short ones) are no speech unless a cue follows them.
    @Test func aQuotedTitleIsNoSpeech() {
        #expect(Self.rows("The museum opened an exhibition called “Remembrance in the Old City” last spring.").isEmpty)
        #expect(Self.rows("The film “Once Upon a Time in Riverton” won the prize at the festival.").isEmpty)
        // In an appositive, a title is part of it: `Bruce Gilley, author of the essay "…," argued`.
        #expect(Self.rows("Bruce Gilley, author of the essay “The Case for Ferries,” argued that the town needed a new pier.")
            == ["indirect Bruce Gilley|argued|the town needed a new pier"])
    }

    /// A reporting verb with its agent after "by" and no auxiliary is a participle ("the plan announced by the
    /// council", "Recalled by the board …"), not a report.
    @Test func aParticipleWithItsAgentIsNoReport() {
        #expect(Self.rows("The plan announced by the council on Monday would close the pier for the winter.").isEmpty)
        #expect(Self.rows("Eventually recalled by the board for his spending, Tom Reyes was later cleared by the county court.").isEmpty)
    }

    /// Around the speaker: an abbreviation in brackets before the cue, a relative clause in the appositive, a
    /// person's spokesman (who speaks for the person).
    @Test func bracketsRelativeClausesAndSpokesmen() {
        #expect(Self.rows("A spokesperson for the Riverton Harbour Authority (RHA) said the pier would reopen in the spring.")
            .map { $0.hasPrefix("indirect Riverton Harbour Authority|") } == [true])
        #expect(Self.rows("Chi Onwurah, the member for Riverton, who is supporting the report, said precarious work was spreading across the county.")
            == ["indirect Chi Onwurah|said|precarious work was spreading across the county"])
        #expect(Self.rows("Mayor Tom Reyes missed the meeting. The plan for the pier will go ahead, his spokesman said.")
            == ["indirect Tom Reyes|said|The plan for the pier will go ahead"])
    }

    /// "warned of", "warned against", "told of", "boasted of": the preposition opens what is reported, where after
    /// other verbs it binds them to another sense ("accused of", "admitted to").
    @Test func aPrepositionThatOpensTheReport() {
        #expect(Self.rows("Researchers are warning of a new virus spreading through the county's schools.")
            == ["indirect -|warning of|a new virus spreading through the county's schools"])
        #expect(Self.rows("Mayor Tom Reyes warned against a rushed vote on the harbour plan.")
            == ["indirect Tom Reyes|warned against|a rushed vote on the harbour plan"])
        #expect(Self.rows("At the meeting, the council boasted of savings in the new harbour budget.").map { $0.hasSuffix("|boasted of|savings in the new harbour budget") } == [true])
    }

    /// "has received reports that …": a report whose source the text does not name; who received it does not speak.
    @Test func receivedReportsHaveAnUnnamedSource() {
        #expect(Self.rows("The Riverton Harbour Authority has received reports that the pier is open again.")
            == ["indirect -|received reports|the pier is open again"])
        #expect(Self.rows("Shortly after, we received reports that the ferry was running to the island.")
            == ["indirect -|received reports|the ferry was running to the island"])
    }

    /// A request for comment ("is asking the council for comment and will update …") reports nothing.
    @Test func aRequestForCommentIsNoReport() {
        #expect(Self.rows("The Riverton Herald is asking the harbour board for comment and will update this story if it replies.").isEmpty)
        #expect(Self.rows("Tom Reyes asked the board to reopen the pier before the summer season.")
            == ["indirect Tom Reyes|asked|the board to reopen the pier before the summer season"])
    }

    /// A name standing alone as the sentence after a quote credits it, as a name line under a pull quote does;
    /// a quote with no cue that opens the next sentence goes on with the same speaker.
    @Test func aNameLineAfterAQuoteCreditsIt() {
        let text = "Jane Porter runs the harbour board. “We have to start the repairs somewhere.” Porter. “The pier is the obvious place.”"
        #expect(Self.rows(text) == ["direct Jane Porter|Porter|We have to start the repairs somewhere. … The pier is the obvious place."])
    }

    /// A quoted phrase of two words ending the clause, its comma inside the closing mark, leaves the trailing
    /// cue to report the whole clause.
    @Test func aCommaInsideTheClosingMarkEndsTheReportedClause() {
        #expect(Self.rows("Jane Porter spoke at the meeting. The harbour budget grew by a third after the “big storm,” Porter said.")
            == ["indirect Jane Porter|said|The harbour budget grew by a third after the “big storm,”"])
    }

    /// "cautioned against" reports, as "warned against" does: the preposition opens the position.
    @Test func cautionedAgainstReports() {
        #expect(Self.rows("Jane Porter, a county engineer, cautioned against rebuilding the levee before the spring floods.")
            == ["indirect Jane Porter|cautioned against|rebuilding the levee before the spring floods"])
    }

    /// "made the argument that", "made the point that": a noun of arguing after a verb of making is a cue.
    @Test func madeTheArgumentThatIsACue() {
        #expect(Self.rows("Jane Porter made the argument that the town needs a second bridge.")
            == ["indirect Jane Porter|made the argument|the town needs a second bridge"])
    }

    /// A position noun credits its author: the possessor ("Porter’s vow that …"; "her pledge", a guess) or the actor
    /// named after "from" or "by", whose quoted words after "to" are theirs, a second quote in the same clause too.
    @Test func aPositionNounCreditsItsAuthor() {
        #expect(Self.rows("Voters liked Jane Porter’s vow that the levee would be rebuilt by spring.")
            == ["indirect Jane Porter|vow|the levee would be rebuilt by spring"])
        let a = Self.analyse("Jane Porter spoke at the hall. Voters liked her pledge on Monday that the levee would be rebuilt.")
        #expect(a.map { "\($0.speaker ?? "-")|\($0.cue)|\($0.content)" } == ["Jane Porter|pledge|the levee would be rebuilt"])
        #expect(a.first?.resolution.isGuess == true)
        #expect(Self.rows("The closures began with orders from Jane Porter to “shut every gate tonight” in the “fight against the rising river”.")
            == ["direct Jane Porter|orders|shut every gate tonight", "direct Jane Porter|orders|fight against the rising river"])
    }

    /// A run of capitalised title words before the name that opens the sentence belongs to the name, however long
    /// the appositive after it ("Federal Reserve Bank of Kansas City President Thomas M. Hoenig, …, said").
    @Test func aTitleRunBeforeANameWithALongAppositive() {
        let text = "Valley Water Board of Tulare County President Jane Porter, who has run the board since 2004 and checks every bridge, road and culvert in the valley, said that the levee would hold."
        #expect(Self.rows(text) == ["indirect Jane Porter|said|the levee would hold"])
    }

    /// A quote that opens its sentence with no cue and no speaker quoted just before is the person who opens the
    /// sentence before, by name or as "she" (a guess).
    @Test func aQuoteAfterASentenceAboutAPerson() {
        let text = "Jane Porter grew up in the valley. The town had two schools then, and one road. Few people left. She had arrived in the city with no contacts. “I was scared and had no money.”"
        let a = Self.analyse(text)
        #expect(a.map { "\($0.kind.rawValue) \($0.speaker ?? "-")|\($0.content)" } == ["direct Jane Porter|I was scared and had no money."])
        #expect(a.first?.resolution.isGuess == true)
    }

    /// Negated, "claim" and "deny" report nothing; nor does a cue in a condition ("If the council insists …").
    @Test func aNegatedClaimAndAConditionReportNothing() {
        #expect(Self.rows("Jane Porter does not claim credit for the new bridge over the river.") == [])
        #expect(Self.rows("If the council insists on a longer review, the bridge will open a year late.") == [])
    }

    /// A verb of showing reports only for a document or data: unnamed unless a body is named for it; a film shows nothing.
    @Test func documentsAndDataShowWhatTheyRecord() {
        #expect(Self.rows("The mayor delayed the new bridge for two years, newly released council files show.")
            == ["indirect -|show|The mayor delayed the new bridge for two years"])
        #expect(Self.rows("The film shows the town before the flood and the levee that failed.") == [])
    }

    /// A short quote that ends a longer clause of unquoted words, its cue right after it, leaves the clause reported
    /// too: the clause is indirect, the quote inside it direct.
    @Test func aShortQuoteEndingALongerClauseLeavesTheClauseReported() {
        #expect(Self.rows("Jane Porter spoke at the hall. The new levee will give the town a “much safer spring,” Porter said.")
            == ["indirect Jane Porter|said|The new levee will give the town a “much safer spring,”", "direct Jane Porter|said|much safer spring"])
    }

    /// A document speaks for the body named as its author after "from" or "by", not for one that obtained it.
    @Test func aDocumentSpeaksForItsAuthor() {
        let text = "The Valley Water Board met on Monday. “The levee will hold through the spring,” said a report from the Valley Water Board."
        #expect(Self.rows(text) == ["direct Valley Water Board|said|The levee will hold through the spring"])
        #expect(Self.rows("A study released last month by the Valley Water Board found that the levee will hold through the spring.")
            == ["indirect Valley Water Board|found|the levee will hold through the spring"])
    }

    /// "A spokesman for X, NAME, says": the spokesman named in the appositive speaks, even by a name the actor list lacks.
    @Test func aSpokesmanNamedByANameTheListLacks() {
        let a = Self.analyse("A spokesman for Mayor Jane Porter, Akbar Tolu, says the road will reopen on Friday.", dropping: ["Akbar Tolu"])
        #expect(a.map { "\($0.speakerText)|\($0.resolution)|\($0.content)" } == ["Akbar Tolu|unknown|the road will reopen on Friday"])
    }

    /// "…, reports Reuters." inverts as "…, said the minister." does; "advises" reports; a trailing source is a noun
    /// phrase up to its preposition ("…, people familiar with the talks said.").
    @Test func moreTrailingAndLeadingCues() {
        #expect(Self.rows("The levee failed twice in the spring floods, reports The Valley Times.")
            == ["indirect Valley Times|reports|The levee failed twice in the spring floods"])
        #expect(Self.rows("The Valley Water Board advises residents to boil their water until Friday.")
            == ["indirect Valley Water Board|advises|residents to boil their water until Friday"])
        #expect(Self.rows("The council will vote on the levee plan next week, people familiar with the talks said.")
            == ["indirect -|said|The council will vote on the levee plan next week"])
    }

    /// "called the plan a “disaster”": a judgement stated of the object; "called the office a second time" is a count.
    @Test func calledTheObjectAComplement() {
        #expect(Self.rows("Jane Porter called the levee plan a costly mistake for the town.")
            == ["indirect Jane Porter|called|the levee plan a costly mistake for the town"])
        #expect(Self.rows("Jane Porter called the county office a second time on Monday.") == [])
    }

    /// A perfect tense reports after a long appositive ("…,” NAME, a fellow at …, has written."); "Studies have shown
    /// that …" is a finding; "said NAME E. NAME, …" inverts past the initial's stop.
    @Test func perfectTenseAppositivesAndInitials() {
        #expect(Self.analyse("“The county pays for the levee, not the state,” Jane Porter, a senior fellow at the Valley Institute-Brookings Water Policy Center, has written.")
            .map { "\($0.kind.rawValue) \($0.speaker ?? "-")" } == ["direct Jane Porter"])
        #expect(Self.analyse("Studies have shown that levees fail more often in wet years.")
            .map { "\($0.kind.rawValue) \($0.speaker ?? "-")|\($0.content)" } == ["indirect -|levees fail more often in wet years"])
        #expect(Self.rows("Jane Porter works in the valley. Farm incomes have fallen sharply this year, too, said Jane E. Porter, a Valley University economist.").map { $0.hasPrefix("indirect") } == [true])
        #expect(Self.rows("A written statement was handed to the council on Monday.") == [])
    }

    /// "revealed" and "projects" report only a clause "that" opens; a thing revealed or a test that reveals is no speech;
    /// "Other estimates are …" is a plural noun.
    @Test func thatOnlyCuesAndPluralNouns() {
        #expect(Self.analyse("The Valley Water Board projected in May that the levee would cost $4 million.")
            .map { "\($0.kind.rawValue) \($0.speaker ?? "-")|\($0.content)" } == ["indirect Valley Water Board|the levee would cost $4 million"])
        #expect(Self.rows("Acme Corp revealed the new Levee Concept at the Valley Show in May.") == [])
        #expect(Self.rows("The scan revealed severe damage in the old levee walls.") == [])
        #expect(Self.rows("Blood tests revealed that the farmer had inhaled dust from the old levee.") == [])
        #expect(Self.rows("Other estimates are in the same ballpark as the county figure.") == [])
    }

    /// "…, with forecasters warning that …": the absolute phrase's noun speaks, not the clause's subject; "is adamant
    /// (that) …" states a stance, "worried about the cost" and a stance before a quote do not report.
    @Test func absolutePhrasesAndStances() {
        #expect(Self.analyse("More rain will fall on the valley this week, with forecasters warning that the old levee could fail on Friday.")
            .map { "\($0.kind.rawValue) \($0.speaker ?? "-")|\($0.speakerText)|\($0.content)" } == ["indirect -|forecasters|the old levee could fail on Friday"])
        #expect(Self.analyse("The Valley Water Board is adamant that the old levee must be rebuilt this year.")
            .map { "\($0.kind.rawValue) \($0.speaker ?? "-")|\($0.content)" } == ["indirect Valley Water Board|the old levee must be rebuilt this year"])
        #expect(Self.rows("The Valley Water Board is worried about the cost of the new levee.") == [])
        #expect(Self.analyse("Jane Porter wrote to the board, saying her office is concerned “about the cost of the new levee in the spring.”")
            .filter { $0.kind == .direct }.map { "\($0.kind.rawValue) \($0.speaker ?? "-")" } == ["direct Jane Porter"])
    }

    /// Beliefs are indirect lines: "The researchers think …", "scientists have suspected that …"; "a think tank" is a noun.
    @Test func beliefsAreReported() {
        #expect(Self.analyse("The engineers think the old levee will fail in the spring.")
            .map { "\($0.kind.rawValue) \($0.speaker ?? "-")|\($0.content)" } == ["indirect -|the old levee will fail in the spring"])
        #expect(Self.analyse("For years, scientists have suspected that the old levee leaks in wet years.")
            .map { "\($0.kind.rawValue) \($0.speaker ?? "-")|\($0.content)" } == ["indirect -|the old levee leaks in wet years"])
        #expect(Self.analyse("The Valley Water think tank published its levee figures on Monday.").isEmpty)
        #expect(Self.analyse("The board writes to farmers who it thinks could lose land to the new levee.").isEmpty)
    }

    /// An inverted cue after a short quote whose comma is inside the marks: `…, which was "extremely costly," wrote Porter.`
    @Test func invertedCueAfterAShortQuoteAndItsComma() {
        #expect(Self.analyse("Jane Porter lives in the valley. Four levee inspections failed to find the leak, which was \"extremely costly,\" wrote Porter, who had never farmed.")
            .filter { $0.kind == .indirect }.map { "\($0.kind.rawValue) \($0.speaker ?? "-")|\($0.cue)" } == ["indirect Jane Porter|wrote"])
    }
}
