import GlossCore

/// `load PATH`: switch to another article; on any error the current article stays.
struct LoadCommand: Command {
    let spec = CommandSpec(
        "load", knownAs: ["open"],
        summary: "open another article (a UTF-8 text file); with no path, the bundled one",
        arguments: [.init("PATH", .files, optional: true)],
        examples: ["load article.txt", "load"])

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        guard args.positional.count <= 1 else { throw usageError("takes one path (quote it if it has spaces)") }
        let article: Article
        if let path = args.positional.first {
            try workspace.context.policy.checkRead(path)
            do {
                article = try ArticleLoader.load(path: path)
            } catch {
                throw .article(error)
            }
        } else {
            article = ArticleLoader.bundled()
        }
        let summary = "loaded \(article.source): \(RefFormatting.count(article.paragraphs.count, "paragraph")), \(RefFormatting.count(article.sentences.count, "sentence"))"
        return CommandResult(.lines([summary] + reanchoring(workspace.tags, in: article)), effect: .loadArticle(article, ActorAnalysis(article: article)))
    }

    /// What happens to the tags in the new article: a line like "3 tags: 1 in place, 1 re-anchored, 1 orphaned",
    /// then one line per orphan. The workspace's fold does the same re-anchoring when it applies the load.
    private func reanchoring(_ tags: [Tag], in article: Article) -> [String] {
        guard !tags.isEmpty else { return [] }
        var inPlace = 0, moved = 0
        var orphans = [Tag]()
        for t in tags {
            switch t.reanchored(in: article).resolution {
            case .exact: inPlace += 1
            case .moved: moved += 1
            case .orphaned: orphans.append(t)
            }
        }
        let parts = [(inPlace, "in place"), (moved, "re-anchored"), (orphans.count, "orphaned")].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        return ["\(RefFormatting.count(tags.count, "tag")): " + parts.joined(separator: ", ")]
            + orphans.map { "  orphaned #\($0.id) \($0.label): “\($0.anchor.exact)” no longer occurs" }
    }
}
