import GlossEvaluation

/// The repository's hand-annotated reference articles (Tests/Reference/articles), read once for every
/// suite that scores or checks them.
enum ReferenceArticles {
    /// The folder, found from this file's path.
    static let directory: String = {
        let parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        return parts.dropLast(4).joined(separator: "/") + "/Tests/Reference/articles"
    }()

    private static let loaded = Result { try ReferenceSet.load(directory: directory) }

    /// Every article, or the reader's error (a malformed annotation names its file and line).
    static func all() throws -> [ReferenceArticle] { try loaded.get() }
}
