import GlossCore

/// `tags [LABEL] [--actor NAME]`: the tags, with their quotes, refs and notes.
struct TagsCommand: Command {
    let spec = CommandSpec(
        "tags",
        summary: "list tags, optionally by label or by an actor their sentence mentions",
        arguments: [.init("LABEL", .labels, optional: true)],
        options: [.valued("--actor", "NAME", .actors, "only tags whose sentence mentions this actor")],
        examples: ["tags", "tags claim", "tags weapons", "tags --actor Putin", "tags claim | quote"],
        details: """
            LABEL shows tags with that label; a label also matches its subtypes, so claim lists claim and \
            every claim:TYPE. --actor keeps tags whose sentence mentions the actor. Orphaned tags (whose quote is \
            gone from a reloaded article) are listed as orphaned. The result's sentences can be piped.
            """)

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        guard args.positional.count <= 1 else { throw usageError("takes at most one label") }
        let article = workspace.article
        var tags = workspace.tags
        var filters = [String]()
        if let label = args.positional.first {
            let lower = label.lowercased()
            tags = tags.filter { $0.label.lowercased() == lower || $0.label.lowercased().hasPrefix(lower + ":") }
            filters.append("labelled \(label)")
        }
        if let name = args.value("--actor") {
            let actor = try workspace.actor(named: name, command: self.name)
            let mentioning = Set(actor.sentenceIDs)
            tags = tags.filter { t in !t.orphaned && article.sentence(containing: t.anchor.start).map { mentioning.contains($0.id) } == true }
            filters.append("mentioning \(actor.name)")
        }
        let condition = filters.isEmpty ? "" : " " + filters.joined(separator: " and ")
        if tags.isEmpty {
            return CommandResult(.lines([workspace.tags.isEmpty ? "no tags yet (tag REF LABEL adds one)" : "no tags\(condition)"]), sentences: [])
        }
        let rows = tags.map { t -> [String] in
            let scope = TagFormatting.isWholeSentence(t, in: article) ? "sentence" : "“" + t.anchor.exact + "”"
            return ["#\(t.id)", t.label, TagFormatting.place(t), scope, t.note ?? ""]
        }
        let orphaned = tags.filter(\.orphaned).count
        let footer = RefFormatting.count(tags.count, "tag") + condition + (orphaned > 0 ? " (\(orphaned) orphaned: the quote is gone from this article)" : "")
        return CommandResult(.table(Table(headers: ["id", "label", "ref", "text", "note"], rows: rows, footer: footer)),
                             sentences: TagFormatting.sentences(of: tags, in: article))
    }
}
