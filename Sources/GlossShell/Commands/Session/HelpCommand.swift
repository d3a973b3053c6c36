import GlossCore

/// `help [COMMAND]`: the command list, or one command's usage with examples.
struct HelpCommand: Command {
    let spec = CommandSpec(
        "help", aliases: ["?"], knownAs: ["man", "commands"],
        summary: "list commands, or show one command's usage and examples",
        arguments: [.init("COMMAND", .commands, optional: true)],
        examples: ["help", "help find"])

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        let registry = CommandRegistry.standard
        guard let topic = args.positional.first else {
            let width = registry.commands.map { $0.name.count }.max() ?? 0
            var lines = registry.commands.map { "  " + TextLayout.pad($0.name, to: width) + "  " + $0.spec.summary }
            lines.insert("Commands (help COMMAND for usage and examples):", at: 0)
            lines.append("")
            lines.append("References: 3.2 (sentence), 3 (paragraph), 3.2-3.4, 3-5, 1.1,3.2, $7 (cell 7's result), $ (last result), all.")
            lines.append("Pipes: A | B feeds A's sentences to B, e.g. find missile | quote.")
            return CommandResult(.lines(lines))
        }
        guard let command = registry.command(named: topic) else {
            throw .unknownCommand(topic, suggestion: registry.suggestion(for: topic))
        }
        return CommandResult(.lines(command.spec.helpLines()))
    }
}
