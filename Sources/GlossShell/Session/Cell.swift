/// One entry of the session: the input line, its output as recorded in transcripts, and its result.
public struct Cell: Sendable {
    /// What kind of cell: a command line or a Markdown note.
    public enum Kind: String, Sendable { case command, note }

    /// 1-based, shown in the prompt and used by `$N`.
    public let number: Int
    public let kind: Kind
    public let input: String
    /// The output exactly as a transcript records it: plain text, width 80, no colour.
    public let output: String
    /// Whether the cell failed (its output is then the error line).
    public let failed: Bool
    /// The sentence ids of the result, for `$N`; nil when the result has no sentences.
    public let sentences: [Int]?
    /// The state change this cell made, if any.
    public let effect: Effect?

    public init(number: Int, kind: Kind, input: String, output: String, failed: Bool, sentences: [Int]?, effect: Effect?) {
        self.number = number
        self.kind = kind
        self.input = input
        self.output = output
        self.failed = failed
        self.sentences = sentences
        self.effect = effect
    }
}
