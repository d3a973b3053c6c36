/// `quit`: leave the shell (Ctrl-D does the same).
struct QuitCommand: Command {
    let spec = CommandSpec(
        "quit", aliases: ["exit", "q"],
        summary: "leave the shell (also exit, Ctrl-D)",
        examples: ["quit"],
        role: .action)

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        guard call.arguments.isEmpty else { throw usageError("takes no arguments") }
        return CommandResult(.none, actions: [.quit])
    }
}
