import GlossCore

/// `save [NAME]`: write the session as a transcript under Sessions/ (atomically; never over another session).
struct SaveCommand: Command {
    let spec = CommandSpec(
        "save", knownAs: ["write"],
        summary: "save the session as a Markdown transcript in Sessions/",
        arguments: [.init("NAME", .files, optional: true)],
        options: [.flag("--force", "replace a file that holds another session")],
        examples: ["save", "save putin-kim", "save notes/today.md"],
        role: .action,
        details: """
            NAME becomes Sessions/NAME.md; a NAME with a / or ending in .md is used as the path. Without NAME, \
            the name is the article's title as a slug and today's date. Saving again to the same file replaces \
            it; replacing a file that holds another session needs --force. Saving ends the journal of unsaved work.
            """)

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        guard args.positional.count <= 1 else { throw usageError("takes one name (quote it if it has spaces)") }
        let path = try Self.path(for: args.positional.first, workspace: workspace)
        guard !workspace.cells.isEmpty else { throw .notFound("save: nothing to save yet (no cells)") }
        var transcript = Transcript(workspace: workspace)
        transcript.header.saved = nil
        let text = transcript.render()
        let notes = transcript.entries.count - transcript.cells.count
        let summary = "saved \(path) (\(RefFormatting.count(transcript.cells.count, "cell")), \(RefFormatting.count(notes, "note")))"
        // Saving again where this session was saved replaces its own earlier version.
        let file = FileWrite(path: path, contents: text, replacing: args.has("--force") || path == workspace.context.savedPath,
                             refusal: "exists and holds another session; add --force to replace it")
        return CommandResult(.lines([summary]), actions: [.save(file)])
    }

    /// Where NAME saves: Sessions/NAME.md, or NAME itself when it is a path.
    static func path(for name: String?, workspace: Workspace) throws(ShellError) -> String {
        guard let name else {
            return workspace.context.savedPath ?? "Sessions/\(slug(title(of: workspace.initialArticle)))-\(today()).md"
        }
        guard !name.isEmpty, !name.unicodeScalars.contains(where: TextLayout.isUnsafe) else {
            throw .usage(command: "save", message: "a name must be printable text")
        }
        if name.contains("/") || name.hasSuffix(".md") { return name }
        return "Sessions/\(name).md"
    }

    /// The article's title, or its file name without the extension.
    static func title(of article: Article) -> String {
        if let t = article.title { return article.text(from: t.start, to: t.end) }
        let file = article.source.split(separator: "/").last.map(String.init) ?? article.source
        return file.split(separator: ".").first.map(String.init) ?? file
    }

    /// Lowercase ASCII words joined by hyphens, at most about 40 characters, cut at a word.
    static func slug(_ text: String) -> String {
        var words = [String]()
        var word = ""
        for c in text.lowercased().unicodeScalars {
            if (c >= "a" && c <= "z") || (c >= "0" && c <= "9") {
                word.unicodeScalars.append(c)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        var out = ""
        for w in words {
            if !out.isEmpty && out.count + 1 + w.count > 40 { break }
            out += (out.isEmpty ? "" : "-") + w
        }
        return out.isEmpty ? "session" : String(out.prefix(40))
    }

    /// Today's local date as YYYY-MM-DD.
    static func today() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        var buffer = [CChar](repeating: 0, count: 16)
        let n = strftime(&buffer, buffer.count, "%Y-%m-%d", &parts)
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
