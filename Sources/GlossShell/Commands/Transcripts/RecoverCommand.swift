/// `recover`: restore the last unsaved session on this article from its journal.
struct RecoverCommand: Command {
    let spec = CommandSpec(
        "recover",
        summary: "restore the unsaved session that the journal kept (after a crash or quitting without save)",
        examples: ["recover"],
        role: .action,
        details: "Runs the cells of the most recent unsaved session on this article again, so that its state comes back, then removes its journal. discard removes the journals instead.")

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        guard call.arguments.isEmpty else { throw usageError("takes no arguments") }
        guard !workspace.context.isReplaying else { throw .notAllowed("not allowed in a replay: recover") }
        guard let path = workspace.context.pendingJournals.last else { throw .notFound("recover: no unsaved session to recover on this article") }
        let transcript = try Journal.read(path)
        let plan = ReplayPlan(transcript: transcript, path: path, confined: false, recoveredJournal: path)
        return CommandResult(.lines(["recovering \(RefFormatting.count(plan.steps.count, "cell")) of the session of \(Journal.modified(path))"]),
                             actions: [.replay(plan)])
    }
}
