import GlossCore

/// Starts Gloss the way the command line asks: an interactive shell, a batch over stdin, or `-c` commands.
public enum Launcher {
    /// Options shared by the ways of starting.
    public struct Options: Sendable {
        public var articlePath: String?
        public var commands: [String]
        public var bail: Bool
        public var color: Settings.ColorMode

        public init(articlePath: String?, commands: [String], bail: Bool, color: Settings.ColorMode) {
            self.articlePath = articlePath
            self.commands = commands
            self.bail = bail
            self.color = color
        }
    }

    /// Opens the article or prints one error line; returns nil on failure.
    public static func openArticle(_ path: String?) -> Article? {
        guard let path else { return ArticleLoader.bundled() }
        do {
            return try ArticleLoader.load(path: path)
        } catch {
            Terminal.writeError("gloss: \(TextLayout.sanitize(error.description))\n")
            return nil
        }
    }

    /// Runs Gloss and returns the process's exit code.
    public static func run(_ options: Options) -> Int32 {
        guard let article = openArticle(options.articlePath) else { return 1 }
        let session = Session(workspace: Workspace(article: article, settings: Settings(color: options.color)))
        if !options.commands.isEmpty {
            return runCommands(options.commands, in: session, bail: options.bail, color: options.color)
        }
        let interactive = Terminal.isTTY(0) && Terminal.isTTY(1)
        if !interactive {
            return Shell(session: session, reader: PlainLineReader(showPrompt: false),
                         mode: .init(interactive: false, bail: options.bail, colorMode: options.color)).run()
        }
        let reader: LineReader = makeInteractiveReader(session: session) ?? {
            Terminal.writeError("gloss: libedit is not available; using plain line input (no history or completion)\n")
            return PlainLineReader(showPrompt: true)
        }()
        Terminal.write(banner(for: session.workspace.article))
        return Shell(session: session, reader: reader, mode: .init(interactive: true, bail: false, colorMode: options.color)).run()
    }

    /// `-c` commands: each is a cell; output to stdout, errors to stderr.
    static func runCommands(_ commands: [String], in session: Session, bail: Bool, color: Settings.ColorMode) -> Int32 {
        var failed = false
        for command in commands {
            guard let execution = session.run(command) else { continue }
            let text = session.render(execution, width: session.workspace.settings.width ?? 80, color: Terminal.wantsColor(color))
            if execution.error != nil {
                failed = true
                Terminal.writeError(text + "\n")
                if bail { break }
            } else if !text.isEmpty {
                Terminal.write(text + "\n")
            }
            if execution.quit { break }
        }
        return failed ? 1 : 0
    }

    static func banner(for article: Article) -> String {
        "Gloss — \(TextLayout.sanitize(article.source)): \(RefFormatting.count(article.paragraphs.count, "paragraph")), "
            + "\(RefFormatting.count(article.sentences.count, "sentence")). Type help for commands, quit or Ctrl-D to leave.\n"
    }

    /// The libedit reader with completion, or nil when libedit cannot be loaded.
    static func makeInteractiveReader(session: Session) -> LineReader? {
        EditLineReader(historyPath: EditLineReader.defaultHistoryPath(), completer: SessionCompleter(session: session))
    }
}
