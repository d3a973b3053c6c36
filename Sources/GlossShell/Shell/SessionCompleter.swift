import GlossCore

/// Tab completion for the shell, derived from the commands' declarations: command names, a command's
/// options, and for each argument or option value what its declaration says it completes to.
public final class SessionCompleter: Completer {
    private unowned let session: Session

    public init(session: Session) { self.session = session }

    public func completions(forLine prefix: String) -> [String] {
        // Only the current pipeline stage matters.
        let stages = prefix.split(separator: "|", omittingEmptySubsequences: false)
        let stage = stages.last.map(String.init) ?? prefix
        let piped = stages.count > 1
        let endsInSpace = stage.last == " "
        // Words as the command will see them (a quoted span is one word); while a quote is still open, by spaces.
        let lexed = try? CommandLineParser.words(stage).get()
        let words = lexed?.compactMap(\.word) ?? stage.split(separator: " ").map(String.init)
        let current = endsInSpace ? "" : (words.last ?? "")
        let before = endsInSpace ? words : Array(words.dropLast())
        let registry = session.registry
        guard let commandName = before.first else {
            // After a pipe, only commands that take piped sentences make sense.
            return registry.commands.filter { !piped || $0.spec.acceptsPipedSentences }.map(\.name).filter { $0.hasPrefix(current) }
        }
        guard let spec = registry.command(named: commandName)?.spec else { return [] }
        if current.hasPrefix("-") { return spec.options.map(\.name).filter { $0.hasPrefix(current) } }
        let completion = Self.completion(after: Array(before.dropFirst()), in: spec, piped: piped)
        let candidates: [String]
        switch completion {
        case .refs: return referenceCompletions(current, in: session.workspace.article)
        case .files: return Self.fileCompletions(current).map(quoteIfNeeded)
        case .keyed(let keys):
            // The words typed after the command: none yet → the keys; one key → its values.
            let given = before.dropFirst()
            if given.isEmpty { candidates = keys.map(\.key) } else { candidates = keys.first { $0.key == given.last }?.values ?? [] }
        default: candidates = self.words(for: completion)
        }
        let lower = current.lowercased()
        return candidates.filter { $0.lowercased().hasPrefix(lower) }.map(quoteIfNeeded)
    }

    /// What the next word completes to, from the words already typed after the command name: an option's
    /// value after a valued option, else the positional argument at that place. An argument that offers
    /// nothing (a free-text span) passes to the next one that does, since optional ones may be left out.
    /// Past the last argument only a repeating one (`with NAME …`) offers more; `read 3.1 ` offers nothing.
    static func completion(after given: [String], in spec: CommandSpec, piped: Bool) -> Completion {
        if let last = given.last, let option = spec.option(last), option.takesValue { return option.completion }
        var position = 0
        var k = 0
        while k < given.count {
            if let option = spec.option(given[k]) { k += option.takesValue ? 2 : 1; continue }
            position += 1
            k += 1
        }
        let arguments = spec.arguments(piped: piped)
        guard !arguments.isEmpty else { return .none }
        if case .keyed = arguments.first?.completion { return arguments[0].completion }
        if position >= arguments.count, arguments.last?.repeats != true { return .none }
        for argument in arguments[min(position, arguments.count - 1)...] where argument.completion != .none {
            return argument.completion
        }
        return .none
    }

    /// The words a completion offers in this session.
    private func words(for completion: Completion) -> [String] {
        let workspace = session.workspace
        switch completion {
        case .none, .files, .refs, .keyed: return []  // files and refs are completed above
        case .commands: return session.registry.commands.map(\.name)
        case .actors:
            var words = Set<String>()
            for a in workspace.actors.actors {
                words.insert(a.name)
                words.formUnion(a.aliases)
            }
            return words.sorted()
        case .labels: return Set(workspace.tags.map(\.label)).union(["claim"] + ClaimType.allCases.map { "claim:" + $0.rawValue }).sorted()
        case .tagIDs: return workspace.tags.map { String($0.id) }
        case .kinds, .formats, .values: return completion.fixedValues ?? []
        }
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

    /// Paths that begin with `current`: the entries of its folder (hidden ones only when asked for with a
    /// leading dot), folders with a trailing slash.
    static func fileCompletions(_ current: String) -> [String] {
        let slash = current.lastIndex(of: "/")
        let folder = slash.map { String(current[...$0]) } ?? ""
        let prefix = slash.map { String(current[current.index(after: $0)...]) } ?? current
        return AtomicFile.entries(of: folder.isEmpty ? "." : folder)
            .filter { $0.hasPrefix(prefix) && (prefix.hasPrefix(".") || !$0.hasPrefix(".")) }
            .sorted()
            .map { folder + $0 + (AtomicFile.isDirectory(folder + $0) ? "/" : "") }
    }

    private func quoteIfNeeded(_ word: String) -> String {
        word.contains(" ") ? "\"\(word)\"" : word
    }
}
