import GlossCore

/// `network`: which actors are named in the same sentences, as a table, DOT or Mermaid.
struct NetworkCommand: Command {
    let spec = CommandSpec(
        "network",
        summary: "sentence-level co-occurrence of actors: a table, Graphviz DOT or Mermaid",
        options: [.valued("--format", .values(["text", "dot", "mermaid"]), "a table (the default), Graphviz DOT or Mermaid")],
        examples: ["network", "network --format dot", "network --format mermaid"],
        details: "Two actors are linked when one sentence names both; the weight is the number of such sentences. DOT output renders with `dot -Tsvg`; Mermaid output pastes into GitHub Markdown. In the table the refs column shows the first \(NetworkCommand.refRuns) runs of shared sentences, then \"… N more\" (with A B lists them all).")

    /// Runs of shared sentences a table row lists before "… N more": on a long text a pair can share
    /// thousands of sentences, and a refs cell that long is slow to build and no help to read.
    static let refRuns = 5

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        guard args.positional.isEmpty else { throw usageError("takes only options") }
        let pairs = workspace.actors.cooccurrences()
        let article = workspace.article
        switch args.value("--format") ?? "text" {
        case "text":
            guard !pairs.isEmpty else { return CommandResult(.lines(["no two actors share a sentence"])) }
            let rows = pairs.map { [$0.a, $0.b, "\($0.count)", RefFormatting.compact($0.sentences, in: article, maxRuns: Self.refRuns)] }
            return CommandResult(.table(Table(headers: ["actor", "actor", "sentences", "refs"], rows: rows, numeric: [2],
                                              footer: RefFormatting.count(pairs.count, "link"))))
        case "dot":
            var lines = ["graph gloss {", "  node [shape=box, fontname=\"Helvetica\"];"]
            for a in workspace.actors.actors { lines.append("  \(dotQuote(a.name)) [label=\(dotLabel(a.name, a.kind.label))];") }
            for p in pairs { lines.append("  \(dotQuote(p.a)) -- \(dotQuote(p.b)) [weight=\(p.count), penwidth=\(min(8, p.count)), label=\"\(p.count)\"];") }
            lines.append("}")
            return CommandResult(.lines(lines))
        case "mermaid":
            var ids = [String: String]()
            for (k, a) in workspace.actors.actors.enumerated() { ids[a.name] = "a\(k + 1)" }
            var lines = ["graph LR"]
            for a in workspace.actors.actors { lines.append("  \(ids[a.name]!)[\"\(mermaidEscape(a.name))\"]") }
            for p in pairs { lines.append("  \(ids[p.a] ?? "?") ---|\(p.count)| \(ids[p.b] ?? "?")") }
            return CommandResult(.lines(lines))
        default:
            throw usageError("--format is text, dot or mermaid")
        }
    }

    private func dotQuote(_ s: String) -> String {
        "\"" + s.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    }

    /// A two-line DOT label: the name, then the kind (DOT's own \n escape between them).
    private func dotLabel(_ name: String, _ kind: String) -> String {
        let quoted = dotQuote(name)
        return String(quoted.dropLast()) + "\\n" + kind + "\""
    }

    private func mermaidEscape(_ s: String) -> String {
        s.replacing("\"", with: "#quot;")
    }
}
