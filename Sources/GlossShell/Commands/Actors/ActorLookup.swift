import GlossCore

extension Workspace {
    /// The actor a name denotes (any alias, any case), or an error with "did you mean".
    func actor(named name: String, command: String) throws(ShellError) -> Actor {
        if let actor = actors.actor(named: name) { return actor }
        let suggestions = actors.suggestions(for: name)
        let hint = suggestions.isEmpty ? "; actors lists them" : " (did you mean \(suggestions.joined(separator: ", "))?)"
        throw .notFound("\(command): no actor '\(TextLayout.sanitize(name))'\(hint)")
    }

    /// Applies a correction after checking it, or says why it cannot apply.
    func correction(_ correction: ActorCorrection, command: String) throws(ShellError) -> Effect {
        if let problem = actors.problem(with: correction) { throw .usage(command: command, message: problem) }
        return .actorCorrection(correction)
    }
}

/// Sentence listings that highlight actor mentions.
enum MentionListing {
    /// The sentences of `ids`, each with the given mentions highlighted.
    static func listing(_ ids: [Int], mentions: [Mention], footer: String?) -> SentenceListing {
        var spans = [Int: [Range<Int>]]()
        for m in mentions { spans[m.sentence, default: []].append(m.start..<m.end) }
        return SentenceListing(items: ids.map { .init(sentence: $0, highlights: spans[$0] ?? []) }, footer: footer)
    }
}
