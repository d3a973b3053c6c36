import GlossCore

/// The shell's commands in the order `help` lists them. Everything else about a command (its aliases,
/// usage, options, completion) is in its own declaration.
public struct CommandRegistry: Sendable {
    public let commands: [any Command]
    /// Each name and alias → the command's index in `commands`.
    private let index: [String: Int]

    public init(commands: [any Command]) {
        self.commands = commands
        var index = [String: Int]()
        for (k, command) in commands.enumerated() {
            for word in [command.spec.name] + command.spec.aliases where index[word] == nil { index[word] = k }
        }
        self.index = index
    }

    /// The commands of the shell. A new command is one line here.
    public static let standard = CommandRegistry(commands: [
        HelpCommand(),
        InfoCommand(),
        ReadCommand(),
        QuoteCommand(),
        FindCommand(),
        ActorsCommand(),
        ActorCommand(),
        MentionsCommand(),
        WithCommand(),
        NetworkCommand(),
        AliasCommand(),
        MergeCommand(),
        RenameCommand(),
        DropCommand(),
        AddActorCommand(),
        TagCommand(),
        UntagCommand(),
        TagsCommand(),
        ClaimsCommand(),
        SuggestCommand(),
        QuotesCommand(),
        UndoCommand(),
        NoteCommand(),
        HistoryCommand(),
        SaveCommand(),
        ReplayCommand(),
        RecoverCommand(),
        DiscardCommand(),
        ExportCommand(),
        LoadCommand(),
        SetCommand(),
        QuitCommand(),
        AboutCommand(),
    ])

    /// The command a name or an alias invokes.
    public func command(named name: String) -> (any Command)? {
        index[name].map { commands[$0] }
    }

    /// When `line` invokes a note command (`spec.role == .note`): the command and the rest of the line, verbatim.
    public func note(in line: String) -> (command: any Command, text: String)? {
        let word = line.prefix { $0 != " " && $0 != "\t" && $0 != "\n" }
        guard let command = command(named: String(word)), command.spec.role == .note else { return nil }
        return (command, String(line.dropFirst(word.count).drop { $0 == " " || $0 == "\t" || $0 == "\n" }))
    }

    /// The command meant by a word that is none: the one known by that word in other tools ("grep" →
    /// find), else the closest name to a mistyped one.
    public func suggestion(for name: String) -> String? {
        if let meant = commands.first(where: { $0.spec.knownAs.contains(name.lowercased()) }) { return meant.spec.name }
        return EditDistance.suggestion(for: name, among: commands.map(\.name))
    }
}
