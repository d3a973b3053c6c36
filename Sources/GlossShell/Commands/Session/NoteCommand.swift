/// `note TEXT`: a Markdown note cell; transcripts show it as a paragraph.
struct NoteCommand: Command {
    let name = "note"
    let summary = "add a Markdown note to the transcript"
    let usage = "note TEXT"
    let examples = ["note The author frames the pact as a mistake for Russia.", "note \"**Check** the May 9 date.\""]

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        guard !call.arguments.isEmpty else { throw usageError("needs the note's text") }
        return CommandResult(.none)
    }
}
