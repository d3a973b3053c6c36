/// One word token: its code-point span, its sentence, and its case-folded form's id in the vocabulary.
public struct Word: Sendable, Hashable {
    public let start: Int32
    public let end: Int32
    public let sentence: Int32
    /// Index into `WordIndex.vocabulary` (the case-folded form).
    public let form: Int32
}
