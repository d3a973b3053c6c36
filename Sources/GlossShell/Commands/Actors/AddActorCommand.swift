import GlossCore

/// `add-actor NAME --kind K [--alias X …]`: an actor the extraction missed.
struct AddActorCommand: Command {
    let spec = CommandSpec(
        "add-actor",
        summary: "correct the actors: add one the extraction missed",
        arguments: [.init("NAME")],
        options: [.valued("--kind", .kinds, "what the actor is", required: true), .valued("--alias", "FORM", "another form the text uses for it", repeats: true)],
        examples: ["add-actor \"the Kremlin\" --kind org", "add-actor FARA --kind org --alias \"Foreign Agents Registration Act\""],
        details: "The name and every --alias are searched for in the text; each occurrence becomes a mention.")

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        guard !args.positional.isEmpty else { throw usageError("needs a name") }
        guard let kindWord = args.value("--kind") else { throw usageError("needs --kind") }
        guard let kind = ActorKind.parse(kindWord) else { throw usageError("--kind is " + Arguments.oneOf(Completion.kinds.fixedValues ?? [])) }
        let actorName = args.positional.joined(separator: " ")
        if let existing = workspace.actors.actor(named: actorName) {
            throw usageError("'\(actorName)' is already an actor (\(existing.name)); use alias to add a form")
        }
        let aliases = args.all("--alias")
        let effect = try workspace.correction(.add(name: actorName, kind: kind, aliases: aliases), command: name)
        let found = ([actorName] + aliases).reduce(0) { $0 + workspace.actors.occurrences(of: $1).count }
        return CommandResult(.lines(["added \(actorName) (\(kind.label), \(RefFormatting.count(found, "mention")) found)"]), effect: effect)
    }
}
