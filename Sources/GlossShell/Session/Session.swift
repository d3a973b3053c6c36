import GlossCore

/// Runs input lines as cells against a workspace. It never prints: callers render what it returns.
public final class Session {
    public private(set) var workspace: Workspace
    public let registry: CommandRegistry
    /// Called after every completed cell (the journal listens here).
    public var onCellCompleted: ((Cell, Workspace) -> Void)?

    /// The width transcripts record outputs at.
    public static let transcriptWidth = 80

    public init(workspace: Workspace, registry: CommandRegistry = .standard) {
        self.workspace = workspace
        self.registry = registry
    }

    /// What running one line did.
    public struct Execution {
        public let cell: Cell
        /// The result to show, when the cell succeeded.
        public let output: Output
        public let error: ShellError?
        /// The user asked to leave.
        public let quit: Bool
    }

    /// Runs one input line as a cell. Blank lines and comment lines make no cell and return nil.
    public func run(_ line: String) -> Execution? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
        let input = String(line.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed()).drop { $0 == " " || $0 == "\t" }
        let number = workspace.nextCellNumber
        let result: CommandResult
        var kind = Cell.Kind.command
        do throws(ShellError) {
            let invocations: [CommandLineParser.Invocation]
            switch CommandLineParser.parse(String(input)) {
            case .success(let i): invocations = i
            case .failure(let e): throw e
            }
            if invocations.first?.name == "note" { kind = .note }
            result = try execute(invocations)
        } catch {
            let cell = Cell(number: number, kind: kind, input: String(input), output: "error: " + error.description,
                            failed: true, sentences: nil, effect: nil)
            workspace.append(cell)
            onCellCompleted?(cell, workspace)
            return Execution(cell: cell, output: .none, error: error, quit: false)
        }
        let plain = Renderer(width: Self.transcriptWidth, color: false, article: workspace.article).render(result.output)
        let cell = Cell(number: number, kind: kind, input: String(input), output: plain, failed: false,
                        sentences: result.sentences, effect: result.effect)
        workspace.append(cell)
        onCellCompleted?(cell, workspace)
        var quit = false
        if case .quit = result.effect { quit = true }
        return Execution(cell: cell, output: result.output, error: nil, quit: quit)
    }

    /// Runs a pipeline: each stage's sentences feed the next stage.
    private func execute(_ invocations: [CommandLineParser.Invocation]) throws(ShellError) -> CommandResult {
        var piped: [Int]?
        var result = CommandResult(.none)
        for (k, invocation) in invocations.enumerated() {
            guard let command = registry.command(named: invocation.name) else {
                throw .unknownCommand(invocation.name, suggestion: registry.suggestion(for: invocation.name))
            }
            if k > 0 && !command.acceptsPipedSentences {
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
        if let error = execution.error { return Style(enabled: color).error("error: " + error.description) }
        // The cell already holds the plain rendering at the transcript width.
        if width == Self.transcriptWidth && !color { return execution.cell.output }
        return Renderer(width: width, color: color, article: workspace.article).render(execution.output)
    }
}
