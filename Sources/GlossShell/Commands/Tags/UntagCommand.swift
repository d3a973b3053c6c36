import GlossCore

/// `untag ID…`: remove tags by id.
struct UntagCommand: Command {
    let spec = CommandSpec(
        "untag",
        summary: "remove tags by id",
        arguments: [.init("ID", .tagIDs, repeats: true)],
        examples: ["untag 3", "untag 3 4"],
        details: "IDs are the numbers tags shows, written without the # (an unquoted # starts a comment): untag 3. Removed ids are not reused; undo brings the tags back.")

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        guard !args.positional.isEmpty else { throw usageError("needs a tag id") }
        var ids = [Int]()
        for word in args.positional {
            let digits = word.hasPrefix("#") ? String(word.dropFirst()) : word
            guard let id = Int(digits), id > 0 else { throw usageError("'\(TextLayout.sanitize(word))' is not a tag id (#3 or 3)") }
            guard workspace.tag(id) != nil else {
                let existing = workspace.tags.isEmpty ? "there are no tags" : "tags are " + TagFormatting.idRange(workspace.tags.map(\.id))
                throw .notFound("untag: no tag #\(id) (\(existing))")
            }
            if !ids.contains(id) { ids.append(id) }
        }
        let lines = ids.map { id -> String in
            let t = workspace.tag(id)!
            return "removed #\(id) \(t.label) (\(TagFormatting.place(t)))"
        }
        return CommandResult(.lines(lines), effect: .untag(ids))
    }
}
