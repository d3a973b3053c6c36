import GlossCore
import GlossShell
import GlossEvaluation

/// The attribution figures of the accuracy mode: recall, speaker accuracy and false rate on the
/// reference articles, dev and held-out apart. `misses` lists what went wrong, for dev articles only
/// (held-out ones are scored, never looked into).
enum AttributionAccuracy {
    static func report(directory: String, misses showMisses: Bool) -> [String] {
        let articles: [ReferenceArticle]
        do { articles = try ReferenceSet.load(directory: directory) } catch { return ["attributions: cannot read \(directory): \(error)"] }
        var lines = ["attributions (\(directory), \(articles.count) articles)"]
        for split in [ReferenceArticle.Split.dev, .heldout] {
            // Each article is analysed once; its figures go to the split's total and to its collection.
            var total = AttributionScoring.Score(), misses = [AttributionScoring.Miss]()
            var byCollection = [ReferenceArticle.Collection: AttributionScoring.Score]()
            for article in articles where article.split == split {
                var one = AttributionScoring.Score()
                AttributionScoring.score(article, into: &one, misses: &misses)
                total.add(one)
                byCollection[article.collection, default: .init()].add(one)
            }
            lines += AttributionScoring.lines(total, split: split).map { "  " + $0 }
            for collection in ReferenceArticle.Collection.allCases {
                guard let part = byCollection[collection] else { continue }
                lines.append("    \(collection.rawValue) (\(part.articles)): " + AttributionScoring.summary(part))
            }
            if showMisses && split == .dev { lines += misses.map { "    \($0.article): \($0.message)" } }
        }
        return lines
    }
}

/// What who-said-what costs on its own: the attribution analysis of a loaded workspace (already part
/// of "load + analysis"), timed apart so its share of the 0.3 s budget on 3 MB shows.
enum AttributionCost {
    static func add(to report: inout Report, workspaces: [String: Workspace], quick: Bool) {
        for label in ["article", "3 MB"] {
            guard let w = workspaces[label] else { continue }
            let runs = label == "article" ? (quick ? 21 : 51) : (quick ? 3 : 7)
            var count = 0
            let seconds = Clock.median(runs: runs) { count = AttributionAnalysis(article: w.article, actors: w.actors).attributions.count }
            report.add(section: "attributions", name: label, seconds: seconds, extra: "\(count) attributions", runs: runs)
        }
    }
}
