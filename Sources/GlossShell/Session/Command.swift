import GlossCore

/// A shell command: its help text, and a pure run from the workspace to a result.
public protocol Command: Sendable {
    /// The word that invokes it.
    var name: String { get }
    /// One line for `help`.
    var summary: String { get }
    /// The synopsis, e.g. "find TEXT [--regex] [--case]".
    var usage: String { get }
    /// Example lines for `help NAME`.
    var examples: [String] { get }
    /// More explanation for `help NAME`, when the usage is not enough.
    var details: String? { get }
    /// Options it accepts, for Tab completion and "did you mean".
    var options: [String] { get }
    /// Whether it accepts sentences from a pipe (`find x | quote`) in place of a REF argument.
    var acceptsPipedSentences: Bool { get }
    /// Whether its cells belong to the transcript. Actions on files and on the session itself (save,
    /// export, replay, quit) are not recorded, so that replaying or checking a transcript never writes files.
    var recorded: Bool { get }
    /// Runs the command. It reads the workspace and returns its result; it never prints.
    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult
}

extension Command {
    public var details: String? { nil }
    public var options: [String] { [] }
    public var acceptsPipedSentences: Bool { false }
    public var recorded: Bool { true }
    public var examples: [String] { [] }

    /// A usage error for this command.
    public func usageError(_ message: String) -> ShellError { .usage(command: name, message: message + " (usage: \(usage))") }
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

/// What a command returns: what to show, the sentences it selected (for `$N` and pipes), and any state change.
public struct CommandResult: Sendable {
    public var output: Output
    public var sentences: [Int]?
    public var effect: Effect?

    public init(_ output: Output, sentences: [Int]? = nil, effect: Effect? = nil) {
        self.output = output
        self.sentences = sentences
        self.effect = effect
    }
}

/// A change to the workspace that a cell makes. The workspace's derived state is the fold of these.
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
    /// Leave the shell.
    case quit
    /// The session was saved to this transcript.
    case saved(path: String)
    /// Run a file's cells next (`replay`, `recover`).
    case replay(ReplayPlan)
    /// These journals of earlier sessions were recovered or discarded.
    case forgetJournals([String])

    /// Whether `undo` may revert it: annotation changes (tags and actor corrections), not loads,
    /// settings or undo itself.
    public var isUndoable: Bool {
        switch self {
        case .tag, .untag, .actorCorrection: return true
        case .loadArticle, .setting, .undo, .quit, .saved, .replay, .forgetJournals: return false
        }
    }
}
