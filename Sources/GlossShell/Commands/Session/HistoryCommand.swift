import GlossCore

/// `history`: the cells so far.
struct HistoryCommand: Command {
    let name = "history"
    let summary = "the cells of this session, numbered"
    let usage = "history"
    let examples = ["history"]

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        guard call.arguments.isEmpty else { throw usageError("takes no arguments") }
        let rows = workspace.cells.map { cell -> [String] in
            let result: String
            if cell.failed { result = "error" }
            else if let s = cell.sentences { result = RefFormatting.count(s.count, "sentence") }
            else if cell.kind == .note { result = "note" }
            else { result = "" }
            return ["\(cell.number)", cell.input, result]
        }
        if rows.isEmpty { return CommandResult(.lines(["no cells yet"])) }
        return CommandResult(.table(Table(headers: ["#", "input", "result"], rows: rows, numeric: [0])))
    }
}
