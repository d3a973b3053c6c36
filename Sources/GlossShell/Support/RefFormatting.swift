import GlossCore

/// Compact citations for sets of sentences: "1.1–1.3, 4.2".
public enum RefFormatting {
    /// Groups consecutive sentence ids into ranges and writes their refs.
    public static func compact(_ ids: [Int], in article: Article) -> String {
        compact(ids, in: article, maxRuns: .max)
    }

    /// Like `compact`, but only the first `maxRuns` runs, then "… N more" (N further runs).
    public static func compact(_ ids: [Int], in article: Article, maxRuns: Int) -> String {
        let all = runs(ids)
        let shown = all.prefix(maxRuns).map { run in
            let a = article.sentences[run.lowerBound].ref, b = article.sentences[run.upperBound - 1].ref
            return run.count == 1 ? a.description : "\(a)–\(b)"
        }.joined(separator: ", ")
        return all.count > maxRuns ? shown + ", … \(all.count - maxRuns) more" : shown
    }

    /// Sorted ids grouped into runs of consecutive ids.
    public static func runs(_ ids: [Int]) -> [Range<Int>] {
        var out = [Range<Int>]()
        for id in ids.sorted() {
            if let last = out.last, last.upperBound == id {
                out[out.count - 1] = last.lowerBound..<(id + 1)
            } else if out.last?.contains(id) != true {
                out.append(id..<(id + 1))
            }
        }
        return out
    }

    /// "1 sentence", "3 sentences".
    public static func count(_ n: Int, _ noun: String) -> String {
        if n == 1 { return "1 \(noun)" }
        let plural = noun.hasSuffix("ch") || noun.hasSuffix("sh") || noun.hasSuffix("s") || noun.hasSuffix("x") ? noun + "es" : noun + "s"
        return "\(n) \(plural)"
    }
}

extension Command {
    /// The sentences a command works on: its REF argument, else the piped sentences, else `fallback`.
    public func sentences(reference: String?, call: CommandCall, in workspace: Workspace, fallback: [Int]? = nil) throws(ShellError) -> [Int] {
        if let reference {
            switch workspace.resolve(reference) {
            case .success(let ids): return ids
            case .failure(let e): throw e
            }
        }
        if let piped = call.piped { return piped }
        if let fallback { return fallback }
        throw usageError("needs a sentence reference")
    }
}
