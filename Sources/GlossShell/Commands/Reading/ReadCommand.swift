import GlossCore

/// `read [REF]`: the text with sentence refs in the margin.
struct ReadCommand: Command {
    let spec = CommandSpec(
        "read", knownAs: ["cat", "less", "more", "show"],
        summary: "show the text with ¶.s sentence numbers in the margin",
        arguments: [.init("REF", .refs, optional: true)],
        examples: ["read", "read 3", "read 3.2-4.1", "read $5", "find Pyongyang | read"],
        acceptsPipedSentences: true,
        details: "REF is a sentence (3.2), a paragraph (3), a range (3.2-3.4, 3-5), a list (1.1,3.2), a cell's result ($7), the last result ($) or all. Without REF, read shows the whole article.")

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        guard args.positional.count <= 1 else { throw usageError("takes one reference; join lists with commas (1.1,3.2)") }
        let ids = try sentences(reference: args.positional.first, call: call, in: workspace, fallback: Array(workspace.article.sentences.indices))
        return CommandResult(.sentences(SentenceListing(items: ids.map { .init(sentence: $0) })), sentences: ids)
    }
}
