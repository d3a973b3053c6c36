/// All commands by name, with aliases, for dispatch, help and completion.
public struct CommandRegistry: Sendable {
    public let commands: [any Command]
    private let aliases: [String: String]

    public init(commands: [any Command], aliases: [String: String] = [:]) {
        self.commands = commands
        self.aliases = aliases
    }

    /// The commands of the shell, in the order `help` lists them.
    public static let standard = CommandRegistry(
        commands: [
            HelpCommand(), InfoCommand(), ReadCommand(), QuoteCommand(), FindCommand(),
            ActorsCommand(), ActorCommand(), MentionsCommand(), WithCommand(), NetworkCommand(),
            AliasCommand(), MergeCommand(), RenameCommand(), DropCommand(), AddActorCommand(),
            TagCommand(), UntagCommand(), TagsCommand(), ClaimsCommand(), SuggestCommand(), QuotesCommand(), UndoCommand(),
            NoteCommand(), HistoryCommand(), SaveCommand(), ReplayCommand(), RecoverCommand(), DiscardCommand(),
            ExportCommand(), LoadCommand(), SetCommand(), QuitCommand(),
        ],
        aliases: ["exit": "quit", "?": "help", "q": "quit"])

    public func command(named name: String) -> (any Command)? {
        let resolved = aliases[name] ?? name
        return commands.first { $0.name == resolved }
    }

    /// The closest command name to a mistyped one.
    public func suggestion(for name: String) -> String? {
        EditDistance.suggestion(for: name, among: commands.map(\.name))
    }
}
