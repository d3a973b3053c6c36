import GlossCore

/// `info`: what the article is, how big, and what the session has found and marked in it.
struct InfoCommand: Command {
    let spec = CommandSpec(
        "info", knownAs: ["stats", "status"],
        summary: "source, sha256, counts of paragraphs, sentences, words, actors, attributions, tags",
        examples: ["info"])

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        guard call.arguments.isEmpty else { throw usageError("takes no arguments") }
        let a = workspace.article
        let actors = workspace.actors.actors
        let byKind = ActorKind.allCases.compactMap { kind -> String? in
            let n = actors.filter { $0.kind == kind }.count
            return n == 0 ? nil : "\(n) \(kind.label)"
        }
        let orphaned = workspace.tags.filter(\.orphaned).count
        return CommandResult(.fields([
            Field("source", a.source),
            Field("sha256", a.sha256),
            Field("title", a.title.map { a.text(from: $0.start, to: $0.end) } ?? "(none)"),
            Field("paragraphs", "\(a.paragraphs.count)"),
            Field("sentences", "\(a.sentences.count)"),
            Field("words", "\(a.wordCount)"),
            Field("characters", "\(a.scalars.count)"),
            Field("actors", "\(actors.count)" + (byKind.isEmpty ? "" : " (" + byKind.joined(separator: ", ") + ")")),
            Field("said", attributions(workspace.attributions.attributions)),
            Field("tags", "\(workspace.tags.count)" + (orphaned > 0 ? " (\(orphaned) orphaned)" : "")),
        ]))
    }

    /// "7 attributions (2 direct, 5 indirect)".
    private func attributions(_ list: [Attribution]) -> String {
        let direct = list.filter { $0.kind == .direct }.count
        return RefFormatting.count(list.count, "attribution") + (list.isEmpty ? "" : " (\(direct) direct, \(list.count - direct) indirect)")
    }
}
