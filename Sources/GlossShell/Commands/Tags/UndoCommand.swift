import GlossCore

/// `undo`: revert the last state-changing cell (a tag or untag) by recomputing the workspace from its cells.
struct UndoCommand: Command {
    let spec = CommandSpec(
        "undo",
        summary: "revert the last tag, untag or actor correction (repeat to go further back)",
        examples: ["undo"],
        details: "Undo marks the last cell that changed the annotations (tag, untag, and actor corrections) as undone and recomputes the workspace from the remaining cells. Loads and settings are not undone. Undone tag ids are not reused.")

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        guard call.arguments.isEmpty else { throw usageError("takes no arguments") }
        guard let cell = workspace.lastUndoableCell else { throw .notFound("undo: nothing to undo (no tag, untag or actor correction left)") }
        let what: String
        switch cell.effect {
        case .tag(let tags): what = "removed tag " + TagFormatting.idRange(tags.map(\.id))
        case .untag(let ids): what = "restored tag " + TagFormatting.idRange(ids)
        default: what = "reverted it"
        }
        return CommandResult(.lines(["undid cell \(cell.number) (\(TextLayout.sanitize(cell.input))): \(what)"]), effect: .undo(cell: cell.number))
    }
}
