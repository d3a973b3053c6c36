import GlossCore

/// `merge A B`: A and B are the same actor; A's mentions and aliases join B.
struct MergeCommand: Command {
    let spec = CommandSpec(
        "merge",
        summary: "correct the actors: fold actor A into actor B",
        arguments: [.init("A", .actors), .init("B", .actors)],
        examples: ["merge Kim \"Kim Jong Un\"", "merge \"Yoon administration\" \"South Korea\""])

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        guard args.positional.count == 2 else { throw usageError("takes two names; quote names with spaces") }
        let a = try workspace.actor(named: args.positional[0], command: name)
        let b = try workspace.actor(named: args.positional[1], command: name)
        guard a.name != b.name else { throw usageError("'\(args.positional[0])' and '\(args.positional[1])' are already one actor, \(a.name)") }
        let effect = try workspace.correction(.merge(a.name, into: b.name), command: name)
        return CommandResult(.lines(["merged \(a.name) into \(b.name) (\(RefFormatting.count(a.mentions.count + b.mentions.count, "mention")))"]), effect: effect)
    }
}
