import GlossCore

/// `mentions NAME`: the sentences naming an actor, the mentions highlighted.
struct MentionsCommand: Command {
    let spec = CommandSpec(
        "mentions",
        summary: "the sentences that name an actor, with refs; mentions highlighted",
        arguments: [.init("NAME", .actors)],
        examples: ["mentions Putin", "mentions \"North Korea\" | quote", "mentions Yoon | tag yoon"])

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        guard !args.positional.isEmpty else { throw usageError("needs a name") }
        let actor = try workspace.actor(named: args.positional.joined(separator: " "), command: name)
        let ids = actor.sentenceIDs
        let footer = "\(actor.name): \(RefFormatting.count(actor.mentions.count, "mention")) in \(RefFormatting.count(ids.count, "sentence"))"
        return CommandResult(.sentences(MentionListing.listing(ids, mentions: actor.mentions, footer: footer)), sentences: ids)
    }
}
