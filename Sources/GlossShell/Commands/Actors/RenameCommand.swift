import GlossCore

/// `rename A NEW`: give an actor another canonical name.
struct RenameCommand: Command {
    let spec = CommandSpec(
        "rename",
        summary: "correct the actors: give an actor a new canonical name",
        arguments: [.init("NAME", .actors), .init("NEW")],
        examples: ["rename \"Soviet Union\" Russia", "rename KEI \"Korea Economic Institute\""])

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        guard args.positional.count == 2 else { throw usageError("takes a name and the new name; quote names with spaces") }
        let actor = try workspace.actor(named: args.positional[0], command: name)
        let new = args.positional[1]
        guard !new.allSatisfy(\.isWhitespace) else { throw usageError("the new name is empty") }
        let effect = try workspace.correction(.rename(actor.name, to: new), command: name)
        return CommandResult(.lines(["renamed \(actor.name) to \(new)"]), effect: effect)
    }
}
