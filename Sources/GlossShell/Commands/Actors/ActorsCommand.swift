import GlossCore

/// `actors`: the table of who is in the article.
struct ActorsCommand: Command {
    let spec = CommandSpec(
        "actors", knownAs: ["who", "entities", "people"],
        summary: "who is in the text: people, states, organisations, places",
        options: [.valued("--kind", .kinds, "only the actors of this kind"), .valued("--sort", .values(["mentions", "name", "first"]), "order by mentions (the default), name or first mention")],
        examples: ["actors", "actors --kind person", "actors --sort name"],
        details: "Each actor once, under its canonical name, with its mention count, the first sentence that names it and the forms this text uses. Correct the list with alias, merge, rename, drop and add-actor.")

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        guard args.positional.isEmpty else { throw usageError("takes only options") }
        var list = workspace.actors.actors
        if let kind = args.value("--kind") {
            guard let k = ActorKind.parse(kind) else { throw usageError("--kind is " + Arguments.oneOf(Completion.kinds.fixedValues ?? [])) }
            list = list.filter { $0.kind == k }
        }
        let article = workspace.article
        func first(_ a: Actor) -> Int { a.firstMention?.start ?? Int.max }
        switch args.value("--sort") ?? "mentions" {
        case "mentions": list.sort { ($0.mentions.count, first($1)) > ($1.mentions.count, first($0)) }
        case "name": list.sort { $0.name.lowercased() < $1.name.lowercased() }
        case "first": list.sort { first($0) < first($1) }
        default: throw usageError("--sort is mentions, name or first")
        }
        guard !list.isEmpty else { return CommandResult(.lines(["no actors"])) }
        let rows = list.map { a -> [String] in
            let firstRef = a.firstMention.map { article.sentences[$0.sentence].ref.description } ?? "–"
            let others = a.aliases.filter { $0 != a.name }
            return [a.name, a.kind.label, "\(a.mentions.count)", firstRef, others.joined(separator: ", ")]
        }
        let footer = "\(RefFormatting.count(list.count, "actor")); actor NAME for a profile"
        return CommandResult(.table(Table(headers: ["actor", "kind", "mentions", "first", "aliases"], rows: rows, numeric: [2], footer: footer)))
    }
}

extension ActorKind {
    /// The word shown in tables ("org" for organisations).
    var label: String { self == .organisation ? "org" : rawValue }

    /// A kind from a user's word: person, state, org/organisation/organization, place.
    static func parse(_ word: String) -> ActorKind? {
        switch word.lowercased() {
        case "person", "people": return .person
        case "state", "country": return .state
        case "org", "organisation", "organization": return .organisation
        case "place": return .place
        default: return nil
        }
    }
}
