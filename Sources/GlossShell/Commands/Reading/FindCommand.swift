import GlossCore

/// `find TEXT`: keyword-in-context lines, aligned on the match, with refs.
struct FindCommand: Command {
    let spec = CommandSpec(
        "find", knownAs: ["grep", "search"],
        summary: "keyword in context: every occurrence with its ref",
        arguments: [.init("TEXT")],
        options: [.flag("--regex", "TEXT is a regular expression (Swift Regex syntax)"), .flag("--case", "match case exactly")],
        examples: ["find Putin", "find \"South Korea\"", "find --regex 'defen[cs]e'", "find --case US", "find missile | quote"],
        details: """
            TEXT matches whole words, ignoring case and punctuation between words: "South Korea" finds \
            "South Korea’s" but not "South Korean". Several words are one phrase. --case matches case \
            exactly. --regex takes a regular expression (Swift Regex syntax, like Perl's), matched within \
            each sentence; a search that runs over 2 seconds is stopped. The result's sentences can be piped (find x | quote) or used as $N.
            """)

    /// The longest a regular-expression search may run.
    static let regexSeconds = 2.0

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        let query = args.positional.joined(separator: " ")
        guard !query.isEmpty else { throw usageError("needs something to find") }
        let article = workspace.article
        let caseSensitive = args.has("--case")
        let matches: [TextSearch.Match]
        if args.has("--regex") {
            if let e = TextSearch.patternError(query) {
                let reason = e.message.split(separator: "\n").first.map(String.init) ?? "does not compile"
                throw .badPattern("find: bad regular expression '\(TextLayout.sanitize(query))': \(reason)")
            }
            // Matching can backtrack for ever ((a+)+$ on a run of a's): a pattern that can repeat runs in a
            // child stopped at a deadline. One that cannot is bounded by its own length and runs here,
            // without the cost of a child.
            if !Self.mayBacktrackLong(query) {
                guard case .success(let found) = TextSearch.regex(query, in: article, caseSensitive: caseSensitive) else {
                    throw .badPattern("find: bad regular expression '\(TextLayout.sanitize(query))'")
                }
                return result(found, query: query, article: article)
            }
            let outcome = TimeLimit.run(seconds: Self.regexSeconds) { () -> [Int] in
                guard case .success(let found) = TextSearch.regex(query, in: article, caseSensitive: caseSensitive) else { return [] }
                return found.flatMap { [$0.sentence, $0.start, $0.end] }
            }
            switch outcome {
            case .finished(let flat):
                matches = stride(from: 0, to: flat.count - 2, by: 3).map { TextSearch.Match(sentence: flat[$0], start: flat[$0 + 1], end: flat[$0 + 2]) }
            case .timedOut:
                throw .badPattern("find: the regular expression '\(TextLayout.sanitize(query))' ran over \(Int(Self.regexSeconds)) s and was stopped; "
                    + "it backtracks too much (nested repetition like (a+)+ or .*.*): simplify it")
            case .interrupted:
                throw .interrupted("find: interrupted")
            case .failed:
                throw .badPattern("find: matching the regular expression '\(TextLayout.sanitize(query))' failed")
            }
        } else {
            matches = TextSearch.phrase(query, in: article, caseSensitive: caseSensitive)
        }
        return result(matches, query: query, article: article)
    }

    /// Whether matching a pattern could take long: any unbounded or counted repetition (*, +, {…}),
    /// a backreference, or so many optional atoms (?) that their combinations add up. Without those,
    /// a backtracking engine tries each position a bounded number of ways.
    static func mayBacktrackLong(_ pattern: String) -> Bool {
        var optional = 0
        var escaped = false
        for c in pattern.unicodeScalars {
            if escaped {
                if (c.value >= 0x31 && c.value <= 0x39) || c == "k" || c == "g" { return true }
                escaped = false
                continue
            }
            switch c {
            case "\\": escaped = true
            case "*", "+", "{": return true
            case "?": optional += 1
            default: break
            }
        }
        return optional > 8
    }

    /// The concordance and the sentences of a list of matches.
    private func result(_ matches: [TextSearch.Match], query: String, article: Article) -> CommandResult {
        let lines = matches.map { Concordance.Line(sentence: $0.sentence, start: $0.start, end: $0.end) }
        var ids = [Int]()
        for m in matches where ids.last != m.sentence { ids.append(m.sentence) }
        let footer = matches.isEmpty
            ? "no matches for '\(query)'"
            : "\(RefFormatting.count(matches.count, "match")) in \(RefFormatting.count(ids.count, "sentence"))"
        return CommandResult(.concordance(Concordance(lines: lines, footer: footer)), sentences: ids)
    }
}
