/// An inverted index from case-folded word forms to word positions, built once at load.
public struct WordIndex: Sendable {
    /// Every distinct folded form, in order of first appearance.
    public let vocabulary: [String]
    /// Form id for each folded string.
    public let ids: [String: Int32]
    /// For each form id, the positions (indices into `Article.words`) where it occurs, ascending.
    public let postings: [[Int32]]

    init(vocabulary: [String], ids: [String: Int32], postings: [[Int32]]) {
        self.vocabulary = vocabulary
        self.ids = ids
        self.postings = postings
    }

    /// Positions of a folded form; empty when the form never occurs.
    public func positions(of folded: String) -> [Int32] {
        guard let id = ids[folded] else { return [] }
        return postings[Int(id)]
    }
}
