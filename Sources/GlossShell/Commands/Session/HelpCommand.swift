import GlossCore

/// `help [COMMAND]`: the command list, or one command's usage with examples.
struct HelpCommand: Command {
    let name = "help"
    let summary = "list commands, or show one command's usage and examples"
    let usage = "help [COMMAND]"
    let examples = ["help", "help find"]

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try Arguments(call.arguments, command: name)
        let registry = CommandRegistry.standard
        guard let topic = args.positional.first else {
            let width = registry.commands.map { $0.name.count }.max() ?? 0
            var lines = registry.commands.map { "  " + TextLayout.pad($0.name, to: width) + "  " + $0.summary }
            lines.insert("Commands (help COMMAND for usage and examples):", at: 0)
            lines.append("")
            lines.append("References: 3.2 (sentence), 3 (paragraph), 3.2-3.4, 3-5, 1.1,3.2, $7 (cell 7's result), $ (last result), all.")
            lines.append("Pipes: A | B feeds A's sentences to B, e.g. find missile | quote.")
            return CommandResult(.lines(lines))
        }
        guard let command = registry.command(named: topic) else {
            throw .unknownCommand(topic, suggestion: registry.suggestion(for: topic))
        }
        var lines = ["usage: " + command.usage, "", command.summary]
        if let details = command.details {
            lines.append("")
            // Details may hold several paragraphs or table-like lines: wrap each line on its own.
            for line in details.split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append(contentsOf: line.isEmpty ? [""] : TextLayout.wrap(String(line), width: 78))
            }
        }
        if !command.examples.isEmpty {
            lines.append("")
            lines.append("examples:")
            lines.append(contentsOf: command.examples.map { "  " + $0 })
        }
        return CommandResult(.lines(lines))
    }
}
