import GlossCore

/// A shell command: its declaration (`spec`, at the top of its file) and a pure run from the workspace
/// to a result. See `CommandSpec` for how to declare one; add it to `CommandRegistry.standard`.
public protocol Command: Sendable {
    /// Everything about the command that usage, help, completion and the man page show.
    var spec: CommandSpec { get }
    /// Runs the command. It reads the workspace and returns its result; it never prints.
    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult
}

extension Command {
    /// The word that invokes it.
    public var name: String { spec.name }

    /// The call's words parsed against the declared options: unknown ones are an error with "did you mean".
    public func arguments(_ call: CommandCall) throws(ShellError) -> Arguments {
        try Arguments(call.arguments, spec: spec)
    }

    /// A usage error for this command.
    public func usageError(_ message: String) -> ShellError { .usage(command: name, message: message + " (usage: \(spec.usage))") }
}

/// One invocation: the words after the command name, and the sentences piped in, if any.
public struct CommandCall: Sendable {
    public let arguments: [String]
    /// Sentence ids from the previous stage of a pipeline.
    public let piped: [Int]?

    public init(arguments: [String], piped: [Int]? = nil) {
        self.arguments = arguments
        self.piped = piped
    }
}

/// What a command returns: what to show, the sentences it selected (for `$N` and pipes), any change to
/// the workspace (folded from the cells) and any action for the session to perform (not recorded).
public struct CommandResult: Sendable {
    public var output: Output
    public var sentences: [Int]?
    public var effect: Effect?
    public var actions: [SessionAction]

    public init(_ output: Output, sentences: [Int]? = nil, effect: Effect? = nil, actions: [SessionAction] = []) {
        self.output = output
        self.sentences = sentences
        self.effect = effect
        self.actions = actions
    }
}

/// A change to the workspace that a cell makes. The workspace's derived state is the fold of these;
/// what the session does beyond the workspace is a `SessionAction`.
public enum Effect: Sendable {
    /// Switch to another article (tags re-anchor by their quotes). Its actors were extracted by the command,
    /// so that folding the cells again (after an undo) never repeats the analysis.
    case loadArticle(Article, ActorAnalysis)
    /// Change a display setting.
    case setting(Settings)
    /// Add tags (their ids already assigned, in order).
    case tag([Tag])
    /// Remove tags by id.
    case untag([Int])
    /// Revert the state change of an earlier cell (by number).
    case undo(cell: Int)
    /// A correction to the actor list (alias, merge, rename, drop, add-actor).
    case actorCorrection(ActorCorrection)

    /// Whether `undo` may revert it: annotation changes (tags and actor corrections), not loads,
    /// settings or undo itself.
    public var isUndoable: Bool {
        switch self {
        case .tag, .untag, .actorCorrection: return true
        case .loadArticle, .setting, .undo: return false
        }
    }
}
