/// `note TEXT`: a Markdown note cell; transcripts show it as a paragraph.
struct NoteCommand: Command {
    let spec = CommandSpec(
        "note", knownAs: ["comment", "markdown"],
        summary: "add a Markdown note to the transcript",
        arguments: [.init("TEXT")],
        examples: ["note The author frames the pact as a mistake for Russia.", "note **Check** the May 9 date; it's not in the source."],
        role: .note,
        details: "The rest of the line is the note, verbatim: quotes and apostrophes need no escaping. Saved transcripts show notes as Markdown paragraphs between the cells.")

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        guard let text = call.arguments.first, !text.isEmpty else { throw usageError("needs the note's text") }
        // A fence line would turn the rest of the transcript into a code block.
        if text.split(separator: "\n").contains(where: { $0.hasPrefix("```") }) {
            throw usageError("a note cannot start a line with ``` (use `inline code` instead)")
        }
        return CommandResult(.none)
    }

    /// The note's text when `line` is a note (its first word is `note`), else nil. The text is the rest of the line.
    static func noteText(_ line: String) -> String? {
        guard line.hasPrefix("note") else { return nil }
        let rest = line.dropFirst(4)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" || rest.first == "\n" else { return nil }
        return String(rest.drop { $0 == " " || $0 == "\t" || $0 == "\n" })
    }

    /// The text of a note cell's input.
    static func text(ofInput input: String) -> String { noteText(input) ?? input }
}
