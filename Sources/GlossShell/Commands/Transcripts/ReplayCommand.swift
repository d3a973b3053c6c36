/// `replay FILE`: run a script or a transcript cell by cell, confined to the working directory.
struct ReplayCommand: Command {
    let spec = CommandSpec(
        "replay",
        summary: "run a script (.gloss) or a transcript (.md) cell by cell",
        arguments: [.init("FILE", .files)],
        examples: ["replay Scripts/tour.gloss", "replay Sessions/tour.md"],
        role: .action,
        details: """
            Each line of a script, and each note and cell of a transcript, runs as a new cell of this session; \
            $N in the file means the file's own cell N. A replayed file may not read or write outside the \
            current directory, and may not replay other files.
            """)

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        guard args.positional.count == 1, let path = args.positional.first else { throw usageError("takes one file") }
        guard !workspace.context.isReplaying else { throw .notAllowed("not allowed in a replay: replay \(TextLayout.sanitize(path)) (replays do not nest)") }
        try workspace.context.policy.checkRead(path)
        let plan = try ReplayPlan.load(path)
        var lines = ["replaying \(path): \(RefFormatting.count(plan.steps.count, "cell"))"]
        if let notice = plan.articleNotice(for: workspace.article) { lines.append(notice) }
        return CommandResult(.lines(lines), actions: [.replay(plan)])
    }
}
