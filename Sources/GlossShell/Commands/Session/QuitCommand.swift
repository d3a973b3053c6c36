/// `quit`: leave the shell (Ctrl-D does the same).
struct QuitCommand: Command {
    let name = "quit"
    let summary = "leave the shell (also exit, Ctrl-D)"
    let usage = "quit"
    let examples = ["quit"]
    let recorded = false

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        guard call.arguments.isEmpty else { throw usageError("takes no arguments") }
        return CommandResult(.none, effect: .quit)
    }
}
