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
        let session = makeSession(on: article, settings: Settings(color: options.color))
        if !options.commands.isEmpty {
            return runCommands(options.commands, in: session, bail: options.bail, color: options.color)
        }
        // Sessions fed line by line, at a terminal or through a pipe, are journaled; -c commands are not.
        let journal = attachJournal(to: session, errorPrefix: "gloss")
        let interactive = Terminal.isTTY(0) && Terminal.isTTY(1)
        if !interactive {
            let code = Shell(session: session, reader: PlainLineReader(showPrompt: false),
                             mode: .init(interactive: false, bail: options.bail, colorMode: options.color)).run()
            // A batch that ran to its end has its input as its record; the journal is for batches that were
            // killed, and for cells a batch recovered and did not save, which exist nowhere else.
            if session.workspace.context.holdsUnsavedRecovery {
                if let journal, AtomicFile.exists(journal.path) {
                    Terminal.writeError("gloss: the recovered cells are unsaved; the journal keeps them for the next session (\(journal.path))\n")
                }
            } else {
                journal?.discard()
            }
            return code
        }
        let reader: LineReader = makeInteractiveReader(session: session) ?? {
            Terminal.writeError("gloss: libedit is not available; using plain line input (no history or completion)\n")
            return PlainLineReader(showPrompt: true)
        }()
        writeWrapped(banner(for: session.workspace.article) + (pendingNotice(session.workspace.context.pendingJournals) ?? ""))
        let code = Shell(session: session, reader: reader, mode: .init(interactive: true, bail: false, colorMode: options.color)).run()
        if let journal, AtomicFile.exists(journal.path) {
            let unsaved = RefFormatting.count(session.workspace.cells.count - session.workspace.context.savedCellCount, "unsaved cell")
            writeWrapped("The journal keeps this session's \(unsaved): the next session on this article can recover them.\n")
        }
        return code
    }

    /// A session on `article` that knows the unsaved sessions earlier runs left on the same article (for `recover`).
    static func makeSession(on article: Article, settings: Settings) -> Session {
        var workspace = Workspace(article: article, settings: settings)
        if let directory = Journal.defaultDirectory() {
            workspace.context.pendingJournals = Journal.pending(in: directory, sha256: article.sha256)
        }
        return Session(workspace: workspace)
    }

    /// Journals every completed cell of `session`, so that a killed session loses nothing; nil when there is no
    /// state folder. Problems writing it are reported on stderr after `errorPrefix` and the session goes on.
    static func attachJournal(to session: Session, errorPrefix: String) -> Journal? {
        guard let directory = Journal.defaultDirectory() else { return nil }
        let journal = Journal(directory: directory, sha256: session.workspace.article.sha256)
        session.onCellCompleted = { cell, workspace in
            if let problem = journal.record(cell, in: workspace) { Terminal.writeError("\(errorPrefix): \(problem)\n") }
        }
        session.onSaved = { _ in journal.sessionSaved() }
        return journal
    }

    /// Writes the shell's own lines wrapped at the terminal's width like every output, so that the terminal
    /// never breaks a word ("Ctrl-D") at its edge.
    private static func writeWrapped(_ text: String) {
        let width = Terminal.columns() ?? 80
        Terminal.write(text.split(separator: "\n").flatMap { TextLayout.wrap(String($0), width: width) }.joined(separator: "\n") + "\n")
    }

    /// The line that offers to recover an earlier unsaved session, if there is one.
    static func pendingNotice(_ journals: [String]) -> String? {
        guard let latest = journals.last else { return nil }
        let older = journals.count > 1 ? " (and \(RefFormatting.count(journals.count - 1, "older one")))" : ""
        guard let transcript = try? Journal.read(latest) else {
            return "An unreadable journal of an unsaved session exists (\(latest)): type discard to remove it.\n"
        }
        return "An unsaved session of \(RefFormatting.count(transcript.entries.count, "cell")) from \(Journal.modified(latest)) exists\(older): "
            + "type recover to restore it, or discard.\n"
    }


    /// `-c` commands: each is a cell; output to stdout, errors to stderr.
    static func runCommands(_ commands: [String], in session: Session, bail: Bool, color: Settings.ColorMode) -> Int32 {
        var printer = CellPrinter(session: session, mode: Shell.Mode(interactive: false, bail: bail, colorMode: color))
        for command in commands where !printer.perform(command) { break }
        return printer.exitStatus
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
