import GlossCore

/// `with A B …`: the sentences where all the named actors appear together.
struct WithCommand: Command {
    let spec = CommandSpec(
        "with",
        summary: "the sentences where all the named actors appear together",
        arguments: [.init("NAME", .actors), .init("NAME", .actors, repeats: true)],
        examples: ["with Putin Russia", "with \"South Korea\" Ukraine", "with Putin Kim | quote"],
        details: "Each NAME is one word or a quoted phrase: with \"North Korea\" Russia.")

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        guard !args.positional.isEmpty else { throw usageError("needs at least one name") }
        var actors = [Actor]()
        for word in args.positional {
            let actor = try workspace.actor(named: word, command: name)
            if !actors.contains(where: { $0.name == actor.name }) { actors.append(actor) }
        }
        var ids = Set(actors[0].sentenceIDs)
        for a in actors.dropFirst() { ids.formIntersection(a.sentenceIDs) }
        let sorted = ids.sorted()
        let names = actors.map(\.name).joined(separator: " + ")
        let footer = sorted.isEmpty ? "no sentence names \(names)" : "\(names): \(RefFormatting.count(sorted.count, "sentence"))"
        let mentions = actors.flatMap(\.mentions).filter { ids.contains($0.sentence) }
        return CommandResult(.sentences(MentionListing.listing(sorted, mentions: mentions, footer: footer)), sentences: sorted)
    }
}
