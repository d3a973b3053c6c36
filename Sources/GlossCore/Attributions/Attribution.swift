/// Who said what: one reported statement, its cue and content, and the actor it is credited to.
public struct Attribution: Sendable, Hashable {
    /// Whether the words are quoted (direct) or reported (indirect).
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case direct, indirect
    }

    public let kind: Kind
    /// The id of the sentence with the cue (of the quote's first sentence when there is no cue).
    public let sentence: Int
    /// The ids of every sentence the content covers, ascending.
    public let sentences: [Int]
    /// The resolved actor's canonical name, or nil when the source is unnamed or unresolved.
    public let speaker: String?
    /// The speaker as written ("he", "the Prime Minister", "a spokesman"); empty when the text names none.
    public let speakerText: String
    /// How the speaker was found; a pronoun or a description is a guess.
    public let resolution: SpeakerResolution
    /// The reporting cue as written ("said", "told reporters", "according to"); empty when there is none.
    public let cue: String
    /// The content as written. For a quote interrupted by its attribution, the parts joined by " … ".
    public let content: String
    /// Code-point offsets of the content in the article text (`end` exclusive): the first part's
    /// start to the last part's end.
    public let start: Int
    public let end: Int
    /// The content's parts (one, or more for an interrupted quote), as code-point ranges.
    public let parts: [Range<Int>]

    public init(kind: Kind, sentence: Int, sentences: [Int], speaker: String?, speakerText: String,
                resolution: SpeakerResolution, cue: String, content: String, parts: [Range<Int>]) {
        self.kind = kind
        self.sentence = sentence
        self.sentences = sentences
        self.speaker = speaker
        self.speakerText = speakerText
        self.resolution = resolution
        self.cue = cue
        self.content = content
        self.parts = parts
        self.start = parts.first?.lowerBound ?? 0
        self.end = parts.last?.upperBound ?? 0
    }
}

/// How an attribution's speaker was resolved to an actor.
public enum SpeakerResolution: String, Sendable, Hashable, CaseIterable {
    /// The speaker text is the actor's canonical name.
    case name
    /// The speaker text is another form of the actor ("Mr Putin", "Moscow", "South Korean").
    case alias
    /// A pronoun ("he", "they"), taken to be the most recent fitting actor: a guess.
    case pronoun
    /// A description ("the Prime Minister", "the airline"), taken to be the actor it points back to: a guess.
    case description
    /// No speaker at the quote: the previous quote's speaker in the same stretch of text, or a person
    /// who opens the sentence just before it: a guess.
    case continued
    /// A name that is not in the actor list.
    case unknown
    /// An unnamed source ("a spokesman", "officials", "witnesses") or none at all: never guessed.
    case unnamed

    /// Whether the speaker is a guess the reader should check.
    public var isGuess: Bool { self == .pronoun || self == .description || self == .continued }
}

/// A short quoted phrase with no reporting cue: emphasis or distance ("so-called"), not speech.
public struct ScareQuote: Sendable, Hashable {
    public let sentence: Int
    /// The quoted words' code-point offsets (without the marks).
    public let start: Int
    public let end: Int
}
