/// `discard`: delete the journals of earlier unsaved sessions on this article.
struct DiscardCommand: Command {
    let spec = CommandSpec(
        "discard",
        summary: "delete the unsaved sessions that recover would restore",
        examples: ["discard"],
        role: .action)

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        guard call.arguments.isEmpty else { throw usageError("takes no arguments") }
        guard !workspace.context.isReplaying else { throw .notAllowed("not allowed in a replay: discard") }
        let journals = workspace.context.pendingJournals
        guard !journals.isEmpty else { throw .notFound("discard: no unsaved session to discard on this article") }
        return CommandResult(.lines(["discarded \(RefFormatting.count(journals.count, "unsaved session"))"]), actions: [.discardJournals(journals)])
    }
}
