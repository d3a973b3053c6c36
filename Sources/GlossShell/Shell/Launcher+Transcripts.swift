import GlossCore

extension Launcher {
    /// `gloss replay FILE [--article PATH] [--save NAME] [--force]`: runs a script or transcript in a fresh
    /// session confined to the working directory, printing each cell; optionally saves the result.
    public static func replay(file: String, articlePath: String?, saveName: String?, force: Bool) -> Int32 {
        let plan: ReplayPlan
        do { plan = try ReplayPlan.load(file) } catch {
            Terminal.writeError("gloss: \(TextLayout.sanitize(error.description))\n")
            return 1
        }
        let article: Article
        if let articlePath {
            guard let a = openArticle(articlePath) else { return 1 }
            article = a
        } else if let header = plan.header {
            do { article = try Checker.articleFor(header, transcriptPath: file) } catch {
                Terminal.writeError("gloss: \(TextLayout.sanitize(error.description)); pass --article PATH\n")
                return 1
            }
        } else {
            article = ArticleLoader.bundled()
        }
        if let notice = plan.articleNotice(for: article) { Terminal.writeError("gloss: \(TextLayout.sanitize(notice))\n") }
        // Default settings, as `gloss check` replays with; the mode alone keeps the output uncoloured.
        let session = Session(workspace: Workspace(article: article))
        var printer = CellPrinter(session: session, mode: Shell.Mode(interactive: false, colorMode: .never))
        printer.replay(plan)
        if let saveName {
            // The name comes from the command line, not from the replayed file: the user's own choice of path.
            _ = printer.perform("save " + CommandLineParser.quote(saveName) + (force ? " --force" : ""))
        }
        return printer.exitStatus
    }

    /// `gloss check FILE… [--update]`: 0 when every transcript re-checks byte for byte, else 1.
    public static func check(files: [String], update: Bool) -> Int32 {
        var failed = false
        for file in files {
            let report = Checker.check(file, update: update)
            if !report.lines.isEmpty { Terminal.write(report.lines.map(TextLayout.sanitize).joined(separator: "\n") + "\n") }
            if let error = report.error { Terminal.writeError("gloss: check: \(TextLayout.sanitize(error.description))\n") }
            if report.failed { failed = true }
        }
        return failed ? 1 : 0
    }
}
