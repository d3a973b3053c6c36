import GlossCore

/// Runs input lines as cells against a workspace. It never prints: callers render what it returns.
public final class Session {
    public private(set) var workspace: Workspace
    public let registry: CommandRegistry
    /// Called after every completed cell (the journal listens here).
    public var onCellCompleted: ((Cell, Workspace) -> Void)?
    /// Called after `save` wrote the session to a transcript (the journal restarts here).
    public var onSaved: ((Workspace) -> Void)?

    /// The width transcripts record outputs at.
    public static let transcriptWidth = 80

    public init(workspace: Workspace, registry: CommandRegistry = .standard) {
        self.workspace = workspace
        self.registry = registry
    }

    /// What running one line did.
    public struct Execution {
        /// The cell. For an action that transcripts do not record, a cell that is not in the workspace.
        public let cell: Cell
        /// The result to show, when the cell succeeded.
        public let output: Output
        public let error: ShellError?
        /// The user asked to leave.
        public let quit: Bool
        /// False for actions on files and on the session (save, export, replay, recover, discard, quit).
        public let recorded: Bool
        /// Where a replayed cell came from ("Scripts/tour.gloss:3"); nil for a line the user typed.
        public let origin: String?
        /// The replay that `perform` runs after this line.
        let plan: ReplayPlan?
    }

    /// Runs one input line as a cell. Blank lines and comment lines make no cell and return nil.
    /// `replay` and `recover` only plan here; `perform` also runs what they planned.
    public func run(_ line: String) -> Execution? { run(line, origin: nil) }

    /// Runs one line and, for `replay` and `recover`, every cell of the file they name, reporting each execution.
    public func perform(_ line: String, report: (Execution) -> Void) {
        guard let execution = run(line) else { return }
        report(execution)
        if let plan = execution.plan { replay(plan, report: report) }
    }

    /// Runs a file's steps as cells, confined to the working directory when the plan says so.
    /// `$N` in the file means the file's own cell N, wherever the replay starts.
    public func replay(_ plan: ReplayPlan, report: (Execution) -> Void) {
        let previousPolicy = workspace.context.policy
        if plan.confined { workspace.context.policy = .confinedToWorkingDirectory() }
        workspace.context.isReplaying = true
        workspace.context.replayBase = workspace.cells.count
        defer {
            workspace.context.policy = previousPolicy
            workspace.context.isReplaying = false
            workspace.context.replayBase = 0
        }
        var ran = 0
        for step in plan.steps {
            // An interrupt stops a long replay between two cells: the cells that ran stay, the rest never start.
            if Interruption.requested {
                report(interruption("replay: interrupted after \(ran) of \(RefFormatting.count(plan.steps.count, "cell"))", origin: plan.path))
                // A half-recovered journal is kept: its cells that did not run would be lost with it.
                return
            }
            ran += 1
            guard let execution = run(step.input, origin: "\(plan.path):\(step.line)") else { continue }
            report(execution)
            // A replayed quit ends the replay, not the session.
            if execution.quit { break }
        }
        if let journal = plan.recoveredJournal {
            // The cells now live in this session (and its own journal, when it has one).
            Journal.remove(journal)
            workspace.context.pendingJournals.removeAll { $0 == journal }
            workspace.context.holdsUnsavedRecovery = true
        }
    }

    /// An interrupt that stopped work between cells, reported as an execution that failed: it is no cell of the
    /// workspace (nothing ran), so transcripts and the journal never hold it.
    func interruption(_ message: String, origin: String? = nil) -> Execution {
        let cell = Cell(number: workspace.nextCellNumber, kind: .command, input: "", output: "error: " + message,
                        failed: true, sentences: nil, effect: nil)
        return Execution(cell: cell, output: .none, error: .interrupted(message), quit: false, recorded: false, origin: origin, plan: nil)
    }

    private func run(_ line: String, origin: String?) -> Execution? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
        var input = String(trimmed.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }.reversed())
        let number = workspace.nextCellNumber
        var kind = Cell.Kind.command
        var recorded = true
        let result: CommandResult
        do throws(ShellError) {
            let invocations: [CommandLineParser.Invocation]
            if let (command, text) = registry.note(in: input) {
                // A note's text is Markdown, kept verbatim: quotes and apostrophes are not shell syntax there.
                kind = .note
                input = command.name + " " + text
                invocations = [.init(name: command.name, arguments: text.isEmpty ? [] : [text])]
            } else {
                // A cell is one line in a transcript.
                input = String(input.map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" ? " " : $0 })
                switch CommandLineParser.parse(input) {
                case .success(let i): invocations = i
                case .failure(let e): throw e
                }
                input = recordedInput(input)
                recorded = invocations.allSatisfy { registry.command(named: $0.name)?.spec.recorded ?? true }
            }
            result = try execute(invocations)
            try perform(result.actions)
        } catch {
            let cell = Cell(number: number, kind: kind, input: input, output: "error: " + error.description,
                            failed: true, sentences: nil, effect: nil)
            if recorded {
                workspace.append(cell)
                onCellCompleted?(cell, workspace)
            }
            return Execution(cell: cell, output: .none, error: error, quit: false, recorded: recorded, origin: origin, plan: nil)
        }
        let plain = Renderer(width: Self.transcriptWidth, color: false, article: workspace.article).render(result.output)
        let cell = Cell(number: number, kind: kind, input: input, output: plain, failed: false,
                        sentences: result.sentences, effect: result.effect)
        var plan: ReplayPlan?
        var quit = false
        for action in result.actions {
            switch action {
            case .replay(let p): plan = p
            case .quit: quit = true
            case .save: onSaved?(workspace)
            case .write, .discardJournals: break
            }
        }
        if recorded {
            workspace.append(cell)
            onCellCompleted?(cell, workspace)
        }
        return Execution(cell: cell, output: result.output, error: nil, quit: quit, recorded: recorded, origin: origin, plan: plan)
    }

    /// A replayed line as its cell records it: each `$N` naming one of the file's cells is written as that cell's
    /// session number, so the cell means the same sentences wherever it is shown, saved or exported (where `$N`
    /// is read without the replay's offset). It runs as written, with the offset.
    private func recordedInput(_ input: String) -> String {
        let base = workspace.context.replayBase
        guard base > 0 else { return input }
        let count = workspace.cells.count
        return ReferenceRewriter(registry: registry).rewrite(input) { n in n + base <= count ? n + base : nil }.line
    }

    /// Performs what a command asked of the session, in order; the first failure makes the cell an error.
    /// Replays and quitting happen later, in `perform` and the shell's loop.
    private func perform(_ actions: [SessionAction]) throws(ShellError) {
        for action in actions {
            switch action {
            case .write(let file):
                try file.perform(policy: workspace.context.policy)
            case .save(let file):
                try file.perform(policy: workspace.context.policy)
                workspace.context.savedPath = file.path
                workspace.context.savedCellCount = workspace.cells.count
                workspace.context.holdsUnsavedRecovery = false
            case .discardJournals(let journals):
                for path in journals { Journal.remove(path) }
                workspace.context.pendingJournals.removeAll { journals.contains($0) }
            case .quit, .replay: break
            }
        }
    }

    /// Whether a line would be recorded as a cell, rather than run as an action (save, export, replay…).
    public func records(_ line: String) -> Bool {
        if registry.note(in: line) != nil { return true }
        guard case .success(let invocations) = CommandLineParser.parse(line) else { return true }
        return invocations.allSatisfy { registry.command(named: $0.name)?.spec.recorded ?? true }
    }

    /// Runs a pipeline: each stage's sentences feed the next stage.
    private func execute(_ invocations: [CommandLineParser.Invocation]) throws(ShellError) -> CommandResult {
        var piped: [Int]?
        var result = CommandResult(.none)
        for (k, invocation) in invocations.enumerated() {
            guard let command = registry.command(named: invocation.name) else {
                throw .unknownCommand(invocation.name, suggestion: registry.suggestion(for: invocation.name))
            }
            if k > 0 && !command.spec.acceptsPipedSentences {
                throw .usage(command: command.name, message: "takes no sentences from a pipe")
            }
            result = try command.run(CommandCall(arguments: invocation.arguments, piped: piped), in: workspace)
            if k < invocations.count - 1 {
                guard let s = result.sentences else {
                    throw .usage(command: command.name, message: "has no sentences to pipe into \(invocations[k + 1].name)")
                }
                piped = s
            }
        }
        return result
    }

    /// The text to show for an execution at a width, with or without colour.
    public func render(_ execution: Execution, width: Int, color: Bool) -> String {
        let format = workspace.settings.format
        if format == .json {
            return JSONRenderer(article: workspace.article).render(execution)
        }
        if let error = execution.error { return Style(enabled: color).error("error: " + error.description) }
        // The cell already holds the plain rendering at the transcript width.
        if width == Self.transcriptWidth && !color && format == .text { return execution.cell.output }
        return Renderer(width: width, color: color, article: workspace.article, tables: format).render(execution.output)
    }
}
