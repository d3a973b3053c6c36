import GlossCore

/// `info`: what the article is and how big.
struct InfoCommand: Command {
    let name = "info"
    let summary = "source, sha256 and counts of paragraphs, sentences, words"
    let usage = "info"
    let examples = ["info"]

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        _ = try Arguments(call.arguments, command: name)
        guard call.arguments.isEmpty else { throw usageError("takes no arguments") }
        let a = workspace.article
        var rows: [(String, String)] = [
            ("source", a.source),
            ("sha256", a.sha256),
            ("title", a.title.map { a.text(from: $0.start, to: $0.end) } ?? "(none)"),
            ("paragraphs", "\(a.paragraphs.count)"),
            ("sentences", "\(a.sentences.count)"),
            ("words", "\(a.wordCount)"),
            ("characters", "\(a.scalars.count)"),
        ]
        rows.append(contentsOf: workspace.infoExtras())
        let keyWidth = rows.map { $0.0.count }.max() ?? 0
        return CommandResult(.lines(rows.map { TextLayout.pad($0.0, to: keyWidth) + "  " + $0.1 }))
    }
}

extension Workspace {
    /// Further `info` rows from derived state (actors, tags) as capabilities add them.
    func infoExtras() -> [(String, String)] {
        let orphaned = tags.filter(\.orphaned).count
        return [("tags", "\(tags.count)" + (orphaned > 0 ? " (\(orphaned) orphaned)" : ""))]
    }
}
