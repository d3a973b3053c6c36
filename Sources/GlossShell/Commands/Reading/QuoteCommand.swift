import GlossCore

/// `quote REF`: verbatim sentences with a citation line.
struct QuoteCommand: Command {
    let spec = CommandSpec(
        "quote", knownAs: ["sentence", "cite"],
        summary: "verbatim sentences with a citation line",
        arguments: [.init("REF", .refs)],
        examples: ["quote 14.2", "quote 1", "quote 2.1-2.2", "find \"South Korea\" | quote"],
        acceptsPipedSentences: true,
        details: "The quoted text is exactly the article's: consecutive sentences are one passage with the article's own spacing; separate passages are printed on their own lines. The citation names the source and the refs.")

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        guard args.positional.count <= 1 else { throw usageError("takes one reference; join lists with commas (1.1,3.2)") }
        let ids = try sentences(reference: args.positional.first, call: call, in: workspace)
        guard !ids.isEmpty else { throw .notFound("quote: nothing to quote (the reference selects no sentences)") }
        let article = workspace.article
        // A run of consecutive sentences in one paragraph is one passage, verbatim with the article's spacing.
        var passages = [String]()
        var runStart = ids[0], previous = ids[0]
        func flush() {
            passages.append(article.text(from: article.sentences[runStart].start, to: article.sentences[previous].end))
        }
        for id in ids.dropFirst() {
            if id == previous + 1, article.sentences[id].ref.paragraph == article.sentences[previous].ref.paragraph {
                previous = id
                continue
            }
            flush()
            runStart = id
            previous = id
        }
        flush()
        let citation = "\(article.source), ¶\(RefFormatting.compact(ids, in: article))"
        return CommandResult(.quotation(Quotation(passages: passages, citation: citation)), sentences: ids)
    }
}
