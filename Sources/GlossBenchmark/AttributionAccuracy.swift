import GlossEvaluation

/// The attribution figures of the accuracy mode: recall, speaker accuracy and false rate on the
/// reference articles, dev and held-out apart. `misses` lists what went wrong, for dev articles only
/// (held-out ones are scored, never looked into).
enum AttributionAccuracy {
    static func report(directory: String, misses showMisses: Bool) -> [String] {
        let articles: [ReferenceArticle]
        do { articles = try ReferenceSet.load(directory: directory) } catch { return ["attributions: cannot read \(directory): \(error)"] }
        var lines = ["attributions (Tests/Reference, \(articles.count) articles)"]
        for split in [ReferenceArticle.Split.dev, .heldout] {
            let (score, misses) = AttributionScoring.score(articles, split: split)
            lines += AttributionScoring.lines(score, split: split).map { "  " + $0 }
            if showMisses && split == .dev { lines += misses.map { "    \($0.article): \($0.message)" } }
        }
        return lines
    }
}
