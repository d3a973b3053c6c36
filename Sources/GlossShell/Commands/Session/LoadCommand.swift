import GlossCore

/// `load PATH`: switch to another article; on any error the current article stays.
struct LoadCommand: Command {
    let name = "load"
    let summary = "open another article (a UTF-8 text file); with no path, the bundled one"
    let usage = "load [PATH]"
    let examples = ["load article.txt", "load"]

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try Arguments(call.arguments, command: name)
        guard args.positional.count <= 1 else { throw usageError("takes one path (quote it if it has spaces)") }
        let article: Article
        if let path = args.positional.first {
            try workspace.policy.checkRead(path)
            do {
                article = try ArticleLoader.load(path: path)
            } catch {
                throw .article(error)
            }
        } else {
            article = ArticleLoader.bundled()
        }
        let summary = "loaded \(article.source): \(RefFormatting.count(article.paragraphs.count, "paragraph")), \(RefFormatting.count(article.sentences.count, "sentence"))"
        return CommandResult(.lines([summary]), effect: .loadArticle(article))
    }
}
