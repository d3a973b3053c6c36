import GlossCore

/// `suggest [N]`: sentences ranked by how worth checking they are, with the reasons.
struct SuggestCommand: Command {
    let spec = CommandSpec(
        "suggest",
        summary: "rank sentences by check-worthiness and say why",
        arguments: [.init("N", optional: true)],
        examples: ["suggest", "suggest 5", "suggest | tag claim", "suggest 3 | quote"],
        details: SuggestCommand.details())


    /// The details, built from tables when help is shown.
    static func details() -> String? {
        let rules = CheckWorthiness.rules.map { r in "\(r.name) \(r.weight > 0 ? "+" : "")\(r.weight): \(r.explanation)" }
        return """
            Each sentence scores the sum of the weights of the rules that fire on it (each rule at most once); \
            the N highest-scoring sentences with a positive score are listed (10 by default), ties in reading \
            order. Attributions are who said what (see quotes): the reason names the resolved speaker, with \
            "?" when the speaker is a guess (a pronoun or a description). The rules are signals of checkable content, not verdicts: read the sentence. The \
            result's sentences can be piped: suggest | tag claim.
            Rules and weights:
            """ + "\n" + rules.joined(separator: "\n")
    }

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        guard args.positional.count <= 1 else { throw usageError("takes at most a number") }
        var limit = 10
        if let word = args.positional.first {
            guard let n = Int(word), n > 0 else { throw usageError("N is a positive number") }
            limit = n
        }
        let article = workspace.article
        let ranked = CheckWorthiness.top(limit, in: article, attributions: workspace.attributions)
        guard !ranked.isEmpty else { return CommandResult(.lines(["no sentence shows signs of a checkable claim"]), sentences: []) }
        // Two lines per sentence so the reasons are never cut: score, ref and reasons; then the sentence shortened.
        let refWidth = ranked.map { article.sentences[$0.sentence].ref.description.count }.max() ?? 3
        let scoreWidth = ranked.map { "\($0.score)".count }.max() ?? 1
        let indent = String(repeating: " ", count: scoreWidth + refWidth + 4)
        var lines = [String]()
        for a in ranked {
            let s = article.sentences[a.sentence]
            let reasons = a.reasons.map { "\($0.rule.name) (\($0.evidence))" }.joined(separator: ", ")
            let wrapped = TextLayout.wrap(reasons, width: Session.transcriptWidth - indent.count)
            for (k, line) in wrapped.enumerated() {
                let head = k == 0 ? TextLayout.pad("\(a.score)", to: scoreWidth, right: true) + "  " + TextLayout.pad(s.ref.description, to: refWidth) + "  " : indent
                lines.append(head + line)
            }
            lines.append(indent + TextLayout.truncate(article.text(of: s), to: Session.transcriptWidth - indent.count))
        }
        lines.append("")
        lines.append("\(RefFormatting.count(ranked.count, "sentence")) with signals of a checkable claim (help suggest explains the rules)")
        return CommandResult(.lines(lines), sentences: ranked.map(\.sentence).sorted())
    }
}
