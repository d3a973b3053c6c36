import GlossCore

/// `alias FORM = NAME`: every occurrence of FORM in the text is a mention of NAME. `alias` alone lists aliases.
struct AliasCommand: Command {
    let spec = CommandSpec(
        "alias",
        summary: "correct the actors: FORM is another name of an actor (alone: list every alias)",
        arguments: [.init("FORM = NAME", .actors, optional: true)],
        examples: ["alias", "alias \"the Kremlin\" = Russia", "alias Seoul = \"South Korea\""],
        details: "Every occurrence of FORM in the text becomes a mention of NAME. Corrections are cells: undo reverts the last one, and replaying a transcript repeats them.")

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        let words = args.positional
        if words.isEmpty {
            let rows = workspace.actors.actors.flatMap { a in a.aliases.filter { $0 != a.name }.map { [$0, a.name] } }
            if rows.isEmpty { return CommandResult(.lines(["no aliases"])) }
            return CommandResult(.table(Table(headers: ["alias", "actor"], rows: rows)))
        }
        guard let eq = words.firstIndex(of: "="), eq > 0, eq < words.count - 1 else {
            throw usageError("write FORM = NAME, with spaces around =")
        }
        let form = words[..<eq].joined(separator: " "), target = words[(eq + 1)...].joined(separator: " ")
        let actor = try workspace.actor(named: target, command: name)
        let effect = try workspace.correction(.alias(form: form, actor: actor.name), command: name)
        let found = workspace.actors.occurrences(of: form).count
        return CommandResult(.lines(["'\(form)' is now an alias of \(actor.name) (\(RefFormatting.count(found, "occurrence")) in the text)"]), effect: effect)
    }
}
