import GlossCore

/// `quotes [NAME] [--direct|--indirect]`: who said what, in text order, each with its speaker.
struct QuotesCommand: Command {
    let spec = CommandSpec(
        "quotes",
        summary: "who said what: quotations and reported speech with their speakers",
        arguments: [.init("NAME", .actors, optional: true)],
        options: [.flag("--direct", "only words in quotation marks"), .flag("--indirect", "only reported speech and stated positions")],
        examples: ["quotes", "quotes Putin", "quotes --direct", "quotes \"South Korea\" | quote", "quotes Putin | tag claim:attribution"],
        details: """
            Direct attributions are words in quotation marks (shown in “ ”); indirect ones are reported speech and stated \
            positions ("X said that …", "according to X", "X demanded …"). The speaker is the actor the text \
            names; a pronoun or a description ("the minister") is resolved to the actor it points back to and \
            marked with "?" as a guess; an unnamed source ("a spokesman", "officials") is shown in brackets. \
            With NAME (any form of an actor), only that actor's. The result's sentences are the cues' sentences.
            """)

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        if args.has("--direct") && args.has("--indirect") { throw usageError("--direct and --indirect exclude each other") }
        var list = workspace.attributions.attributions
        var who: String?
        if !args.positional.isEmpty {
            let actor = try workspace.actor(named: args.positional.joined(separator: " "), command: name)
            list = list.filter { $0.speaker == actor.name }
            who = actor.name
        }
        if args.has("--direct") { list = list.filter { $0.kind == .direct } }
        if args.has("--indirect") { list = list.filter { $0.kind == .indirect } }
        guard !list.isEmpty else {
            return CommandResult(.lines([who.map { "no attributions to \($0)" } ?? "no attributions found"]), sentences: [])
        }
        let article = workspace.article
        // One line per attribution, the content cut to the width; quoted words keep their quotation
        // marks, so direct and indirect read apart.
        let rows = list.map { a -> [String] in
            [article.sentences[a.sentence].ref.description, Self.speaker(a), a.cue.isEmpty ? "–" : a.cue,
             a.kind == .direct ? "“" + a.content + "”" : a.content]
        }
        let direct = list.filter { $0.kind == .direct }.count
        let footer = "\(RefFormatting.count(list.count, "attribution")) (\(direct) direct, \(list.count - direct) indirect)"
            + (who.map { " by \($0)" } ?? "") + "; ? marks a guessed speaker"
        var ids = [Int]()
        for id in list.map(\.sentence).sorted() where ids.last != id { ids.append(id) }
        return CommandResult(.table(Table(headers: ["ref", "speaker", "cue", "said"], rows: rows, clipped: [3], footer: footer)), sentences: ids)
    }

    /// The speaker as the table shows it: the actor ("Putin"), a guess ("Putin?"), or the unnamed source as written ("[officials]").
    static func speaker(_ a: Attribution) -> String {
        if let s = a.speaker { return a.resolution.isGuess ? s + "?" : s }
        return a.speakerText.isEmpty ? "–" : "[" + a.speakerText + "]"
    }
}
