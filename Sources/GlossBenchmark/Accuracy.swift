import GlossCore
import GlossEvaluation
import GlossShell

/// The benchmark's accuracy mode: the actor analysis scored against the hand-annotated articles
/// (`--accuracy [DIR]`, default Tests/Reference/articles). Dev and held-out articles are printed
/// apart; mistakes are listed for dev articles only (`--mistakes`), never for held-out ones.
enum Accuracy {
    static func run(directory: String, showMistakes: Bool) -> Int32 {
        let articles: [ReferenceArticle]
        // One line on stderr: a format error names its file and line; anything else is the folder itself.
        do { articles = try ReferenceSet.load(directory: directory) } catch let error as ReferenceSet.FormatError {
            Terminal.writeError("gloss-benchmark: \(error)\n")
            return 1
        } catch {
            Terminal.writeError("gloss-benchmark: cannot read the folder \(directory)\n")
            return 1
        }
        for split in [ReferenceArticle.Split.dev, .heldout] {
            let chosen = articles.filter { $0.split == split }
            var score = ActorScore()
            var byCollection = [ReferenceArticle.Collection: ActorScore]()
            var seconds = 0.0
            for reference in chosen {
                let start = Clock.now()
                let analysis = ActorAnalysis(article: Article(text: reference.text, source: reference.id))
                seconds += Clock.now() - start
                score.add(reference, predicted: analysis.actors)
                byCollection[reference.collection, default: ActorScore()].add(reference, predicted: analysis.actors)
            }
            print(table(split.rawValue, score, seconds: seconds))
            print(collectionTable(byCollection))
            if showMistakes && split == .dev {
                for m in score.mistakes { print("  " + m.description) }
            }
            print("")
        }
        return 0
    }

    /// The "all" row of each collection of articles: where the figures come from, without naming a mistake.
    static func collectionTable(_ scores: [ReferenceArticle.Collection: ActorScore]) -> String {
        var rows = [["  by collection", "articles", "ref", "recall", "precision", "kind ok", "merged", "wrong merges"]]
        for collection in ReferenceArticle.Collection.allCases {
            guard let s = scores[collection] else { continue }
            let c = s.overall
            rows.append(["  " + collection.rawValue, "\(s.articles)", "\(c.reference)", format2(c.recall), format2(c.precision),
                         format2(c.kindAccuracy), format2(c.merged), "\(c.wrongMerges)"])
        }
        return aligned(rows)
    }

    /// Rows as columns: the first left-aligned, the others right-aligned.
    static func aligned(_ rows: [[String]]) -> String {
        var widths = rows[0].map { _ in 0 }
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        return rows.map { r in
            r.enumerated().map { i, c in
                i == 0 ? c + String(repeating: " ", count: widths[i] - c.count) : String(repeating: " ", count: widths[i] - c.count) + c
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    static func table(_ title: String, _ score: ActorScore, seconds: Double) -> String {
        var lines = ["actors, \(title): \(score.articles) articles, analysed in \(formatDuration(seconds))"]
        let header = ["kind", "ref", "recall", "pred", "precision", "kind ok", "multi", "merged", "wrong merges"]
        var rows = [header]
        func row(_ name: String, _ c: ActorScore.Counts) -> [String] {
            [name, "\(c.reference)", format2(c.recall), "\(c.predicted)", format2(c.precision), format2(c.kindAccuracy),
             "\(c.multiForm)", format2(c.merged), "\(c.wrongMerges)"]
        }
        for kind in ActorKind.allCases { rows.append(row(kind.rawValue, score.byKind[kind] ?? .init())) }
        rows.append(row("all", score.overall))
        lines.append(aligned(rows))
        // The counts behind the "all" row: two runs that round alike can still differ by a few actors.
        let c = score.overall
        lines.append("  all as counts: found \(c.found)/\(c.reference), correct \(c.correct)/\(c.predicted), "
            + "kind right \(c.kindRight)/\(c.found), merged \(c.mergedWhole)/\(c.multiForm)")
        return lines.joined(separator: "\n")
    }
}
