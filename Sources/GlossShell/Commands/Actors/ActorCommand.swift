import GlossCore

/// `actor NAME`: one actor's profile.
struct ActorCommand: Command {
    let spec = CommandSpec(
        "actor",
        summary: "one actor's profile: aliases, first mention, sentences, company, where in the text, what they said",
        arguments: [.init("NAME", .actors)],
        options: [.flag("--why", "for each form, the gazetteer entry or rule that made its mentions and why the kind is what it is")],
        examples: ["actor Putin", "actor \"South Korea\"", "actor KEI", "actor us", "actor Putin --why"],
        details: "NAME is any form the text uses (any case). The strip under 'where' spans the whole article: each | is a mention (like NLTK's dispersion plot). The result's sentences are the ones naming the actor. --why explains each form, so that a mistake's cause can be seen and corrected with alias, drop or rename.")

    /// Columns of the dispersion strip.
    static let stripWidth = 60

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        guard !args.positional.isEmpty else { throw usageError("needs a name") }
        let actor = try workspace.actor(named: args.positional.joined(separator: " "), command: name)
        let article = workspace.article
        if args.has("--why") { return why(actor, in: workspace) }
        let ids = actor.sentenceIDs
        var rows = [Field("actor", actor.name), Field("kind", actor.kind.rawValue)]
        let others = actor.aliases.filter { $0 != actor.name }
        if !others.isEmpty { rows.append(Field("aliases", others.joined(separator: ", "))) }
        if let state = actor.linkedState { rows.append(Field("state", state)) }
        let linked = workspace.actors.actors.filter { $0.linkedState == actor.name && $0.name != actor.name }.map(\.name)
        if !linked.isEmpty { rows.append(Field("linked", linked.joined(separator: ", "))) }
        rows.append(Field("mentions", "\(actor.mentions.count) in \(RefFormatting.count(ids.count, "sentence"))"))
        if !ids.isEmpty { rows.append(Field("sentences", RefFormatting.compact(ids, in: article))) }
        let company = companions(of: actor, in: workspace.actors)
        if !company.isEmpty { rows.append(Field("with", company.prefix(5).map { "\($0.0) (\($0.1))" }.joined(separator: ", "))) }
        if !actor.mentions.isEmpty { rows.append(Field("where", dispersion(actor, in: article))) }
        let said = workspace.attributions.attributions(of: actor.name)
        if let first = said.first {
            let direct = said.filter { $0.kind == .direct }.count
            rows.append(Field("said", "\(RefFormatting.count(said.count, "attribution")) (\(direct) direct, \(said.count - direct) indirect), "
                + "first \(article.sentences[first.sentence].ref) \(first.cue.isEmpty ? "quoted" : first.cue): \(first.content)"))
        }
        var parts: [Output] = [.fields(rows)]
        if let first = actor.firstMention {
            let listing = MentionListing.listing([first.sentence], mentions: [first], footer: nil)
            parts.append(.sentences(SentenceListing(items: listing.items, header: "first mention:")))
        }
        return CommandResult(.stack(parts), sentences: ids)
    }

    /// Per form and rule: how many mentions, where, which rule made them and why the kind.
    private func why(_ actor: Actor, in workspace: Workspace) -> CommandResult {
        var groups = [(surface: String, evidence: MentionEvidence?, sentences: [Int])]()
        for m in actor.mentions {
            let e = workspace.actors.evidence(for: m)
            if let g = groups.firstIndex(where: { $0.surface == m.surface && $0.evidence == e }) {
                if groups[g].sentences.last != m.sentence { groups[g].sentences.append(m.sentence) }
            } else {
                groups.append((m.surface, e, [m.sentence]))
            }
        }
        var rows = [Field("actor", actor.name), Field("kind", actor.kind.rawValue)]
        for g in groups {
            let refs = RefFormatting.compact(g.sentences, in: workspace.article)
            let reason = g.evidence.map { "\($0.rule); kind: \($0.kind)" } ?? "added by a correction (alias or add-actor)"
            rows.append(Field("“\(g.surface)”", "\(refs): \(reason)"))
        }
        if actor.mentions.isEmpty { rows.append(Field("mentions", "none: added by add-actor")) }
        return CommandResult(.fields(rows), sentences: actor.sentenceIDs)
    }

    /// The actors named in the same sentences, with how many sentences they share, most first.
    private func companions(of actor: Actor, in analysis: ActorAnalysis) -> [(String, Int)] {
        analysis.cooccurrences().compactMap { pair -> (String, Int)? in
            if pair.a == actor.name { return (pair.b, pair.count) }
            if pair.b == actor.name { return (pair.a, pair.count) }
            return nil
        }
    }

    /// A text dispersion strip: "¶1 |··|·····| ¶15", one column per stretch of the article.
    private func dispersion(_ actor: Actor, in article: Article) -> String {
        let total = max(1, article.scalars.count)
        var cells = [Character](repeating: "·", count: Self.stripWidth)
        for m in actor.mentions { cells[min(Self.stripWidth - 1, m.start * Self.stripWidth / total)] = "|" }
        let first = article.title != nil ? 0 : 1
        return "¶\(first) " + String(cells) + " ¶\(article.paragraphs.count)"
    }
}
