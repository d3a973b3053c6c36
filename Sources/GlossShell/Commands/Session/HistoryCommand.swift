import GlossCore

/// `history [N] [--all]`: the latest cells, numbered, with what each gave.
struct HistoryCommand: Command {
    let spec = CommandSpec(
        "history",
        summary: "the cells of this session, numbered (the last 20; N or --all for more)",
        arguments: [.init("N", optional: true)],
        options: [.flag("--all", "every cell, not only the last 20")],
        examples: ["history", "history 5", "history --all"],
        details: "Lists the last N cells (20 when N is not given; --all for every cell) with their input and what they gave. Undone cells are marked. $N refers to cell N's sentences.")

    /// How many cells `history` shows by default: a screenful, like a shell's recent history.
    static let defaultCount = 20

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        guard args.positional.count <= 1 else { throw usageError("takes at most one number") }
        var count = Self.defaultCount
        if let n = args.positional.first {
            guard let value = Int(n), value >= 1 else { throw usageError("N is a number of cells, 1 or more") }
            count = value
        }
        if args.has("--all") { count = workspace.cells.count }
        let cells = workspace.cells.suffix(count)
        guard !cells.isEmpty else { return CommandResult(.lines(["no cells yet"])) }
        let rows = cells.map { cell -> [String] in
            var result: String
            if cell.failed { result = "error" }
            else if let s = cell.sentences { result = RefFormatting.count(s.count, "sentence") }
            else if cell.kind == .note { result = "note" }
            else { result = "" }
            if workspace.undoneCells.contains(cell.number) { result += result.isEmpty ? "undone" : " (undone)" }
            return ["\(cell.number)", cell.input, result]
        }
        let hidden = workspace.cells.count - cells.count
        let footer = hidden > 0 ? "\(RefFormatting.count(hidden, "earlier cell")) not shown: history --all lists every cell" : nil
        return CommandResult(.table(Table(headers: ["#", "input", "result"], rows: rows, numeric: [0], footer: footer)))
    }
}
