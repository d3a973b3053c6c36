import GlossCore

/// `find TEXT`: keyword-in-context lines, aligned on the match, with refs.
struct FindCommand: Command {
    let name = "find"
    let summary = "keyword in context: every occurrence with its ref"
    let usage = "find TEXT [--regex] [--case]"
    let examples = ["find Putin", "find \"South Korea\"", "find --regex 'defen[cs]e'", "find --case US", "find missile | quote"]
    let details: String? = """
        TEXT matches whole words, ignoring case and punctuation between words: "South Korea" finds \
        "South Korea’s" but not "South Korean". Several words are one phrase. --case matches case \
        exactly. --regex takes a regular expression (Swift Regex syntax, like Perl's), matched within \
        each sentence. The result's sentences can be piped (find x | quote) or used as $N.
        """
    let options = ["--regex", "--case"]

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try Arguments(call.arguments, flags: options, command: name)
        let query = args.positional.joined(separator: " ")
        guard !query.isEmpty else { throw usageError("needs something to find") }
        let article = workspace.article
        let caseSensitive = args.has("--case")
        let matches: [TextSearch.Match]
        if args.has("--regex") {
            switch TextSearch.regex(query, in: article, caseSensitive: caseSensitive) {
            case .success(let m): matches = m
            case .failure(let e):
                let reason = e.message.split(separator: "\n").first.map(String.init) ?? "does not compile"
                throw .badPattern("find: bad regular expression '\(TextLayout.sanitize(query))': \(reason)")
            }
        } else {
            matches = TextSearch.phrase(query, in: article, caseSensitive: caseSensitive)
        }
        let lines = matches.map { Concordance.Line(sentence: $0.sentence, start: $0.start, end: $0.end) }
        var ids = [Int]()
        for m in matches where ids.last != m.sentence { ids.append(m.sentence) }
        let footer = matches.isEmpty
            ? "no matches for '\(query)'"
            : "\(RefFormatting.count(matches.count, "match")) in \(RefFormatting.count(ids.count, "sentence"))"
        return CommandResult(.concordance(Concordance(lines: lines, footer: footer)), sentences: ids)
    }
}
