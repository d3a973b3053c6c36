import GlossCore

/// `about`: which Gloss this is, and where to read more.
struct AboutCommand: Command {
    let spec = CommandSpec(
        "about", aliases: ["version"],
        summary: "which Gloss this is: version, what it is for, where the manual is",
        examples: ["about"],
        details: "The version is the one gloss --version prints; the manual page is gloss man | man -l -.")

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        guard args.positional.isEmpty else { throw usageError("takes no arguments") }
        return CommandResult(.fields([
            Field("gloss", GlossCommandLine.version),
            Field("what", "a close-reading shell for news articles: actors, quotes with citations, tags, claims, replayable transcripts"),
            Field("commands", "\(CommandRegistry.standard.commands.count) (help lists them)"),
            Field("manual", "gloss man | man -l -"),
        ]))
    }
}
