import GlossCore

/// `drop NAME`: remove a wrongly found actor.
struct DropCommand: Command {
    let spec = CommandSpec(
        "drop",
        summary: "correct the actors: remove an actor found by mistake",
        arguments: [.init("NAME", .actors)],
        examples: ["drop Europe", "drop \"Korean Peninsula\""])

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        guard !args.positional.isEmpty else { throw usageError("needs a name") }
        let actor = try workspace.actor(named: args.positional.joined(separator: " "), command: name)
        let effect = try workspace.correction(.drop(actor.name), command: name)
        return CommandResult(.lines(["dropped \(actor.name) (\(RefFormatting.count(actor.mentions.count, "mention")))"]), effect: effect)
    }
}
