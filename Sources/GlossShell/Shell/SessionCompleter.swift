import GlossCore

/// Tab completion for the shell: command names, a command's options, sentence refs, and the
/// words a command takes (set's settings, export's formats, help's topics, actor names, tag labels).
public final class SessionCompleter: Completer {
    private unowned let session: Session

    public init(session: Session) { self.session = session }

    public func completions(forLine prefix: String) -> [String] {
        // Only the current pipeline stage matters.
        let stage = prefix.split(separator: "|", omittingEmptySubsequences: false).last.map(String.init) ?? prefix
        let endsInSpace = stage.last == " "
        let words = stage.split(separator: " ").map(String.init)
        let current = endsInSpace ? "" : (words.last ?? "")
        let before = endsInSpace ? words : Array(words.dropLast())
        let registry = session.registry
        guard let commandName = before.first else {
            // After a pipe, only commands that take piped sentences make sense.
            let piped = prefix.contains("|")
            return registry.commands.filter { !piped || $0.acceptsPipedSentences }.map(\.name).filter { $0.hasPrefix(current) }
        }
        guard let command = registry.command(named: commandName) else { return [] }
        if current.hasPrefix("-") { return command.options.filter { $0.hasPrefix(current) } }
        let workspace = session.workspace
        if let first = current.unicodeScalars.first, first.value >= 0x30 && first.value <= 0x39 {
            return referenceCompletions(current, in: workspace.article)
        }
        var candidates: [String]
        switch command.name {
        case "help": candidates = registry.commands.map(\.name)
        case "set": candidates = before.count == 1 ? ["width", "color"] : (before.last == "color" ? Settings.ColorMode.allCases.map(\.rawValue) : ["auto"])
        case "export": candidates = before.count == 1 ? Exporters.all.map(\.format) : []
        default: candidates = workspace.completionWords(for: command.name)
        }
        let lower = current.lowercased()
        return candidates.filter { $0.lowercased().hasPrefix(lower) }.map(quoteIfNeeded)
    }

    /// Paragraph numbers, then the sentences of a paragraph once its number and a point are typed.
    private func referenceCompletions(_ current: String, in article: Article) -> [String] {
        if let dot = current.firstIndex(of: "."), let p = Int(current[..<dot]), let paragraph = article.paragraph(p) {
            return (1...max(1, paragraph.sentences.count)).map { "\(p).\($0)" }.filter { $0.hasPrefix(current) }
        }
        let numbers = (article.title == nil ? 1 : 0)...max(article.paragraphs.count, 1)
        let matches = numbers.map(String.init).filter { $0.hasPrefix(current) }
        // A complete paragraph number alone: offer its sentences too.
        if matches == [current], let p = Int(current), let paragraph = article.paragraph(p) {
            return [current] + (1...max(1, paragraph.sentences.count)).map { "\(p).\($0)" }
        }
        return matches
    }

    private func quoteIfNeeded(_ word: String) -> String {
        word.contains(" ") ? "\"\(word)\"" : word
    }
}

extension Workspace {
    /// Words a command's arguments may be (actor names and aliases, tag labels and ids), for completion.
    func completionWords(for command: String) -> [String] {
        switch command {
        case "actor", "mentions", "quotes", "with", "alias", "merge", "rename", "drop":
            var words = Set<String>()
            for a in actors.actors {
                words.insert(a.name)
                words.formUnion(a.aliases)
            }
            return words.sorted()
        case "tags": return Set(tags.map(\.label)).sorted()
        case "untag": return tags.map { String($0.id) }
        case "tag": return (Set(tags.map(\.label)).union(["claim"] + ClaimType.allCases.map { "claim:" + $0.rawValue })).sorted()
        case "add-actor", "actors": return ActorKind.allCases.map(\.label)
        default: return []
        }
    }
}
